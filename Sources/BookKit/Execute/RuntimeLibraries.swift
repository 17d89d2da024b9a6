import Crypto
import Foundation

/// The release builds of `Notebook` and `L2Lab` that chapter programs link against, built
/// once into their own scratch folder so that they never contend with a developer's `.build`.
public struct RuntimeLibraries: Sendable {
    /// The package that defines the two libraries.
    public var packageRoot: URL
    /// Where `swift build` puts them (`<package>/.build-cells`).
    public var scratch: URL

    /// The library products cells link against.
    public static let products = ["Notebook", "L2Lab"]
    /// The folders of the libraries' sources, with the channel target Notebook is built from.
    static let sourceFolders = ["Sources/NotebookChannel"] + products.map { "Sources/" + $0 }
    /// What the libraries are built from, relative to the package: its manifest and the
    /// products' source folders. Their identity hashes these, and `book serve` watches them.
    static let inputs = [manifest] + sourceFolders
    static let manifest = "Package.swift"

    public init(packageRoot: URL) {
        self.packageRoot = packageRoot
        self.scratch = packageRoot.appendingPathComponent(".build-cells")
    }

    /// The folder of the built shared libraries.
    public var productsFolder: URL { scratch.appendingPathComponent("release") }
    /// The folder of the built modules, for `swiftc -I`.
    public var modulesFolder: URL { productsFolder.appendingPathComponent("Modules") }
    private var stamp: URL { scratch.appendingPathComponent("book-libraries.identity") }

    /// A hash of the libraries' sources and the package manifest: equal identities give equal
    /// libraries for one toolchain.
    public func identity() throws -> String {
        var hasher = SHA256()
        for path in try sourceFiles() {
            let file = packageRoot.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw BookError(.io, at: SourceLocation(path: file.path), "cannot read this library source",
                                hint: Self.packageHint)
            }
            hasher.update(data: Data("\(path)\n\(data.count)\n".utf8))
            hasher.update(data: data)
        }
        return hasher.finalize().hexString
    }

    /// Builds the libraries unless the last build had the same identity.
    ///
    /// The identity stamp is removed before `swift build` starts and written (atomically) only
    /// after it succeeded, so a build killed halfway is always redone by the next one; SwiftPM
    /// locks its scratch folder, and no job of a killed build survives it (`ChildProcess`).
    public func ensureBuilt(toolchain: Toolchain, identity: String, log: (String) -> Void) throws {
        let expected = identity + "\n" + toolchain.version + "\n"
        if (try? String(contentsOf: stamp, encoding: .utf8)) == expected,
           FileManager.default.fileExists(
               atPath: modulesFolder.appendingPathComponent("L2Lab.swiftmodule").path
           ) {
            return
        }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: stamp)
        for product in Self.products {
            log("building library \(product) (release)")
            let errors = scratch.appendingPathComponent("build-\(product).\(getpid()).log")
            defer { try? FileManager.default.removeItem(at: errors) }
            let build = ChildProcess(
                executable: toolchain.driver,
                arguments: ["build", "-c", "release", "--product", product, "--scratch-path", scratch.path],
                workingDirectory: packageRoot,
                standardOutput: errors, standardError: errors
            )
            guard try build.run() == .exited(0) else {
                let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
                throw BookError(.io, "building the library \(product) failed:\n" + String(text.suffix(4000)),
                                hint: "run 'swift build -c release --product \(product)' to see why")
            }
        }
        try expected.write(to: stamp, atomically: true, encoding: .utf8)
    }

    /// What to do when the package does not hold the libraries' sources.
    static let packageHint = "pass --package DIR, the folder of the package that defines "
        + products.joined(separator: " and ")

    /// The libraries' source files and the manifest, relative to the package, sorted.
    private func sourceFiles() throws -> [String] {
        var files = [Self.manifest]
        for folder in Self.sourceFolders {
            let url = packageRoot.appendingPathComponent(folder)
            guard let enumerator = FileManager.default.enumerator(atPath: url.path) else {
                throw BookError(.io, at: SourceLocation(path: url.path),
                                "cannot read the library sources that cells link against",
                                hint: Self.packageHint)
            }
            for case let path as String in enumerator where path.hasSuffix(".swift") {
                files.append(folder + "/" + path)
            }
        }
        return files.sorted()
    }
}

extension Sequence where Element == UInt8 {
    /// Lower-case hexadecimal digits.
    var hexString: String {
        let digits = Array("0123456789abcdef")
        var out = ""
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 15)])
        }
        return out
    }
}
