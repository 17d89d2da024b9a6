import Foundation

/// A new book that builds at once (`book init`): the settings, a first chapter with a cell, a
/// table, a chart, an inline value and a check, a `.gitignore` for the cache and the site, and
/// a README with the two commands.
public enum NewBook {
    /// The files of a new book, by path relative to its root, in the order they are written.
    static let files: [(path: String, text: String)] = [
        ("chapters/book.yml", settings),
        ("chapters/01-first-steps.md", firstChapter),
        (".gitignore", gitignore),
        ("README.md", readme),
    ]

    /// Writes a new book into `root` (created if missing) and returns the paths written.
    /// Refuses, writing nothing, when `root` already holds a `chapters/` folder or any of the
    /// files: a book is never overwritten.
    public static func create(at root: URL) throws -> [String] {
        let fileManager = FileManager.default
        let taken = ([Book.chaptersFolder] + files.map(\.path)).filter {
            fileManager.fileExists(atPath: root.appendingPathComponent($0).path)
        }
        if let first = taken.first {
            throw BookError(.usage, at: SourceLocation(path: root.appendingPathComponent(first).path),
                            "refusing to create a book here: this already exists",
                            hint: "choose a new or empty folder: book init NEW-FOLDER")
        }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            do {
                try fileManager.createDirectory(at: url.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw BookError(.io, at: SourceLocation(path: url.path), "cannot write this file",
                                hint: "check that the folder is writable")
            }
        }
        return files.map(\.path)
    }

    static let settings = """
    title: "A new book"
    description: "Markdown chapters whose Swift cells make every number, table and chart."
    authors: "Its authors"

    """

    static let firstChapter = """
    ---
    title: "First steps"
    ---

    A chapter is Markdown with Swift cells. The cells of a chapter run in order, in one program,
    when the book is built; what they print, show and plot appears under them. Edit a cell and
    run `book build` again: only this chapter runs again.

    ## Sums of odd numbers

    ```swift
    // The sums 1, 1 + 3, 1 + 3 + 5, ... of the first n odd numbers.
    let counts = Array(1...10)
    var sums: [Int] = []
    for n in counts {
        sums.append((sums.last ?? 0) + 2 * n - 1)
    }
    show(Table(
        columns: ["n", "1 + 3 + … + (2n − 1)", "n × n"],
        rows: counts.map { n in [n, sums[n - 1], n * n] },
        caption: "The sum of the first n odd numbers.",
        label: "sums"
    ))
    plot(LineChart(
        title: "The sums grow like a square",
        xLabel: "n", yLabel: "sum of the first n odd numbers",
        series: [Series("sum", x: counts.map(Double.init), y: sums.map(Double.init))],
        label: "growth"
    ))
    check(zip(counts, sums).allSatisfy { n, sum in sum == n * n }, "every sum is the square of n")
    ```

    The first {{ counts.count }} odd numbers add up to {{ sums.last ?? 0 }}. Every sum in @tbl:sums
    is the square of its n, as the check under the cell confirms, and @fig:growth shows the sums
    grow like a square. No number of this paragraph is typed by hand: each `{{ … }}` is computed
    by the chapter's program, so the prose cannot fall out of step with the code.

    """

    static let gitignore = """
    # What book build writes: its cache and the site.
    .book-cache/
    output/
    # Swift builds, when the book is also a package.
    .build/
    .build-cells/

    """

    static let readme = """
    # A new book

    Chapters are Markdown files with Swift cells, in `chapters/` (`NN-slug.md`, in reading
    order); `chapters/book.yml` holds the book's title.

    ```sh
    book build   # run the cells and write the site into output/ (open output/index.html)
    book serve   # the same, served at http://127.0.0.1:8000/ and rebuilt on every save
    ```

    Cells link against the `Notebook` and `L2Lab` libraries of the package `book` was built
    from; to use another package, pass `--package DIR` (the folder of its `Package.swift`).
    Corpora that chapters name under `data:` are read from the folder named by `BOOK_DATA_DIR`,
    else from that package's `.book-data` (`book data fetch` downloads them).

    """
}
