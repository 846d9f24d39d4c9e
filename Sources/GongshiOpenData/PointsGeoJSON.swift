import GongshiModel
import GongshiSite

/// `data/points.geojson`: the service points with a known position as an RFC 7946
/// FeatureCollection (WGS-84, `[lon, lat]`). Points without a location are left out; the
/// data page counts and names them.
enum PointsGeoJSON {
    /// The point fields each feature carries as properties, flat so GIS tools show them as
    /// columns: lists become `;`-separated text, as in the CSV.
    static let properties = [
        "id", "name", "kind", "status", "url", "address", "town_id", "town_name", "operator_name", "phone", "hours",
        "services", "updated",
    ]

    /// Points that have a location, in id order.
    static func placed(_ site: Site) -> [ServicePoint] {
        DirectoryData.points.items(site).filter { $0.location != nil }
    }

    /// Points left out for want of a location, in id order.
    static func leftOut(_ site: Site) -> [ServicePoint] {
        DirectoryData.points.items(site).filter { $0.location == nil }
    }

    static func collection(_ scope: OpenDataScope) -> DataJSON {
        let fields = DirectoryData.points.fields.filter { properties.contains($0.key) }
        let features = placed(scope.site).map { point -> DataJSON in
            let location = point.location!
            let members = fields.map { field -> (String, DataJSON) in
                let value = field.json(point, scope)
                switch value {
                case .array, .object: return (field.key, .string(field.cells(point, scope).joined(separator: ";")))
                default: return (field.key, value)
                }
            }
            return .object([
                "type": .string("Feature"),
                "id": .string(point.id),
                "geometry": .object([
                    "type": .string("Point"), "coordinates": .array([.double(location.lon), .double(location.lat)]),
                ]),
                "properties": .object(Dictionary(uniqueKeysWithValues: members)),
            ])
        }
        return .object(["type": .string("FeatureCollection"), "features": .array(features)])
    }
}
