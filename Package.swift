// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Kith",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kith", targets: ["kith"]),
        .library(name: "KithCore", targets: ["KithCore"]),
        .library(name: "KithGraph", targets: ["KithGraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .executableTarget(
            name: "kith",
            dependencies: [
                "KithCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "KithCore",
            dependencies: [
                "KithGraph",
                "KithSQLiteSession",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            plugins: ["EmbedSchema"]
        ),
        // SQLite's session extension (for undo), which GRDB's module does not declare.
        .target(name: "KithSQLiteSession", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(
            name: "KithGraph",
            dependencies: [
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        // Turns Schema/*.sql into Swift source at build time, so the shipped binary carries its
        // migrations and needs no resource bundle beside it.
        .executableTarget(name: "SchemaEmbedder"),
        .plugin(
            name: "EmbedSchema",
            capability: .buildTool(),
            dependencies: ["SchemaEmbedder"]
        ),
        .testTarget(
            name: "KithCoreTests",
            dependencies: ["KithCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // KithCore only for its seeded random generator: the same random graphs everywhere.
        .testTarget(name: "KithGraphTests", dependencies: ["KithGraph", "KithCore"]),
        // Runs the built kith binary end to end; depending on it makes `swift test` build it.
        .testTarget(
            name: "KithCLITests",
            dependencies: ["kith", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
