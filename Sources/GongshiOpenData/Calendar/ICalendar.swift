import GongshiModel

/// An iCalendar document (RFC 5545) written line by line. Values are formatted for their
/// type here, TEXT and parameter values are escaped (`Escaping.icalText`,
/// `Escaping.icalParameterValue`), and every content line is folded at 75 octets without
/// splitting a UTF-8 character, each physical line ending in CRLF.
public struct ICalendar: Sendable {
    /// The content lines so far, unfolded and without line ends.
    public private(set) var lines: [String] = []

    /// An empty document; callers add `BEGIN:VCALENDAR` and the rest themselves.
    public init() {}

    /// Appends `NAME;PARAM=value:value`. The value must already be in its type's format
    /// (a DATE-TIME, a URI, an RRULE); TEXT goes through `addText`.
    public mutating func add(_ name: String, _ value: String, parameters: [(String, String)] = []) {
        var line = name
        for (parameter, parameterValue) in parameters {
            line += ";" + parameter + "=" + Escaping.icalParameterValue(parameterValue)
        }
        lines.append(line + ":" + Self.dropControls(value))
    }

    /// Appends a TEXT property (SUMMARY, DESCRIPTION, LOCATION), escaped by `Escaping.icalText`.
    public mutating func addText(_ name: String, _ text: String) {
        add(name, Escaping.icalText(text))
    }

    /// Appends another document's lines: components written apart, placed here.
    public mutating func append(_ other: ICalendar) { lines += other.lines }

    /// Opens a component: `BEGIN:VEVENT`.
    public mutating func begin(_ component: String) { lines.append("BEGIN:" + component) }

    /// Closes a component: `END:VEVENT`.
    public mutating func end(_ component: String) { lines.append("END:" + component) }

    /// The document as published: folded lines, each ending in CRLF.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 4 })
        for line in lines {
            Self.fold(line, into: &out)
            out += [13, 10]
        }
        return out
    }

    /// The octets a content line may take before it is folded (RFC 5545 §3.1), CRLF excluded.
    public static let lineLimit = 75

    /// A content line folded at 75 octets: CRLF and one space before each continuation.
    public static func fold(_ line: String) -> String {
        var out: [UInt8] = []
        fold(line, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Folds between Unicode scalars only, so a multi-octet UTF-8 sequence is never split; a
    /// continuation line's leading space counts towards its 75 octets.
    static func fold(_ line: String, into out: inout [UInt8]) {
        guard line.utf8.count > lineLimit else {
            out += line.utf8
            return
        }
        var used = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if used + width > lineLimit {
                out += [13, 10, 32]
                used = 1
            }
            out += UTF8.encode(scalar)!
            used += width
        }
    }

    /// Undoes folding (RFC 5545 §3.1): every CRLF followed by one space or tab is removed.
    public static func unfold(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\r", i + 2 < scalars.count, scalars[i + 1] == "\n",
                scalars[i + 2] == " " || scalars[i + 2] == "\t"
            {
                i += 3
                continue
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }

    /// A DATE value: `20261126`.
    public static func date(_ date: LocalDate) -> String {
        String(format4: date.year) + String(pad2: date.month) + String(pad2: date.day)
    }

    /// A DATE-TIME in local time, to pair with a TZID parameter: `20261126T090000`.
    public static func dateTime(_ moment: LocalDateTime) -> String {
        date(moment.date) + "T" + String(pad2: moment.time.hour) + String(pad2: moment.time.minute) + "00"
    }

    /// A DATE-TIME in UTC (`20261126T010000Z`) for a local time at the site's offset, as
    /// DTSTAMP and an RRULE's UNTIL must be written.
    public static func utcDateTime(_ moment: LocalDateTime, offset: UTCOffset) -> String {
        let minutes = moment.minuteNumber - offset.minutes
        let day = Int((Double(minutes) / 1440).rounded(.down))
        let time = LocalTime(hour: (minutes - day * 1440) / 60, minute: (minutes - day * 1440) % 60)!
        return dateTime(LocalDateTime(date: LocalDate(dayNumber: day), time: time)) + "Z"
    }

    static func dropControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: Escaping.isICalControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !Escaping.isICalControl($0) }))
    }
}

extension ICalendar {
    /// `+0800`, `-0530`: the UTC-OFFSET value type.
    public static func utcOffset(_ offset: UTCOffset) -> String {
        let minutes = abs(offset.minutes)
        return (offset.minutes < 0 ? "-" : "+") + String(pad2: minutes / 60) + String(pad2: minutes % 60)
    }

    /// Appends a DATE-TIME property (DTSTART, DTEND, EXDATE) of local times in the site's
    /// zone: `DTSTART;TZID=Asia/Shanghai:20260908T083000`. Clients such as Home Assistant's
    /// `ical` accept only IANA names as a TZID, so an offset no IANA zone names (`+05:45`)
    /// is written as UTC times instead.
    public mutating func addDateTimes(_ name: String, _ moments: [LocalDateTime], in zone: SiteTimeZone) {
        if let identifier = zone.identifier {
            add(name, moments.map(Self.dateTime).joined(separator: ","), parameters: [("TZID", identifier)])
        } else {
            add(name, moments.map { Self.utcDateTime($0, offset: zone.offset) }.joined(separator: ","))
        }
    }

    /// The VTIMEZONE the TZID refers to, for clients that read it rather than their own zone
    /// database: one STANDARD observance from 1970 that never changes, as the site's zone
    /// keeps no daylight saving time. Nothing when times are written in UTC.
    public mutating func addTimeZone(_ zone: SiteTimeZone) {
        guard let identifier = zone.identifier else { return }
        begin("VTIMEZONE")
        add("TZID", identifier)
        begin("STANDARD")
        add("DTSTART", "19700101T000000")
        add("TZOFFSETFROM", Self.utcOffset(zone.offset))
        add("TZOFFSETTO", Self.utcOffset(zone.offset))
        add("TZNAME", Escaping.icalText(zone.abbreviation))
        end("STANDARD")
        end("VTIMEZONE")
    }
}

extension String {
    /// `7` → `07`.
    fileprivate init(pad2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }

    /// `26` → `0026`.
    fileprivate init(format4 value: Int) {
        let digits = "\(value)"
        self = String(repeating: "0", count: Swift.max(0, 4 - digits.utf8.count)) + digits
    }
}
