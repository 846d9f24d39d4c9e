import GongshiModel
import GongshiRender
import GongshiSite

/// Noticeboard sheets of a week. A centre pins up its own week: each venue's classes as a
/// grid of days and times (`timetable/2026-W48/print/tc-fengqiao/`), its QR code opening
/// the venue's page. The city's week (`timetable/2026-W48/print/`, and `timetable/print/`
/// for the as-of week) is too big for one page at noticeboard size, so its sheet counts the
/// classes by day and by venue and sends the reader to the full timetable. A bulletin's
/// sheet (`bulletins/2026-W48/print/`) keeps its summary and the first lines of each list.
/// Each sheet is one A4 page (`SheetFit`): a venue's week too long for one is split into
/// sheets by days, a list too long is shortened and says that the website has the rest.
package enum WeekSheets {
    /// The city's sheet of every timetable week, then of the as-of week.
    package static func cities(weeks: [ISOWeek], today: LocalDate) -> [Route] {
        weeks.map { city($0, at: .timetable($0)) } + [city(ISOWeek(containing: today), at: .timetable(nil))]
    }

    /// The points that hold courses, in site order: each has a sheet of every week it has classes in.
    package static func venues(_ site: Site) -> [ServicePoint] {
        site.points.filter { !site.courses(at: $0.id).isEmpty }
    }

    /// A venue's sheet of each of the weeks it has classes in (or a closed day).
    package static func venue(venue: ServicePoint, weeks: [ISOWeek], _ site: Site) -> [Route] {
        weeks.filter { VenueWeek.hasClasses(venue, $0, site) }.map { venueRoute(venue, $0) }
    }

    static func venueRoute(_ venue: ServicePoint, _ week: ISOWeek) -> Route {
        .page(
            .venueWeekSheet(week, venue: venue.id), layout: "sheet", reads: [.point(venue.id)],
            source: RouteSource(venue.source)
        ) { c, _ in
            let sheets = VenueWeek(venue, week, c.site).map { venueSheets($0, c) } ?? []
            return PageContent(
                title: c.words["sheet.venue-title"].replacing("{venue}", with: venue.name)
                    .replacing("{week}", with: c.words.weekRange(week)),
                SheetPageFacts(sheets: sheets))
        }
    }

    /// A venue's week on as many sheets as it needs, usually one.
    static func venueSheets(_ week: VenueWeek, _ c: PageContext) -> [SheetFacts] {
        let range = c.words.weekRange(week.week)
        let closed = closedNote(week.closedDays, c).map { [$0] } ?? []
        let notes = week.days.isEmpty ? closed + [c.words["timetable.empty"]] : closed
        let partOf = { (n: Int, count: Int) in
            c.words["sheet.part"].replacing("{n}", with: "\(n)").replacing("{count}", with: "\(count)")
        }
        let cancelled = c.words["timetable.no-class"]
        let grid = SheetFit.Grid<VenueWeek.Entry>(
            columns: week.periods.map { c.words[$0.key] },
            rows: zip(week.days, week.entries).map { day, cells in
                .init(heading: c.words.weekday(day.weekday), cells: cells)
            }, text: { $0.time + " " + $0.title + ($0.cancelled ? " " + cancelled : "") })
        // Room for the longest status a part can have, so the parts fit whatever their number.
        let room = SheetFit.room(
            heading: week.venue.name, status: range + " · " + partOf(9, 9), notes: notes,
            address: SheetFacts.shortAddress(of: .point(week.venue.id), c))
        let sheets = SheetFit.sheets(grid, room: room) {
            c.words["sheet.continued"].replacing("{day}", with: $0)
        }
        return sheets.enumerated().map { n, part in
            SheetFacts(
                kind: c.words["sheet.timetable"], heading: week.venue.name,
                status: sheets.count == 1 ? range : range + " · " + partOf(n + 1, sheets.count), notes: notes,
                grid: part.rows.isEmpty
                    ? nil
                    : SheetGrid(
                        corner: c.words["sheet.day"], columns: part.columns,
                        rows: part.rows.map { row in
                            .init(
                                day: row.heading,
                                cells: row.cells.map { cell in
                                    .init(
                                        entries: cell.map {
                                            .init(time: $0.time, title: $0.title, note: $0.cancelled ? cancelled : nil)
                                        })
                                })
                        }), page: .point(week.venue.id), c)
        }
    }

    /// `停课：10月1日 周四、10月2日 周五`; nil when no day is closed.
    static func closedNote(_ days: [LocalDate], _ c: PageContext) -> String? {
        guard !days.isEmpty else { return nil }
        return c.words["bulletins.closed"] + days.map { c.words.date($0) }.joined(separator: c.words["list.separator"])
    }

    /// `全市 7 个教学点共 37 节课。`
    static func count(_ sessions: [CourseSession], _ c: PageContext) -> String {
        let venues = Set(sessions.compactMap { c.site.course($0.courseID)?.venue.id })
        return c.words["sheet.city-count"].replacing("{venues}", with: "\(venues.count)")
            .replacing("{n}", with: "\(sessions.count)")
    }

    /// The city's week: classes by day and by venue; below it on screen, links to each
    /// venue's sheet.
    static func city(_ week: ISOWeek, at address: Address) -> Route {
        .page(.sheet(address), layout: "sheet") { c, _ in
            let sessions = c.site.sessions(in: week)
            var counts: [String: Int] = [:]
            for session in sessions {
                if let venue = c.site.course(session.courseID)?.venue.id { counts[venue, default: 0] += 1 }
            }
            let venues = c.site.points.filter { counts[$0.id] != nil }
            let classes = { (n: Int) in c.words["week.count"].replacing("{n}", with: "\(n)") }
            var notes = [
                sessions.isEmpty ? TermBreak(week, c)?.reason ?? c.words["timetable.empty"] : count(sessions, c)
            ]
            notes += closedNote(week.dates.filter { c.site.closure(on: $0) != nil }, c).map { [$0] } ?? []
            let heading = c.words["sheet.city-heading"]
            let range = c.words.weekRange(week)
            let byDay = week.dates.map { day in
                let n = sessions.filter { $0.date == day }.count
                return SheetBlock.Line(
                    text: c.words.weekday(day.weekday) + " " + c.words.monthDay(day),
                    detail: n > 0 ? classes(n) : c.closureNote(day) ?? c.words["sheet.no-classes"])
            }
            let byVenue = venues.map { venue in
                SheetBlock.Line(text: venue.name, detail: classes(counts[venue.id] ?? 0))
            }
            let blocks =
                sessions.isEmpty
                ? []
                : SheetBlock.fitted(
                    [
                        .init(heading: c.words["sheet.by-day"], lines: byDay, more: "sheet.more"),
                        .init(heading: c.words["sheet.by-venue"], lines: byVenue, more: "sheet.more-venues"),
                    ], columns: 2,
                    room: SheetFit.room(
                        heading: heading, status: range, notes: notes, address: SheetFacts.shortAddress(of: address, c)),
                    c)
            let sheet = SheetFacts(
                kind: c.words["sheet.timetable"], heading: heading, status: range, notes: notes, blocks: blocks,
                page: address, c)
            return PageContent(
                title: c.words["timetable.title"] + " " + range,
                SheetPageFacts(
                    sheets: [sheet],
                    companions: venues.isEmpty
                        ? nil
                        : .init(
                            heading: c.words["sheet.venue-sheets"],
                            links: venues.map {
                                .init(label: $0.name, link: c.paths.link(.venueWeekSheet(week, venue: $0.id)))
                            })))
        }
    }

    /// A bulletin's essentials: its title and summary, the week's classes in one line, and
    /// the first lines of its activities, open notices and new points.
    package static func bulletin(_ week: ISOWeek, note: BulletinNote?) -> Route {
        .page(.sheet(.bulletin(week)), layout: "sheet") { c, _ in
            let facts = BulletinPages.facts(week, note: note, c)
            let weekTitle = BulletinPages.title(week, c.words)
            let heading = note?.title ?? weekTitle
            let status = note?.title == nil ? nil : weekTitle
            let sessions = c.site.sessions(in: week)
            var notes = note?.summary.map { [$0] } ?? []
            notes.append(
                sessions.isEmpty ? facts.outOfTerm?.reason ?? c.words["bulletins.no-classes"] : count(sessions, c))
            notes += closedNote(week.dates.filter { c.site.closure(on: $0) != nil }, c).map { [$0] } ?? []
            let activity = { (a: ActivitySummary, detail: String?) in
                SheetBlock.Line(time: a.when, text: a.title, detail: detail)
            }
            let lists: [SheetBlock.Unfitted] = [
                .init(heading: c.words["bulletins.activities"], lines: facts.activities.map { activity($0, $0.venue) }),
                .init(
                    heading: c.words["bulletins.open-notices"],
                    lines: facts.openNotices.map { activity($0, $0.placesLeft) }),
                .init(
                    heading: c.words["bulletins.opened"],
                    lines: facts.opened.map { .init(text: $0.name, detail: $0.address) }),
            ]
            let blocks = SheetBlock.fitted(
                lists.filter { !$0.lines.isEmpty }, columns: 1,
                room: SheetFit.room(
                    heading: heading, status: status, notes: notes,
                    address: SheetFacts.shortAddress(of: .bulletin(week), c)), c)
            let sheet = SheetFacts(
                kind: c.words["bulletins.title"], heading: heading, status: status, notes: notes, blocks: blocks,
                page: .bulletin(week), c)
            return PageContent(title: weekTitle, SheetPageFacts(sheets: [sheet]))
        }
    }
}

/// One venue's classes of a week as its sheet's grid shows them: a row for each day it has
/// classes, a column for each part of the day, each cell's classes in time order, a class
/// cancelled that day marked so; the days a holiday closes are named instead.
package struct VenueWeek {
    var venue: ServicePoint
    var week: ISOWeek
    var days: [LocalDate]
    var periods: [Period]
    /// `entries[day][period]`, indices into `days` and `periods`.
    var entries: [[[Entry]]]
    /// Holidays on which a class of the venue would have met.
    var closedDays: [LocalDate]

    struct Entry: Equatable {
        var start: LocalTime
        /// `08:30–10:00`.
        var time: String
        var title: String
        var cancelled: Bool
    }

    /// A column of the grid: morning, afternoon, evening, as a noticeboard's timetable has.
    enum Period: Int, Comparable {
        case morning, afternoon, evening

        init(_ start: LocalTime) { self = start.hour < 12 ? .morning : start.hour < 18 ? .afternoon : .evening }

        var key: String { ["sheet.morning", "sheet.afternoon", "sheet.evening"][rawValue] }

        static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    /// Whether the venue has a class that week, held, cancelled or closed: when `init` makes
    /// a week, without making it (the plan asks for every venue and week of the term).
    package static func hasClasses(_ venue: ServicePoint, _ week: ISOWeek, _ site: Site) -> Bool {
        site.courses(at: venue.id).contains { course in
            week.dates.contains { day in
                course.dates.contains(day) && course.record.sessions.contains { $0.weekday == day.weekday }
            }
        }
    }

    /// Nil when the venue has no class that week, held, cancelled or closed.
    package init?(_ venue: ServicePoint, _ week: ISOWeek, _ site: Site) {
        var held: [(day: LocalDate, entry: Entry)] = []
        var closed: Set<LocalDate> = []
        for course in site.courses(at: venue.id) {
            for day in week.dates where course.dates.contains(day) {
                for slot in course.record.sessions where slot.weekday == day.weekday {
                    if site.closure(on: day) != nil {
                        closed.insert(day)
                    } else {
                        held.append(
                            (
                                day,
                                Entry(
                                    start: slot.start, time: "\(slot.start)–\(slot.end)", title: course.title,
                                    cancelled: course.isCancelled(on: day))
                            ))
                    }
                }
            }
        }
        guard !held.isEmpty || !closed.isEmpty else { return nil }
        self.venue = venue
        self.week = week
        let days = Set(held.map(\.day)).sorted()
        let periods = Set(held.map { Period($0.entry.start) }).sorted()
        self.days = days
        self.periods = periods
        // Stable: classes at the same time keep the order of the course files.
        let inOrder = held.enumerated().sorted {
            ($0.element.entry.start, $0.offset) < ($1.element.entry.start, $1.offset)
        }
        .map(\.element)
        entries = days.map { day in
            periods.map { period in
                inOrder.filter { $0.day == day && Period($0.entry.start) == period }.map(\.entry)
            }
        }
        closedDays = closed.sorted()
    }
}

/// A venue's week on a sheet: a row per day, a column per part of the day.
struct SheetGrid: FieldModel {
    /// The heading over the days' column.
    var corner: String
    var columns: [String]
    var rows: [Row]

    static let fields = TemplateFields<Self>([
        .text("corner") { $0.corner }, .list("columns") { $0.columns }, .list("rows") { $0.rows },
    ])

    struct Row: FieldModel {
        var day: String
        var cells: [Cell]

        static let fields = TemplateFields<Self>([.text("day") { $0.day }, .list("cells") { $0.cells }])
    }

    struct Cell: FieldModel {
        var entries: [Entry]

        static let fields = TemplateFields<Self>([.list("entries") { $0.entries }])
    }

    /// A class in a cell; `note` says it does not meet that day.
    struct Entry: FieldModel {
        var time: String
        var title: String
        var note: String?

        static let fields = TemplateFields<Self>([
            .text("time") { $0.time }, .text("title") { $0.title }, .text("note") { $0.note },
        ])
    }
}

/// A list on a sheet, shortened to fit: its heading, its first lines, and how many more the
/// website has. `split` lays short lines in two columns.
struct SheetBlock: FieldModel {
    var heading: String
    var lines: [Line]
    var more: String?
    var split: Bool

    static let fields = TemplateFields<Self>([
        .text("heading") { $0.heading }, .list("lines") { $0.lines }, .flag("hasLines") { !$0.lines.isEmpty },
        .text("more") { $0.more }, .flag("split") { $0.split },
    ])

    /// A line: a time or date before it, its text, a detail after it. Lines are not linked:
    /// their sizes are paper's, too small to tap; the page links below the sheet instead.
    struct Line: FieldModel {
        var time: String?
        var text: String
        var detail: String?

        init(time: String? = nil, text: String, detail: String? = nil) {
            self.time = time
            self.text = text
            self.detail = detail
        }

        /// The line as it is printed, for measuring.
        var printed: String { [time, text, detail].compactMap { $0 }.joined(separator: " ") }

        static let fields = TemplateFields<Self>([
            .text("time") { $0.time }, .text("text") { $0.text }, .text("detail") { $0.detail },
        ])
    }

    /// A list before it is fitted: its heading, all its lines, and the key of the words
    /// saying how many more the website has (`另有 {n} 项，完整内容见网站`).
    struct Unfitted {
        var heading: String
        var lines: [Line]
        var more = "sheet.more"
    }

    /// Lists, each shortened so that all of them fit `room` (see `SheetFit.kept`).
    static func fitted(_ lists: [Unfitted], columns: Int, room: Double, _ c: PageContext) -> [SheetBlock] {
        let kept = SheetFit.kept(lists.map { .init(lines: $0.lines.map(\.printed), columns: columns) }, room: room)
        return zip(lists, kept).map { list, kept in
            let left = list.lines.count - kept
            return SheetBlock(
                heading: list.heading, lines: Array(list.lines.prefix(kept)),
                more: left > 0 ? c.words[list.more].replacing("{n}", with: "\(left)") : nil, split: columns > 1)
        }
    }
}

/// What `templates/layouts/sheet.html` reads: the page's sheets (one, or a venue's week on
/// several), and on screen only, links to the sheets that go with it.
struct SheetPageFacts: FieldModel {
    var sheets: [SheetFacts]
    var companions: Companions?

    init(sheets: [SheetFacts], companions: Companions? = nil) {
        self.sheets = sheets
        self.companions = companions
    }

    static let fields = TemplateFields<Self>([.list("sheets") { $0.sheets }, .model("companions") { $0.companions }])

    struct Companions: FieldModel {
        var heading: String
        var links: [Link]

        static let fields = TemplateFields<Self>([.text("heading") { $0.heading }, .list("links") { $0.links }])
    }

    struct Link: FieldModel {
        var label: String
        var link: String

        static let fields = TemplateFields<Self>([.text("label") { $0.label }, .text("link") { $0.link }])
    }
}
