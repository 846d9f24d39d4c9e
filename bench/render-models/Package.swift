// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "render-models",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(name: "Gongshi", path: "../.."),
    ],
    targets: [
        .executableTarget(name: "render-models", dependencies: [.product(name: "Mustache", package: "swift-mustache")]),
        .executableTarget(
            name: "render-compiled",
            dependencies: [
                .product(name: "GongshiRender", package: "Gongshi"), .product(name: "GongshiModel", package: "Gongshi"),
            ]),
    ]
)
