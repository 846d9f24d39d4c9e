import GongshiModel
import PropertyBased
import Testing

@Suite struct CourseCalendarTests {
    static let here = SourceLocation(path: "content/courses/c.yaml", line: 1, column: 1)
    static let term = Term(
        id: "t", name: "秋季",
        dates: DateRange(
            first: LocalDate(iso: "2026-09-07")!,
            last: LocalDate(iso: "2027-01-15")!)!, location: here)
    static let venue = ServicePoint(
        record: PointRecord(
            id: "v", kind: .cityCentre, name: "中心", region: Located("r", at: here), address: "路1号",
            status: .operating, opened: LocalDate(iso: "2021-12-28"), source: here),
        region: Region(id: "r", name: "区", kind: .community, parentID: nil, location: here), town: nil, operator: nil,
        serves: [], servedVillages: [])

    static func course(
        sessions: [WeeklySession], except: [LocalDate] = [], from: LocalDate? = nil,
        until: LocalDate? = nil, closures: [DateRange] = []
    ) -> Course {
        let record = CourseRecord(
            id: "c", title: "书法", venue: Located("v", at: here), term: Located("t", at: here), sessions: sessions,
            from: from.map { Located($0, at: here) }, until: until.map { Located($0, at: here) },
            except: except.map { Located($0, at: here) }, source: here)
        return Course(
            record: record, venue: venue, term: term, closures: closures.map { Closure(dates: $0, location: here) })
    }

    static let tuesday = WeeklySession(
        weekday: .tue, start: LocalTime(hour: 9, minute: 0)!, end: LocalTime(hour: 10, minute: 30)!)

    @Test func nationalDayWeekHasNoClassAndTheNextWeekHasOne() {
        let national = DateRange(first: LocalDate(iso: "2026-10-01")!, last: LocalDate(iso: "2026-10-07")!)!
        let c = Self.course(sessions: [Self.tuesday], closures: [national])
        // Tue 29 Sep is before the closure, Tue 6 Oct inside it.
        #expect(c.sessions(in: ISOWeek(text: "2026-W40")!).map(\.date) == [LocalDate(iso: "2026-09-29")!])
        #expect(c.sessions(in: ISOWeek(text: "2026-W41")!).isEmpty)
        #expect(c.sessions(in: ISOWeek(text: "2026-W42")!).map(\.date) == [LocalDate(iso: "2026-10-13")!])
        #expect(c.isCancelled(on: LocalDate(iso: "2026-10-06")!))
    }

    @Test func fromUntilAndExceptNarrowTheCalendar() {
        let c = Self.course(
            sessions: [Self.tuesday], except: [LocalDate(iso: "2026-09-22")!],
            from: LocalDate(iso: "2026-09-14"), until: LocalDate(iso: "2026-10-13"))
        #expect(c.allSessions.map(\.date.description) == ["2026-09-15", "2026-09-29", "2026-10-06", "2026-10-13"])
        #expect(c.sessions(in: ISOWeek(text: "2026-W37")!).isEmpty)
    }

    /// Whatever the closures and `except` days, no class falls on one, every class is on its
    /// slot's weekday inside the course's dates, and the week-by-week sessions add up to all.
    @Test func noSessionOnAClosure() async {
        let offsets = Gen.int(in: 0...130)
        await propertyCheck(input: offsets.array(of: 0...12), offsets.array(of: 0...6), Gen.int(in: 1...6)) {
            closureDays, exceptDays, length in
            let start = Self.term.dates.first
            let closures = closureDays.map {
                DateRange(first: start.adding(days: $0), last: start.adding(days: $0 + length % 3))!
            }
            let except = exceptDays.map { start.adding(days: $0) }
            let thursday = WeeklySession(
                weekday: .thu, start: LocalTime(hour: 14, minute: 0)!, end: LocalTime(hour: 15, minute: 0)!)
            let c = Self.course(sessions: [Self.tuesday, thursday], except: except, closures: closures)
            let all = c.allSessions
            for session in all {
                #expect(!closures.contains { $0.contains(session.date) })
                #expect(!except.contains(session.date))
                #expect(c.dates.contains(session.date))
                #expect([Weekday.tue, .thu].contains(session.date.weekday))
            }
            #expect(c.dates.weeks.flatMap { c.sessions(in: $0) } == all)
        }
    }
}
