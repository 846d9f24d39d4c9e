import Foundation
import GongshiModel
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads an Office Open XML workbook (`.xlsx`, ECMA-376) into the same positioned records as
/// `CSVReader`: every sheet whose first row is a header gives one record per row, and every
/// value is placed at its cell (`SourceLocation.sheet`, with the row as line and the column
/// as column), so decoders and the privacy gate read a workbook as they read a CSV.
///
/// The container is read by ZIPFoundation and the XML by Foundation's `XMLParser` (libxml2);
/// what the workbook format itself defines is here: the parts and their relations, cell
/// references, shared, inline and rich strings, formulas' cached values, and which number
/// formats are dates in which date system (1900, with its fictitious 29 February, or 1904).
///
/// A workbook is refused as a whole, at the file, when it is not a ZIP, when its parts would
/// inflate past `maximumInflatedBytes` (counted while inflating, whatever the ZIP's own sizes
/// claim), when it has more than `maximumParts` parts, when it is an encrypted (OLE) file, or
/// when it is an old binary `.xls`/`.et`.
public enum XLSXReader {
    /// All parts read, inflated: far above a 30,000-row sheet (about 20 MB of XML) and low
    /// enough that a zip bomb costs at most this much memory and work.
    public static let maximumInflatedBytes = 256 * 1_048_576
    /// Parts in the ZIP: a workbook has a dozen plus two or three per sheet.
    public static let maximumParts = 4_096

    /// Whether a path is read by this reader (refusals of old formats included).
    static func handles(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".xlsx") || lower.hasSuffix(".xls") || lower.hasSuffix(".et")
    }

    /// Every record and problem of a workbook, problems sorted by place.
    public static func parse(bytes: [UInt8], path: String) -> (records: [ContentValue], diagnostics: [Diagnostic]) {
        CSVReader.collect { read(bytes: bytes, path: path, $0) }
    }

    /// Hands on each record and problem, sheet by sheet in workbook order; `each` returns
    /// false to stop.
    public static func read(bytes: [UInt8], path: String, _ each: (CSVReader.Event) -> Bool) {
        func refuse(_ problem: FileProblem) { _ = each(.problem(.error(.file(problem), at: .file(path)))) }
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        if ext == "xls" || ext == "et" { return refuse(.oldSpreadsheet(ext: ext)) }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An OLE compound file: an encrypted OOXML package (its streams are named
            // EncryptionInfo and EncryptedPackage) or an old .xls given a new name.
            let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            return refuse(contains(bytes, marker) ? .workbookEncrypted : .oldSpreadsheet(ext: "xls"))
        }
        let workbook: Workbook
        do {
            workbook = try Workbook(bytes: bytes, path: path)
        } catch let failure as Refusal {
            return refuse(failure.problem)
        } catch {
            return refuse(.workbookUnreadable(detail: "\(error)"))
        }
        for sheet in workbook.sheets where !skipped(sheet.name) {
            var sheet = sheet
            let rows: [SheetRow]
            do {
                (rows, sheet.merges) = try workbook.rows(of: sheet)
            } catch let failure as Refusal {
                return refuse(failure.problem)
            } catch {
                return refuse(.workbookUnreadable(detail: "\(sheet.name): \(error)"))
            }
            guard read(sheet: sheet, rows: rows, path: path, each) else { return }
        }
    }

    /// Sheets that explain rather than hold records: `说明`, `填写说明`, `#备注`.
    static func skipped(_ name: String) -> Bool {
        let name = name.trimmingSpaces()
        return name.hasPrefix("#") || name.hasSuffix("说明")
    }

    /// One sheet's rows as CSV rows: the first row with a value is the header.
    private static func read(sheet: Sheet, rows: [SheetRow], path: String, _ each: (CSVReader.Event) -> Bool) -> Bool {
        var reader = CSVReader.Rows()
        var headerRow: Int?
        var width = 0
        for row in rows {
            var problems = row.problems
            if headerRow == nil {
                guard row.cells.contains(where: { !$0.text.trimmingSpaces().isEmpty }) else {
                    for problem in problems { guard each(.problem(problem)) else { return false } }
                    continue
                }
                headerRow = row.number
                width = row.cells.last?.column ?? 1
                for merge in sheet.merges where merge.rows.contains(row.number) && merge.columns.count > 1 {
                    problems.append(
                        .error(
                            .file(.mergedHeader(range: merge.text)),
                            at: .cell(path, sheet: sheet.name, row: row.number, column: merge.columns.lowerBound)))
                }
            }
            // Cells a spreadsheet leaves out, inside the header's width or before a later
            // cell, are empty cells at their own place (so an empty required field is
            // reported at its cell).
            let cells = max(width, row.cells.last?.column ?? 1)
            var line: [CSVReader.Cell] = []
            line.reserveCapacity(min(cells, CSVReader.maximumColumns + 1))
            var next = row.cells.makeIterator()
            var pending = next.next()
            for column in 1...min(cells, CSVReader.maximumColumns + 1) {
                let place = SourceLocation.cell(path, sheet: sheet.name, row: row.number, column: column)
                if let cell = pending, cell.column == column {
                    line.append(CSVReader.Cell(text: cell.text, location: place))
                    pending = next.next()
                } else {
                    line.append(CSVReader.Cell(text: "", location: place))
                }
            }
            let (record, more) = reader.take(line, problems: &problems)
            problems.sort { $0.location < $1.location }
            for problem in problems { guard each(.problem(problem)) else { return false } }
            guard more else { return true }
            if let record { guard each(.record(record)) else { return false } }
        }
        return true
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var i = 0
        while i <= bytes.count - needle.count {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    // MARK: the workbook

    /// A problem that refuses the whole workbook.
    struct Refusal: Error {
        var problem: FileProblem
    }

    struct Sheet {
        var name: String
        var part: String
        var merges: [Merge] = []
    }

    /// A merged range (`A1:C1`).
    struct Merge {
        var text: String
        var rows: ClosedRange<Int>
        var columns: ClosedRange<Int>
    }

    /// One cell's value as text, typed cells already turned into the text a record file
    /// would hold: `2026-11-23`, `13800000000`, `true`.
    struct SheetCell {
        var column: Int
        var text: String
    }

    struct SheetRow {
        var number: Int
        var cells: [SheetCell]
        var problems: [Diagnostic]
    }

    /// The parts every sheet needs: shared strings, the styles that are dates, the date system.
    final class Workbook {
        let archive: Archive
        var budget = XLSXReader.maximumInflatedBytes
        var sheets: [Sheet] = []
        var sharedStrings: [String] = []
        /// For each cell style (`s`), what its number format shows, if a date or a time.
        var styleKinds: [DateKind?] = []
        var date1904 = false
        let path: String

        /// The archive read from a file, not from memory: ZIPFoundation 0.9.20's in-memory
        /// archive traps on a central directory that points past the end of the data (found
        /// by fuzzing), while a file read past its end simply returns nothing, which it
        /// reports as an error. The file is unlinked at once; the open handle keeps it readable.
        static func openArchive(_ bytes: [UInt8]) throws -> Archive {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent(
                "gongshi-workbook-\(UUID().uuidString).xlsx")
            try Data(bytes).write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            return try Archive(url: url, accessMode: .read)
        }

        init(bytes: [UInt8], path: String) throws {
            self.path = path
            do {
                archive = try Self.openArchive(bytes)
            } catch {
                throw Refusal(problem: .workbookUnreadable(detail: "not a ZIP file"))
            }
            var parts = 0
            for _ in archive {
                parts += 1
                guard parts <= XLSXReader.maximumParts else {
                    throw Refusal(problem: .workbookTooManyParts(limit: XLSXReader.maximumParts))
                }
            }
            var workbookPart = "xl/workbook.xml"
            if let rels = try part("_rels/.rels") {
                for relation in try relations(rels, base: "")
                where relation.type.hasSuffix("/officeDocument") {
                    workbookPart = relation.target
                }
            }
            guard let workbookXML = try part(workbookPart) else {
                throw Refusal(problem: .workbookUnreadable(detail: "no \(workbookPart)"))
            }
            let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
            let relsPart =
                (folder.isEmpty ? "" : folder + "/") + "_rels/"
                + (workbookPart.split(separator: "/").last.map(String.init) ?? "") + ".rels"
            var targets: [String: String] = [:]
            var sharedPart: String?
            var stylesPart: String?
            if let rels = try part(relsPart) {
                for relation in try relations(rels, base: folder) {
                    targets[relation.id] = relation.target
                    if relation.type.hasSuffix("/sharedStrings") { sharedPart = relation.target }
                    if relation.type.hasSuffix("/styles") { stylesPart = relation.target }
                }
            }
            try XMLEvents.parse(workbookXML) { event in
                guard case .start(let name, let attributes) = event else { return }
                switch name {
                case "workbookPr":
                    let value = attributes["date1904"]?.lowercased()
                    self.date1904 = value == "1" || value == "true"
                case "sheet":
                    let id = attributes.first { $0.key == "r:id" || $0.key.hasSuffix(":id") }?.value ?? ""
                    let target = targets[id] ?? "\(folder)/worksheets/sheet\(self.sheets.count + 1).xml"
                    self.sheets.append(Sheet(name: attributes["name"] ?? "", part: target))
                default: break
                }
            }
            if let data = try part(sharedPart ?? "\(folder)/sharedStrings.xml") {
                sharedStrings = try Self.strings(data)
            }
            if let data = try part(stylesPart ?? "\(folder)/styles.xml") {
                styleKinds = try Self.styles(data)
            }
        }

        /// A part's bytes, inflated within what is left of the budget; nil if absent.
        func part(_ name: String) throws -> Data? {
            guard let entry = archive[name] ?? archive["/" + name] else { return nil }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    budget -= chunk.count
                    guard budget >= 0 else {
                        throw Refusal(problem: .workbookTooLarge(limit: XLSXReader.maximumInflatedBytes / 1_048_576))
                    }
                    data.append(chunk)
                }
            } catch let refusal as Refusal {
                throw refusal
            } catch {
                throw Refusal(problem: .workbookUnreadable(detail: "\(name): \(error)"))
            }
            return data
        }

        struct Relation {
            var id: String
            var type: String
            var target: String
        }

        /// A `.rels` part; targets made paths inside the ZIP.
        func relations(_ data: Data, base: String) throws -> [Relation] {
            var out: [Relation] = []
            try XMLEvents.parse(data) { event in
                guard case .start("Relationship", let attributes) = event,
                    attributes["TargetMode"] != "External", let target = attributes["Target"]
                else { return }
                out.append(
                    Relation(
                        id: attributes["Id"] ?? "", type: attributes["Type"] ?? "",
                        target: Self.resolve(target, from: base)))
            }
            return out
        }

        /// `worksheets/sheet1.xml` from `xl` is `xl/worksheets/sheet1.xml`; `/xl/…` is absolute.
        static func resolve(_ target: String, from base: String) -> String {
            var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
            for piece in target.split(separator: "/") {
                if piece == ".." {
                    _ = parts.popLast()
                } else if piece != "." {
                    parts.append(piece)
                }
            }
            return parts.joined(separator: "/")
        }

        /// The shared strings: each `<si>`'s text, rich runs joined, phonetic runs left out.
        static func strings(_ data: Data) throws -> [String] {
            var out: [String] = []
            var current = ""
            var inText = false
            var phonetic = 0
            try XMLEvents.parse(data) { event in
                switch event {
                case .start("si", _): current = ""
                case .end("si"): out.append(current)
                case .start("rPh", _): phonetic += 1
                case .end("rPh"): phonetic -= 1
                case .start("t", _): inText = phonetic == 0
                case .end("t"): inText = false
                case .text(let text) where inText: current += text
                default: break
                }
            }
            return out
        }

        /// Which cell styles show a date, a time or both (`cellXfs`, in order).
        static func styles(_ data: Data) throws -> [DateKind?] {
            var formats: [Int: String] = [:]
            var kinds: [DateKind?] = []
            var inCellXfs = false
            try XMLEvents.parse(data) { event in
                switch event {
                case .start("numFmt", let attributes):
                    if let id = attributes["numFmtId"].flatMap({ Int($0) }) { formats[id] = attributes["formatCode"] }
                case .start("cellXfs", _): inCellXfs = true
                case .end("cellXfs"): inCellXfs = false
                case .start("xf", let attributes) where inCellXfs:
                    let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
                    kinds.append(formats[id].map(DateKind.of(format:)) ?? DateKind.of(builtIn: id))
                default: break
                }
            }
            return kinds
        }

        /// A sheet's rows in order, each with its cells' text, and its merged ranges.
        func rows(of sheet: Sheet) throws -> ([SheetRow], [Merge]) {
            guard let data = try part(sheet.part) else {
                throw Refusal(problem: .workbookUnreadable(detail: "no \(sheet.part)"))
            }
            var rows: [SheetRow] = []
            var merges: [Merge] = []
            var rowNumber = 0
            var cells: [SheetCell] = []
            var problems: [Diagnostic] = []
            var column = 0
            var style = 0
            var type = "n"
            var value = ""
            var inline = ""
            var reading: String?  // "v" or "t" while their text is wanted
            var inInline = false
            var phonetic = 0
            let path = self.path
            try XMLEvents.parse(data) { event in
                switch event {
                case .start("row", let attributes):
                    rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
                    cells = []
                    problems = []
                    column = 0
                case .end("row"):
                    rows.append(SheetRow(number: rowNumber, cells: cells, problems: problems))
                case .start("c", let attributes):
                    column = attributes["r"].flatMap { CellReference($0)?.column } ?? column + 1
                    style = attributes["s"].flatMap { Int($0) } ?? 0
                    type = attributes["t"] ?? "n"
                    value = ""
                    inline = ""
                case .start("v", _): reading = "v"
                case .end("v"): reading = nil
                case .start("is", _): inInline = true
                case .end("is"): inInline = false
                case .start("rPh", _): phonetic += 1
                case .end("rPh"): phonetic -= 1
                case .start("t", _) where inInline && phonetic == 0: reading = "t"
                case .end("t"): reading = nil
                case .text(let text):
                    if reading == "v" { value += text } else if reading == "t" { inline += text }
                case .end("c"):
                    let place = SourceLocation.cell(path, sheet: sheet.name, row: rowNumber, column: column)
                    switch self.cellText(type: type, value: value, inline: inline, style: style) {
                    case .success(let text):
                        if !text.isEmpty { cells.append(SheetCell(column: column, text: text)) }
                    case .failure(let problem):
                        problems.append(.error(.file(problem), at: place))
                    }
                case .start("mergeCell", let attributes):
                    if let text = attributes["ref"], let merge = Self.merge(text) { merges.append(merge) }
                default: break
                }
            }
            let sorted = rows.sorted { $0.number < $1.number }.map { row in
                var row = row
                row.cells.sort { $0.column < $1.column }
                return row
            }
            return (sorted, merges)
        }

        static func merge(_ text: String) -> Merge? {
            let ends = text.split(separator: ":").compactMap { CellReference(String($0)) }
            guard let first = ends.first else { return nil }
            let last = ends.last!
            return Merge(
                text: text, rows: min(first.row, last.row)...max(first.row, last.row),
                columns: min(first.column, last.column)...max(first.column, last.column))
        }

        /// A cell's text by its type (`t`): shared string, inline string, formula string,
        /// boolean, error, ISO date, or a number shown by its style as a date, time or number.
        func cellText(type: String, value: String, inline: String, style: Int) -> Result<String, FileProblem> {
            switch type {
            case "s":
                guard let index = Int(value), sharedStrings.indices.contains(index) else {
                    return value.isEmpty
                        ? .success("") : .failure(.workbookUnreadable(detail: "shared string \(value)"))
                }
                return .success(sharedStrings[index])
            case "inlineStr": return .success(inline)
            case "str": return .success(value)
            case "b": return .success(value == "1" || value.lowercased() == "true" ? "true" : "false")
            case "e": return .failure(.cellError(value: value))
            case "d": return .success(WorkbookValues.isoDate(value))
            default:
                guard !value.isEmpty else { return .success("") }
                let kind = styleKinds.indices.contains(style) ? styleKinds[style] : nil
                if let kind, let serial = Double(value),
                    let text = WorkbookValues.date(serial, kind, date1904: date1904)
                {
                    return .success(text)
                }
                return .success(WorkbookValues.number(value))
            }
        }
    }
}
