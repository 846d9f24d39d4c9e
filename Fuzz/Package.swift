// swift-tools-version:6.1
// libFuzzer targets for Gongshi's readers and the Markdown-template pipeline. Built apart
// from the main package (with -sanitize=fuzzer,address) by scripts/fuzz; CI never builds it.
import Foundation
import PackageDescription

// A package found by path is named after its folder, which differs between checkouts.
let gongshi = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent.lowercased()

func fuzzTarget(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name, dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: gongshi) },
        swiftSettings: [.unsafeFlags(["-parse-as-library"])])
}

let package = Package(
    name: "GongshiFuzz",
    dependencies: [.package(path: ".."), .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20")],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "GongshiLoad", package: gongshi), .product(name: "GongshiModel", package: gongshi),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        fuzzTarget("FuzzYAML", ["GongshiLoad"]),
        fuzzTarget("FuzzJSON", ["GongshiLoad"]),
        fuzzTarget("FuzzCSV", ["GongshiLoad"]),
        fuzzTarget("FuzzXLSX", ["GongshiLoad"]),
        fuzzTarget("FuzzFrontMatter", ["GongshiLoad"]),
        fuzzTarget("FuzzMarkdown", ["GongshiRender", "GongshiModel"]),
    ]
)
