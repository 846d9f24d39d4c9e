import GongshiModel

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
    /// The layout data of the `report` layout.
    func model(_ c: PageContext, name: String, title: String) -> [String: Any] {
        var model = c.common(title: title, folder: "reports/\(name)/", description: summary)
        model["summary"] = summary
        model["asOf"] = c.words.reportDate(c.today)
        model["asOfISO"] = c.today.description
        model["jsonLink"] = c.paths.link("reports/\(name).json")
        model["indexLink"] = c.paths.link("reports/")
        model["sections"] = sections.map { section -> [String: Any] in
            [
                "id": section.id,
                "heading": section.heading,
                "paragraphs": section.paragraphs,
                "charts": section.charts.map { ["svg": $0.svg, "title": $0.title] },
                "table": section.table.map { $0.model(id: section.id) } ?? false,
                "lists": nonEmpty(
                    section.lists.map {
                        ["heading": $0.heading, "items": nonEmpty($0.items.map(\.model))] as [String: Any]
                    }),
            ]
        }
        return model
    }
}

extension ReportTable {
    func model(id: String) -> [String: Any] {
        func row(_ row: Row) -> [String: Any] { ["header": row.header.model, "cells": row.cells.map(\.model)] }
        return [
            "id": id + "-table",
            "caption": caption,
            "columns": columns,
            "rows": rows.filter { !$0.isTotal }.map(row),
            "totals": nonEmpty(rows.filter(\.isTotal).map(row)),
        ]
    }
}

extension ReportCell {
    var model: [String: Any] {
        // `link` is always set, so a cell without one never picks up a link from around it.
        ["text": text, "number": isNumber, "link": link ?? false, "note": note ?? false]
    }
}

extension Words {
    /// `2026年11月23日`.
    func reportDate(_ date: LocalDate) -> String {
        self["reports.date"].replacing("{y}", with: "\(date.year)").replacing("{m}", with: "\(date.month)")
            .replacing("{d}", with: "\(date.day)")
    }

    /// `2026年9月`.
    func month(_ month: YearMonth) -> String {
        self["reports.month"].replacing("{y}", with: "\(month.year)").replacing("{m}", with: "\(month.month)")
    }

    /// A UI string with `{name}` placeholders filled in, in one pass, so a value that itself
    /// holds braces (a village named `{n}`) is never filled again.
    func filling(_ key: String, _ values: [String: String]) -> String {
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
