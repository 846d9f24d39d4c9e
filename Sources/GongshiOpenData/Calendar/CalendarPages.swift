import GongshiModel
import GongshiRender
import GongshiSite

/// The calendars families subscribe to (RFC 5545): `/timetable.ics` with every course,
/// `/volunteer.ics` with every activity, and one per course and per point. Each weekly slot
/// of a course is one event with a weekly RRULE and an EXDATE for every day off, so a
/// calendar app shows exactly the sessions the timetable pages show.
/// Pages link to them with `PageContext.calendarLinks`.
package enum CalendarPages {
    /// Every course of the site.
    package static func timetable() -> Route {
        calendar("timetable.ics") { c, events in
            for course in c.site.courses.sorted(by: { $0.id < $1.id }) { addCourse(course, to: &events, c) }
            return c.site.settings.title + " " + c.words["calendar.timetable"]
        }
    }

    /// Every activity of the site.
    package static func volunteer() -> Route {
        calendar("volunteer.ics") { c, events in
            for activity in c.site.activities.sorted(by: { ($0.start, $0.id) < ($1.start, $1.id) }) {
                addActivity(activity, to: &events, c)
            }
            return c.site.settings.title + " " + c.words["calendar.volunteer"]
        }
    }

    /// One course's sessions.
    package static func course(_ course: Course) -> Route {
        let id = course.id
        return calendar("courses/\(id)/calendar.ics", reads: [.course(id), .point(course.venue.id)]) { c, events in
            addCourse(course, to: &events, c)
            return course.title
        }
    }

    /// A point's courses and the activities still to come there (open or full), as its page
    /// lists them.
    package static func point(_ point: ServicePoint) -> Route {
        let id = point.id
        return calendar("points/\(id)/calendar.ics", reads: [.point(id)]) { c, events in
            for course in c.site.courses(at: id).sorted(by: { $0.id < $1.id }) { addCourse(course, to: &events, c) }
            for activity in c.site.activities(at: id).sorted(by: { ($0.start, $0.id) < ($1.start, $1.id) })
            where [.open, .full].contains(activity.status(asOf: c.today)) {
                addActivity(activity, to: &events, c)
            }
            return point.name
        }
    }

    /// A calendar file: `fill` adds the events and names the calendar. The name is a calendar
    /// property, so it must precede every component; the VTIMEZONE goes before the events
    /// that refer to it, as many clients expect.
    static func calendar(
        _ path: String, reads: Set<InputKey>? = nil,
        _ fill: @escaping @Sendable (PageContext, inout ICalendar) -> String
    ) -> Route {
        Route(.file(path), reads: reads) { c, _ in
            var ics = ICalendar()
            ics.begin("VCALENDAR")
            ics.add("VERSION", "2.0")
            ics.add("PRODID", "-//Gongshi//Gongshi//ZH")
            ics.add("CALSCALE", "GREGORIAN")
            ics.add("METHOD", "PUBLISH")
            var events = ICalendar()
            ics.addText("X-WR-CALNAME", fill(c, &events))
            ics.addTimeZone(c.site.settings.timeZone)
            ics.append(events)
            ics.end("VCALENDAR")
            return ics.bytes
        }
    }

    /// One event per weekly slot: the first class of the slot, repeated weekly until its
    /// last class, with every day off in between excluded. A slot that never meets (its
    /// weekday falls outside the course's dates, or only on days off) has no event.
    static func addCourse(_ course: Course, to ics: inout ICalendar, _ c: PageContext) {
        let zone = c.site.settings.timeZone
        let slots = Set(course.record.sessions).sorted {
            ($0.weekday, $0.start, $0.end) < ($1.weekday, $1.start, $1.end)
        }
        for slot in slots {
            let days = course.dates.dates.filter { $0.weekday == slot.weekday }
            let meetings = days.filter { !course.daysOff.contains($0) }
            guard let first = meetings.first, let last = meetings.last else { continue }
            let off = days.filter { first < $0 && $0 < last && course.daysOff.contains($0) }
            let start = { (day: LocalDate) in LocalDateTime(date: day, time: slot.start) }
            let hhmm = String(slot.start.description.filter { $0 != ":" })
            ics.begin("VEVENT")
            ics.add("UID", "course-\(course.id)-\(slot.weekday.rawValue)-\(hhmm)@\(c.calendarHost)")
            ics.add("DTSTAMP", c.calendarStamp)
            ics.addDateTimes("DTSTART", [start(first)], in: zone)
            ics.addDateTimes("DTEND", [LocalDateTime(date: first, time: slot.end)], in: zone)
            if first < last {
                let until = ICalendar.utcDateTime(start(last), offset: zone.offset)
                ics.add("RRULE", "FREQ=WEEKLY;UNTIL=\(until)")
            }
            if !off.isEmpty { ics.addDateTimes("EXDATE", off.map(start), in: zone) }
            ics.addText("SUMMARY", course.title)
            ics.addText("LOCATION", course.venue.name + ", " + course.venue.address)
            let description = [
                course.teacher.map { c.calendarField("course.teacher", $0) },
                c.calendarField("course.term", course.term.name), c.paths.absolute(.course(course.id)),
            ]
            ics.addText("DESCRIPTION", description.compactMap { $0 }.joined(separator: "\n"))
            ics.add("URL", c.paths.absolute(.course(course.id)))
            ics.end("VEVENT")
        }
    }

    /// One event per activity; a cancelled one stays in the calendar as `STATUS:CANCELLED`,
    /// so a subscriber's copy is withdrawn rather than silently kept.
    static func addActivity(_ activity: Activity, to ics: inout ICalendar, _ c: PageContext) {
        let zone = c.site.settings.timeZone
        ics.begin("VEVENT")
        ics.add("UID", "activity-\(activity.id)@\(c.calendarHost)")
        ics.add("DTSTAMP", c.calendarStamp)
        ics.addDateTimes("DTSTART", [activity.start], in: zone)
        ics.addDateTimes("DTEND", [activity.end], in: zone)
        ics.add("STATUS", activity.isCancelled ? "CANCELLED" : "CONFIRMED")
        ics.addText("SUMMARY", activity.title)
        ics.addText("LOCATION", activity.venue.name + ", " + activity.venue.address)
        var description = [activity.organiser?.name.map { c.calendarField("activity.organiser", $0) }]
        if activity.status(asOf: c.today) == .open, let left = activity.volunteers?.placesLeft {
            description.append(c.words["activity.places-left"].replacing("{n}", with: "\(left)"))
        }
        description.append(c.paths.absolute(.activity(activity.id)))
        ics.addText("DESCRIPTION", description.compactMap { $0 }.joined(separator: "\n"))
        ics.add("URL", c.paths.absolute(.activity(activity.id)))
        ics.end("VEVENT")
    }
}

extension PageContext {
    /// A page's subscribe links to a calendar file (`timetable.ics`): `link` for downloading
    /// it, `webcal` for subscribing in a calendar app. Both come from the site's own base URL,
    /// never from content.
    package func calendarLinks(_ file: String) -> CalendarLinks {
        let absolute = paths.absolute(file)
        return CalendarLinks(
            link: paths.link(file),
            webcal: absolute.range(of: "://").map { "webcal" + absolute[$0.lowerBound...] })
    }

    /// The host of the base URL, which makes event UIDs unique to this site.
    var calendarHost: String {
        guard let scheme = paths.baseURL.range(of: "://") else { return "gongshi" }
        let rest = paths.baseURL[scheme.upperBound...]
        return String(rest.prefix { $0 != "/" }.split(separator: "@").last ?? "gongshi")
    }

    /// DTSTAMP: the start of the as-of day in UTC, so a build is reproducible.
    var calendarStamp: String {
        ICalendar.utcDateTime(
            LocalDateTime(date: today, time: LocalTime(hour: 0, minute: 0)!), offset: site.settings.offset)
    }

    /// `授课老师：楼丽萍`: a UI label and a value, as the theme joins them.
    func calendarField(_ label: String, _ value: String) -> String {
        words["calendar.field"].replacing("{label}", with: words[label]).replacing("{value}", with: value)
    }
}

/// A page's links to one calendar file; `webcal` is absent when the base URL has no scheme.
package struct CalendarLinks: FieldModel {
    var link: String
    var webcal: String?

    package static let fields = TemplateFields<Self>([.text("link") { $0.link }, .text("webcal") { $0.webcal }])
}
