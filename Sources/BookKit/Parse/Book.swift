import Foundation

/// A book on disk: its root folder, settings and chapters in reading order.
public struct Book: Sendable {
    /// The folder holding `chapters/`; paths in messages are relative to it.
    public var root: URL
    public var settings: BookSettings
    public var chapters: [Chapter]
    /// The edition its chapters were parsed for.
    public var edition = Edition.teacher

    /// The folder of chapter files.
    public static let chaptersFolder = "chapters"

    /// Reads every `NN-slug.md` in `root/chapters`, in number order, and the book settings.
    ///
    /// Every chapter is parsed even when an earlier one fails; the error thrown carries them all.
    /// With `keepingBrokenChapters` (what `book build` does), a chapter whose text has a mistake
    /// (its front matter, a formula, a fence) is kept as a broken chapter (`Chapter.mistake`),
    /// so that the other chapters are still built; mistakes of names, links, unreadable files
    /// and the book's own settings still stop the load. Chapters are parsed for `edition`
    /// (`Edition.filter`).
    public static func load(root: URL, keepingBrokenChapters: Bool = false,
                            edition: Edition = .teacher) throws -> Book {
        let folder = root.appendingPathComponent(chaptersFolder)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw BookError(.io, at: SourceLocation(path: chaptersFolder), "cannot read the chapters folder",
                            hint: "run book from the folder that holds 'chapters/'")
        }
        var settings = BookSettings()
        if names.contains(BookSettings.fileName) {
            let path = chaptersFolder + "/" + BookSettings.fileName
            let text = try readText(root.appendingPathComponent(path), path: path)
            settings = try BookSettings.parse(text, path: path)
        }
        var bibliography = Bibliography()
        if names.contains(Bibliography.fileName) {
            let path = chaptersFolder + "/" + Bibliography.fileName
            let text = try readText(root.appendingPathComponent(path), path: path)
            bibliography = try Bibliography(text, path: path)
        }
        var chapters: [Chapter] = []
        var errors: [BookError] = []
        for name in names where name.hasSuffix(".md") {
            do {
                chapters.append(try loadChapter(name, folder: folder, after: chapters, settings: settings,
                                                bibliography: bibliography,
                                                keepingBroken: keepingBrokenChapters, edition: edition))
            } catch let error as BookError {
                errors.append(error)
            }
        }
        if let error = BookError.combining(errors) { throw error }
        try checkUses(chapters)
        return Book(root: root, settings: settings, chapters: chapters, edition: edition)
    }

    /// Reads and parses the chapter file `name`, refusing a number or slug that `earlier` has.
    private static func loadChapter(
        _ name: String, folder: URL, after earlier: [Chapter], settings: BookSettings,
        bibliography: Bibliography, keepingBroken: Bool, edition: Edition
    ) throws -> Chapter {
        let path = chaptersFolder + "/" + name
        let (number, slug) = try chapterName(name, path: path)
        if let clash = earlier.first(where: { $0.number == number || $0.slug == slug }) {
            throw BookError(.input, at: SourceLocation(path: path, line: 1, column: 1),
                            "chapter number or name already used by \(clash.path)",
                            hint: "every chapter needs its own number and its own name")
        }
        let url = folder.appendingPathComponent(name)
        try requireInsideChapters(url, folder: folder, path: path)
        let text = try readText(url, path: path)
        do {
            return try ChapterParser.parse(text, number: number, slug: slug, path: path,
                                           allowRawHTML: settings.allowRawHTML, bibliography: bibliography,
                                           language: settings.language, edition: edition)
        } catch let mistake as BookError where keepingBroken {
            var broken = Chapter.broken(number: number, slug: slug, path: path, text: text, mistake: mistake)
            broken.edition = edition
            return broken
        }
    }

    /// What the chapters' parser noticed without failing, chapter by chapter.
    public var warnings: [BookWarning] { chapters.flatMap(\.warnings) }

    /// The chapters named in `selected` and, before them, every chapter they use, directly or
    /// not, in reading order.
    public func withDependencies(_ selected: [Chapter]) -> [Chapter] {
        var needed = Set(selected.map(\.name))
        for chapter in chapters.reversed() where needed.contains(chapter.name) {
            needed.formUnion(chapter.frontMatter.uses)
        }
        return chapters.filter { needed.contains($0.name) }
    }

    /// Every `uses:` entry names an earlier chapter.
    static func checkUses(_ chapters: [Chapter]) throws {
        for (position, chapter) in chapters.enumerated() {
            for name in chapter.frontMatter.uses
            where !chapters[..<position].contains(where: { $0.name == name }) {
                throw BookError(
                    .input,
                    at: SourceLocation(path: chapter.path, line: chapter.frontMatter.line, column: 1),
                    "'uses' names '\(name)', which is not an earlier chapter",
                    hint: "a chapter can use the exported values of the chapters before it, "
                        + "by name (NN-slug)"
                )
            }
        }
    }

    /// The chapters named on the command line (by `2`, `02`, `exercises`, `02-exercises`,
    /// `02-exercises.md` or `chapters/02-exercises.md`), or all of them when `names` is empty.
    public func chapters(named names: [String]) throws -> [Chapter] {
        guard !names.isEmpty else { return chapters }
        return try names.map { name in
            let match = chapters.first { chapter in
                [chapter.name, chapter.slug, chapter.path, chapter.name + ".md"].contains(name)
                    || (name.allSatisfy(\.isASCII) && Int(name) == chapter.number)
            }
            guard let match else {
                throw BookError(.usage, "no chapter named '\(name)'",
                                hint: "the chapters are: " + chapters.map(\.name).joined(separator: ", "))
            }
            return match
        }
    }

    // MARK: - Helpers

    static func chapterName(_ fileName: String, path: String) throws -> (Int, String) {
        let stem = fileName.dropLast(3)
        let parts = stem.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, let number = Int(parts[0]), parts[0].count == 2, !parts[1].isEmpty else {
            throw BookError(.input, at: SourceLocation(path: path),
                            "a chapter file is named NN-slug.md, with a two-digit number",
                            hint: "rename it, for example to 07-\(stem).md")
        }
        return (number, String(parts[1]))
    }

    static func requireInsideChapters(_ url: URL, folder: URL, path: String) throws {
        let resolved = url.resolvingSymlinksInPath().path
        guard resolved.hasPrefix(folder.resolvingSymlinksInPath().path + "/") else {
            throw BookError(.input, at: SourceLocation(path: path),
                            "this chapter is a link to a file outside 'chapters/'",
                            hint: "copy the file into 'chapters/' instead of linking to it")
        }
    }

    static func readText(_ url: URL, path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BookError(.io, at: SourceLocation(path: path), "cannot read this file",
                            hint: "check that it exists (a link must point to a file) and can be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw BookError(.input, at: SourceLocation(path: path, line: firstInvalidLine(data), column: 1),
                            "this file is not valid UTF-8", hint: "save it as UTF-8")
        }
        return text
    }

    private static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == 0x0A {
            if String(data: data[start..<index], encoding: .utf8) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
