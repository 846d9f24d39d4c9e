/// A wall-clock time of day at the site's offset, to the minute.
public struct LocalTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Minutes after midnight, 0..<1440.
    public let minutes: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    /// Parses `H:MM` or `HH:MM` (and `HH:MM:00`, as spreadsheets write it).
    public init?(text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            let h = Int(parts[0]), let m = Int(parts[1])
        else { return nil }
        if parts.count == 3 { guard parts[2] == "00" else { return nil } }
        self.init(hour: h, minute: m)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    public var description: String { String(pad2: hour) + ":" + String(pad2: minute) }

    public static func < (a: LocalTime, b: LocalTime) -> Bool { a.minutes < b.minutes }
}

/// A local date and time, as activities start and end.
public struct LocalDateTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let date: LocalDate
    public let time: LocalTime

    public init(date: LocalDate, time: LocalTime) {
        self.date = date
        self.time = time
    }

    /// Parses `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM`; an explicit offset is accepted only
    /// when it equals the site's, since every time in the content is local.
    public init?(text: String, offset: UTCOffset) {
        let chars = Array(text)
        guard chars.count >= 15, chars[10] == " " || chars[10] == "T",
            let date = LocalDate(iso: String(chars[..<10]))
        else { return nil }
        let rest = chars[11...]
        let zone = rest.firstIndex { $0 == "+" || $0 == "-" || $0 == "Z" } ?? rest.endIndex
        if zone < rest.endIndex {
            guard let given = UTCOffset(text: String(rest[zone...])), given == offset else { return nil }
        }
        guard let time = LocalTime(text: String(rest[..<zone])) else { return nil }
        self.init(date: date, time: time)
    }

    /// Minutes since 1970-01-01 00:00 local: for ordering and durations.
    public var minuteNumber: Int { date.dayNumber * 1440 + time.minutes }

    public var description: String { "\(date) \(time)" }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { a.minuteNumber < b.minuteNumber }
}

/// The site's fixed offset from UTC (`+08:00`): China keeps no daylight saving time.
public struct UTCOffset: Hashable, Sendable, CustomStringConvertible {
    public let minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    public static let china = UTCOffset(minutes: 8 * 60)

    /// Parses `+08:00`, `-05:30`, `+0800` or `Z`.
    public init?(text: String) {
        if text == "Z" {
            minutes = 0
            return
        }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard digits.count == 4, digits.allSatisfy(\.isASCIIDigit),
            let h = Int(digits.prefix(2)), let m = Int(digits.suffix(2)), h <= 14, m < 60
        else { return nil }
        minutes = (sign == "-" ? -1 : 1) * (h * 60 + m)
    }

    public var description: String {
        let a = abs(minutes)
        return (minutes < 0 ? "-" : "+") + String(pad2: a / 60) + ":" + String(pad2: a % 60)
    }

    /// The local date at this offset of an instant given as seconds since the Unix epoch.
    public func localDate(unixSeconds: Int) -> LocalDate {
        let local = unixSeconds + minutes * 60
        return LocalDate(dayNumber: Int((Double(local) / 86400).rounded(.down)))
    }
}
