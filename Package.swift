// swift-tools-version: 6.2
import PackageDescription

// Modules by responsibility; data flows one way (docs/architecture.md):
// Core (no dependencies) → Ccmark → Markdown → Site → Share · Preview
// Core → Ledger (contacts and activity: CSV only, no site, no templates)
// Core · Ledger · Cgmime → Mail (mbox, Maildir, .eml: shares, replies, meetings found in mail)
// Ledger · Site · Share → Insight (suggestions, reports: each rule once)
// all of them → Workspace (the application layer: one call per operation)
// Workspace · Preview → goodwill (the CLI: arguments and printing only).
let package = Package(
    name: "Goodwill",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "goodwill", targets: ["goodwill"]),
        .library(name: "Site", targets: ["Site"]),
        .library(name: "Markdown", targets: ["Markdown"]),
        .library(name: "Ledger", targets: ["Ledger"]),
        .library(name: "Share", targets: ["Share"]),
        .library(name: "Core", targets: ["Core"]),
        .library(name: "Insight", targets: ["Insight"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "Core"),
        .target(name: "Markdown", dependencies: ["Ccmark", "Core"]),
        .target(
            name: "Site",
            dependencies: [
                "Core",
                "Markdown",
                .product(name: "Yams", package: "Yams"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Mustache", package: "swift-mustache"),
                // SHA-256 names the code-colour cache's entries.
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "Ledger",
            // ZIPFoundation reads LinkedIn's export as downloaded: nobody should have to unpack it.
            dependencies: ["Core", .product(name: "CSV", package: "CSV.swift"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "Share",
            dependencies: ["Core", "Site", "Markdown", .product(name: "Crypto", package: "swift-crypto"),
                           .product(name: "Mustache", package: "swift-mustache")],
            // Embedded by scripts/embed-default-theme.py into ShareKit+Templates.swift.
            exclude: ["Templates"]
        ),
        // zlib (Debian zlib1g-dev) reads gzip-compressed access logs for the report. Not named
        // CZlib: ZIPFoundation's own zlib module has that name, and two modules cannot.
        .systemLibrary(name: "Cgzip", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Mail files (mbox, Maildir, .eml) parsed by GMime: each message's headers, addresses,
        // MIME parts and encodings; the Mail module finds shares, replies and meetings in them.
        .systemLibrary(name: "Cgmime", pkgConfig: "gmime-3.0", providers: [.apt(["libgmime-3.0-dev"])]),
        .target(name: "Mail", dependencies: ["Core", "Ledger", "Cgmime"]),
        .target(name: "Insight", dependencies: ["Core", "Ledger", "Site", "Share", "Cgzip"]),
        .target(name: "Preview", dependencies: ["Core", "Site", .product(name: "FlyingFox", package: "FlyingFox")]),
        // The application layer: opens a site once and offers every operation as a typed call.
        .target(name: "Workspace", dependencies: ["Core", "Site", "Share", "Ledger", "Insight", "Mail"]),
        .executableTarget(
            name: "goodwill",
            dependencies: [
                "Core",
                "Site",
                "Ledger",
                "Share",
                "Insight",
                "Preview",
                "Workspace",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian libmimalloc-dev) replaces glibc's malloc for the whole process: a
            // build allocates millions of small strings and nodes on every core, where glibc's
            // arenas contend (docs/performance.md).
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .executableTarget(name: "goodwill-bench", dependencies: ["Ccmark", "Core", "Site", "Ledger", "Share", "Insight", "Workspace"]),
        .testTarget(name: "CoreTests", dependencies: ["Core"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "Core"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Core"]),
        // Ledger tests read goodwill.yml and build sites (the privacy canary) as users get them.
        .testTarget(name: "LedgerTests", dependencies: ["Ledger", "Core", "Site", "Share"]),
        .testTarget(name: "ShareTests", dependencies: ["Share", "Site", "Core"]),
        .testTarget(name: "InsightTests", dependencies: ["Insight", "Ledger", "Core", "Site"]),
        .testTarget(name: "MailTests", dependencies: ["Mail", "Ledger", "Core"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Site", "Core"]),
        // Depends on the executable so that `swift test` builds the binary these tests run: a
        // stale one from an earlier build would test yesterday's code.
        .testTarget(name: "WorkspaceTests", dependencies: ["Workspace", "Site", "Ledger", "Core"]),
        // ZIPFoundation writes the fixture exports as LinkedIn sends them: zipped.
        .testTarget(name: "GoodwillCLITests", dependencies: ["goodwill", "Site", "Core", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    ]
)
