import GongshiModel

/// Facts said in words the way readers say them, from the theme's UI strings: statuses
/// (运营中), days (周一至周五), dates (11月24日 周二), prices (10元).
public struct Words: Sendable {
    /// Group → key → text, as `templates/i18n/<language>.yaml` holds them and templates read them.
    public let strings: [String: [String: String]]
    /// Each day as `date` says it, with or without its year: a build says the same few
    /// hundred days tens of thousands of times (every class and notice of a week's bulletin).
    private let dates = MadeOnce<DateKey, String>()
    /// Each day as `reportDate` says it: the record of changes and every noticeboard sheet
    /// say a few hundred days tens of thousands of times.
    private let reportDates = MadeOnce<LocalDate, String>()

    private struct DateKey: Hashable, Sendable {
        var date: LocalDate
        var withYear: Bool
    }

    public init(strings: [String: [String: String]]) { self.strings = strings }

    /// The text for `group.key`; the key itself when the theme lacks it, so a gap shows, not a blank.
    public subscript(key: String) -> String {
        // The dot found by its byte: keys are ASCII, and a search by Character walks graphemes.
        guard let dot = key.utf8.firstIndex(of: UInt8(ascii: ".")) else { return key }
        return strings[String(key[..<dot])]?[String(key[key.utf8.index(after: dot)...])] ?? key
    }

    public func status(_ status: PointStatus) -> String { self["status.\(status.rawValue)"] }
    public func kind(_ kind: PointKind) -> String { self["kind.\(kind.rawValue)"] }
    public func service(_ service: Service) -> String { self["service.\(service.rawValue)"] }
    public func operation(_ operation: Operation) -> String { self["operation.\(operation.rawValue)"] }
    public func weekday(_ day: Weekday) -> String { self["weekday.\(day.rawValue)"] }

    /// `周一至周五`, `周六、周日`, `周一至周三、周六`.
    public func days(_ set: WeekdaySet) -> String {
        set.written(day: weekday, to: self["range.to"], separator: self["list.separator"])
    }

    /// `周一至周五 10:30–12:30 午餐`.
    public func hours(_ hours: OpeningHours) -> String {
        [days(hours.days), "\(hours.open)–\(hours.close)", hours.label].compactMap { $0 }.joined(separator: " ")
    }

    /// `11月24日 周二`; with the year when it differs from `relativeTo`'s.
    public func date(_ date: LocalDate, relativeTo today: LocalDate? = nil) -> String {
        let withYear = today.map { $0.year != date.year } ?? false
        return dates.value(forKey: DateKey(date: date, withYear: withYear)) {
            var text = self["date.month-day"]
                .replacing("{m}", with: "\(date.month)")
                .replacing("{d}", with: "\(date.day)")
            if withYear { text = "\(date.year)" + self["date.year-suffix"] + text }
            return text + " " + weekday(date.weekday)
        }
    }

    /// `2026年11月23日`: a date with its year, for what stays on record.
    package func reportDate(_ date: LocalDate) -> String {
        reportDates.value(forKey: date) {
            self["reports.date"].replacing("{y}", with: "\(date.year)").replacing("{m}", with: "\(date.month)")
                .replacing("{d}", with: "\(date.day)")
        }
    }

    /// `每周二 09:00–10:30；每周四 14:00–15:30`.
    package func schedule(_ course: Course) -> String {
        course.record.sessions.map { self["schedule.every"] + weekday($0.weekday) + " \($0.start)–\($0.end)" }
            .joined(separator: self["list.separator"])
    }

    /// `名额 30 人，剩余 5 个`: a course's capacity and the seats left.
    package func seats(capacity: Int, left: Int) -> String {
        self["course.seats"].replacing("{capacity}", with: "\(capacity)").replacing("{left}", with: "\(left)")
    }

    /// `10元`, `免费` for zero.
    public func price(_ amount: Yuan) -> String {
        amount.isFree ? self["price.free"] : self["price.yuan"].replacing("{n}", with: amount.description)
    }
}
