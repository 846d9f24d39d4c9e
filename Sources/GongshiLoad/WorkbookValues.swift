import Foundation
import GongshiModel

/// A cell reference (`C14`): its column letters and row, both from 1.
struct CellReference: Equatable {
    var column: Int
    var row: Int

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// `C14`, `$C$14` or `c14`; nil for anything else or past Excel's XFD1048576.
    init?(_ text: String) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
                guard digits <= 7 else { return nil }
            default: return nil
            }
            guard letters <= 3 else { return nil }
        }
        guard letters > 0, digits > 0, row >= 1, row <= 1_048_576, column <= 16_384 else { return nil }
        self.column = column
        self.row = row
    }
}

/// What a number format shows of a serial day number.
enum DateKind: Equatable {
    case date, time, dateTime

    /// The built-in formats (ECMA-376 §18.8.30): 14–17 and 22 dates, 18–21 and 45–47 times,
    /// and the East Asian ones a Chinese Excel or WPS gives (27–36, 50–58) dates.
    static func of(builtIn id: Int) -> DateKind? {
        switch id {
        case 14...17, 27...31, 34...36, 50...58: .date
        case 18...21, 32, 33, 45...47: .time
        case 22: .dateTime
        default: nil
        }
    }

    /// A custom format code: once quoted text, escapes and bracketed parts (colours, locales)
    /// but elapsed time are taken out, a date if it has y, d or m, a time if h or s.
    static func of(format: String) -> DateKind? {
        var plain = ""
        var quoted = false
        var bracket: String?
        var escaped = false
        for character in format.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            if quoted {
                if character == "\"" { quoted = false }
                continue
            }
            if var inside = bracket {
                if character == "]" {
                    if ["h", "hh", "m", "mm", "s", "ss"].contains(inside) { plain += inside }
                    bracket = nil
                } else {
                    inside.append(character)
                    bracket = inside
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case "\\", "_", "*": escaped = true
            case "[": bracket = ""
            case ";": break
            default: plain.append(character)
            }
            if character == ";" { break }
        }
        if plain.contains("general") { return nil }
        let time = plain.contains("h") || plain.contains("s")
        let date = plain.contains("y") || plain.contains("d") || (plain.contains("m") && !time)
        switch (date, time) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        default: return nil
        }
    }
}

/// Typed cell values as the text a record file would hold.
enum WorkbookValues {
    /// A serial day number as a date (`2026-11-23`), time (`09:30`) or both
    /// (`2026-11-23 09:30`). In the 1900 system day 1 is 1900-01-01 and day 60 the
    /// 29 February 1900 that Lotus 1-2-3 invented (given as written, so the date check
    /// refuses it); in the 1904 system day 0 is 1904-01-01.
    static func date(_ serial: Double, _ kind: DateKind, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var day = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(day)) * 86_400).rounded())
        if seconds >= 86_400 {
            day += 1
            seconds -= 86_400
        }
        func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let time =
            pad2(seconds / 3600) + ":" + pad2(seconds / 60 % 60) + (seconds % 60 == 0 ? "" : ":" + pad2(seconds % 60))
        let dateText: String
        if date1904 {
            dateText = LocalDate(year: 1904, month: 1, day: 1)!.adding(days: day).description
        } else if day == 60 {
            dateText = "1900-02-29"
        } else if day == 0 {
            dateText = "1900-01-00"
        } else {
            dateText = LocalDate(year: 1899, month: 12, day: day < 60 ? 31 : 30)!.adding(days: day).description
        }
        switch kind {
        case .date: return dateText
        case .time: return day == 0 ? time : dateText + " " + time
        case .dateTime: return dateText + " " + time
        }
    }

    /// An ISO 8601 date cell (`t="d"`): `2026-11-23T00:00:00` is the date alone.
    static func isoDate(_ text: String) -> String {
        let parts = text.split(separator: "T", maxSplits: 1)
        guard parts.count == 2 else { return text }
        let time = parts[1].prefix(8)
        if time == "00:00:00" || time == "00:00" { return String(parts[0]) }
        let hm = time.prefix(5)
        return String(parts[0]) + " " + (time.hasSuffix(":00") || time.count == 5 ? hm : time)
    }

    /// A number as a person reads it: digits without `.0` or an exponent
    /// (`1.38E+10` is `13800000000`), at most 15 significant digits as spreadsheets show,
    /// so binary noise (`0.30000000000000004`) is not taken for data.
    static func number(_ raw: String) -> String {
        guard let value = Double(raw), value.isFinite else { return raw }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        // The shortest text that reads back as the same number, when it is plain and short
        // (`29.612345`): most fractions; formatting is the slow way.
        let shortest = value.description
        if !shortest.contains("e"),
            shortest.utf8.count(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) <= 15
        {
            return shortest
        }
        let rounded = String(format: "%.15g", value)
        guard let decimal = Decimal(string: rounded) else { return rounded }
        return NSDecimalNumber(decimal: decimal).stringValue
    }
}
