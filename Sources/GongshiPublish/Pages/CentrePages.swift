import GongshiModel

/// The care-centre directory by tier (`/centres/`) and the town pages (`/towns/<id>/`).
enum CentrePages {
    static let tiers: [PointKind] = [.cityCentre, .townCentre, .villageCentre]

    static func centres() -> Route {
        .untypedPage("centres/", layout: "centres") { c, _ in
            var model = c.common(title: c.words["centres.title"], folder: "centres/")
            model["cardHeading"] = "h4"
            model["tiers"] = tiers.map { kind -> [String: Any] in
                let points = c.site.points.filter { $0.kind == kind }
                let towns = Dictionary(grouping: points, by: { $0.town?.id ?? "" })
                let groups = ([c.site.root] + c.site.towns).compactMap { town -> [String: Any]? in
                    let here = towns[town.id == c.site.root.id ? "" : town.id] ?? []
                    guard !here.isEmpty else { return nil }
                    return ["name": town.name, "points": here.map(c.pointSummary)]
                }
                return ["id": kind.rawValue, "name": c.words.kind(kind), "count": points.count, "groups": groups]
            }
            return model
        }
    }

    static func town(_ id: String) -> Route {
        .untypedPage("towns/\(id)/", layout: "town", reads: [.town(id)]) { c, _ in
            let town = c.site.regions[id]!
            var model = c.common(title: town.name, folder: "towns/\(id)/")
            model["cardHeading"] = "h4"
            let points = c.site.points(inTown: id)
            let ids = Set(points.map(\.id))
            model["kinds"] = PointKind.allCases.compactMap { kind -> [String: Any]? in
                let here = points.filter { $0.kind == kind }
                return here.isEmpty ? nil : ["name": c.words.kind(kind), "points": here.map(c.pointSummary)]
            }
            model["courses"] = nonEmpty(c.site.courses(atAnyOf: ids).map(c.courseSummary))
            model["activities"] = nonEmpty(
                c.site.activities(atAnyOf: ids).filter { $0.status(asOf: c.today) != .done && !$0.isCancelled }
                    .prefix(20).map(c.activitySummary))
            return model
        }
    }
}
