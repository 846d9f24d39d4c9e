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

    /// Structured text (times, dates, numbers, phones, ids, vocabulary words) with the
    /// full-width digits, letters, colons, hyphens and spaces of spreadsheets and Chinese input
    /// methods folded to their ASCII forms (NFKC). Free text never goes through this.
    static func folded(_ s: some StringProtocol) -> String {
        let text = String(s)
        // ASCII is its own compatibility form: most values need no Unicode normalisation.
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.trimmingSpaces() }
        return text.precomposedStringWithCompatibilityMapping.trimmingSpaces()
    }

    /// What a structured value reads as when folding it changed more than full-width forms
    /// and the ideographic space (circled or superscript digits, ligatures, Roman numerals):
    /// a reading that is not certain, so the reader warns with it. nil when the folding is
    /// certain or changes nothing.
    static func uncertainFolding(_ s: String) -> String? {
        guard !s.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let read = folded(s)
        guard read != s.trimmingSpaces() else { return nil }
        let certain = s.unicodeScalars.allSatisfy { c in
            (0xFF00...0xFFEF).contains(c.value) || c.value == 0x3000
                || String(c).precomposedStringWithCompatibilityMapping == String(c)
        }
        return certain ? nil : read
    }

    /// A date as staff and spreadsheets write it: `2025-03-05`, `2025-3-5`, `2025/3/5`,
    /// `2025.3.5`, `2025年3月5日`. nil when the text is not shaped like a date; `.some(nil)`
    /// when it is but the day does not exist.
    static func writtenDate(_ t: String) -> LocalDate?? {
        if let d = LocalDate(iso: t) { return d }
        if let m = t.wholeMatch(of: /([0-9]{4})([-\/.])([0-9]{1,2})([-\/.])([0-9]{1,2})/), m.2 == m.4 {
            return .some(LocalDate(year: Int(m.1)!, month: Int(m.3)!, day: Int(m.5)!))
        }
        if let m = t.wholeMatch(of: /([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})[日号]?/) {
            return .some(LocalDate(year: Int(m.1)!, month: Int(m.2)!, day: Int(m.3)!))
        }
        return nil
    }

    /// The day an Excel serial number stands for (days since 1899-12-30, as Excel counts
    /// after its 1900 leap-year slip), when it is one of a plausible content date (1954–2119).
    static func excelSerial(_ t: String) -> LocalDate? {
        guard t.count == 5, let n = Int(t), (20_000...80_000).contains(n) else { return nil }
        return LocalDate(dayNumber: LocalDate(year: 1899, month: 12, day: 30)!.dayNumber + n)
    }

    /// `10点半`, `10点30分`, `下午2点`, `10时15分`, `9点整`: the time they mean, for a hint.
    static func chineseTime(_ t: String) -> LocalTime? {
        guard
            let m = t.wholeMatch(
                of: /(上午|早上|中午|下午|晚上)?([0-9]{1,2})[点时](半|整|([0-9]{1,2})分?)?/)
        else { return nil }
        var hour = Int(m.2)!
        let minute = m.3 == "半" ? 30 : m.4.flatMap { Int($0) } ?? 0
        if let part = m.1, (part == "下午" || part == "晚上") && hour < 12 || part == "中午" && hour < 3 { hour += 12 }
        return LocalTime(hour: hour, minute: minute)
    }

    static func isSlug(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, s.unicodeScalars.count <= 64 else { return false }
        func ok(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("0"..."9").contains(c) }
        return ok(first) && s.unicodeScalars.allSatisfy { ok($0) || $0 == "-" }
    }

    static func slug(_ v: ContentValue, _ field: String) -> Result<String, ValueProblem> {
        text(v, field).flatMap { s in
            let t = folded(s)
            return isSlug(t) ? .success(t) : .failure(.notAnId(field: field, value: s))
        }
    }

    static func date(_ v: ContentValue, _ field: String) -> Result<LocalDate, ValueProblem> {
        text(v, field).flatMap { s in
            let t = folded(s)
            if let shaped = writtenDate(t) {
                return shaped.map { .success($0) } ?? .failure(.noSuchDate(field: field, value: s))
            }
            if case .cell = v.kind, let day = excelSerial(t) {
                return .failure(.excelSerialDate(field: field, value: s, date: day.description))
            }
            return .failure(.notADate(field: field, value: s))
        }
    }

    static func time(_ v: ContentValue, _ field: String) -> Result<LocalTime, ValueProblem> {
        text(v, field).flatMap { s in
            let t = folded(s)
            if let time = LocalTime(text: t) { return .success(time) }
            if t.wholeMatch(of: /\d{1,2}:\d{2}/) != nil {
                return .failure(.noSuchTime(field: field, value: s))
            }
            if let meant = chineseTime(t) {
                return .failure(.chineseTime(field: field, value: s, suggestion: meant.description))
            }
            return .failure(.notATime(field: field, value: s))
        }
    }

    static func dateTime(_ v: ContentValue, _ field: String, offset: UTCOffset) -> Result<LocalDateTime, ValueProblem> {
        text(v, field).flatMap { written in
            let s = folded(written)
            if let t = LocalDateTime(text: s, offset: offset) { return .success(t) }
            // A date in another written form (`2026/11/28 09:00`, `2026年11月28日 9:00`) and a time.
            if let m = s.wholeMatch(of: /(.+?)[ T]([0-9]{1,2}:[0-9]{2})/), let shaped = writtenDate(String(m.1)),
                let time = LocalTime(text: m.2)
            {
                guard let date = shaped else { return .failure(.noSuchDate(field: field, value: String(m.1))) }
                return .success(LocalDateTime(date: date, time: time))
            }
            if let m = s.wholeMatch(of: /(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})(:\d{2})?/) {
                if LocalDate(iso: m.1) == nil {
                    return .failure(.noSuchDate(field: field, value: String(m.1)))
                }
                if LocalTime(text: m.2) == nil {
                    return .failure(.noSuchTime(field: field, value: String(m.2)))
                }
            }
            return .failure(.notADateTime(field: field, value: written, offset: offset.description))
        }
    }

    static func count(_ v: ContentValue, _ field: String) -> Result<Int, ValueProblem> {
        integer(v, field).flatMap { n in
            n < 0 ? .failure(.negative(field: field, value: String(n))) : .success(n)
        }
    }

    static func integer(_ v: ContentValue, _ field: String) -> Result<Int, ValueProblem> {
        text(v, field).flatMap { written in
            let s = folded(written)
            if let n = Int(s), abs(n) < 1_000_000_000 { return .success(n) }
            if let d = Double(s), d.rounded() == d, abs(d) < 1e9 { return .success(Int(d)) }
            return .failure(.notAWholeNumber(field: field, value: written))
        }
    }

    static func number(_ v: ContentValue, _ field: String) -> Result<Double, ValueProblem> {
        text(v, field).flatMap { written in
            let s = folded(written)
            guard let d = Double(s), d.isFinite else {
                return .failure(.notANumber(field: field, value: written))
            }
            return .success(d)
        }
    }

    static func ratio(_ v: ContentValue, _ field: String) -> Result<Double, ValueProblem> {
        text(v, field).flatMap { written in
            let s = folded(written)
            if s.hasSuffix("%"), let p = Double(s.dropLast()), (0...100).contains(p) { return .success(p / 100) }
            return number(v, field).flatMap { d in
                (0...1).contains(d)
                    ? .success(d)
                    : .failure(.notAShare(field: field, value: written))
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
            let t = folded(s)
            if t == "免费" { return .success(Yuan(fen: 0)) }
            if t.hasPrefix("-") { return .failure(.negative(field: field, value: s)) }
            guard let y = Yuan(text: t) else {
                return .failure(.notAnAmount(field: field, value: s))
            }
            return .success(y)
        }
    }

    static func boolean(_ v: ContentValue, _ field: String) -> Result<Bool, ValueProblem> {
        text(v, field).flatMap { s in
            BooleanWords.read(folded(s)).map { .success($0) } ?? .failure(.notTrueOrFalse(field: field, value: s))
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
            let t = folded(s)
            if PhoneNumber(text: t) != nil { return .success(t) }
            if t.wholeMatch(of: /[0-9](\.[0-9]+)?[eE]\+?[0-9]+/) != nil {
                return .failure(.phoneInScientificNotation(field: field, value: s))
            }
            if t.first.map({ ("2"..."9").contains($0) }) == true || t.hasPrefix("10"),
                let restored = PhoneNumber(text: "0" + t), restored.kind == .landline
            {
                return .failure(.phoneLostLeadingZero(field: field, value: s, restored: "0" + t))
            }
            return .failure(.notAPhoneNumber(field: field, value: s))
        }
    }

    /// Six digits (`311800`); quoted or not, since YAML reads unquoted digits as a number.
    static func postalCode(_ v: ContentValue, _ field: String) -> Result<String, ValueProblem> {
        text(v, field).flatMap { s in
            let t = folded(s)
            return t.unicodeScalars.count == 6 && t.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })
                ? .success(t)
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
            Weekday(name: folded(s)).map { .success($0) }
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
            items = s.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" || $0 == " " || $0 == "\u{3000}" })
                .map(String.init)
        default: return .failure(.notDays(field: field, found: v.shape))
        }
        var days: [Weekday] = []
        for item in items where !item.isEmpty {
            guard let parsed = WeekdaySet.parseItem(folded(item)) else {
                return .failure(.notDaysItem(field: field, value: item))
            }
            days += parsed
        }
        return days.isEmpty ? .failure(.empty(field: field)) : .success(WeekdaySet(days))
    }

    /// A date, or an inclusive range `2026-10-01..2026-10-07`.
    static func dateRange(_ v: ContentValue, _ field: String) -> Result<DateRange, ValueProblem> {
        text(v, field).flatMap { s in
            let parts = folded(s).components(separatedBy: "..")
            guard (1...2).contains(parts.count), let first = writtenDate(parts[0].trimmingSpaces()) ?? nil else {
                return .failure(.notADateOrRange(field: field, value: s))
            }
            guard parts.count == 2 else { return .success(DateRange(day: first)) }
            guard let last = writtenDate(parts[1].trimmingSpaces()) ?? nil else {
                return .failure(.noSuchDate(field: field, value: parts[1].trimmingSpaces()))
            }
            return DateRange(first: first, last: last).map { .success($0) }
                ?? .failure(
                    .reversedRange(
                        startField: field, start: first.description, endField: field, end: last.description,
                        strict: false))
        }
    }

    /// A value of a vocabulary, written as itself or as one of its Chinese words (`运营中`).
    static func vocabulary<T: AcceptedWords>(_ v: ContentValue, _ field: String, as _: T.Type) -> Result<
        T, ValueProblem
    > {
        text(v, field).flatMap { s in
            if let word = T(word: folded(s)) { return .success(word) }
            return .failure(
                .unknownWord(
                    field: field, value: s,
                    suggestion: Suggestions.closest(to: s, in: T.words)
                        ?? Suggestions.closest(to: s, in: T.table.flatMap(\.words)), words: T.words))
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
