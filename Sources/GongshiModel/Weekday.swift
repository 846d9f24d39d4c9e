/// A day of the week, Monday first as ISO 8601 counts.
public enum Weekday: String, Vocabulary, Comparable {
    case mon, tue, wed, thu, fri, sat, sun

    /// 1 for Monday … 7 for Sunday.
    public var isoNumber: Int { Weekday.allCases.firstIndex(of: self)! + 1 }

    public static func < (a: Weekday, b: Weekday) -> Bool { a.isoNumber < b.isoNumber }

    /// Reads `mon` as well as `Monday`, `周一`, `星期一`, `礼拜一`, since spreadsheets hold all of them.
    public init?(name: some StringProtocol) {
        let key = name.trimmingSpaces().lowercased()
        let english = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        if let i = english.firstIndex(of: key) {
            self = Weekday.allCases[i]
            return
        }
        guard let day = Weekday(word: key) else { return nil }
        self = day
    }
}

/// A set of weekdays as `hours` and schedules write them: `mon-fri`, `[mon, wed]`, `sat`.
public struct WeekdaySet: Hashable, Sendable, CustomStringConvertible {
    /// The days in week order.
    public let days: [Weekday]

    public init(_ days: some Sequence<Weekday>) {
        self.days = Set(days).sorted()
    }

    /// Parses one item: a day (`mon`, `周一`), an inclusive range (`mon-fri`, `周一至周五`,
    /// `周一到周五`, which may wrap: `sat-mon`) or a word for several days (`工作日`, `每天`).
    public static func parseItem(_ text: some StringProtocol) -> [Weekday]? {
        let item = text.trimmingSpaces()
        if let set = WeekdayRangeWords.sets.first(where: { $0.words.contains(item) }) {
            return set.days.map { Weekday.allCases[$0 - 1] }
        }
        if let day = Weekday(name: item) { return [day] }
        for joiner in WeekdayRangeWords.joiners {
            let parts = item.components(separatedBy: joiner)
            guard parts.count == 2 else { continue }
            guard let a = Weekday(name: parts[0]), let b = Weekday(name: parts[1]) else { return nil }
            var days = [a]
            var d = a
            while d != b {
                d = Weekday.allCases[d.isoNumber % 7]
                days.append(d)
            }
            return days
        }
        return nil
    }

    /// Parses `mon-fri`, `sat`, `mon,wed,fri` or `mon-wed,sat`.
    public init?(text: some StringProtocol) {
        let items = text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" })
        var days: [Weekday] = []
        for item in items {
            guard let parsed = WeekdaySet.parseItem(item.trimmingSpaces()) else { return nil }
            days += parsed
        }
        guard !days.isEmpty else { return nil }
        self.init(days)
    }

    public func contains(_ day: Weekday) -> Bool { days.contains(day) }

    /// `mon-fri` for runs of three or more days, otherwise a comma list: the form staff write.
    public var description: String { written(day: \.rawValue, to: "-", separator: ",") }

    /// `周一至周五`, `周六、周日`: as the zh-Hans site prints the days, which reads back as this set.
    public var chinese: String { written(day: { $0.label ?? $0.rawValue }, to: "至", separator: "、") }

    /// Runs of three or more days as `first`, `to`, `last`; other days one by one, all joined
    /// with `separator`.
    public func written(day: (Weekday) -> String, to: String, separator: String) -> String {
        var out: [String] = []
        var run: [Weekday] = []
        func flush() {
            if run.count >= 3 {
                out.append(day(run.first!) + to + day(run.last!))
            } else {
                out += run.map(day)
            }
            run = []
        }
        for day in days {
            if let last = run.last, last.isoNumber + 1 != day.isoNumber { flush() }
            run.append(day)
        }
        flush()
        return out.joined(separator: separator)
    }
}

extension StringProtocol {
    /// Trims spaces, tabs and the full-width space U+3000 that Chinese input methods type.
    public func trimmingSpaces() -> String {
        // Most values have no space at either end: a look at the first and last UTF-8 bytes
        // (a space, a tab, or the last byte of U+00A0 or U+3000) settles it without walking
        // the characters.
        let text = String(self)
        if let first = text.utf8.first, let last = text.utf8.last, ![0x20, 0x09, 0xC2, 0xE3].contains(first),
            ![0x20, 0x09, 0xA0, 0x80].contains(last)
        {
            return text
        }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\u{A0}" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }
}
