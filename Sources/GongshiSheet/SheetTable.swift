import GongshiModel

/// A workbook as values, before any C: the sheets of records, the `说明` sheet's lines and
/// the dropdown lists. `RecordSheets` makes it from a site; `WorkbookWriter` writes it.
public struct SheetWorkbook: Sendable, Hashable {
    /// The sheet explaining how to fill the workbook; the reader skips it by its name.
    public static let guideSheetName = "说明"
    /// The hidden sheet holding the dropdown lists; the reader skips `#` sheets.
    public static let choicesSheetName = "#选项"

    public var guide: [GuideLine]
    public var tables: [SheetTable]
    /// Each list one column of the hidden sheet, in this order.
    public var choiceLists: [ChoiceList]
    /// The day written as the workbook's creation date, so the same records give the same bytes.
    public var created: LocalDate

    public init(guide: [GuideLine], tables: [SheetTable], choiceLists: [ChoiceList], created: LocalDate) {
        self.guide = guide
        self.tables = tables
        self.choiceLists = choiceLists
        self.created = created
    }

    /// The formula a list validation refers to: `='#选项'!$B$2:$B$26`.
    public func formula(for list: String) -> String? {
        guard let index = choiceLists.firstIndex(where: { $0.name == list }) else { return nil }
        let column = SourceLocation.columnLetters(index + 1)
        let last = max(2, choiceLists[index].values.count + 1)
        return "='\(Self.choicesSheetName)'!$\(column)$2:$\(column)$\(last)"
    }
}

/// One line of the `说明` sheet.
public struct GuideLine: Sendable, Hashable {
    public enum Style: Sendable, Hashable { case title, heading, body }
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .body) {
        self.text = text
        self.style = style
    }
}

/// A named list of values a column's dropdown offers.
public struct ChoiceList: Sendable, Hashable {
    /// The list's heading on the hidden sheet (`服务点·kind`, `区域编号`).
    public var name: String
    public var values: [String]

    public init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }
}

/// One sheet of records: a header row of field names, then one row per record.
public struct SheetTable: Sendable, Hashable {
    public var name: String
    public var columns: [SheetColumn]
    /// Each row holds one cell per column.
    public var rows: [[SheetCell]]

    public init(name: String, columns: [SheetColumn], rows: [[SheetCell]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}

/// A column: its header (the field name the reader expects, dotted when nested), the note on
/// the header cell, how its cells are formatted and what its dropdown offers.
public struct SheetColumn: Sendable, Hashable {
    public var header: String
    public var note: String
    public var format: CellFormat
    public var dropdown: Dropdown?
    /// In Excel's units (the width of a `0`); a Chinese character takes two.
    public var width: Double

    public init(header: String, note: String, format: CellFormat, dropdown: Dropdown? = nil, width: Double = 10) {
        self.header = header
        self.note = note
        self.format = format
        self.dropdown = dropdown
        self.width = width
    }
}

/// How a column's cells are stored and shown.
public enum CellFormat: Sendable, Hashable {
    /// Free text (names, addresses, descriptions): the spreadsheet's own format.
    case general
    /// Kept as typed (`@`): ids, phones, times, lists, so no leading 0 or digit is lost.
    case text
    case number
    /// A real date shown `yyyy-mm-dd`.
    case date
    /// A real date and time shown `yyyy-mm-dd hh:mm`.
    case dateTime
}

/// A list validation on a column.
public struct Dropdown: Sendable, Hashable {
    /// The `ChoiceList` it offers.
    public var list: String
    /// Whether other text is accepted too (a list column holds several values, `助餐;送餐`).
    public var allowsOther: Bool

    public init(list: String, allowsOther: Bool = false) {
        self.list = list
        self.allowsOther = allowsOther
    }
}

/// A typed cell.
public enum SheetCell: Sendable, Hashable {
    case empty
    case text(String)
    case number(Double)
    case date(LocalDate)
    case dateTime(LocalDateTime)
}
