import GongshiModel
import GongshiRender
import GongshiReports
import GongshiSite

/// Home, Markdown pages, 404 and robots.txt.
package enum SitePages {
    package static func home() -> Route {
        .page(.home, layout: "home") { c, _ in
            let week = ISOWeek(containing: c.today)
            let sessions = c.site.sessions(in: week)
            let bulletin =
                BulletinPages.weeks(c.site, today: c.today).last == week
                ? HomeFacts.Link(link: c.paths.bulletin(week), label: BulletinPages.title(week, c.words)) : nil
            let open = c.site.activities.filter { $0.status(asOf: c.today) == .open }.sorted {
                ($0.start, $0.id) < ($1.start, $1.id)
            }
            let pages = c.pages.filter { !$0.urlPath.isEmpty }.sorted {
                ($0.weight, $0.urlPath) < ($1.weight, $1.urlPath)
            }
            return PageContent(
                title: c.site.settings.title,
                HomeFacts(
                    villagesLink: c.paths.villages, townsLink: c.paths.towns,
                    week: .init(
                        range: c.words.weekRange(week), marks: c.todayMarks,
                        days: sessions.isEmpty ? [] : c.classesByDay(week, sessions), empty: sessions.isEmpty,
                        outOfTerm: TermBreak(week, c)),
                    timetableLink: c.paths.timetable,
                    bulletin: bulletin, notices: open.prefix(5).map(c.activitySummary),
                    volunteerLink: c.paths.volunteer, reports: ReportPages.homeLink(c),
                    pages: pages.map {
                        .init(title: $0.title, link: c.paths.page($0.urlPath), description: $0.description)
                    }))
        }
    }

    /// A content page: its body is a Markdown template over the site's data.
    package static func page(_ page: Page) -> Route {
        return .page(.page(page.urlPath), layout: page.layout ?? "page", source: .page(page)) {
            c, theme throws(RenderFailure) in
            do throws(Theme.TemplateProblem) {
                let body = try theme.renderMarkdownBody(
                    page.body, at: page.bodyLocation, c.layout(title: page.title, at: .page(page.urlPath)),
                    allowRawHTML: c.site.settings.allowRawHTML)
                return PageContent(
                    title: page.title, description: page.description, BodyFacts(body: body))
            } catch {
                throw RenderFailure(error.diagnostic)
            }
        }
    }

    package static func notFound() -> Route {
        var route = Route(.file("404.html")) { c, theme in
            var layout = c.layout(title: c.words["notfound.title"], at: .file("404.html"))
            layout.canonical = nil
            return Array(theme.render(layout: "notfound", PageModel(layout, NoFacts())).utf8)
        }
        route.templateUses = [TemplateUse(layout: "notfound", model: PageModel<NoFacts>.self)]
        route.layout = "notfound"
        return route
    }

    package static func robots() -> Route {
        Route(.file("robots.txt")) { c, _ in
            Array("User-agent: *\nAllow: /\nSitemap: \(c.paths.absolute("sitemap.xml"))\n".utf8)
        }
    }
}

/// The home page: where to go by village or town, this week's classes, the week's
/// bulletin, open notices, the pages.
struct HomeFacts: FieldModel {
    var villagesLink: String
    var townsLink: String
    var week: Week
    var timetableLink: String
    var bulletin: Link?
    var notices: [ActivitySummary]
    var volunteerLink: String
    var reports: ReportsLink
    var pages: [PageLink]

    static let fields = TemplateFields<Self>([
        .text("villagesLink") { $0.villagesLink }, .text("townsLink") { $0.townsLink },
        .model("week") { $0.week }, .text("timetableLink") { $0.timetableLink }, .model("bulletin") { $0.bulletin },
        .items("notices") { $0.notices }, .text("volunteerLink") { $0.volunteerLink },
        .model("reports") { $0.reports }, .items("pages") { $0.pages },
    ])

    /// The as-of week's classes day by day (the build's day is not the reader's, so the page
    /// says 本周 and `today.js` marks today); a week without classes only says so, or which
    /// break it is.
    struct Week: FieldModel {
        /// `11月23日至11月29日`.
        var range: String
        var marks: TodayMarks
        var days: [TimetableFacts.DayClasses]
        var empty: Bool
        var outOfTerm: TermBreak?

        static let fields = TemplateFields<Self>([
            .text("range") { $0.range }, .model("marks") { $0.marks }, .list("days") { $0.days },
            .flag("empty") { $0.empty }, .model("outOfTerm") { $0.outOfTerm },
        ])
    }

    struct Link: FieldModel {
        var link: String
        var label: String

        static let fields = TemplateFields<Self>([.text("link") { $0.link }, .text("label") { $0.label }])
    }

    struct ReportsLink: FieldModel {
        var link: String
        var headline: String

        static let fields = TemplateFields<Self>([.text("link") { $0.link }, .text("headline") { $0.headline }])
    }

    struct PageLink: FieldModel {
        var title: String
        var link: String
        var description: String?

        static let fields = TemplateFields<Self>([
            .text("title") { $0.title }, .text("link") { $0.link }, .text("description") { $0.description },
        ])
    }
}

/// A page whose layout shows a rendered Markdown body (`{{{body}}}`).
struct BodyFacts: FieldModel {
    var body: String

    static let fields = TemplateFields<Self>([.text("body") { $0.body }])
}

/// A page whose layout reads only the layout's facts.
struct NoFacts: FieldModel {
    static let fields = TemplateFields<Self>([])
}
