/// A course with its venue and term resolved and its calendar worked out.
@dynamicMemberLookup
public struct Course: ResolvedRecord {
    /// Held once, as a point's facts are: the catalogue, the timetable weeks, the bulletins
    /// and the course's own routes share one copy.
    @usableFromInline final class Storage: Sendable {
        @usableFromInline let record: CourseRecord
        @usableFromInline let venue: ServicePoint
        @usableFromInline let term: Term
        @usableFromInline let dates: DateRange
        @usableFromInline let daysOff: Set<LocalDate>

        init(record: CourseRecord, venue: ServicePoint, term: Term, dates: DateRange, daysOff: Set<LocalDate>) {
            self.record = record
            self.venue = venue
            self.term = term
            self.dates = dates
            self.daysOff = daysOff
        }
    }

    @usableFromInline let storage: Storage

    @inlinable public var record: CourseRecord { storage.record }
    @inlinable public var venue: ServicePoint { storage.venue }
    @inlinable public var term: Term { storage.term }
    /// The days the course may meet: the term, narrowed by `from`/`until`.
    @inlinable public var dates: DateRange { storage.dates }
    /// Days without class inside `dates`: site closures and the course's `except`.
    @inlinable public var daysOff: Set<LocalDate> { storage.daysOff }

    public init(record: CourseRecord, venue: ServicePoint, term: Term, closures: [Closure]) {
        let first = max(record.from?.value ?? term.dates.first, term.dates.first)
        let last = min(record.until?.value ?? term.dates.last, term.dates.last)
        let dates = DateRange(first: first, last: last) ?? DateRange(day: first)
        var off = Set(record.except.map(\.value))
        for closure in closures {
            for day in closure.dates.dates where dates.contains(day) { off.insert(day) }
        }
        storage = Storage(record: record, venue: venue, term: term, dates: dates, daysOff: off)
    }

    @inlinable public var id: String { storage.record.id }
    /// Where the record was read (read past the record, as the dynamic member would copy it).
    @inlinable public var source: SourceLocation { storage.record.source }

    @inlinable public subscript<T>(dynamicMember keyPath: KeyPath<CourseRecord, T>) -> T {
        storage.record[keyPath: keyPath]
    }

    /// Whether a weekly slot falls on a day the course would meet but does not.
    public func isCancelled(on date: LocalDate) -> Bool { daysOff.contains(date) }

    /// The classes held in an ISO week, in time order.
    public func sessions(in week: ISOWeek) -> [CourseSession] {
        sessions(on: week.dates)
    }

    /// The classes held on the given days, in time order.
    public func sessions(on days: [LocalDate]) -> [CourseSession] {
        var out: [CourseSession] = []
        for day in days where dates.contains(day) && !daysOff.contains(day) {
            for slot in record.sessions where slot.weekday == day.weekday {
                out.append(CourseSession(courseID: id, date: day, start: slot.start, end: slot.end))
            }
        }
        return out.sorted()
    }

    /// Every class of the course.
    public var allSessions: [CourseSession] { sessions(on: dates.dates) }
}

/// One class meeting on one day.
public struct CourseSession: Sendable, Hashable, Comparable {
    public let courseID: String
    public let date: LocalDate
    public let start: LocalTime
    public let end: LocalTime

    public init(courseID: String, date: LocalDate, start: LocalTime, end: LocalTime) {
        self.courseID = courseID
        self.date = date
        self.start = start
        self.end = end
    }

    public static func < (a: CourseSession, b: CourseSession) -> Bool {
        (a.date, a.start, a.end, a.courseID) < (b.date, b.start, b.end, b.courseID)
    }
}
