import GongshiModel
import GongshiRender

/// The canteen directory (`/canteens/`) and the point pages (`/points/<id>/`).
enum DirectoryPages {
    static func canteens() -> Route {
        .untypedPage("canteens/", layout: "canteens") { c, _ in
            var model = c.common(title: c.words["canteens.title"], folder: "canteens/")
            model["cardHeading"] = "h3"
            let meals = c.site.points.filter { $0.kind.isMealService }
            model["count"] = c.words["canteens.count"].replacing("{n}", with: "\(meals.count)")
            model["towns"] = c.site.towns.compactMap { town -> [String: Any]? in
                let points = meals.filter { $0.town?.id == town.id }
                guard !points.isEmpty else { return nil }
                return [
                    "name": town.name, "id": town.id, "link": c.paths.town(town.id),
                    "points": points.map(c.pointSummary),
                ]
            }
            return model
        }
    }

    static func point(_ point: ServicePoint) -> Route {
        let id = point.id
        return .untypedPage(            "points/\(id)/", layout: "point", lastModified: point.updated, reads: [.point(id)],
            source: RouteSource(point.source)
        ) { c, _ in
            let point = c.site.point(id)!
            var model = c.common(title: point.name, folder: "points/\(id)/")
            model["jsonLD"] = StructuredData.point(point, c)
            var facts = c.pointSummary(point)
            facts["town"] = point.town.map(\.name)
            facts["townLink"] = point.town.map { c.paths.town($0.id) }
            facts["services"] = nonEmpty(point.services.map(c.words.service))
            facts["operator"] = point.operator?.name
            facts["operatorPhone"] = point.operator?.phone
            facts["operatorTel"] = point.operator?.phone.flatMap { PhoneNumber(text: $0)?.telURI }
            facts["operatorWebsite"] = point.operator?.website.flatMap(Escaping.safeURL)
            facts["operatorDescription"] = point.operator?.description.map {
                Markdown.html($0, allowRawHTML: c.site.settings.allowRawHTML)
            }
            facts["operation"] = point.operation.map(c.words.operation)
            facts["opened"] = point.opened.map { c.words.date($0, relativeTo: c.today) }
            facts["serves"] = nonEmpty(point.servedVillages.map(\.name))
            facts["beds"] = point.capacity?.beds.map(String.init)
            facts["updated"] = point.updated.map(\.description)
            facts["description"] = absentIfNil(
                point.description.map { Markdown.html($0, allowRawHTML: c.site.settings.allowRawHTML) })
            model["point"] = facts
            model["courses"] = nonEmpty(c.site.courses(at: id).map(c.courseSummary))
            model["activities"] = nonEmpty(
                c.site.activities(at: id).filter { [.open, .full].contains($0.status(asOf: c.today)) }.map(
                    c.activitySummary))
            let hasEvents = !c.site.courses(at: id).isEmpty || !c.site.activities(at: id).isEmpty
            model["calendar"] = hasEvents ? c.calendarLinks("points/\(id)/calendar.ics") : nil
            return model
        }
    }
}
