// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "L2Book",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "book", targets: ["book"]),
        .library(name: "BookKit", targets: ["BookKit"]),
        // Cells link against these two, so they are built as shared libraries.
        .library(name: "Notebook", type: .dynamic, targets: ["Notebook"]),
        .library(name: "L2Lab", type: .dynamic, targets: ["L2Lab"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "BookKit",
            dependencies: [
                "CCmark",
                "CBookSpawn",
                "NotebookChannel",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftIDEUtils", package: "swift-syntax"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            // The site's stylesheet, script and math font (see Render/Theme.swift).
            resources: [.copy("Theme")]
        ),
        // How book starts programs so that none outlives it (a C function: Swift cannot call
        // fork safely, nor the variadic prctl).
        .target(name: "CBookSpawn"),
        // The side channel's event kinds, keys and JSON writer: what Notebook writes and
        // BookKit reads, in one place (no Foundation, so cells stay light).
        .target(name: "NotebookChannel"),
        .target(name: "Notebook", dependencies: ["NotebookChannel"]),
        .target(name: "L2Lab"),
        .executableTarget(name: "L2LabBenchmarks", dependencies: ["L2Lab"]),
        .executableTarget(
            name: "book",
            dependencies: [
                "BookKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "BookKitTests", dependencies: ["BookKit", "Notebook", "NotebookChannel"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "NotebookChannel"]),
        .testTarget(name: "L2LabTests", dependencies: ["L2Lab"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ChapterTests", dependencies: ["BookKit"]),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer harness of the chapter parser (Fuzz/ChapterFuzzer), declared only when
// scripts/fuzz sets BOOK_FUZZ=1: libFuzzer's runtime supplies its `main`, and it reaches
// BookKit's internal parsers through `@testable import`, which only debug builds allow.
if Context.environment["BOOK_FUZZ"] == "1" {
    package.targets.append(
        .executableTarget(name: "ChapterFuzzer", dependencies: ["BookKit"], path: "Fuzz/ChapterFuzzer")
    )
}
