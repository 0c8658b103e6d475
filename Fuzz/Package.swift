// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets, one per parser that reads what people write or export. Kept out of the
// main package: each is built with `-sanitize=fuzzer,address` and has no main of its own.
// `make fuzz` builds and runs them (docs/fuzzing.md).
let package = Package(
    name: "GoodwillFuzz",
    dependencies: [.package(name: "Goodwill", path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        // What both front matter targets check, YAML and TOML.
        .target(name: "FrontMatterCheck", dependencies: [.product(name: "Site", package: "Goodwill")]),
        .executableTarget(name: "fuzz-front-matter", dependencies: ["CFuzzDriver", "FrontMatterCheck"]),
        .executableTarget(name: "fuzz-toml", dependencies: ["CFuzzDriver", "FrontMatterCheck"]),
        .executableTarget(name: "fuzz-markdown", dependencies: ["CFuzzDriver", .product(name: "Markdown", package: "Goodwill")]),
        .executableTarget(name: "fuzz-import", dependencies: ["CFuzzDriver", .product(name: "Ledger", package: "Goodwill")]),
        .executableTarget(name: "fuzz-ledger", dependencies: ["CFuzzDriver", .product(name: "Ledger", package: "Goodwill")]),
        .executableTarget(name: "fuzz-access-log", dependencies: ["CFuzzDriver", .product(name: "Insight", package: "Goodwill")]),
    ]
)
