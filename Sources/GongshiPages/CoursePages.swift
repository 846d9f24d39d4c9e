import GongshiModel
import GongshiOpenData
import GongshiRender
import GongshiSite

/// The senior-university catalogue (`/courses/`), course pages and the weekly timetable.
package enum CoursePages {
    package static func catalogue() -> Route {
        .page(.courses, layout: "courses") { c, _ in
            let category = { (course: Course) in course.category ?? c.words["courses.other"] }
            return PageContent(
                title: c.words["courses.title"],
                CatalogueFacts(
                    categories: orderedUnique(c.site.courses.map(category)).map { name in
                        .init(
                            name: name,
                            courses: c.site.courses.filter { category($0) == name }.map(c.courseSummary))
                    }))
        }
    }

    package static func course(_ course: Course) -> Route {
        let id = course.id
        return .page(
            .course(id), layout: "course", reads: [.course(id), .point(course.venue.id)],
            source: RouteSource(course.source), markdown: [course.description]
        ) { c, _ in
            let weekdays = Set(course.record.sessions.map(\.weekday))
            let facts = CourseFacts(
                summary: c.courseSummary(course),
                description: course.description.map { Markdown.html($0, allowRawHTML: c.site.settings.allowRawHTML) },
                term: course.term.name,
                sessions: course.allSessions.filter { $0.date >= c.today }.map {
                    .init(date: c.words.date($0.date, relativeTo: c.today), time: "\($0.start)–\($0.end)")
                },
                daysOff: course.daysOff.filter { $0 >= c.today && weekdays.contains($0.weekday) }.sorted().map {
                    .init(
                        date: c.words.date($0, relativeTo: c.today),
                        reason: c.site.closure(on: $0) != nil
                            ? c.words["timetable.holiday"] : c.words["timetable.no-class"])
                }, calendar: c.calendarLinks("courses/\(id)/calendar.ics"))
            return PageContent(
                title: course.title,
                CoursePageFacts(jsonLD: StructuredData.course(course, c), course: facts))
        }
    }

    /// Every ISO week of every term and every week with a bulletin (each bulletin links to its
    /// week's timetable, summer break or not), and `/timetable/` for the as-of week.
    /// `weeks`: `timetableWeeks`, which the week sheets are planned for too.
    package static func timetables(weeks: [ISOWeek], today: LocalDate) -> [Route] {
        var routes = weeks.map { week in timetable(week, at: .timetable(week), weeks: weeks) }
        routes.append(timetable(ISOWeek(containing: today), at: .timetable(nil), weeks: weeks))
        return routes
    }

    /// The weeks that have a timetable page, in order.
    package static func timetableWeeks(_ site: Site, bulletinWeeks: [ISOWeek]) -> [ISOWeek] {
        Set(site.settings.terms.flatMap(\.dates.weeks) + bulletinWeeks).sorted()
    }

    static func timetable(_ week: ISOWeek, at address: Address, weeks: [ISOWeek]) -> Route {
        .page(address, layout: "timetable") { c, _ in
            let sessions = c.site.sessions(in: week)
            let slots = orderedUnique(sessions.map { "\($0.start)–\($0.end)" }).sorted()
            let weekLink = { (week: ISOWeek) in
                TimetableFacts.WeekLink(link: c.paths.timetable(week), label: c.words.weekRange(week))
            }
            let facts = TimetableFacts(
                week: week.description, calendar: c.calendarLinks("timetable.ics"), marks: c.todayMarks,
                days: week.dates.map {
                    .init(date: $0.description, name: c.words.date($0), closure: c.closureNote($0))
                },
                rows: slots.map { slot in
                    .init(
                        time: slot,
                        cells: week.dates.map { day in
                            let here = sessions.filter { $0.date == day && "\($0.start)–\($0.end)" == slot }
                            return .init(
                                date: day.description,
                                courses: here.compactMap { c.site.course($0.courseID) }.map(c.courseLink))
                        })
                },
                byDay: c.classesByDay(week, sessions), empty: sessions.isEmpty, outOfTerm: TermBreak(week, c),
                previous: weeks.last(where: { $0 < week }).map(weekLink),
                next: weeks.first(where: { $0 > week }).map(weekLink))
            return PageContent(
                title: c.words["timetable.title"] + " " + c.words.weekRange(week), facts)
        }
    }

    static func orderedUnique<T: Hashable>(_ items: [T]) -> [T] {
        var seen: Set<T> = []
        return items.filter { seen.insert($0).inserted }
    }
}

extension PageContext {
    /// The holiday that closes a day's classes, in words.
    func closureNote(_ day: LocalDate) -> String? { site.closure(on: day).map { _ in words["timetable.holiday"] } }

    func courseLink(_ course: Course) -> TimetableFacts.CourseLink {
        .init(title: course.title, link: paths.course(course.id), venue: course.venue.name)
    }

    /// A week's classes day by day, Monday to Sunday, each day with its date for marking
    /// today in the browser (the timetable's list and the home page's week).
    func classesByDay(_ week: ISOWeek, _ sessions: [CourseSession]) -> [TimetableFacts.DayClasses] {
        week.dates.map { day in
            let classes = sessions.filter { $0.date == day }.compactMap { s in
                site.course(s.courseID).map {
                    TimetableFacts.Class(time: "\(s.start)–\(s.end)", course: courseLink($0))
                }
            }
            let closure = closureNote(day)
            return .init(
                date: day.description, name: words.date(day), classes: classes, closure: closure,
                tally: classes.isEmpty
                    ? closure ?? words["timetable.no-classes-day"]
                    : words["week.count"].replacing("{n}", with: "\(classes.count)"))
        }
    }

    /// What `assets/today.js` needs to mark today on a page listing a week.
    var todayMarks: TodayMarks {
        TodayMarks(script: paths.asset("today.js"), utcOffset: "\(site.settings.offset.minutes)")
    }
}

/// A page listing a whole week is built once a week, so only the reader's browser knows
/// which of its days is today: `today.js` marks the day whose `data-date` is today at the
/// site's offset (minutes east of UTC), not at the device's. Without it the page says 本周.
struct TodayMarks: FieldModel {
    var script: String
    var utcOffset: String

    static let fields = TemplateFields<Self>([.text("script") { $0.script }, .text("utcOffset") { $0.utcOffset }])
}

extension Words {
    /// `11月23日至11月29日`.
    func weekRange(_ week: ISOWeek) -> String {
        monthDay(week.monday) + self["range.to"] + monthDay(week.sunday)
    }

    /// `11月23日`.
    func monthDay(_ d: LocalDate) -> String {
        self["date.month-day"].replacing("{m}", with: "\(d.month)").replacing("{d}", with: "\(d.day)")
    }
}

/// The course catalogue: courses by category, in the order categories first appear.
struct CatalogueFacts: FieldModel {
    var categories: [Category]

    static let fields = TemplateFields<Self>([.list("categories") { $0.categories }])

    struct Category: FieldModel {
        var name: String
        var courses: [CourseSummary]

        static let fields = TemplateFields<Self>([.text("name") { $0.name }, .list("courses") { $0.courses }])
    }
}

/// A course's page: its facts and its calendar, which the page's `{{#course}}` section
/// reads from the page.
struct CoursePageFacts: FieldModel {
    var jsonLD: String
    var course: CourseFacts

    static let fields = TemplateFields<Self>([.text("jsonLD") { $0.jsonLD }, .model("course") { $0.course }])
}

/// A course as its own page shows it: the list's facts, the description, the coming
/// sessions and the days off still to come.
struct CourseFacts: FieldModel {
    var summary: CourseSummary
    /// HTML rendered from the course's Markdown; absent, never the page's description.
    var description: String?
    var term: String
    var sessions: [Session]
    var daysOff: [DayOff]
    /// The course's calendar file, to download or subscribe to.
    var calendar: CalendarLinks

    static let fields = TemplateFields<Self>(
        extending: { $0.summary },
        [
            .text("description") { $0.description }, .text("term") { $0.term },
            .items("sessions") { $0.sessions }, .items("daysOff") { $0.daysOff }, .model("calendar") { $0.calendar },
        ])

    struct Session: FieldModel {
        var date: String
        var time: String

        static let fields = TemplateFields<Self>([.text("date") { $0.date }, .text("time") { $0.time }])
    }

    struct DayOff: FieldModel {
        var date: String
        var reason: String

        static let fields = TemplateFields<Self>([.text("date") { $0.date }, .text("reason") { $0.reason }])
    }
}

/// A week's timetable, twice: a grid of time slots by day, and a list by day for narrow
/// screens. Out of term it says which break it is instead.
struct TimetableFacts: FieldModel {
    var week: String
    var calendar: CalendarLinks
    var marks: TodayMarks
    var days: [Day]
    var rows: [Row]
    var byDay: [DayClasses]
    var empty: Bool
    var outOfTerm: TermBreak?
    var previous: WeekLink?
    var next: WeekLink?

    static let fields = TemplateFields<Self>([
        .text("week") { $0.week }, .model("calendar") { $0.calendar }, .model("marks") { $0.marks },
        .list("days") { $0.days },
        .list("rows") { $0.rows }, .list("byDay") { $0.byDay }, .flag("empty") { $0.empty },
        .model("outOfTerm") { $0.outOfTerm }, .model("previous") { $0.previous }, .model("next") { $0.next },
    ])

    /// A column of the grid: the day (`2026-11-23`, and in words), and the holiday that closes it.
    struct Day: FieldModel {
        var date: String
        var name: String
        var closure: String?

        static let fields = TemplateFields<Self>([
            .text("date") { $0.date }, .text("name") { $0.name }, .text("closure") { $0.closure },
        ])
    }

    /// A row of the grid: a time slot and each day's courses in it.
    struct Row: FieldModel {
        var time: String
        var cells: [Cell]

        static let fields = TemplateFields<Self>([.text("time") { $0.time }, .list("cells") { $0.cells }])
    }

    /// A day's classes in one slot, each its own block.
    struct Cell: FieldModel {
        var date: String
        var courses: [CourseLink]

        static let fields = TemplateFields<Self>([.text("date") { $0.date }, .list("courses") { $0.courses }])
    }

    struct CourseLink: FieldModel {
        var title: String
        var link: String
        var venue: String

        static let fields = TemplateFields<Self>([
            .text("title") { $0.title }, .text("link") { $0.link }, .text("venue") { $0.venue },
        ])
    }

    /// A day of the list: its date, its classes in time order, and the holiday that closes it.
    struct DayClasses: FieldModel {
        var date: String
        var name: String
        var classes: [Class]
        var closure: String?
        /// What the day holds in a few words, for a collapsed day: `7 节课`, or why none.
        var tally: String

        static let fields = TemplateFields<Self>([
            .text("date") { $0.date }, .text("name") { $0.name }, .items("classes") { $0.classes },
            .text("closure") { $0.closure }, .text("tally") { $0.tally },
            .flag("hasClasses") { !$0.classes.isEmpty },
        ])
    }

    struct Class: FieldModel {
        var time: String
        var course: CourseLink

        static let fields = TemplateFields<Self>(extending: { $0.course }, [.text("time") { $0.time }])
    }

    /// The pager's link to the week before or after.
    struct WeekLink: FieldModel {
        var link: String
        var label: String

        static let fields = TemplateFields<Self>([.text("link") { $0.link }, .text("label") { $0.label }])
    }
}
