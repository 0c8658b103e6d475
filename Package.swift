// swift-tools-version: 6.1
import PackageDescription

// Modules by responsibility; data flows one way:
// Ccmark → Markdown → Site → goodwill (CLI). Later: Share, Ledger, Insight, Preview.
let package = Package(
    name: "Goodwill",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "goodwill", targets: ["goodwill"]),
        .library(name: "Site", targets: ["Site"]),
        .library(name: "Markdown", targets: ["Markdown"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
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
        .executableTarget(
            name: "goodwill",
            dependencies: [
                "Site",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "SiteTests", dependencies: ["Site"]),
        .testTarget(name: "GoodwillCLITests", dependencies: ["Site"]),
    ]
)
