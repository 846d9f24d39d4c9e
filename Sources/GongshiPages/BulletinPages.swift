import GongshiModel
import GongshiRender
import GongshiReports
import GongshiSite

/// Weekly bulletins (`/bulletins/2026-W48/`) rendered from the Markdown template
/// `templates/bulletin.md`, and their index, newest first.
package enum BulletinPages {
    /// The weeks that get a bulletin: from `bulletins_from` to the as-of week.
    package static func weeks(_ site: Site, today: LocalDate) -> [ISOWeek] {
        guard let from = site.settings.bulletinsFrom, from <= today else { return [] }
        return DateRange(first: from, last: today)!.weeks
    }

    package static func note(_ site: Site, week: ISOWeek, includeDrafts: Bool) -> BulletinNote? {
        site.bulletinNotes.first { $0.week == week && (includeDrafts || !$0.isDraft) }
    }

    package static func index(weeks: [ISOWeek], includeDrafts: Bool) -> Route {
        .page(.bulletins, layout: "bulletins") { c, _ in
            PageContent(
                title: c.words["bulletins.title"],
                BulletinIndexFacts(
                    bulletins: weeks.reversed().map { week in
                        let note = note(c.site, week: week, includeDrafts: includeDrafts)
                        return .init(
                            link: c.paths.bulletin(week),
                            label: title(week, c.words) + (note?.title.map { "：" + $0 } ?? ""),
                            summary: note?.summary)
                    }))
        }
    }

    static func title(_ week: ISOWeek, _ words: Words) -> String {
        words["bulletins.week"].replacing("{week}", with: words.weekRange(week))
    }

    /// `note`: the editor's note of the week, whose file is where problems of the page go.
    package static func bulletin(_ week: ISOWeek, note: BulletinNote?) -> Route {
        let source = note.map { RouteSource(.file($0.bodyLocation.path), body: $0.body, bodyStart: $0.bodyLocation) }
        var route = Route.page(.bulletin(week), layout: "bulletin", source: source) {
            c, theme throws(RenderFailure) in
            guard let body = html(week, note: note, c, theme), let article = weChatArticle(week, note: note, c, theme)
            else { throw noTemplate }
            return PageContent(
                title: title(week, c.words),
                BulletinPageFacts(
                    week: week.description, body: body,
                    weChat: .init(
                        link: c.paths.link(.weChatArticle(week)), title: weChatTitle(week, note: note, c.words),
                        digest: note?.summary, article: article.html),
                    changes: ChangePages.days(in: week, c)))
        }
        // The week's lists are made of typed facts by the bulletin template; what the editor
        // wrote is the note, inserted as it stands. A site's own `bulletin.md` is rendered in
        // full by `check`, as every template of the site's is.
        route.contentMarkup = note.map { .markdown([$0.body]) } ?? .none
        route.templateUses.append(TemplateUse(markdown: "bulletin", model: BulletinFacts.self))
        return route
    }

    static let noTemplate = RenderFailure(.error(.theme(.noBulletinTemplate), at: .file("templates/bulletin.md")))

    /// A week's bulletin as Markdown, the bulletin template over the week's facts (made once
    /// per build: its page, both feeds and its WeChat article show it); nil when the theme has
    /// no `bulletin.md`.
    static func markdown(_ week: ISOWeek, note: BulletinNote?, _ c: PageContext, _ theme: Theme) -> String? {
        c.made.value(for: "bulletin text \(week) \(note?.isDraft == true)") {
            theme.renderMarkdownText(template: "bulletin", facts(week, note: note, c))
        }
    }

    /// A week's bulletin as HTML (made once per build).
    static func html(_ week: ISOWeek, note: BulletinNote?, _ c: PageContext, _ theme: Theme) -> String? {
        c.made.value(for: "bulletin \(week) \(note?.isDraft == true)") {
            markdown(week, note: note, c, theme).map { Markdown.html($0, allowRawHTML: c.site.settings.allowRawHTML) }
        }
    }

    /// What the bulletin template reads: the week's classes, activities, open notices and
    /// new points, and the editor's note.
    static func facts(_ week: ISOWeek, note: BulletinNote?, _ c: PageContext) -> BulletinFacts {
        let days = week.days
        let sessions = c.site.sessions(in: week).compactMap { s -> BulletinFacts.Session? in
            guard let course = c.site.course(s.courseID) else { return nil }
            return .init(
                date: c.words.date(s.date), time: "\(s.start)–\(s.end)", title: course.title,
                link: c.paths.course(course.id), venue: course.venue.name)
        }
        let closures = days.dates.filter { c.site.closure(on: $0) != nil }.map { c.words.date($0) }
        let activities = c.site.activities(startingIn: days)
        let endOfWeek = LocalDateTime(date: week.sunday, time: LocalTime(hour: 23, minute: 59)!)
        let open = c.site.activities(startingAfter: week.sunday).lazy.filter { $0.status(at: endOfWeek) == .open }
            .prefix(10)
        let opened = c.site.points.filter { $0.opened.map(days.contains) == true }
        return BulletinFacts(
            week: c.words.weekRange(week), sessions: sessions, closures: closures,
            activities: activities.map(c.activitySummary), openNotices: open.map(c.activitySummary),
            opened: opened.map(c.pointSummary), strings: UIStrings(c.words.strings),
            timetableLink: c.paths.timetable(week), outOfTerm: TermBreak(week, c),
            figures: ReportPages.weekFigures(week, c), note: note.map { .init(title: $0.title, body: $0.body) })
    }
}

/// The bulletins index: every week's bulletin, newest first, with the editor's summary.
struct BulletinIndexFacts: FieldModel {
    var bulletins: [Entry]

    static let fields = TemplateFields<Self>([.items("bulletins") { $0.bulletins }])

    struct Entry: FieldModel {
        var link: String
        var label: String
        var summary: String?

        static let fields = TemplateFields<Self>([
            .text("link") { $0.link }, .text("label") { $0.label }, .text("summary") { $0.summary },
        ])
    }
}

/// A bulletin's page: the week's rendered bulletin, and its WeChat article to copy.
struct BulletinPageFacts: FieldModel {
    /// The ISO week, `2026-W48`.
    var week: String
    var body: String
    var weChat: WeChatFacts
    /// The days of the week on the record of changes.
    var changes: [ChangeLink]

    static let fields = TemplateFields<Self>([
        .text("week") { $0.week }, .text("body") { $0.body }, .model("weChat") { $0.weChat },
        .items("changes") { $0.changes },
    ])

    /// What the clerk pastes into the official account: the article's address, its title and
    /// digest, and the article itself for copying by hand.
    struct WeChatFacts: FieldModel {
        var link: String
        var title: String
        var digest: String?
        var article: String

        static let fields = TemplateFields<Self>([
            .text("link") { $0.link }, .text("title") { $0.title }, .text("digest") { $0.digest },
            .text("article") { $0.article },
        ])
    }
}

/// What `templates/bulletin.md` reads. It is rendered on its own, not over a page's layout,
/// so it carries the UI strings itself.
struct BulletinFacts: FieldModel {
    var week: String
    var sessions: [Session]
    var closures: [String]
    var activities: [ActivitySummary]
    var openNotices: [ActivitySummary]
    var opened: [PointSummary]
    var strings: UIStrings
    var timetableLink: String
    /// The break the week falls in; nil in term time.
    var outOfTerm: TermBreak?
    var figures: WeekFigures
    var note: Note?

    static let fields = TemplateFields<Self>([
        .text("week") { $0.week }, .items("sessions") { $0.sessions }, .items("closures") { $0.closures },
        .items("activities") { $0.activities }, .items("openNotices") { $0.openNotices },
        .items("opened") { $0.opened }, .strings("t") { $0.strings }, .text("timetableLink") { $0.timetableLink },
        .model("outOfTerm") { $0.outOfTerm }, .model("figures") { $0.figures }, .model("note") { $0.note },
    ])

    /// A class of the week.
    struct Session: FieldModel {
        var date: String
        var time: String
        var title: String
        var link: String
        var venue: String

        static let fields = TemplateFields<Self>([
            .text("date") { $0.date }, .text("time") { $0.time }, .text("title") { $0.title },
            .text("link") { $0.link }, .text("venue") { $0.venue },
        ])
    }

    /// The editor's note of the week; its body is Markdown the template prints as it is.
    struct Note: FieldModel {
        var title: String?
        var body: String

        static let fields = TemplateFields<Self>([.text("title") { $0.title }, .text("body") { $0.body }])
    }
}
