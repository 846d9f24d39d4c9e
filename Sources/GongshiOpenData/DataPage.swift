import GongshiModel
import GongshiRender
import GongshiSite

/// The view model of `/data/`: for each file what it holds, its fields (from the same field
/// lists that write the files), its record count and link; the licence and the as-of date.
struct DataPageModel {
    let scope: OpenDataScope

    init(_ scope: OpenDataScope) { self.scope = scope }

    var words: Words { scope.words }

    func model(_ c: PageContext) -> PageContent<DataFacts> {
        let today = scope.today
        return PageContent(
            title: words["data.title"], description: words["data.intro"],
            DataFacts(
                generated: "\(today.year)" + words["date.year-suffix"] + words.date(today),
                generatedISO: today.description, licenseLink: OpenData.licenseURL,
                datasets: [
                    dataset(DirectoryData.points, count: scope.site.points.count),
                    dataset(DirectoryData.courses, count: scope.site.courses.count),
                    dataset(DirectoryData.activities, count: scope.site.activities.count),
                ], package: link("datapackage.json"), geojson: geoJSON(), hsds: hsds()))
    }

    /// The meaning of a field: `data.<dataset>-<key>`, else the shared `data.field-<key>`.
    func meaning(_ dataset: String, _ key: String) -> String {
        let group = words.strings["data"] ?? [:]
        return group["\(dataset)-\(key)"] ?? group["field-\(key)"] ?? key
    }

    func link(_ file: String) -> DataFacts.FileLink { .init(label: file, link: scope.paths.link("data/" + file)) }

    func count(_ n: Int) -> String { words["data.records"].replacing("{n}", with: "\(n)") }

    func dataset<Item>(_ set: OpenDataSet<Item>, count n: Int) -> DataFacts.Dataset {
        DataFacts.Dataset(
            id: set.name, heading: words["data.\(set.name)-heading"], about: words["data.\(set.name)-about"],
            count: count(n), files: [link("\(set.name).json"), link("\(set.name).csv")],
            caption: words["data.fields-caption"].replacing("{file}", with: "\(set.name).json / \(set.name).csv"),
            documented: set.documentation.map {
                .init(key: $0.key, columns: $0.columns, meaning: meaning(set.name, $0.key))
            })
    }

    func geoJSON() -> DataFacts.GeoJSON {
        let placed = PointsGeoJSON.placed(scope.site).count
        let leftOut = PointsGeoJSON.leftOut(scope.site)
        return DataFacts.GeoJSON(
            file: link("points.geojson"),
            count: words["data.geojson-count"].replacing("{n}", with: "\(placed)"),
            leftOutText: words["data.geojson-left-out"].replacing("{n}", with: "\(leftOut.count)"),
            leftOut: leftOut.map { .init(name: $0.name, link: scope.paths.point($0.id)) },
            caption: words["data.fields-caption"].replacing("{file}", with: "points.geojson"),
            properties: PointsGeoJSON.properties.map { .init(key: $0, meaning: meaning("points", $0)) })
    }

    func hsds() -> DataFacts.HSDS {
        let export = HSDSExport(scope)
        let leftOut = HSDSExport.withoutAddress(scope.site).count
        return DataFacts.HSDS(
            addressesLeftOut: leftOut == 0
                ? nil : words["data.hsds-address-left-out"].replacing("{n}", with: "\(leftOut)"),
            files: HSDSExport.tables.map { file in
                .init(
                    label: file.file, link: scope.paths.link("data/hsds/" + file.file), table: file.table,
                    meaning: words["data.hsds-\(file.table)"], count: "\(export.items[file.file]?.count ?? 0)")
            },
            package: .init(label: "datapackage.json", link: scope.paths.link("data/hsds/datapackage.json")))
    }
}

/// What `/data/` shows besides the layout: the day, the licence, and each file's contents.
struct DataFacts: FieldModel {
    var generated: String
    var generatedISO: String
    var licenseLink: String
    var datasets: [Dataset]
    /// The directory's data package, listed with the formats.
    var package: FileLink
    var geojson: GeoJSON
    var hsds: HSDS

    static let fields = TemplateFields<Self>([
        .text("generated") { $0.generated }, .text("generatedISO") { $0.generatedISO },
        .text("licenseLink") { $0.licenseLink }, .list("datasets") { $0.datasets },
        .model("package") { $0.package }, .model("geojson") { $0.geojson }, .model("hsds") { $0.hsds },
    ])

    /// A file to download: its name and address.
    struct FileLink: FieldModel {
        var label: String
        var link: String

        static let fields = TemplateFields<Self>([.text("label") { $0.label }, .text("link") { $0.link }])
    }

    /// One of the directory's data sets, as JSON and CSV, with its fields.
    struct Dataset: FieldModel {
        var id: String
        var heading: String
        var about: String
        var count: String
        var files: [FileLink]
        var caption: String
        /// The fields of the JSON (the template's `fields`).
        var documented: [Field]

        static let fields = TemplateFields<Self>([
            .text("id") { $0.id }, .text("heading") { $0.heading }, .text("about") { $0.about },
            .text("count") { $0.count }, .list("files") { $0.files }, .text("caption") { $0.caption },
            .list("fields") { $0.documented },
        ])

        /// A field of the JSON and the CSV columns it is written to.
        struct Field: FieldModel {
            var key: String
            var columns: [String]
            var meaning: String

            static let fields = TemplateFields<Self>([
                .text("key") { $0.key }, .list("columns") { $0.columns.map(Column.init) },
                .text("meaning") { $0.meaning },
            ])
        }

        struct Column: FieldModel {
            var name: String

            static let fields = TemplateFields<Self>([.text("name") { $0.name }])
        }
    }

    /// The points as GeoJSON, and the points left out for want of a position.
    struct GeoJSON: FieldModel {
        var file: FileLink
        var count: String
        var leftOutText: String
        var leftOut: [PointLink]
        var caption: String
        /// The properties of each feature (the template's `fields`).
        var properties: [Property]

        static let fields = TemplateFields<Self>([
            .model("file") { $0.file }, .text("count") { $0.count }, .text("leftOutText") { $0.leftOutText },
            .items("leftOut") { $0.leftOut }, .text("caption") { $0.caption }, .list("fields") { $0.properties },
        ])

        struct PointLink: FieldModel {
            var name: String
            var link: String

            static let fields = TemplateFields<Self>([.text("name") { $0.name }, .text("link") { $0.link }])
        }

        struct Property: FieldModel {
            var key: String
            var meaning: String

            static let fields = TemplateFields<Self>([.text("key") { $0.key }, .text("meaning") { $0.meaning }])
        }
    }

    /// The HSDS export: its files, its data package, and how many points have no address.
    struct HSDS: FieldModel {
        /// Nil when every point has an address.
        var addressesLeftOut: String?
        var files: [File]
        var package: FileLink

        static let fields = TemplateFields<Self>([
            .text("addressesLeftOut") { $0.addressesLeftOut }, .list("files") { $0.files },
            .model("package") { $0.package },
        ])

        struct File: FieldModel {
            var label: String
            var link: String
            var table: String
            var meaning: String
            var count: String

            static let fields = TemplateFields<Self>([
                .text("label") { $0.label }, .text("link") { $0.link }, .text("table") { $0.table },
                .text("meaning") { $0.meaning }, .text("count") { $0.count },
            ])
        }
    }
}
