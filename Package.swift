// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Gongshi",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gongshi", targets: ["gongshi"]),
        // For the fuzz targets in Fuzz/, which build against these apart from the main package.
        .library(name: "GongshiModel", targets: ["GongshiModel"]),
        .library(name: "GongshiLoad", targets: ["GongshiLoad"]),
        .library(name: "GongshiRender", targets: ["GongshiRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        // The renderer's test oracle: our templates render byte for byte as swift-mustache's.
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Debian's libcmark-dev (CommonMark reference implementation).
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Debian's libqrencode-dev: the QR codes on the printed noticeboard sheets.
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // Debian's libxlsxwriter-dev: the workbooks `gongshi sheet` writes.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // Debian's libssl-dev (libcrypto): SHA-256 of the published files and records, SHA-1
        // of name-based UUIDs.
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // Value types only: the vocabulary every other layer speaks (and the digests).
        .target(name: "GongshiModel", dependencies: ["CCrypto"]),
        // Files → records → resolved Site, with every problem as a Diagnostic.
        .target(
            name: "GongshiLoad",
            dependencies: [
                "GongshiModel", .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Linux calls Foundation does not offer (atomic exchange of two folders).
        .target(name: "CSystem"),
        // Markdown, templates (a Mustache compiler of our own over typed models), escaping and
        // the default theme (embedded at build time).
        .target(
            name: "GongshiRender",
            dependencies: ["GongshiModel", "CCmark", "CQRencode", .product(name: "Yams", package: "Yams")],
            plugins: ["EmbedTheme"]
        ),
        .executableTarget(name: "theme-embedder"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["theme-embedder"]),
        // What every page kind shares: routes, addresses, the page context, words, the layout model.
        .target(name: "GongshiSite", dependencies: ["GongshiModel", "GongshiRender"]),
        // The reports: figures counted from the site, their pages, charts and JSON.
        .target(name: "GongshiReports", dependencies: ["GongshiModel", "GongshiRender", "GongshiSite"]),
        // The open-data files, the /data/ page and the calendars.
        .target(name: "GongshiOpenData", dependencies: ["GongshiModel", "GongshiRender", "GongshiSite"]),
        // The site's HTML pages, feeds and structured data.
        .target(
            name: "GongshiPages",
            dependencies: ["GongshiModel", "GongshiRender", "GongshiSite", "GongshiReports", "GongshiOpenData"]
        ),
        // Plan, render, check and publish the site; the preview's incremental session.
        .target(
            name: "GongshiBuild",
            dependencies: [
                "GongshiModel", "GongshiLoad", "GongshiRender", "GongshiSite", "GongshiReports", "GongshiOpenData",
                "GongshiPages", "CSystem",
            ]
        ),
        // The site's records as workbook sheets (typed tables), written through libxlsxwriter.
        .target(name: "GongshiSheet", dependencies: ["GongshiModel", "GongshiLoad", "CXlsxWriter"]),
        // The preview server and content watcher behind `gongshi serve`.
        .target(
            name: "GongshiServe",
            dependencies: [
                "GongshiModel", "GongshiBuild", "GongshiRender",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "gongshi",
            dependencies: [
                "GongshiModel", "GongshiLoad", "GongshiRender", "GongshiBuild", "GongshiServe", "GongshiSheet",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What more than one test target uses: the seeded random generator, calendar text, folder walks.
        .target(name: "GongshiTestSupport", path: "Tests/GongshiTestSupport"),
        .testTarget(
            name: "GongshiModelTests",
            dependencies: [
                "GongshiModel", "GongshiTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "GongshiLoadTests",
            dependencies: [
                "GongshiLoad", "GongshiModel", "GongshiTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                // The oracle the event reader is checked against.
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(
            name: "GongshiRenderTests",
            dependencies: [
                "GongshiRender", "GongshiModel",
                .product(name: "PropertyBased", package: "swift-property-based"),
                // The oracle our own renderer is checked against.
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "GongshiPublishTests",
            dependencies: [
                "GongshiSite", "GongshiReports", "GongshiOpenData", "GongshiPages", "GongshiBuild", "GongshiModel",
                "GongshiLoad", "GongshiRender", "GongshiTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "GongshiServeTests",
            dependencies: ["GongshiServe", "GongshiBuild", .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        .testTarget(
            name: "GongshiSheetTests",
            dependencies: [
                "GongshiSheet", "GongshiLoad", "GongshiModel",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(name: "GongshiCLITests", dependencies: ["gongshi", "GongshiModel", "GongshiTestSupport"]),
    ]
)
