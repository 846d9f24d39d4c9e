/// An ISO 8601 week (`2026-W48`): Monday to Sunday, numbered within the year that holds its
/// Thursday, so a year has 52 or 53 weeks and weeks partition the days.
public struct ISOWeek: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let week: Int

    public init?(year: Int, week: Int) {
        guard (1...9999).contains(year), (1...ISOWeek.weeksIn(year: year)).contains(week) else { return nil }
        self.year = year
        self.week = week
    }

    /// The week that holds a date.
    public init(containing date: LocalDate) {
        let thursday = date.adding(days: 4 - date.weekday.isoNumber)
        year = thursday.year
        week = (LocalDate(year: thursday.year, month: 1, day: 1)!.days(until: thursday)) / 7 + 1
    }

    /// Parses `2026-W48` (also `2026-w48`).
    public init?(text: some StringProtocol) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 3,
            parts[1].first == "W" || parts[1].first == "w",
            let y = Int(parts[0]), let w = Int(parts[1].dropFirst())
        else { return nil }
        self.init(year: y, week: w)
    }

    /// 53 when the year starts on a Thursday, or on a Wednesday in a leap year.
    public static func weeksIn(year: Int) -> Int {
        let jan1 = LocalDate(year: year, month: 1, day: 1)!.weekday
        if jan1 == .thu || (jan1 == .wed && LocalDate.isLeap(year)) { return 53 }
        return 52
    }

    public var monday: LocalDate {
        let jan4 = LocalDate(year: year, month: 1, day: 4)!
        return jan4.adding(days: 1 - jan4.weekday.isoNumber + (week - 1) * 7)
    }

    public var sunday: LocalDate { monday.adding(days: 6) }

    /// The day that decides the week's year (ISO 8601), and so its month.
    public var thursday: LocalDate { monday.adding(days: 3) }

    /// The seven days, Monday first.
    public var dates: [LocalDate] { (0..<7).map { monday.adding(days: $0) } }

    /// Monday to Sunday as a range.
    public var days: DateRange { DateRange(first: monday, last: sunday)! }

    public func date(of day: Weekday) -> LocalDate { monday.adding(days: day.isoNumber - 1) }

    public var next: ISOWeek { ISOWeek(containing: monday.adding(days: 7)) }
    public var previous: ISOWeek { ISOWeek(containing: monday.adding(days: -7)) }

    public var description: String { String(format4: year) + "-W" + String(pad2: week) }

    public static func < (a: ISOWeek, b: ISOWeek) -> Bool { (a.year, a.week) < (b.year, b.week) }
}

/// An inclusive range of days, as closures and terms are written (`2026-10-01..2026-10-07`).
public struct DateRange: Hashable, Sendable, CustomStringConvertible {
    public let first: LocalDate
    public let last: LocalDate

    public init?(first: LocalDate, last: LocalDate) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    public init(day: LocalDate) {
        first = day
        last = day
    }

    public func contains(_ date: LocalDate) -> Bool { first <= date && date <= last }

    public var dayCount: Int { first.days(until: last) + 1 }

    public var dates: [LocalDate] { (0..<dayCount).map { first.adding(days: $0) } }

    /// The ISO weeks that overlap the range, in order.
    public var weeks: [ISOWeek] {
        var out: [ISOWeek] = []
        var week = ISOWeek(containing: first)
        while week.monday <= last {
            out.append(week)
            week = week.next
        }
        return out
    }

    public var description: String { first == last ? "\(first)" : "\(first)..\(last)" }
}
