import GongshiModel
import GongshiRender

/// Volunteer recruitment notices (`/volunteer/`) and each notice's page.
enum VolunteerPages {
    static func index() -> Route {
        .untypedPage("volunteer/", layout: "volunteer") { c, _ in
            var model = c.common(title: c.words["volunteer.title"], folder: "volunteer/")
            let coming = c.site.activities.filter { [.open, .full].contains($0.status(asOf: c.today)) }
                .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            model["open"] = nonEmpty(coming.filter { $0.status(asOf: c.today) == .open }.map(c.activitySummary))
            model["full"] = nonEmpty(coming.filter { $0.status(asOf: c.today) == .full }.map(c.activitySummary))
            model["calendar"] = c.calendarLinks("volunteer.ics")
            return model
        }
    }

    static func activity(_ activity: Activity) -> Route {
        let id = activity.id
        return .untypedPage(            "volunteer/\(id)/", layout: "activity", reads: [.activity(id), .point(activity.venue.id)],
            source: RouteSource(activity.source)
        ) {
            c, _ in
            let activity = c.site.activity(id)!
            var model = c.common(title: activity.title, folder: "volunteer/\(id)/")
            model["jsonLD"] = StructuredData.activity(activity, c)
            var facts = c.activitySummary(activity)
            facts["address"] = activity.venue.address
            facts["description"] = absentIfNil(
                activity.description.map { Markdown.html($0, allowRawHTML: c.site.settings.allowRawHTML) })
            if let v = activity.volunteers, let needed = v.needed {
                facts["volunteers"] = c.words["activity.volunteers"].replacing("{needed}", with: "\(needed)")
                    .replacing("{registered}", with: "\(v.registered ?? 0)")
            }
            model["activity"] = facts
            return model
        }
    }
}
