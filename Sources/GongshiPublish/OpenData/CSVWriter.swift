/// CSV as spreadsheets open it safely (RFC 4180, DESIGN.md §5): a UTF-8 byte order mark so
/// Excel in a Chinese locale reads UTF-8, CRLF line ends, fields quoted when they hold a
/// comma, quote, CR or LF (quotes doubled), and cells that a spreadsheet would run as a
/// formula (starting with `=`, `+`, `-`, `@`, tab or CR) prefixed with an apostrophe.
public struct CSVWriter: Sendable {
    /// The UTF-8 byte order mark that starts the file.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Number of columns: every row is padded or cut to it, so the table stays rectangular.
    public let width: Int
    private var text: String

    /// A table whose first row is `header`.
    public init(header: [String]) {
        width = header.count
        text = ""
        append(header)
    }

    /// Adds one row.
    public mutating func append(_ row: [String]) {
        var cells = row.prefix(width).map(Self.cell)
        cells += Array(repeating: "", count: max(0, width - cells.count))
        text += cells.joined(separator: ",")
        text += "\r\n"
    }

    /// The whole file: byte order mark, then the rows.
    public var bytes: [UInt8] { Self.byteOrderMark + Array(text.utf8) }

    /// One field as it is written: neutralised, then quoted when needed.
    public static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, formulaStarts.contains(first) { value = "'" + value }
        guard value.unicodeScalars.contains(where: { needsQuotes.contains($0) }) else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }

    /// First characters that make Excel, LibreOffice or Sheets read a cell as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
    static let needsQuotes: Set<Unicode.Scalar> = [",", "\"", "\r", "\n"]
}
