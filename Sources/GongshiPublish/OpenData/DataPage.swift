import GongshiModel
import GongshiRender

/// The view model of `/data/`: for each file what it holds, its fields (from the same field
/// lists that write the files), its record count and link; the licence and the as-of date.
struct DataPageModel {
    let scope: OpenDataScope

    init(_ scope: OpenDataScope) { self.scope = scope }

    var words: Words { scope.words }

    func model(_ c: PageContext) -> [String: Any] {
        let today = scope.today
        var model = c.common(title: words["data.title"], folder: "data/", description: words["data.intro"])
        model["generated"] = "\(today.year)" + words["date.year-suffix"] + words.date(today)
        model["generatedISO"] = today.description
        model["licenseLink"] = OpenData.licenseURL
        model["datasets"] = [
            dataset(DirectoryData.points, count: scope.site.points.count),
            dataset(DirectoryData.courses, count: scope.site.courses.count),
            dataset(DirectoryData.activities, count: scope.site.activities.count),
        ]
        model["package"] = link("datapackage.json")
        model["geojson"] = geoJSON()
        model["hsds"] = hsds()
        return model
    }

    /// The meaning of a field: `data.<dataset>-<key>`, else the shared `data.field-<key>`.
    func meaning(_ dataset: String, _ key: String) -> String {
        let group = words.strings["data"] ?? [:]
        return group["\(dataset)-\(key)"] ?? group["field-\(key)"] ?? key
    }

    func link(_ file: String) -> [String: Any] { ["label": file, "link": scope.paths.link("data/" + file)] }

    func count(_ n: Int) -> String { words["data.records"].replacing("{n}", with: "\(n)") }

    func dataset<Item>(_ set: OpenDataSet<Item>, count n: Int) -> [String: Any] {
        [
            "id": set.name,
            "heading": words["data.\(set.name)-heading"],
            "about": words["data.\(set.name)-about"],
            "count": count(n),
            "files": [link("\(set.name).json"), link("\(set.name).csv")],
            "caption": words["data.fields-caption"].replacing("{file}", with: "\(set.name).json / \(set.name).csv"),
            "fields": set.documentation.map { field -> [String: Any] in
                [
                    "key": field.key, "columns": field.columns.map { ["name": $0] },
                    "meaning": meaning(set.name, field.key),
                ]
            },
        ]
    }

    func geoJSON() -> [String: Any] {
        let placed = PointsGeoJSON.placed(scope.site).count
        let leftOut = PointsGeoJSON.leftOut(scope.site)
        return [
            "file": link("points.geojson"),
            "count": words["data.geojson-count"].replacing("{n}", with: "\(placed)"),
            "leftOutText": words["data.geojson-left-out"].replacing("{n}", with: "\(leftOut.count)"),
            "leftOut": nonEmpty(leftOut.map { ["name": $0.name, "link": scope.paths.point($0.id)] }),
            "caption": words["data.fields-caption"].replacing("{file}", with: "points.geojson"),
            "fields": PointsGeoJSON.properties.map { ["key": $0, "meaning": meaning("points", $0)] },
        ]
    }

    func hsds() -> [String: Any] {
        let export = HSDSExport(scope)
        let leftOut = HSDSExport.withoutAddress(scope.site).count
        return [
            "addressesLeftOut": leftOut == 0
                ? "" : words["data.hsds-address-left-out"].replacing("{n}", with: "\(leftOut)"),
            "files": HSDSExport.tables.map { file -> [String: Any] in
                [
                    "label": file.file, "link": scope.paths.link("data/hsds/" + file.file),
                    "table": file.table, "meaning": words["data.hsds-\(file.table)"],
                    "count": "\(export.items[file.file]?.count ?? 0)",
                ]
            },
            "package": ["label": "datapackage.json", "link": scope.paths.link("data/hsds/datapackage.json")],
        ]
    }
}
