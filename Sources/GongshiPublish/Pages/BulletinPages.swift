import GongshiModel
import GongshiRender

/// Weekly bulletins (`/bulletins/2026-W48/`) rendered from the Markdown template
/// `templates/bulletin.md`, and their index, newest first.
enum BulletinPages {
    /// The weeks that get a bulletin: from `bulletins_from` to the as-of week.
    static func weeks(_ site: Site, today: LocalDate) -> [ISOWeek] {
        guard let from = site.settings.bulletinsFrom, from <= today else { return [] }
        return DateRange(first: from, last: today)!.weeks
    }

    static func note(_ site: Site, week: ISOWeek, includeDrafts: Bool) -> BulletinNote? {
        site.bulletinNotes.first { $0.week == week && (includeDrafts || !$0.isDraft) }
    }

    static func index(weeks: [ISOWeek], includeDrafts: Bool) -> Route {
        .untypedPage("bulletins/", layout: "bulletins") { c, _ in
            var model = c.common(title: c.words["bulletins.title"], folder: "bulletins/")
            model["bulletins"] = nonEmpty(
                weeks.reversed().map { week -> [String: Any] in
                    let note = note(c.site, week: week, includeDrafts: includeDrafts)
                    let label = title(week, c.words) + (note?.title.map { "：" + $0 } ?? "")
                    var out: [String: Any] = ["link": c.paths.bulletin(week), "label": label]
                    out["summary"] = note?.summary
                    return out
                })
            return model
        }
    }

    static func title(_ week: ISOWeek, _ words: Words) -> String {
        words["bulletins.week"].replacing("{week}", with: words.weekRange(week))
    }

    /// `note`: the editor's note of the week, whose file is where problems of the page go.
    static func bulletin(_ week: ISOWeek, note: BulletinNote?) -> Route {
        let source = note.map { RouteSource(.file($0.bodyLocation.path), body: $0.body, bodyStart: $0.bodyLocation) }
        return .untypedPage("bulletins/\(week)/", layout: "page", source: source) { c, theme throws(RenderFailure) in
            var model = c.common(title: title(week, c.words), folder: "bulletins/\(week)/")
            model["week"] = week.description
            guard let body = html(week, note: note, c, theme) else {
                throw RenderFailure(
                    .error(.theme(.noBulletinTemplate), at: .file("templates/bulletin.md")))
            }
            model["body"] = body
            return model
        }
    }

    /// A week's bulletin as HTML (made once per build: its page and both feeds show it); nil
    /// when the theme has no `bulletin.md`.
    static func html(_ week: ISOWeek, note: BulletinNote?, _ c: PageContext, _ theme: Theme) -> String? {
        c.made.text("bulletin \(week) \(note?.isDraft == true)") {
            theme.renderMarkdown(
                template: "bulletin", facts(week, note: note, c), allowRawHTML: c.site.settings.allowRawHTML)
        }
    }

    /// What the bulletin template reads: the week's classes, activities, open notices and
    /// new points, and the editor's note.
    static func facts(_ week: ISOWeek, note: BulletinNote?, _ c: PageContext) -> [String: Any] {
        let days = DateRange(first: week.monday, last: week.sunday)!
        let sessions = c.site.sessions(in: week).compactMap { s -> [String: Any]? in
            guard let course = c.site.course(s.courseID) else { return nil }
            return [
                "date": c.words.date(s.date), "time": "\(s.start)–\(s.end)", "title": course.title,
                "link": c.paths.course(course.id), "venue": course.venue.name,
            ]
        }
        let closures = days.dates.filter { c.site.closure(on: $0) != nil }.map { c.words.date($0) }
        let activities = c.site.activities.filter { days.contains($0.start.date) }.sorted {
            ($0.start, $0.id) < ($1.start, $1.id)
        }
        let endOfWeek = LocalDateTime(date: week.sunday, time: LocalTime(hour: 23, minute: 59)!)
        let open = c.site.activities.filter {
            $0.status(at: endOfWeek) == .open && !days.contains($0.start.date) && $0.start.date > week.sunday
        }
        .sorted { ($0.start, $0.id) < ($1.start, $1.id) }.prefix(10)
        let opened = c.site.points.filter { $0.opened.map(days.contains) == true }
        var out: [String: Any] = [
            "week": c.words.weekRange(week),
            "sessions": nonEmpty(sessions),
            "closures": nonEmpty(closures),
            "activities": nonEmpty(activities.map(c.activitySummary)),
            "openNotices": nonEmpty(open.map(c.activitySummary)),
            "opened": nonEmpty(opened.map(c.pointSummary)),
            "t": c.words.strings,
            "timetableLink": c.paths.timetable(week),
            "outOfTerm": CoursePages.outOfTerm(week, c) ?? false,
            "figures": ReportPages.weekFigures(week, c),
        ]
        if let note {
            out["note"] = ["title": note.title as Any, "body": note.body]
        }
        return out
    }
}
