import GongshiModel
import GongshiRender
import GongshiSite

/// A long page grouped by town opens with a jump list of its towns, each linking to the
/// town's part of the page (`#town-<id>`).
struct JumpLink: FieldModel {
    var name: String
    var anchor: String

    static let fields = TemplateFields<Self>([.text("name") { $0.name }, .text("anchor") { $0.anchor }])
}

/// Point cards under a heading (a town's or a kind's): the open ones first, then those
/// still to come apart, under 筹建中 and collapsed, since a reader looks for where to go now.
struct PointGroup: FieldModel {
    var name: String
    /// The heading's id, which the jump list links to.
    var anchor: String?
    /// The town's own page.
    var link: String?
    var points: [PointSummary]
    var preparing: Preparing?

    static let fields = TemplateFields<Self>([
        .text("name") { $0.name }, .text("anchor") { $0.anchor }, .text("link") { $0.link },
        .items("points") { $0.points }, .model("preparing") { $0.preparing },
    ])

    /// The points not yet open, and the summary that says how many (`筹建中（3 个）`).
    struct Preparing: FieldModel {
        var label: String
        var points: [PointSummary]

        static let fields = TemplateFields<Self>([.text("label") { $0.label }, .list("points") { $0.points }])
    }

    /// Operating points first, then suspended and closed ones (a fact a reader needs before
    /// going), each in `rank` then file order; apart, the points on the way (planned, site
    /// selection, design, construction).
    static func openFirst(_ points: [ServicePoint], rank: (ServicePoint) -> Int = { _ in 0 }) -> (
        shown: [ServicePoint], preparing: [ServicePoint]
    ) {
        let shown = points.enumerated().filter { !$0.element.status.isInPipeline }.sorted {
            ($0.element.status != .operating ? 1 : 0, rank($0.element), $0.offset)
                < ($1.element.status != .operating ? 1 : 0, rank($1.element), $1.offset)
        }
        return (shown.map(\.element), points.filter(\.status.isInPipeline))
    }
}

/// The anchor of a town's part of a page grouped by town.
func townAnchor(_ id: String) -> String { "town-" + id }

extension PageContext {
    /// Items grouped by the town they are in, in the site's town order; those at city level
    /// (no town) first, under the city's name. Towns with none are left out.
    func byTown<Item>(_ items: [Item], town: (Item) -> Region?) -> [(town: Region, items: [Item])] {
        let grouped = Dictionary(grouping: items, by: { town($0)?.id ?? "" })
        return ([site.root] + site.towns).compactMap { region in
            let here = grouped[region.id == site.root.id ? "" : region.id] ?? []
            return here.isEmpty ? nil : (region, here)
        }
    }

    /// The town's own page; none for the city, whose page is the directory itself.
    func townLink(_ town: Region) -> String? { town.id == site.root.id ? nil : paths.town(town.id) }

    /// A group of point cards, open ones first (see `PointGroup.openFirst`).
    func pointGroup(
        _ name: String, anchor: String? = nil, link: String? = nil, _ points: [ServicePoint],
        rank: (ServicePoint) -> Int = { _ in 0 }
    ) -> PointGroup {
        let (shown, preparing) = PointGroup.openFirst(points, rank: rank)
        return PointGroup(
            name: name, anchor: anchor, link: link, points: shown.map(pointSummary),
            preparing: preparing.isEmpty
                ? nil
                : .init(
                    label: words["directory.preparing"].replacing("{n}", with: "\(preparing.count)"),
                    points: preparing.map(pointSummary)))
    }

    /// A directory's groups: the points by town, open ones first.
    func townGroups(_ points: [ServicePoint], rank: (ServicePoint) -> Int = { _ in 0 }) -> [PointGroup] {
        byTown(points, town: \.town).map { town, here in
            pointGroup(town.name, anchor: townAnchor(town.id), link: townLink(town), here, rank: rank)
        }
    }
}

extension [PointGroup] {
    /// The jump list to these groups.
    var jumpLinks: [JumpLink] { compactMap { group in group.anchor.map { JumpLink(name: group.name, anchor: $0) } } }
}
