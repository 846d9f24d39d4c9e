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
        guard let time = ASCIIDigits.reading(text, Self.time) else { return nil }
        self = time
    }

    static func time(_ b: UnsafeBufferPointer<UInt8>.SubSequence) -> LocalTime? {
        let colon = UInt8(ascii: ":")
        guard let first = b.firstIndex(of: colon), (1...2).contains(first - b.startIndex),
            let h = ASCIIDigits.number(b[..<first])
        else { return nil }
        let minutes = b[(first + 1)...]
        guard minutes.count == 2 || (minutes.count == 5 && minutes[minutes.startIndex + 2] == colon),
            let m = ASCIIDigits.number(minutes.prefix(2))
        else { return nil }
        if minutes.count == 5 {
            guard minutes.suffix(2).elementsEqual("00".utf8) else { return nil }
        }
        return LocalTime(hour: h, minute: m)
    }

    static func time(_ b: UnsafeBufferPointer<UInt8>) -> LocalTime? { time(b[...]) }

    /// 00:00, a day's first minute.
    public static let midnight = LocalTime(hour: 0, minute: 0)!

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
        guard let moment = ASCIIDigits.reading(text, { Self.moment($0, offset: offset) }) else { return nil }
        self = moment
    }

    static func moment(_ b: UnsafeBufferPointer<UInt8>, offset: UTCOffset) -> LocalDateTime? {
        guard b.count >= 15, b[10] == UInt8(ascii: " ") || b[10] == UInt8(ascii: "T"),
            let date = LocalDate.iso(UnsafeBufferPointer(rebasing: b[..<10]))
        else { return nil }
        let rest = b[11...]
        let zone = rest.firstIndex { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "Z") }
        if let zone {
            guard rest[zone...].allSatisfy({ $0 < 0x80 }),
                let given = UTCOffset(text: String(decoding: rest[zone...], as: UTF8.self)), given == offset
            else { return nil }
        }
        guard let time = LocalTime.time(rest[..<(zone ?? rest.endIndex)]) else { return nil }
        return LocalDateTime(date: date, time: time)
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
