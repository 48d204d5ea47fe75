// swift-tools-version:6.1
// libFuzzer harnesses for what reads untrusted input: vCards, CSV, dates, search queries and
// Kith JSON. Built and run by run.sh (which adds the sanitizer, coverage and libFuzzer flags to
// every module, Kith's own included), never by `swift test`; see README "Fuzzing".
import PackageDescription

let package = Package(
    name: "KithFuzz",
    dependencies: [.package(name: "Kith", path: ".."), .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "KithCore", package: "Kith"),
                                                   .product(name: "GRDB", package: "GRDB.swift")]),
    ] + ["FuzzVCard", "FuzzCSV", "FuzzDates", "FuzzSearch", "FuzzJSON"].map { name in
        .executableTarget(name: name, dependencies: ["FuzzSupport", .product(name: "KithCore", package: "Kith")])
    },
    swiftLanguageModes: [.v6]
)
