import GongshiModel
import GongshiRender
import GongshiSite

/// The care-centre directory by town (`/centres/`) and the town pages (`/towns/<id>/`).
package enum CentrePages {
    static let tiers: [PointKind] = [.cityCentre, .townCentre, .villageCentre]

    package static func centres() -> Route {
        .page(.centres, layout: "centres") { c, _ in
            let centres = c.site.points.filter { !$0.kind.isMealService }
            // Within a town the town's own centre comes before its villages'.
            let towns = c.townGroups(centres) { tiers.firstIndex(of: $0.kind) ?? tiers.count }
            return PageContent(
                title: c.words["centres.title"],
                CentresFacts(
                    cardHeading: "h3",
                    tiers: tiers.compactMap { kind in
                        let n = centres.count { $0.kind == kind }
                        return n == 0
                            ? nil
                            : .init(
                                name: c.words.kind(kind),
                                count: c.words["centres.tier-count"].replacing("{n}", with: "\(n)"))
                    }, villagesLink: c.paths.villages, jump: towns.jumpLinks, towns: towns))
        }
    }

    package static func town(_ id: String) -> Route {
        .page(.town(id), layout: "town", reads: [.town(id)]) { c, _ in
            let town = c.site.regions[id]!
            let points = c.site.points(inTown: id)
            let ids = Set(points.map(\.id))
            let kinds = PointKind.allCases.compactMap { kind -> PointGroup? in
                let here = points.filter { $0.kind == kind }
                return here.isEmpty ? nil : c.pointGroup(c.words.kind(kind), here)
            }
            return PageContent(
                title: town.name,
                TownFacts(
                    cardHeading: "h4", kinds: kinds, courses: c.site.courses(atAnyOf: ids).map(c.courseSummary),
                    activities: c.site.activities(atAnyOf: ids).filter {
                        $0.status(asOf: c.today) != .done && !$0.isCancelled
                    }
                    .prefix(20).map(c.activitySummary),
                    villagesLink: c.villageFinderLink(id), townsLink: c.paths.towns))
        }
    }
}

/// The care centres by town, with a jump list to each town; how many of each tier there
/// are (tiers the site has none of left out). `cardHeading` is read inside each point card, from the page.
struct CentresFacts: FieldModel {
    var cardHeading: String
    var tiers: [Tier]
    var villagesLink: String
    var jump: [JumpLink]
    var towns: [PointGroup]

    static let fields = TemplateFields<Self>([
        .text("cardHeading") { $0.cardHeading }, .list("tiers") { $0.tiers },
        .text("villagesLink") { $0.villagesLink }, .items("jump") { $0.jump }, .list("towns") { $0.towns },
    ])

    struct Tier: FieldModel {
        var name: String
        var count: String

        static let fields = TemplateFields<Self>([.text("name") { $0.name }, .text("count") { $0.count }])
    }
}

/// A town's page: its points by kind, the courses and activities held at them, and where
/// to find which points serve each of its villages.
struct TownFacts: FieldModel {
    var cardHeading: String
    var kinds: [PointGroup]
    var courses: [CourseSummary]
    var activities: [ActivitySummary]
    /// The town's part of the village finder.
    var villagesLink: String?
    var townsLink: String

    static let fields = TemplateFields<Self>([
        .text("cardHeading") { $0.cardHeading }, .list("kinds") { $0.kinds }, .items("courses") { $0.courses },
        .items("activities") { $0.activities }, .text("villagesLink") { $0.villagesLink },
        .text("townsLink") { $0.townsLink },
    ])
}
