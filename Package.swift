// swift-tools-version: 6.1
import PackageDescription

// Modules by responsibility; data flows one way:
// Ccmark → Markdown → Site → Share · Ledger · Preview → goodwill (CLI). Later: Insight.
let package = Package(
    name: "Goodwill",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "goodwill", targets: ["goodwill"]),
        .library(name: "Site", targets: ["Site"]),
        .library(name: "Markdown", targets: ["Markdown"]),
        .library(name: "Ledger", targets: ["Ledger"]),
        .library(name: "Share", targets: ["Share"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "Markdown", dependencies: ["Ccmark"]),
        .target(
            name: "Site",
            dependencies: [
                "Markdown",
                .product(name: "Yams", package: "Yams"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "Ledger",
            dependencies: ["Site", "Markdown", .product(name: "CSV", package: "CSV.swift")]
        ),
        .target(
            name: "Share",
            dependencies: ["Site", "Markdown", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(name: "Preview", dependencies: ["Site", .product(name: "FlyingFox", package: "FlyingFox")]),
        .executableTarget(
            name: "goodwill",
            dependencies: [
                "Site",
                "Ledger",
                "Share",
                "Preview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian libmimalloc-dev) replaces glibc's malloc for the whole process: a
            // build allocates millions of small strings and nodes on every core, and glibc's arenas
            // cost ~10% of a 10,000-article build's CPU (measured with `make bench`).
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .executableTarget(name: "goodwill-bench", dependencies: ["Ccmark", "Site", "Ledger", "Share"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "SiteTests", dependencies: ["Site"]),
        .testTarget(name: "LedgerTests", dependencies: ["Ledger"]),
        .testTarget(name: "ShareTests", dependencies: ["Share", "Site"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Site"]),
        .testTarget(name: "GoodwillCLITests", dependencies: ["Site"]),
    ]
)
