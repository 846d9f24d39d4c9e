import GongshiModel
import GongshiRender

/// The senior-university catalogue (`/courses/`), course pages and the weekly timetable.
enum CoursePages {
    static func catalogue() -> Route {
        .untypedPage("courses/", layout: "courses") { c, _ in
            var model = c.common(title: c.words["courses.title"], folder: "courses/")
            let categories = c.site.courses.map { $0.category ?? c.words["courses.other"] }
            model["categories"] = orderedUnique(categories).map { name -> [String: Any] in
                [
                    "name": name,
                    "courses": c.site.courses.filter { ($0.category ?? c.words["courses.other"]) == name }.map(
                        c.courseSummary),
                ]
            }
            return model
        }
    }

    static func course(_ course: Course) -> Route {
        let id = course.id
        return .untypedPage(            "courses/\(id)/", layout: "course", reads: [.course(id), .point(course.venue.id)],
            source: RouteSource(course.source)
        ) { c, _ in
            let course = c.site.course(id)!
            var model = c.common(title: course.title, folder: "courses/\(id)/")
            model["jsonLD"] = StructuredData.course(course, c)
            var facts = c.courseSummary(course)
            facts["description"] = absentIfNil(
                course.description.map { Markdown.html($0, allowRawHTML: c.site.settings.allowRawHTML) })
            facts["term"] = course.term.name
            let coming = course.allSessions.filter { $0.date >= c.today }
            facts["sessions"] = nonEmpty(
                coming.map { session -> [String: Any] in
                    [
                        "date": c.words.date(session.date, relativeTo: c.today),
                        "time": "\(session.start)–\(session.end)",
                    ]
                })
            let weekdays = Set(course.record.sessions.map(\.weekday))
            facts["daysOff"] = nonEmpty(
                course.daysOff.filter { $0 >= c.today && weekdays.contains($0.weekday) }
                    .sorted().map { day -> [String: Any] in
                        [
                            "date": c.words.date(day, relativeTo: c.today),
                            "reason": c.site.closure(on: day) != nil
                                ? c.words["timetable.holiday"] : c.words["timetable.no-class"],
                        ]
                    })
            model["course"] = facts
            model["calendar"] = c.calendarLinks("courses/\(id)/calendar.ics")
            return model
        }
    }

    /// Every ISO week of every term and every week with a bulletin (each bulletin links to its
    /// week's timetable, summer break or not), and `/timetable/` for the as-of week.
    static func timetables(_ site: Site, today: LocalDate, bulletinWeeks: [ISOWeek]) -> [Route] {
        let weeks = Set(site.settings.terms.flatMap(\.dates.weeks) + bulletinWeeks).sorted()
        var routes = weeks.map { week in timetable(week, folder: "timetable/\(week)/", weeks: weeks) }
        routes.append(timetable(ISOWeek(containing: today), folder: "timetable/", weeks: weeks))
        return routes
    }

    static func timetable(_ week: ISOWeek, folder: String, weeks: [ISOWeek]) -> Route {
        .untypedPage(folder, layout: "timetable") { c, _ in
            var model = c.common(title: c.words["timetable.title"] + " " + c.words.weekRange(week), folder: folder)
            let sessions = c.site.sessions(in: week)
            let slots = orderedUnique(sessions.map { "\($0.start)–\($0.end)" }).sorted()
            model["week"] = week.description
            model["calendar"] = c.calendarLinks("timetable.ics")
            model["days"] = week.dates.map { day -> [String: Any] in
                var out: [String: Any] = ["name": c.words.date(day)]
                out["closure"] = c.site.closure(on: day).map { _ in c.words["timetable.holiday"] }
                return out
            }
            model["rows"] = slots.map { slot -> [String: Any] in
                [
                    "time": slot,
                    "cells": week.dates.map { day -> [String: Any] in
                        let here = sessions.filter { $0.date == day && "\($0.start)–\($0.end)" == slot }
                        return [
                            "courses": here.compactMap { s in c.site.course(s.courseID) }.map { course in
                                ["title": course.title, "link": c.paths.course(course.id), "venue": course.venue.name]
                            }
                        ]
                    },
                ]
            }
            model["byDay"] = week.dates.map { day -> [String: Any] in
                var out: [String: Any] = [
                    "name": c.words.date(day),
                    "classes": nonEmpty(
                        sessions.filter { $0.date == day }.compactMap { s -> [String: Any]? in
                            c.site.course(s.courseID).map {
                                [
                                    "time": "\(s.start)–\(s.end)", "title": $0.title, "link": c.paths.course($0.id),
                                    "venue": $0.venue.name,
                                ]
                            }
                        }),
                ]
                out["closure"] = c.site.closure(on: day).map { _ in c.words["timetable.holiday"] }
                return out
            }
            model["empty"] = sessions.isEmpty
            model["outOfTerm"] = outOfTerm(week, c)
            if let previous = weeks.last(where: { $0 < week }) {
                model["previous"] = ["link": c.paths.timetable(previous), "label": c.words.weekRange(previous)]
            }
            if let next = weeks.first(where: { $0 > week }) {
                model["next"] = ["link": c.paths.timetable(next), "label": c.words.weekRange(next)]
            }
            return model
        }
    }

    /// For a week no term touches, what the timetable says instead of a grid of empty days:
    /// which break it is and when the next term starts (with a link to that week); nil in
    /// term time.
    static func outOfTerm(_ week: ISOWeek, _ c: PageContext) -> [String: Any]? {
        let terms = c.site.settings.terms
        guard !terms.contains(where: { $0.dates.first <= week.sunday && week.monday <= $0.dates.last }) else {
            return nil
        }
        let previous = terms.filter { $0.dates.last < week.monday }.max { $0.dates.last < $1.dates.last }
        let next = terms.filter { $0.dates.first > week.sunday }.min { $0.dates.first < $1.dates.first }
        let reason: String
        if let previous, let next {
            // A break is named by the months it spans, the same for each of its weeks.
            let months = Set(DateRange(first: previous.dates.last, last: next.dates.first)!.dates.map(\.month))
            reason =
                !months.isDisjoint(with: [7, 8])
                ? "timetable.summer-break"
                : !months.isDisjoint(with: [1, 2]) ? "timetable.winter-break" : "timetable.between-terms"
        } else {
            reason = next == nil ? "timetable.after-terms" : "timetable.before-terms"
        }
        // `next` is always set: an absent key would fall back to the pager's `next`.
        var out: [String: Any] = ["reason": c.words[reason], "next": false]
        if let next {
            out["next"] = [
                "text": c.words["timetable.next-term"].replacing("{term}", with: next.name)
                    .replacing("{date}", with: c.words.date(next.dates.first, relativeTo: week.thursday)),
                "link": c.paths.timetable(ISOWeek(containing: next.dates.first)),
            ]
        }
        return out
    }

    static func orderedUnique<T: Hashable>(_ items: [T]) -> [T] {
        var seen: Set<T> = []
        return items.filter { seen.insert($0).inserted }
    }
}

extension Words {
    /// `11月23日至11月29日`.
    func weekRange(_ week: ISOWeek) -> String {
        func short(_ d: LocalDate) -> String {
            self["date.month-day"].replacing("{m}", with: "\(d.month)").replacing("{d}", with: "\(d.day)")
        }
        return short(week.monday) + self["range.to"] + short(week.sunday)
    }
}
