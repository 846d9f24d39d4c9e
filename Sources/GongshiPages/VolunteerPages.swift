import GongshiModel
import GongshiOpenData
import GongshiRender
import GongshiSite

/// Volunteer recruitment notices (`/volunteer/`) and each notice's page.
package enum VolunteerPages {
    package static func index() -> Route {
        .page(.volunteer, layout: "volunteer") { c, _ in
            let coming = c.site.activities.filter { [.open, .full].contains($0.status(asOf: c.today)) }
                .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            let open = coming.filter { $0.status(asOf: c.today) == .open }
            let full = coming.filter { $0.status(asOf: c.today) == .full }
            let towns = c.byTown(open, town: \.venue.town).map { town, here in
                VolunteerFacts.Town(
                    name: town.name, anchor: townAnchor(town.id), link: c.townLink(town),
                    notices: here.map(c.activitySummary))
            }
            return PageContent(
                title: c.words["volunteer.title"],
                VolunteerFacts(
                    jump: towns.map { JumpLink(name: $0.name, anchor: $0.anchor) }, towns: towns,
                    full: full.isEmpty
                        ? nil
                        : .init(
                            label: c.words["volunteer.full-count"].replacing("{n}", with: "\(full.count)"),
                            notices: full.map(c.activitySummary)),
                    calendar: c.calendarLinks("volunteer.ics")))
        }
    }

    package static func activity(_ activity: Activity) -> Route {
        let id = activity.id
        return .page(
            .activity(id), layout: "activity", reads: [.activity(id), .point(activity.venue.id)],
            source: RouteSource(activity.source), markdown: [activity.description]
        ) { c, _ in
            let volunteers = activity.volunteers.flatMap { v in
                v.needed.map {
                    c.words["activity.volunteers"].replacing("{needed}", with: "\($0)")
                        .replacing("{registered}", with: "\(v.registered ?? 0)")
                }
            }
            return PageContent(
                title: activity.title,
                ActivityPageFacts(
                    jsonLD: StructuredData.activity(activity, c),
                    activity: ActivityFacts(
                        summary: c.activitySummary(activity), address: activity.venue.address,
                        description: activity.description.map {
                            Markdown.html($0, allowRawHTML: c.site.settings.allowRawHTML)
                        },
                        volunteers: volunteers)))
        }
    }
}

/// The volunteer index: notices open for sign-up by the town they are held in, with a jump
/// list to each town; then those already full, collapsed, since no one can sign up to them.
struct VolunteerFacts: FieldModel {
    var jump: [JumpLink]
    var towns: [Town]
    var full: Full?
    var calendar: CalendarLinks

    static let fields = TemplateFields<Self>([
        .items("jump") { $0.jump }, .list("towns") { $0.towns }, .model("full") { $0.full },
        .model("calendar") { $0.calendar },
    ])

    /// A town's open notices, in start order.
    struct Town: FieldModel {
        var name: String
        var anchor: String
        var link: String?
        var notices: [ActivitySummary]

        static let fields = TemplateFields<Self>([
            .text("name") { $0.name }, .text("anchor") { $0.anchor }, .text("link") { $0.link },
            .list("notices") { $0.notices },
        ])
    }

    /// The full notices, and the summary that says how many (`名额已满（12 项）`).
    struct Full: FieldModel {
        var label: String
        var notices: [ActivitySummary]

        static let fields = TemplateFields<Self>([.text("label") { $0.label }, .list("notices") { $0.notices }])
    }
}

/// A notice's page.
struct ActivityPageFacts: FieldModel {
    var jsonLD: String
    var activity: ActivityFacts

    static let fields = TemplateFields<Self>([.text("jsonLD") { $0.jsonLD }, .model("activity") { $0.activity }])
}

/// A notice as its own page shows it: the list's facts, the venue's address, the
/// description and how many volunteers it needs.
struct ActivityFacts: FieldModel {
    var summary: ActivitySummary
    var address: String
    /// HTML rendered from the notice's Markdown; absent, never the page's description.
    var description: String?
    /// `需要 6 人，已报名 2 人`: only when the notice says how many it needs.
    var volunteers: String?

    static let fields = TemplateFields<Self>(
        extending: { $0.summary },
        [
            .text("address") { $0.address }, .text("description") { $0.description },
            .text("volunteers") { $0.volunteers },
        ])
}
