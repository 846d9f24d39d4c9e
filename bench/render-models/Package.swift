// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "render-models",
    dependencies: [.package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1")],
    targets: [
        .executableTarget(name: "render-models", dependencies: [.product(name: "Mustache", package: "swift-mustache")])
    ]
)
