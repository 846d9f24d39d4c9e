import GongshiModel

/// CSV as spreadsheets open it safely (RFC 4180, DESIGN.md §5): a UTF-8 byte order mark so
/// Excel in a Chinese locale reads UTF-8, CRLF line ends, and every field written by
/// `Escaping.csvField` (formula starts neutralised with an apostrophe, quoted when needed) —
/// except a negative number in a column declared numeric (`-1.5` in `location.lon`), which a
/// spreadsheet reads as the number it is and `datapackage.json` declares as one.
public struct CSVWriter: Sendable {
    /// The UTF-8 byte order mark that starts the file.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Number of columns: every row is padded or cut to it, so the table stays rectangular.
    public let width: Int
    private var text: String
    /// Indexes of the columns that hold numbers.
    private let numeric: Set<Int>

    /// A table whose first row is `header`; `numericColumns` are the indexes of columns whose
    /// cells are numbers (or empty).
    public init(header: [String], numericColumns: Set<Int> = []) {
        width = header.count
        text = ""
        numeric = numericColumns
        append(header)
    }

    /// Adds one row.
    public mutating func append(_ row: [String]) {
        var cells = row.prefix(width).enumerated().map { i, value in
            numeric.contains(i) && Self.isNegativeNumber(value) ? value : Escaping.csvField(value)
        }
        cells += Array(repeating: "", count: max(0, width - cells.count))
        text += cells.joined(separator: ",")
        text += "\r\n"
    }

    /// The whole file: byte order mark, then the rows.
    public var bytes: [UInt8] { Self.byteOrderMark + Array(text.utf8) }

    /// `-` and a decimal number as the open data writes numbers (`-12`, `-0.5`, `-1.5e-05`):
    /// a spreadsheet reads it as a number, never a formula.
    /// A byte scan: a regex literal is parsed again on every call, which made this a quarter
    /// of `check` at prefecture scale.
    public static func isNegativeNumber(_ value: String) -> Bool {
        var bytes = value.utf8[...]
        func digits() -> Bool {
            let count = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            bytes = bytes.dropFirst(count)
            return count > 0
        }
        func skip(_ byte: Character) -> Bool {
            guard bytes.first == byte.asciiValue else { return false }
            bytes = bytes.dropFirst()
            return true
        }
        guard skip("-"), digits() else { return false }
        if skip("."), !digits() { return false }
        if skip("e") {
            _ = skip("-")
            if !digits() { return false }
        }
        return bytes.isEmpty
    }
}
