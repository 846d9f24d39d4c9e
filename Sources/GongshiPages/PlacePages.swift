import GongshiModel
import GongshiRender
import GongshiReports
import GongshiSite

/// Finding by place: every town with its counts (`/towns/`), and the village finder
/// (`/villages/`): for each village and community, which canteens and centres serve it.
package enum PlacePages {
    package static func towns() -> Route {
        .page(.towns, layout: "towns") { c, _ in
            let coverage = Dictionary(
                CoverageFigures(c.site, asOf: c.today).towns.map { ($0.region.id, $0) }, uniquingKeysWith: { a, _ in a }
            )
            let pointsByTown = c.site.pointsByTown
            let towns = c.site.towns.map { town -> TownsFacts.Town in
                let points = pointsByTown[town.id] ?? []
                let area = coverage[town.id]
                let openActivities = c.site.activities(atAnyOf: Set(points.map(\.id))).count {
                    $0.status(asOf: c.today) == .open
                }
                return .init(
                    name: town.name, anchor: townAnchor(town.id), link: c.paths.town(town.id),
                    villagesLink: c.villageFinderLink(town.id),
                    meals: c.openAndComing(points.filter(\.kind.isMealService)),
                    centres: c.openAndComing(points.filter { !$0.kind.isMealService }),
                    coverage: c.words.filling(
                        "towns.of", ["part": "\(area?.served ?? 0)", "whole": "\(area?.villages.count ?? 0)"]),
                    courses: c.count("towns.course-count", c.site.courses(atAnyOf: Set(points.map(\.id))).count),
                    activities: c.count("towns.activity-count", openActivities))
            }
            return PageContent(
                title: c.words["towns.title"],
                TownsFacts(
                    intro: c.words.filling(
                        "towns.intro", ["n": "\(towns.count)", "date": c.words.date(c.today)]),
                    villagesLink: c.paths.villages, towns: towns))
        }
    }

    package static func villages() -> Route {
        .page(.villages, layout: "villages") { c, _ in
            // Who serves each village, in file order; a closed point serves no one.
            var servers: [String: [ServicePoint]] = [:]
            for point in c.site.points where point.status != .closed {
                for village in point.servedVillages { servers[village.id, default: []].append(point) }
            }
            func links(_ points: [ServicePoint]) -> [VillagesFacts.Server] {
                let (shown, preparing) = PointGroup.openFirst(points)
                return (shown + preparing).map {
                    .init(
                        name: $0.name, link: c.paths.point($0.id), status: c.words.status($0.status),
                        statusKey: $0.status.rawValue)
                }
            }
            let villages = c.site.regions.villages(under: c.site.root.id)
            let towns = c.byTown(villages, town: { c.site.regions.town(of: $0.id) }).map { town, here in
                VillagesFacts.Town(
                    name: town.name, anchor: townAnchor(town.id), link: c.townLink(town),
                    villages: here.map { village in
                        let serving = servers[village.id] ?? []
                        return .init(
                            name: village.name, anchor: "village-" + village.id,
                            meals: links(serving.filter(\.kind.isMealService)),
                            centres: links(serving.filter { !$0.kind.isMealService }))
                    })
            }
            return PageContent(
                title: c.words["villages.title"],
                VillagesFacts(
                    jump: towns.map { JumpLink(name: $0.name, anchor: $0.anchor) }, towns: towns,
                    canteensLink: c.paths.canteens))
        }
    }
}

extension PageContext {
    /// The town's part of the village finder; nil for a town without villages, which has none.
    func villageFinderLink(_ townID: String) -> String? {
        site.regions.villages(under: townID).isEmpty ? nil : paths.villages + "#" + townAnchor(townID)
    }

    /// `运营中 8 处、` and `筹建中 2 处`, each kept on one line; `暂无` for none at all.
    func openAndComing(_ points: [ServicePoint]) -> [String] {
        let open = points.count { $0.status == .operating }
        let coming = points.count(where: \.status.isInPipeline)
        guard open + coming > 0 else { return [words["towns.none"]] }
        let openText = words.filling("towns.open", ["n": "\(open)"])
        guard coming > 0 else { return [openText] }
        return [openText + words["list.separator"], words.filling("towns.coming", ["n": "\(coming)"])]
    }

    /// `5 门`; `暂无` for none.
    func count(_ key: String, _ n: Int) -> String { n == 0 ? words["towns.none"] : words.filling(key, ["n": "\(n)"]) }
}

/// The towns page: each town's points, coverage, courses and open notices, linking to the
/// town's page and to its part of the village finder.
struct TownsFacts: FieldModel {
    var intro: String
    var villagesLink: String
    var towns: [Town]

    static let fields = TemplateFields<Self>([
        .text("intro") { $0.intro }, .text("villagesLink") { $0.villagesLink }, .list("towns") { $0.towns },
    ])

    struct Town: FieldModel {
        var name: String
        var anchor: String
        var link: String
        var villagesLink: String?
        /// Canteens and meal points: how many are operating and how many on the way.
        var meals: [String]
        var centres: [String]
        /// Villages an operating canteen serves, of all the town's (the coverage report's count).
        var coverage: String
        var courses: String
        /// Notices open for sign-up as of the build's day.
        var activities: String

        static let fields = TemplateFields<Self>([
            .text("name") { $0.name }, .text("anchor") { $0.anchor }, .text("link") { $0.link },
            .text("villagesLink") { $0.villagesLink }, .list("meals") { $0.meals }, .list("centres") { $0.centres },
            .text("coverage") { $0.coverage }, .text("courses") { $0.courses },
            .text("activities") { $0.activities },
        ])
    }
}

/// The village finder: every village and community by town, each with the canteens and meal
/// points and the care centres that serve it (open ones first), or none.
struct VillagesFacts: FieldModel {
    var jump: [JumpLink]
    var towns: [Town]
    var canteensLink: String

    static let fields = TemplateFields<Self>([
        .items("jump") { $0.jump }, .list("towns") { $0.towns }, .text("canteensLink") { $0.canteensLink },
    ])

    struct Town: FieldModel {
        var name: String
        var anchor: String
        var link: String?
        var villages: [Village]

        static let fields = TemplateFields<Self>([
            .text("name") { $0.name }, .text("anchor") { $0.anchor }, .text("link") { $0.link },
            .list("villages") { $0.villages },
        ])
    }

    struct Village: FieldModel {
        var name: String
        var anchor: String
        var meals: [Server]
        var centres: [Server]

        static let fields = TemplateFields<Self>([
            .text("name") { $0.name }, .text("anchor") { $0.anchor }, .items("meals") { $0.meals },
            .items("centres") { $0.centres },
        ])
    }

    /// A point serving the village: a link with its status.
    struct Server: FieldModel {
        var name: String
        var link: String
        var status: String
        var statusKey: String

        static let fields = TemplateFields<Self>([
            .text("name") { $0.name }, .text("link") { $0.link }, .text("status") { $0.status },
            .text("statusKey") { $0.statusKey },
        ])
    }
}
