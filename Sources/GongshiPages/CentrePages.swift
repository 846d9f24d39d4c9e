import GongshiModel
import GongshiRender
import GongshiSite

/// The care-centre directory by tier (`/centres/`) and the town pages (`/towns/<id>/`).
package enum CentrePages {
    static let tiers: [PointKind] = [.cityCentre, .townCentre, .villageCentre]

    package static func centres() -> Route {
        .page(.centres, layout: "centres") { c, _ in
            let tiers = tiers.map { kind -> CentresFacts.Tier in
                let points = c.site.points.filter { $0.kind == kind }
                let towns = Dictionary(grouping: points, by: { $0.town?.id ?? "" })
                let groups = ([c.site.root] + c.site.towns).compactMap { town -> PointGroup? in
                    let here = towns[town.id == c.site.root.id ? "" : town.id] ?? []
                    guard !here.isEmpty else { return nil }
                    return PointGroup(name: town.name, points: here.map(c.pointSummary))
                }
                return .init(id: kind.rawValue, name: c.words.kind(kind), count: points.count, groups: groups)
            }
            return PageContent(
                title: c.words["centres.title"],
                CentresFacts(cardHeading: "h4", tiers: tiers))
        }
    }

    package static func town(_ id: String) -> Route {
        .page(.town(id), layout: "town", reads: [.town(id)]) { c, _ in
            let town = c.site.regions[id]!
            let points = c.site.points(inTown: id)
            let ids = Set(points.map(\.id))
            let kinds = PointKind.allCases.compactMap { kind -> PointGroup? in
                let here = points.filter { $0.kind == kind }
                return here.isEmpty ? nil : PointGroup(name: c.words.kind(kind), points: here.map(c.pointSummary))
            }
            return PageContent(
                title: town.name,
                TownFacts(
                    cardHeading: "h4", kinds: kinds, courses: c.site.courses(atAnyOf: ids).map(c.courseSummary),
                    activities: c.site.activities(atAnyOf: ids).filter {
                        $0.status(asOf: c.today) != .done && !$0.isCancelled
                    }
                    .prefix(20).map(c.activitySummary)))
        }
    }
}

/// The care centres by tier, each tier by town. `cardHeading` is read inside each point
/// card, from the page.
struct CentresFacts: FieldModel {
    var cardHeading: String
    var tiers: [Tier]

    static let fields = TemplateFields<Self>([.text("cardHeading") { $0.cardHeading }, .list("tiers") { $0.tiers }])

    struct Tier: FieldModel {
        var id: String
        var name: String
        var count: Int
        var groups: [PointGroup]

        static let fields = TemplateFields<Self>([
            .text("id") { $0.id }, .text("name") { $0.name }, .text("count") { "\($0.count)" },
            .list("groups") { $0.groups },
        ])
    }
}

/// A town's page: its points by kind, and the courses and activities held at them.
struct TownFacts: FieldModel {
    var cardHeading: String
    var kinds: [PointGroup]
    var courses: [CourseSummary]
    var activities: [ActivitySummary]

    static let fields = TemplateFields<Self>([
        .text("cardHeading") { $0.cardHeading }, .list("kinds") { $0.kinds }, .items("courses") { $0.courses },
        .items("activities") { $0.activities },
    ])
}
