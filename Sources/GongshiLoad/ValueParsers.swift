import Foundation
import GongshiModel

/// Pure readers from a positioned value to a typed one. Each names the field in its
/// message, since staff read the message next to the line.
enum ValueParsers {
    static func text(_ v: ContentValue, _ field: String) -> Result<String, ValueProblem> {
        guard let s = v.text else { return .failure(.notText(field: field, found: v.shape)) }
        let trimmed = s.trimmingSpaces()
        return trimmed.isEmpty ? .failure(.empty(field: field)) : .success(trimmed)
    }

    /// Markdown keeps its inner line breaks and indentation.
    static func markdown(_ v: ContentValue, _ field: String) -> Result<String, ValueProblem> {
        guard let s = v.text else { return .failure(.notText(field: field, found: v.shape)) }
        return .success(s)
    }

    static func isSlug(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, s.unicodeScalars.count <= 64 else { return false }
        func ok(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("0"..."9").contains(c) }
        return ok(first) && s.unicodeScalars.allSatisfy { ok($0) || $0 == "-" }
    }

    static func slug(_ v: ContentValue, _ field: String) -> Result<String, ValueProblem> {
        text(v, field).flatMap { s in
            isSlug(s) ? .success(s) : .failure(.notAnId(field: field, value: s))
        }
    }

    static func date(_ v: ContentValue, _ field: String) -> Result<LocalDate, ValueProblem> {
        text(v, field).flatMap { s in
            if let d = LocalDate(iso: s) { return .success(d) }
            if s.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil {
                return .failure(.noSuchDate(field: field, value: s))
            }
            return .failure(.notADate(field: field, value: s))
        }
    }

    static func time(_ v: ContentValue, _ field: String) -> Result<LocalTime, ValueProblem> {
        text(v, field).flatMap { s in
            if let t = LocalTime(text: s) { return .success(t) }
            if s.wholeMatch(of: /\d{1,2}:\d{2}/) != nil {
                return .failure(.noSuchTime(field: field, value: s))
            }
            return .failure(.notATime(field: field, value: s))
        }
    }

    static func dateTime(_ v: ContentValue, _ field: String, offset: UTCOffset) -> Result<LocalDateTime, ValueProblem> {
        text(v, field).flatMap { s in
            if let t = LocalDateTime(text: s, offset: offset) { return .success(t) }
            if let m = s.wholeMatch(of: /(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})(:\d{2})?/) {
                if LocalDate(iso: m.1) == nil {
                    return .failure(.noSuchDate(field: field, value: String(m.1)))
                }
                if LocalTime(text: m.2) == nil {
                    return .failure(.noSuchTime(field: field, value: String(m.2)))
                }
            }
            return .failure(.notADateTime(field: field, value: s, offset: offset.description))
        }
    }

    static func count(_ v: ContentValue, _ field: String) -> Result<Int, ValueProblem> {
        integer(v, field).flatMap { n in
            n < 0 ? .failure(.negative(field: field, value: String(n))) : .success(n)
        }
    }

    static func integer(_ v: ContentValue, _ field: String) -> Result<Int, ValueProblem> {
        text(v, field).flatMap { s in
            if let n = Int(s), abs(n) < 1_000_000_000 { return .success(n) }
            if let d = Double(s), d.rounded() == d, abs(d) < 1e9 { return .success(Int(d)) }
            return .failure(.notAWholeNumber(field: field, value: s))
        }
    }

    static func number(_ v: ContentValue, _ field: String) -> Result<Double, ValueProblem> {
        text(v, field).flatMap { s in
            guard let d = Double(s), d.isFinite else {
                return .failure(.notANumber(field: field, value: s))
            }
            return .success(d)
        }
    }

    static func ratio(_ v: ContentValue, _ field: String) -> Result<Double, ValueProblem> {
        text(v, field).flatMap { s in
            if s.hasSuffix("%"), let p = Double(s.dropLast()), (0...100).contains(p) { return .success(p / 100) }
            return number(v, field).flatMap { d in
                (0...1).contains(d)
                    ? .success(d)
                    : .failure(.notAShare(field: field, value: s))
            }
        }
    }

    static func degrees(_ v: ContentValue, _ field: String, latitude: Bool) -> Result<Double, ValueProblem> {
        number(v, field).flatMap { d in
            guard abs(d) > (latitude ? 90 : 180) else { return .success(d) }
            let value = v.text?.trimmingSpaces() ?? String(d)
            return .failure(
                latitude
                    ? .latitudeOutOfRange(field: field, value: value) : .longitudeOutOfRange(field: field, value: value)
            )
        }
    }

    static func price(_ v: ContentValue, _ field: String) -> Result<Yuan, ValueProblem> {
        text(v, field).flatMap { s in
            if s.hasPrefix("-") { return .failure(.negative(field: field, value: s)) }
            guard let y = Yuan(text: s) else {
                return .failure(.notAnAmount(field: field, value: s))
            }
            return .success(y)
        }
    }

    static func boolean(_ v: ContentValue, _ field: String) -> Result<Bool, ValueProblem> {
        text(v, field).flatMap { s in
            switch s.lowercased() {
            case "true", "yes", "是", "1": return .success(true)
            case "false", "no", "否", "0": return .success(false)
            default: return .failure(.notTrueOrFalse(field: field, value: s))
            }
        }
    }

    static func url(_ v: ContentValue, _ field: String) -> Result<String, ValueProblem> {
        text(v, field).flatMap { s in
            let lower = s.lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://"),
                s.count > 8, !s.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" })
            else {
                return .failure(.notAWebAddress(field: field, value: s))
            }
            return .success(s)
        }
    }

    static func phone(_ v: ContentValue, _ field: String) -> Result<String, ValueProblem> {
        text(v, field).flatMap { s in
            PhoneNumber(text: s) != nil
                ? .success(s)
                : .failure(.notAPhoneNumber(field: field, value: s))
        }
    }

    /// Six digits (`311800`); quoted or not, since YAML reads unquoted digits as a number.
    static func postalCode(_ v: ContentValue, _ field: String) -> Result<String, ValueProblem> {
        text(v, field).flatMap { s in
            s.unicodeScalars.count == 6 && s.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })
                ? .success(s)
                : .failure(.notAPostalCode(field: field, value: s))
        }
    }

    /// An offset (`+08:00`) or an IANA zone name looked up in the zone database Foundation
    /// carries. A zone that has changed its clocks since 2000 (daylight saving time) is
    /// refused: every date and time of the content is local to one fixed offset.
    static func timeZone(_ v: ContentValue, _ field: String) -> Result<SiteTimeZone, ValueProblem> {
        text(v, field).flatMap { s in
            if let offset = UTCOffset(text: s) { return .success(SiteTimeZone(offset: offset)) }
            guard let zone = TimeZone(identifier: s), zone.identifier == s else {
                let known = TimeZone.knownTimeZoneIdentifiers
                let guess = known.first { $0.lowercased() == s.lowercased() } ?? Suggestions.closest(to: s, in: known)
                return .failure(.unknownTimeZone(field: field, value: s, suggestion: guess))
            }
            let since2000 = Date(timeIntervalSince1970: 946_684_800)
            guard zone.nextDaylightSavingTimeTransition(after: since2000) == nil else {
                return .failure(.daylightSavingTimeZone(field: field, value: s))
            }
            let seconds = zone.secondsFromGMT(for: since2000)
            return .success(
                SiteTimeZone(
                    identifier: s, offset: UTCOffset(minutes: seconds / 60),
                    abbreviation: zone.abbreviation(for: since2000) ?? "UTC"
                        + UTCOffset(minutes: seconds / 60).description))
        }
    }

    static func weekday(_ v: ContentValue, _ field: String) -> Result<Weekday, ValueProblem> {
        text(v, field).flatMap { s in
            Weekday(name: s).map { .success($0) }
                ?? .failure(.notAWeekday(field: field, value: s, suggestion: weekdayGuess(s)))
        }
    }

    /// The day meant by a misspelt one: the closest name, or the day a longer spelling starts
    /// with (`thurs` → `thu`).
    static func weekdayGuess(_ word: String) -> String? {
        let lower = word.lowercased()
        return Suggestions.closest(to: lower, in: Weekday.words) ?? Weekday.words.first { lower.hasPrefix($0) }
    }

    /// `mon-fri`, `sat`, `mon,wed`, or a list of those.
    static func weekdays(_ v: ContentValue, _ field: String) -> Result<WeekdaySet, ValueProblem> {
        let items: [String]
        switch v.kind {
        case .list(let values): items = values.compactMap(\.text)
        case .scalar(let s), .cell(let s):
            items = s.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == " " }).map(String.init)
        default: return .failure(.notDays(field: field, found: v.shape))
        }
        var days: [Weekday] = []
        for item in items where !item.isEmpty {
            guard let parsed = WeekdaySet.parseItem(item) else {
                return .failure(.notDaysItem(field: field, value: item))
            }
            days += parsed
        }
        return days.isEmpty ? .failure(.empty(field: field)) : .success(WeekdaySet(days))
    }

    /// A date, or an inclusive range `2026-10-01..2026-10-07`.
    static func dateRange(_ v: ContentValue, _ field: String) -> Result<DateRange, ValueProblem> {
        text(v, field).flatMap { s in
            let parts = s.components(separatedBy: "..")
            guard (1...2).contains(parts.count), let first = LocalDate(iso: parts[0].trimmingSpaces()) else {
                return .failure(.notADateOrRange(field: field, value: s))
            }
            guard parts.count == 2 else { return .success(DateRange(day: first)) }
            guard let last = LocalDate(iso: parts[1].trimmingSpaces()) else {
                return .failure(.noSuchDate(field: field, value: parts[1].trimmingSpaces()))
            }
            return DateRange(first: first, last: last).map { .success($0) }
                ?? .failure(
                    .reversedRange(
                        startField: field, start: first.description, endField: field, end: last.description,
                        strict: false))
        }
    }

    static func vocabulary<T: Vocabulary>(_ v: ContentValue, _ field: String, as _: T.Type) -> Result<T, ValueProblem> {
        text(v, field).flatMap { s in
            if let word = T(rawValue: s) ?? T(rawValue: s.lowercased()) { return .success(word) }
            return .failure(
                .unknownWord(
                    field: field, value: s, suggestion: Suggestions.closest(to: s, in: T.words), words: T.words))
        }
    }
}

extension ValueProblem {
    /// A range whose end comes before its start (or, `strict`, not after it).
    static func reversed(
        _ startField: String, _ start: some CustomStringConvertible, _ endField: String,
        _ end: some CustomStringConvertible, strict: Bool
    ) -> ValueProblem {
        .reversedRange(
            startField: startField, start: start.description, endField: endField, end: end.description, strict: strict)
    }
}
