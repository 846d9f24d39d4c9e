import Foundation
import GongshiModel

/// Why a value could not be read, before it is placed at a location.
public struct Problem: Error, Sendable, Equatable {
    public var message: String
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
}

/// Pure readers from a positioned value to a typed one. Each names the field in its
/// message, since staff read the message next to the line.
enum ValueParsers {
    static let slugHint = "use lowercase letters a–z, digits and '-', starting with a letter or digit, at most 64"

    static func text(_ v: ContentValue, _ field: String) -> Result<String, Problem> {
        guard let s = v.text else { return .failure(Problem("'\(field)' should be text, not \(v.kindName)")) }
        let trimmed = s.trimmingSpaces()
        return trimmed.isEmpty ? .failure(Problem("'\(field)' is empty")) : .success(trimmed)
    }

    /// Markdown keeps its inner line breaks and indentation.
    static func markdown(_ v: ContentValue, _ field: String) -> Result<String, Problem> {
        guard let s = v.text else { return .failure(Problem("'\(field)' should be text, not \(v.kindName)")) }
        return .success(s)
    }

    static func isSlug(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, s.unicodeScalars.count <= 64 else { return false }
        func ok(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("0"..."9").contains(c) }
        return ok(first) && s.unicodeScalars.allSatisfy { ok($0) || $0 == "-" }
    }

    static func slug(_ v: ContentValue, _ field: String) -> Result<String, Problem> {
        text(v, field).flatMap { s in
            isSlug(s) ? .success(s) : .failure(Problem("'\(s)' is not a valid \(field)", hint: slugHint))
        }
    }

    static func date(_ v: ContentValue, _ field: String) -> Result<LocalDate, Problem> {
        text(v, field).flatMap { s in
            if let d = LocalDate(iso: s) { return .success(d) }
            if s.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil {
                return .failure(Problem("'\(field)' \(s) is not a date in the calendar"))
            }
            return .failure(Problem("'\(field)' should be a date like 2026-09-07, not '\(s)'"))
        }
    }

    static func time(_ v: ContentValue, _ field: String) -> Result<LocalTime, Problem> {
        text(v, field).flatMap { s in
            if let t = LocalTime(text: s) { return .success(t) }
            if s.wholeMatch(of: /\d{1,2}:\d{2}/) != nil {
                return .failure(Problem("'\(field)' \(s) is not a time of day (00:00 to 23:59)"))
            }
            return .failure(
                Problem(
                    "'\(field)' should be a time like \"10:30\", not '\(s)'",
                    hint: "write times in quotes: \"10:30\""))
        }
    }

    static func dateTime(_ v: ContentValue, _ field: String, offset: UTCOffset) -> Result<LocalDateTime, Problem> {
        text(v, field).flatMap { s in
            if let t = LocalDateTime(text: s, offset: offset) { return .success(t) }
            if let m = s.wholeMatch(of: /(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})(:\d{2})?/) {
                if LocalDate(iso: m.1) == nil {
                    return .failure(Problem("'\(field)' \(m.1) is not a date in the calendar"))
                }
                if LocalTime(text: m.2) == nil {
                    return .failure(Problem("'\(field)' \(m.2) is not a time of day (00:00 to 23:59)"))
                }
            }
            return .failure(
                Problem(
                    "'\(field)' should be a local date and time like \"2026-11-28 09:00\", not '\(s)'",
                    hint: "times are local to the site's offset \(offset); leave the offset out"))
        }
    }

    static func count(_ v: ContentValue, _ field: String) -> Result<Int, Problem> {
        integer(v, field).flatMap { n in
            n < 0 ? .failure(Problem("'\(field)' must not be negative (\(n))")) : .success(n)
        }
    }

    static func integer(_ v: ContentValue, _ field: String) -> Result<Int, Problem> {
        text(v, field).flatMap { s in
            if let n = Int(s), abs(n) < 1_000_000_000 { return .success(n) }
            if let d = Double(s), d.rounded() == d, abs(d) < 1e9 { return .success(Int(d)) }
            return .failure(Problem("'\(field)' should be a whole number, not '\(s)'"))
        }
    }

    static func number(_ v: ContentValue, _ field: String) -> Result<Double, Problem> {
        text(v, field).flatMap { s in
            guard let d = Double(s), d.isFinite else {
                return .failure(Problem("'\(field)' should be a number, not '\(s)'"))
            }
            return .success(d)
        }
    }

    static func ratio(_ v: ContentValue, _ field: String) -> Result<Double, Problem> {
        text(v, field).flatMap { s in
            if s.hasSuffix("%"), let p = Double(s.dropLast()), (0...100).contains(p) { return .success(p / 100) }
            return number(v, field).flatMap { d in
                (0...1).contains(d)
                    ? .success(d)
                    : .failure(Problem("'\(field)' should be a share between 0 and 1 (0.4 for 40%), not \(s)"))
            }
        }
    }

    static func degrees(_ v: ContentValue, _ field: String, limit: Double, name: String) -> Result<Double, Problem> {
        number(v, field).flatMap { d in
            abs(d) <= limit
                ? .success(d)
                : .failure(
                    Problem(
                        "\(name) \(d) is out of range (-\(Int(limit)) to \(Int(limit)))",
                        hint: limit == 90
                            ? "latitude near Zhuji is about 29.7: check that lat and lon are not swapped" : nil))
        }
    }

    static func price(_ v: ContentValue, _ field: String) -> Result<Yuan, Problem> {
        text(v, field).flatMap { s in
            if s.hasPrefix("-") { return .failure(Problem("'\(field)' must not be negative (\(s))")) }
            guard let y = Yuan(text: s) else {
                return .failure(Problem("'\(field)' should be an amount in yuan like 10 or 12.5, not '\(s)'"))
            }
            return .success(y)
        }
    }

    static func boolean(_ v: ContentValue, _ field: String) -> Result<Bool, Problem> {
        text(v, field).flatMap { s in
            switch s.lowercased() {
            case "true", "yes", "是", "1": return .success(true)
            case "false", "no", "否", "0": return .success(false)
            default: return .failure(Problem("'\(field)' should be true or false, not '\(s)'"))
            }
        }
    }

    static func url(_ v: ContentValue, _ field: String) -> Result<String, Problem> {
        text(v, field).flatMap { s in
            let lower = s.lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://"),
                s.count > 8, !s.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" })
            else {
                return .failure(Problem("'\(field)' should be a web address starting with https://, not '\(s)'"))
            }
            return .success(s)
        }
    }

    static func phone(_ v: ContentValue, _ field: String) -> Result<String, Problem> {
        text(v, field).flatMap { s in
            PhoneNumber(text: s) != nil
                ? .success(s)
                : .failure(
                    Problem(
                        "'\(s)' is not a phone number",
                        hint:
                            "write a landline with its area code like 0575-87012345, a mobile like 13800000000, or a service line like 12345"
                    ))
        }
    }

    /// Six digits (`311800`); quoted or not, since YAML reads unquoted digits as a number.
    static func postalCode(_ v: ContentValue, _ field: String) -> Result<String, Problem> {
        text(v, field).flatMap { s in
            s.unicodeScalars.count == 6 && s.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })
                ? .success(s)
                : .failure(
                    Problem(
                        "'\(field)' should be a postal code of six digits, not '\(s)'",
                        hint: "write the 邮政编码 like 311800; villages without one take their town's or city's"))
        }
    }

    /// An offset (`+08:00`) or an IANA zone name looked up in the zone database Foundation
    /// carries. A zone that has changed its clocks since 2000 (daylight saving time) is
    /// refused: every date and time of the content is local to one fixed offset.
    static func timeZone(_ v: ContentValue, _ field: String) -> Result<SiteTimeZone, Problem> {
        text(v, field).flatMap { s in
            if let offset = UTCOffset(text: s) { return .success(SiteTimeZone(offset: offset)) }
            guard let zone = TimeZone(identifier: s), zone.identifier == s else {
                let known = TimeZone.knownTimeZoneIdentifiers
                let guess = known.first { $0.lowercased() == s.lowercased() } ?? Suggestions.closest(to: s, in: known)
                return .failure(
                    Problem(
                        "'\(field)' should be a time zone like Asia/Shanghai or an offset like +08:00, not '\(s)'",
                        hint: guess.map { "did you mean '\($0)'?" }))
            }
            let since2000 = Date(timeIntervalSince1970: 946_684_800)
            guard zone.nextDaylightSavingTimeTransition(after: since2000) == nil else {
                return .failure(
                    Problem(
                        "the time zone '\(s)' changes its clocks (daylight saving time), which the site's dates cannot follow",
                        hint: "use a zone without daylight saving time, such as Asia/Shanghai, or an offset like +08:00"
                    ))
            }
            let seconds = zone.secondsFromGMT(for: since2000)
            return .success(
                SiteTimeZone(
                    identifier: s, offset: UTCOffset(minutes: seconds / 60),
                    abbreviation: zone.abbreviation(for: since2000) ?? "UTC"
                        + UTCOffset(minutes: seconds / 60).description))
        }
    }

    static func weekday(_ v: ContentValue, _ field: String) -> Result<Weekday, Problem> {
        text(v, field).flatMap { s in
            Weekday(name: s).map { .success($0) }
                ?? .failure(Problem("'\(s)' is not a day of the week", hint: weekdayHint(s)))
        }
    }

    /// "did you mean" for a day: the closest name, or the day a longer spelling starts with
    /// (`thurs` → `thu`).
    static func weekdayHint(_ word: String) -> String {
        let lower = word.lowercased()
        let guess = Suggestions.closest(to: lower, in: Weekday.words) ?? Weekday.words.first { lower.hasPrefix($0) }
        return guess.map { "did you mean '\($0)'?" } ?? "use mon, tue, wed, thu, fri, sat or sun"
    }

    /// `mon-fri`, `sat`, `mon,wed`, or a list of those.
    static func weekdays(_ v: ContentValue, _ field: String) -> Result<WeekdaySet, Problem> {
        let items: [String]
        switch v.kind {
        case .list(let values): items = values.compactMap(\.text)
        case .scalar(let s), .cell(let s):
            items = s.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == " " }).map(String.init)
        default: return .failure(Problem("'\(field)' should be days like mon-fri or [mon, wed], not \(v.kindName)"))
        }
        var days: [Weekday] = []
        for item in items where !item.isEmpty {
            guard let parsed = WeekdaySet.parseItem(item) else {
                return .failure(
                    Problem(
                        "'\(item)' is not a day or range of days",
                        hint: "write mon-fri, sat, or a list [mon, wed]"))
            }
            days += parsed
        }
        return days.isEmpty ? .failure(Problem("'\(field)' is empty")) : .success(WeekdaySet(days))
    }

    /// A date, or an inclusive range `2026-10-01..2026-10-07`.
    static func dateRange(_ v: ContentValue, _ field: String) -> Result<DateRange, Problem> {
        text(v, field).flatMap { s in
            let parts = s.components(separatedBy: "..")
            guard (1...2).contains(parts.count), let first = LocalDate(iso: parts[0].trimmingSpaces()) else {
                return .failure(Problem("'\(s)' is not a date or a range like 2026-10-01..2026-10-07"))
            }
            guard parts.count == 2 else { return .success(DateRange(day: first)) }
            guard let last = LocalDate(iso: parts[1].trimmingSpaces()) else {
                return .failure(Problem("'\(parts[1])' is not a date in the calendar"))
            }
            return DateRange(first: first, last: last).map { .success($0) }
                ?? .failure(Problem("the range \(s) ends before it starts"))
        }
    }

    static func vocabulary<T: Vocabulary>(_ v: ContentValue, _ field: String, as _: T.Type) -> Result<T, Problem> {
        text(v, field).flatMap { s in
            if let word = T(rawValue: s) ?? T(rawValue: s.lowercased()) { return .success(word) }
            let hint = Suggestions.didYouMean(s, in: T.words).map { "\($0) " } ?? ""
            return .failure(
                Problem("unknown \(field) '\(s)'", hint: hint + "use one of: " + T.words.joined(separator: ", ")))
        }
    }
}
