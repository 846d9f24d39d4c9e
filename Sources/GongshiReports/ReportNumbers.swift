import GongshiModel
import GongshiSite

/// A part of a whole (241 of 499 villages), kept as two counts so percentages are rounded once,
/// with integer arithmetic, and the same counts always print the same text.
struct Share: Sendable, Hashable {
    let part: Int
    let whole: Int

    init(_ part: Int, of whole: Int) {
        self.part = part
        self.whole = whole
    }

    /// The share as a fraction (0 when the whole is 0), for drawing.
    var fraction: Double { whole == 0 ? 0 : Double(part) / Double(whole) }

    /// `48.3%`; nil when there is no whole to take a share of.
    var percentText: String? {
        guard whole > 0 else { return nil }
        return Fixed.text(scaled: Fixed.roundedRatio(part * 1000, whole), decimals: 1) + "%"
    }

    /// The fraction to four decimals as a JSON number (`0.4830`), or null without a whole.
    var json: DataJSON {
        guard whole > 0 else { return .null }
        return .number(Fixed.text(scaled: Fixed.roundedRatio(part * 10000, whole), decimals: 4))
    }

    /// Whether the share reaches a target fraction; a hair of tolerance keeps 2 of 5 at 0.4.
    func reaches(_ target: Double) -> Bool { whole > 0 && fraction >= target - 1e-9 }
}

/// Numbers written with a fixed count of decimals, computed with integers so the output
/// never depends on how a platform prints a `Double`.
enum Fixed {
    /// `numerator / denominator` rounded half up (both non-negative).
    static func roundedRatio(_ numerator: Int, _ denominator: Int) -> Int {
        (2 * numerator + denominator) / (2 * denominator)
    }

    /// An integer holding `decimals` decimal places as text: `(483, 1)` → `48.3`.
    static func text(scaled value: Int, decimals: Int) -> String {
        guard decimals > 0 else { return String(value) }
        let sign = value < 0 ? "-" : ""
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let magnitude = abs(value)
        let fraction = String(magnitude % scale)
        return sign + String(magnitude / scale) + "." + String(repeating: "0", count: decimals - fraction.count)
            + fraction
    }

    /// A double with a fixed count of decimals, rounded half away from zero: `12.5` → `12.5`.
    static func text(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return text(scaled: Int((value * scale).rounded(.toNearestOrAwayFromZero)), decimals: decimals)
    }

    /// A target share as people write it: `40%`, `37.5%` (at most one decimal, none when whole).
    static func percent(_ fraction: Double) -> String {
        let tenths = Int((fraction * 1000).rounded(.toNearestOrAwayFromZero))
        return (tenths % 10 == 0 ? String(tenths / 10) : text(scaled: tenths, decimals: 1)) + "%"
    }
}

/// A calendar month, the unit of the volunteer commitment.
struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    let year: Int
    let month: Int

    init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    init(_ date: LocalDate) { self.init(year: date.year, month: date.month) }

    var first: LocalDate { LocalDate(year: year, month: month, day: 1)! }
    var last: LocalDate { LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))! }
    var next: YearMonth { month == 12 ? YearMonth(year: year + 1, month: 1) : YearMonth(year: year, month: month + 1) }

    func contains(_ date: LocalDate) -> Bool { date.year == year && date.month == month }

    /// `2026-09`.
    var description: String { String(first.description.prefix(7)) }

    static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }

    /// Every month from `first` to `last`, both included.
    static func span(_ first: YearMonth, _ last: YearMonth) -> [YearMonth] {
        var out: [YearMonth] = []
        var month = first
        while month <= last {
            out.append(month)
            month = month.next
        }
        return out
    }
}
