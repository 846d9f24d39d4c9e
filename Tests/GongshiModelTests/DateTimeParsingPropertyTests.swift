import GongshiModel
import PropertyBased
import Testing

/// The byte-level date and time readers accept exactly what the character-level readers they
/// replaced accepted (kept here as the reference), on texts near the shapes and far from them.
@Suite struct DateTimeParsingPropertyTests {
    /// Pieces of dates and times with their look-alikes: full-width digits, combining marks,
    /// CRLF, other separators.
    static let pieces = [
        "2026", "-", "11", "23", "1", "0", "9", " ", "T", ":", "10", "30", "00", "+08:00", "+0800", "Z", "-05:30",
        "２", "：", "e\u{301}", "1\u{301}", "\r\n", "\n", "书", "99", "2025-02-29", "2024-02-29", "12:60", "24:00",
        "7:05", "07:05:00", "07:05:01",
    ]
    static let nearText = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...9).map { picks in
        picks.map { pieces[$0] }.joined()
    }

    @Test func datesReadAsBefore() async {
        await propertyCheck(count: 3_000, input: Self.nearText) { text in
            #expect(LocalDate(iso: text) == Reference.date(text), "\(text.debugDescription)")
        }
    }

    @Test func timesReadAsBefore() async {
        await propertyCheck(count: 3_000, input: Self.nearText) { text in
            #expect(LocalTime(text: text) == Reference.time(text), "\(text.debugDescription)")
        }
    }

    @Test func momentsReadAsBefore() async {
        let moments = Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...6).map { picks in
            "2026-11-23" + [" ", "T", "x"][picks.count % 3] + picks.map { Self.pieces[$0] }.joined()
        }
        await propertyCheck(count: 3_000, input: moments) { text in
            for offset in [UTCOffset.china, UTCOffset(minutes: -330)] {
                #expect(
                    LocalDateTime(text: text, offset: offset) == Reference.moment(text, offset: offset),
                    "\(text.debugDescription)")
            }
        }
    }

    /// Some of each kind are accepted, so the comparison is not only of refusals.
    @Test func theReferenceAcceptsCommonForms() {
        #expect(Reference.date("2026-11-23") != nil && LocalDate(iso: "2026-11-23") != nil)
        #expect(LocalTime(text: "7:05") == Reference.time("7:05") && Reference.time("07:05:00") != nil)
        #expect(LocalDateTime(text: "2026-11-23T10:30+08:00", offset: .china) != nil)
        #expect(LocalDateTime(text: "2026-11-23 10:30-05:30", offset: .china) == nil)
    }

    /// The readers as they were, splitting characters.
    enum Reference {
        static func date(_ text: String) -> LocalDate? {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                parts.allSatisfy({ $0.allSatisfy({ $0.isASCII && $0.isNumber }) }),
                let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
            else { return nil }
            return LocalDate(year: y, month: m, day: d)
        }

        static func time(_ text: String) -> LocalTime? {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(parts.count), (1...2).contains(parts[0].count), parts[1].count == 2,
                parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy({ $0.isASCII && $0.isNumber }) }),
                let h = Int(parts[0]), let m = Int(parts[1])
            else { return nil }
            if parts.count == 3 { guard parts[2] == "00" else { return nil } }
            return LocalTime(hour: h, minute: m)
        }

        static func moment(_ text: String, offset: UTCOffset) -> LocalDateTime? {
            let chars = Array(text)
            guard chars.count >= 15, chars[10] == " " || chars[10] == "T", let date = Self.date(String(chars[..<10]))
            else { return nil }
            let rest = chars[11...]
            let zone = rest.firstIndex { $0 == "+" || $0 == "-" || $0 == "Z" } ?? rest.endIndex
            if zone < rest.endIndex {
                guard let given = UTCOffset(text: String(rest[zone...])), given == offset else { return nil }
            }
            guard let time = Self.time(String(rest[..<zone])) else { return nil }
            return LocalDateTime(date: date, time: time)
        }
    }
}
