import GongshiModel

/// A checked site's records as a workbook: one sheet per kind (or, by town, one sheet of
/// points per town), rows in the site's reading order, plus the guide and the dropdown lists.
public enum RecordSheets {
    /// What to write: which kinds, and whether points go one sheet per town.
    public struct Request: Sendable, Hashable {
        public var kinds: [SheetKind]
        public var pointsByTown: Bool

        public init(kinds: [SheetKind] = SheetKind.allCases, pointsByTown: Bool = false) {
            self.kinds = kinds
            self.pointsByTown = pointsByTown
        }
    }

    public static func workbook(_ site: Site, _ request: Request = Request()) -> SheetWorkbook {
        var columns = SheetColumns(ids: [
            "region": site.regions.all.map(\.id), "operator": site.operators.map(\.id),
            "point": site.points.map(\.id), "term": site.settings.terms.map(\.id),
        ])
        var names = SheetNames(reserved: [SheetWorkbook.guideSheetName, SheetWorkbook.choicesSheetName])
        var tables: [SheetTable] = []
        for kind in request.kinds {
            let header = columns.columns(of: kind)
            for (title, rows) in groups(of: kind, in: site, byTown: request.pointsByTown) {
                tables.append(table(named: names.take(title), header, rows))
            }
        }
        let updated = site.points.compactMap(\.record.updated) + site.activities.compactMap(\.record.updated?.value)
        return SheetWorkbook(
            guide: WorkbookGuide.lines(tables: tables), tables: tables, choiceLists: columns.lists,
            created: updated.max() ?? LocalDate(year: 2000, month: 1, day: 1)!)
    }

    /// The sheets of one kind, each a title and its records' cells by header.
    static func groups(of kind: SheetKind, in site: Site, byTown: Bool) -> [(String, [[String: SheetCell]])] {
        switch kind {
        case .points where byTown:
            // Points above town level keep the plain sheet name; towns come in the tree's order.
            let byTown = site.pointsByTown
            let others = site.points.filter { $0.town == nil }
            return (others.isEmpty ? [] : [(kind.sheetName, others.map { RecordCells.point($0.record) })])
                + site.towns.compactMap { town in
                    byTown[town.id].map { points in
                        (SheetKind.pointsSheetName(town: town.name), points.map { RecordCells.point($0.record) })
                    }
                }
        case .points: return [(kind.sheetName, site.points.map { RecordCells.point($0.record) })]
        case .courses: return [(kind.sheetName, site.courses.map { RecordCells.course($0.record) })]
        case .activities: return [(kind.sheetName, site.activities.map { RecordCells.activity($0.record) })]
        case .operators: return [(kind.sheetName, site.operators.map(RecordCells.operator))]
        case .regions:
            return [
                (
                    kind.sheetName,
                    site.regions.all.map { RecordCells.region($0, parent: $0.parentID.flatMap { site.regions[$0] }) }
                )
            ]
        }
    }

    /// The rows in column order, each column as wide as its widest cell.
    static func table(named name: String, _ columns: [SheetColumn], _ records: [[String: SheetCell]]) -> SheetTable {
        let rows = records.map { cells in columns.map { cells[$0.header] ?? .empty } }
        let sized = columns.enumerated().map { index, column in
            var column = column
            column.width = ColumnWidth.fitting(header: column.header, cells: rows.map { $0[index] })
            return column
        }
        return SheetTable(name: name, columns: sized, rows: rows)
    }
}

/// Column widths in Excel's units (the width of a `0` in the default font): a wide (CJK)
/// character takes 1.6 of them, as LibreOffice and Excel draw them.
enum ColumnWidth {
    static let minimum = 8.0
    static let maximum = 48.0

    static func fitting(header: String, cells: [SheetCell]) -> Double {
        let widest = cells.reduce(display(header) + 2) { max($0, display($1)) }
        return min(maximum, max(minimum, (widest + 2).rounded()))
    }

    /// The longest line of what a cell shows.
    static func display(_ cell: SheetCell) -> Double {
        switch cell {
        case .empty: 0
        case .text(let text): display(text)
        case .number(let n): Double("\(n)".count)
        case .date: 10
        case .dateTime: 16
        }
    }

    static func display(_ text: String) -> Double {
        text.split(separator: "\n").map { line in
            line.unicodeScalars.reduce(0) { $0 + ($1.properties.isIdeographic || $1.value >= 0x3000 ? 1.6 : 1) }
        }.max() ?? 0
    }
}
