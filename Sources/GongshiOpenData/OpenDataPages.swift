import GongshiModel
import GongshiRender
import GongshiSite

/// The open-data section (issue 4): `/data/` explains every file; the directory as JSON and
/// CSV, the points as GeoJSON and the HSDS 3.0 export are published beside it. Every file is
/// a pure function of the site and the as-of date, so a rebuild gives the same bytes.
package enum OpenDataPages {
    /// Every route of the section: the page first, then the files in a fixed order. The set of
    /// files is the same for every site (empty lists included), so `site` is not read yet.
    package static func routes(_ site: Site) -> [Route] {
        var routes = [page()]
        routes += dataset(DirectoryData.points) + dataset(DirectoryData.courses) + dataset(DirectoryData.activities)
        routes.append(
            Route(.file("data/datapackage.json")) { c, _ in
                DirectoryPackage.package(OpenDataScope(c)).fileBytes
            })
        routes.append(
            Route(.file("data/points.geojson")) { c, _ in
                PointsGeoJSON.collection(OpenDataScope(c)).fileBytes
            })
        for (file, _) in HSDSExport.tables {
            routes.append(
                Route(.file("data/hsds/" + file)) { c, _ in
                    DataJSON.array(HSDSExport(OpenDataScope(c)).items[file] ?? []).fileBytes
                })
        }
        routes.append(
            Route(.file("data/hsds/datapackage.json")) { c, _ in
                let scope = OpenDataScope(c)
                return HSDSExport(scope).dataPackage(scope).fileBytes
            })
        return routes
    }

    static func dataset<Item>(_ set: OpenDataSet<Item>) -> [Route] {
        [
            Route(.file("data/\(set.name).json")) { c, _ in set.json(OpenDataScope(c)).fileBytes },
            Route(.file("data/\(set.name).csv")) { c, _ in set.csv(OpenDataScope(c)) },
        ]
    }

    static func page() -> Route {
        .page(.data, layout: "data") { c, _ in DataPageModel(OpenDataScope(c)).model(c) }
    }
}
