import GongshiModel
import GongshiRender
import GongshiSite

/// A transparency report: figures computed from the site on a day, published as a page at
/// `/reports/<name>/` and as JSON at `/reports/<name>.json`. The figures are the conforming
/// value; the page and the JSON are two views of it.
protocol Report: Sendable {
    /// The report's address: `canteen-coverage`.
    static var name: String { get }
    /// Computes the figures; a pure function of the site and the day.
    init(_ site: Site, asOf: LocalDate)
    /// The figures as the JSON file carries them, without the common header.
    var figuresJSON: [String: DataJSON] { get }
    /// The figure the `/reports/` index shows: `全市覆盖率 48.3%（241/499）`.
    func headline(_ c: PageContext) -> String
    /// The page: summary sentence and sections.
    func page(_ c: PageContext) -> ReportPage
}

extension Report {
    /// The report's title from the UI strings (`reports.canteen-coverage-title`).
    static func title(_ words: Words) -> String { words["reports.\(name)-title"] }
}

/// What a report page shows, in order. Every chart has a table with the same numbers.
struct ReportPage {
    /// One plain sentence saying what the figures mean.
    var summary: String
    var sections: [ReportSection]
}

struct ReportSection {
    /// Anchor id, unique on the page.
    var id: String
    var heading: String
    var paragraphs: [String] = []
    var charts: [BarChart] = []
    var table: ReportTable? = nil
    /// Names listed under sub-headings (villages not yet served, canteens below target).
    var lists: [ReportList] = []
}

/// A table with a header row and a header cell on every row (`<th scope>`).
struct ReportTable {
    var caption: String
    /// Column headings, the row-header column first.
    var columns: [String]
    var rows: [Row]
    /// The column rows are compared by (a share, a total), an index into `columns`: on a
    /// phone it stays on screen with the row headers while the others scroll under it.
    var keyColumn: Int? = nil

    /// From this many columns a table is wider than a phone: a hint says it scrolls.
    static let wideColumnCount = 5

    struct Row {
        var header: ReportCell
        var cells: [ReportCell]
        /// A total row, set apart at the foot of the table.
        var isTotal: Bool = false
    }
}

/// A table cell or list item: text, optionally a link and a note after it; numbers align right.
struct ReportCell {
    var text: String
    var link: String? = nil
    /// Words after the text, outside its link: `（1次）`.
    var note: String? = nil
    var isNumber: Bool = false

    static func number(_ value: Int) -> ReportCell { ReportCell(text: String(value), isNumber: true) }
    static func number(_ text: String) -> ReportCell { ReportCell(text: text, isNumber: true) }
}

struct ReportList {
    var heading: String
    var items: [ReportCell]
}

extension ReportPage {
    /// The `report` layout's model.
    func model(_ c: PageContext, name: String, title: String) -> PageContent<ReportFacts> {
        PageContent(
            title: title, description: summary,
            ReportFacts(
                summary: summary, asOf: c.words.reportDate(c.today), asOfISO: c.today.description,
                jsonLink: c.paths.link("reports/\(name).json"), indexLink: c.paths.link(.reports),
                sections: sections))
    }
}

/// A report page's own facts: the summary, the day, the links, and the sections.
struct ReportFacts: FieldModel {
    var summary: String
    var asOf: String
    var asOfISO: String
    var jsonLink: String
    var indexLink: String
    var sections: [ReportSection]

    static let fields = TemplateFields<Self>([
        .text("summary") { $0.summary }, .text("asOf") { $0.asOf }, .text("asOfISO") { $0.asOfISO },
        .text("jsonLink") { $0.jsonLink }, .text("indexLink") { $0.indexLink }, .list("sections") { $0.sections },
    ])
}

extension ReportSection: FieldModel {
    static let fields = TemplateFields<Self>([
        .text("id") { $0.id }, .text("heading") { $0.heading }, .list("paragraphs") { $0.paragraphs },
        .list("charts") { $0.charts.map(ChartFigure.init) },
        .model("table") { section in section.table.map { ReportTableModel(table: $0, sectionID: section.id) } },
        .items("lists") { $0.lists },
    ])

    /// A chart as its figure shows it: caption and the SVG, printed as it is.
    struct ChartFigure: FieldModel {
        var title: String
        var svg: String

        init(_ chart: BarChart) { (title, svg) = (chart.title, chart.svg) }

        static let fields = TemplateFields<Self>([.text("title") { $0.title }, .text("svg") { $0.svg }])
    }
}

/// A table as the `report` layout reads it: its id follows from the section's, the total
/// rows are apart from the others, and the key column's headings and cells are marked.
struct ReportTableModel: FieldModel {
    var table: ReportTable
    var sectionID: String

    static let fields = TemplateFields<Self>([
        .text("id") { $0.sectionID + "-table" }, .text("caption") { $0.table.caption },
        .flag("isWide") { $0.table.columns.count >= ReportTable.wideColumnCount },
        .list("columns") { $0.columns }, .list("rows") { $0.rows(totals: false) },
        .items("totals") { $0.rows(totals: true) },
    ])

    var columns: [Column] {
        table.columns.enumerated().map { Column(text: $0.element, isKey: $0.offset == table.keyColumn) }
    }

    func rows(totals: Bool) -> [Row] {
        table.rows.filter { $0.isTotal == totals }.map { row in
            // Cells start at the second column; the first is the row's header.
            Row(
                header: row.header,
                cells: row.cells.enumerated().map { Cell(cell: $0.element, isKey: $0.offset + 1 == table.keyColumn) })
        }
    }

    struct Column: FieldModel {
        var text: String
        var isKey: Bool

        static let fields = TemplateFields<Self>([.text("text") { $0.text }, .flag("isKey") { $0.isKey }])
    }

    struct Row: FieldModel {
        var header: ReportCell
        var cells: [Cell]

        static let fields = TemplateFields<Self>([.model("header") { $0.header }, .list("cells") { $0.cells }])
    }

    struct Cell: FieldModel {
        var cell: ReportCell
        var isKey: Bool

        static let fields = TemplateFields<Self>([
            .text("text") { $0.cell.text }, .flag("number") { $0.cell.isNumber }, .text("link") { $0.cell.link },
            .text("note") { $0.cell.note }, .flag("isKey") { $0.isKey },
        ])
    }
}

extension ReportCell: FieldModel {
    // `link` and `note` are absent when unset, so a cell never picks up a link from around it.
    static let fields = TemplateFields<Self>([
        .text("text") { $0.text }, .flag("number") { $0.isNumber }, .text("link") { $0.link },
        .text("note") { $0.note },
    ])
}

extension ReportList: FieldModel {
    static let fields = TemplateFields<Self>([.text("heading") { $0.heading }, .items("items") { $0.items }])
}

extension Words {
    /// `2026年9月`.
    func month(_ month: YearMonth) -> String {
        self["reports.month"].replacing("{y}", with: "\(month.year)").replacing("{m}", with: "\(month.month)")
    }

    /// A UI string with `{name}` placeholders filled in, in one pass, so a value that itself
    /// holds braces (a village named `{n}`) is never filled again.
    package func filling(_ key: String, _ values: [String: String]) -> String {
        let template = self[key]
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                let value = values[String(rest[rest.index(after: open)..<close])]
            else {
                out += "{"
                rest = rest[rest.index(after: open)...]
                continue
            }
            out += value
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// A share as a percentage, or a dash when there is nothing to share.
    func percent(_ share: Share) -> String { share.percentText ?? self["reports.none"] }
}
