import GongshiModel
import GongshiOpenData
import GongshiRender
import GongshiSite

/// The canteen directory (`/canteens/`) and the point pages (`/points/<id>/`).
package enum DirectoryPages {
    package static func canteens() -> Route {
        .page(.canteens, layout: "canteens") { c, _ in
            let meals = c.site.points.filter { $0.kind.isMealService }
            let towns = c.townGroups(meals)
            return PageContent(
                title: c.words["canteens.title"],
                CanteensFacts(
                    cardHeading: "h3", count: c.words["canteens.count"].replacing("{n}", with: "\(meals.count)"),
                    villagesLink: c.paths.villages, jump: towns.jumpLinks, towns: towns))
        }
    }

    package static func point(_ point: ServicePoint) -> Route {
        let id = point.id
        return .page(
            .point(id), layout: "point", lastModified: point.updated, reads: [.point(id)],
            source: RouteSource(point.source), markdown: [point.description, point.operator?.description]
        ) { c, _ in
            let hasEvents = !c.site.courses(at: id).isEmpty || !c.site.activities(at: id).isEmpty
            return PageContent(
                title: point.name,
                PointPageFacts(
                    jsonLD: StructuredData.point(point, c), point: c.pointFacts(point),
                    courses: c.site.courses(at: id).map(c.courseSummary),
                    activities: c.site.activities(at: id).filter { [.open, .full].contains($0.status(asOf: c.today)) }
                        .map(c.activitySummary),
                    calendar: hasEvents ? c.calendarLinks("points/\(id)/calendar.ics") : nil,
                    weekSheet: c.weekSheet(of: point)))
        }
    }
}

extension PageContext {
    /// Everything the point page says about a point, over what its card in a list says.
    func pointFacts(_ point: ServicePoint) -> PointFacts {
        let allowRawHTML = site.settings.allowRawHTML
        return PointFacts(
            summary: pointSummary(point), town: point.town.map(\.name),
            townLink: point.town.map { paths.town($0.id) }, services: point.services.map(words.service),
            operatorName: point.operator?.name, operatorPhone: point.operator?.phone,
            operatorTel: point.operator?.phone.flatMap { PhoneNumber(text: $0)?.telURI },
            operatorWebsite: point.operator?.website.flatMap(Escaping.safeURL),
            operatorDescription: point.operator?.description.map { Markdown.html($0, allowRawHTML: allowRawHTML) },
            operation: point.operation.map(words.operation),
            opened: point.opened.map { words.date($0, relativeTo: today) },
            serves: point.servedVillages.isEmpty
                ? nil : point.servedVillages.map(\.name).joined(separator: words["list.separator"]),
            beds: point.capacity?.beds.map(String.init),
            updated: point.updated.map { words.date($0, relativeTo: today) },
            description: point.description.map { Markdown.html($0, allowRawHTML: allowRawHTML) })
    }
}

/// The canteen directory: meal points grouped by town, with a jump list to each town.
/// `cardHeading` is read inside each point card, from the page.
struct CanteensFacts: FieldModel {
    var cardHeading: String
    var count: String
    var villagesLink: String
    var jump: [JumpLink]
    var towns: [PointGroup]

    static let fields = TemplateFields<Self>([
        .text("cardHeading") { $0.cardHeading }, .text("count") { $0.count },
        .text("villagesLink") { $0.villagesLink }, .items("jump") { $0.jump }, .list("towns") { $0.towns },
    ])
}

/// A point's page: its facts, the courses and coming activities held there, and the
/// calendar of both when there are any.
struct PointPageFacts: FieldModel {
    var jsonLD: String
    var point: PointFacts
    var courses: [CourseSummary]
    var activities: [ActivitySummary]
    var calendar: CalendarLinks?
    /// The noticeboard sheet of this week's classes here, when there are any.
    var weekSheet: String?

    static let fields = TemplateFields<Self>([
        .text("jsonLD") { $0.jsonLD }, .model("point") { $0.point }, .items("courses") { $0.courses },
        .items("activities") { $0.activities }, .model("calendar") { $0.calendar },
        .text("weekSheet") { $0.weekSheet },
    ])
}

/// A point as its own page shows it: the card's facts and the rest of the record.
struct PointFacts: FieldModel {
    var summary: PointSummary
    var town: String?
    var townLink: String?
    var services: [String]
    var operatorName: String?
    var operatorPhone: String?
    var operatorTel: String?
    var operatorWebsite: String?
    /// HTML rendered from the operator's Markdown.
    var operatorDescription: String?
    var operation: String?
    var opened: String?
    /// `新丰社区、景山社区`.
    var serves: String?
    var beds: String?
    var updated: String?
    /// HTML rendered from the point's Markdown; absent, never the page's description.
    var description: String?

    static let fields = TemplateFields<Self>(
        extending: { $0.summary },
        [
            .text("town") { $0.town }, .text("townLink") { $0.townLink }, .items("services") { $0.services },
            .text("operator") { $0.operatorName }, .text("operatorPhone") { $0.operatorPhone },
            .text("operatorTel") { $0.operatorTel }, .text("operatorWebsite") { $0.operatorWebsite },
            .text("operatorDescription") { $0.operatorDescription }, .text("operation") { $0.operation },
            .text("opened") { $0.opened }, .text("serves") { $0.serves }, .text("beds") { $0.beds },
            .text("updated") { $0.updated }, .text("description") { $0.description },
        ])
}
