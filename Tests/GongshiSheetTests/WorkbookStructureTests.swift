import Foundation
import GongshiModel
import Testing
import ZIPFoundation

@testable import GongshiSheet

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The written file, opened as a ZIP and its parts parsed: what Excel and WPS show (frozen
/// header, dropdowns, notes, text and date columns) is there in SpreadsheetML's own terms.
@Suite struct WorkbookStructureTests {
    static let book = RecordSheets.workbook(SampleSite.checked.site!)
    static let parts: WorkbookParts = {
        let folder = try! SampleSite.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("数据.xlsx").path
        try! WorkbookWriter.write(book, to: path)
        return try! WorkbookParts(url: URL(fileURLWithPath: path))
    }()

    func table(_ name: String) throws -> SheetTable { try #require(Self.book.tables.first { $0.name == name }) }
    func letter(_ table: SheetTable, _ header: String) throws -> String {
        SourceLocation.columnLetters(try #require(table.columns.firstIndex { $0.header == header }) + 1)
    }

    @Test func sheetsInOrderWithTheListsHidden() throws {
        let workbook = try Self.parts.xml("xl/workbook.xml")
        #expect(
            try workbook.values("//*[local-name()='sheet']/@name") == ["说明"] + Self.book.tables.map(\.name) + ["#选项"])
        #expect(try workbook.values("//*[local-name()='sheet'][@state='hidden']/@name") == ["#选项"])
    }

    @Test(arguments: ["服务点", "区域"]) func headerRowAndIdColumnAreFrozen(sheet: String) throws {
        let xml = try Self.parts.sheet(sheet)
        #expect(try xml.values("//*[local-name()='pane']/@state") == ["frozen"])
        #expect(try xml.values("//*[local-name()='pane']/@ySplit") == ["1"])
        #expect(try xml.values("//*[local-name()='pane']/@xSplit") == ["1"])
    }

    /// Every column with a dropdown has a list validation over the whole column reading its
    /// list from the hidden sheet; the vocabulary columns are among them.
    @Test func dropdownsAreListValidationsFromTheHiddenSheet() throws {
        let points = try table("服务点")
        let xml = try Self.parts.sheet("服务点")
        let validation = "//*[local-name()='dataValidation']"
        let ranges = try xml.values(validation + "/@sqref")
        let formulas = try xml.values(validation + "/*[local-name()='formula1']")
        #expect(try Set(xml.values(validation + "/@type")) == ["list"])
        let byRange = Dictionary(uniqueKeysWithValues: zip(ranges, formulas))
        for header in ["kind", "status", "operation", "meal.delivery", "region", "operator"] {
            let column = try letter(points, header)
            let list = try #require(points.columns.first { $0.header == header }?.dropdown?.list)
            let formula = try #require(Self.book.formula(for: list))
            #expect(formula.hasPrefix("='#选项'!"))
            #expect(byRange["\(column)2:\(column)1048576"] == String(formula.dropFirst()))
        }
        #expect(ranges.count == points.columns.count { $0.dropdown != nil })
    }

    @Test func everyHeaderCellHasItsNote() throws {
        let points = try table("服务点")
        let comments = try Self.parts.related("服务点", type: "comments")
        let refs = try comments.values("//*[local-name()='comment']/@ref")
        let texts = try comments.values("//*[local-name()='comment']")
        let notes = Dictionary(uniqueKeysWithValues: zip(refs, texts))
        for (index, column) in points.columns.enumerated() {
            #expect(notes[SourceLocation.columnLetters(index + 1) + "1"] == column.note)
        }
        #expect(notes["A1"]?.contains("编号") == true)
    }

    /// Phone, id and postal-code columns are text (`@`), so a leading 0 stays; date columns
    /// hold numbers shown as dates.
    @Test func textAndDateColumnsKeepTheirFormats() throws {
        let checks: [(String, String, String)] = [
            ("服务点", "phone", "@"), ("服务点", "id", "@"), ("服务点", "hours", "@"), ("区域", "postal_code", "@"),
            ("运营方", "phone", "@"), ("服务点", "opened", "yyyy-mm-dd"), ("活动", "start", "yyyy-mm-dd hh:mm"),
            ("课程", "registration.opens", "yyyy-mm-dd"),
        ]
        for (sheet, header, code) in checks {
            let column = try table(sheet).columns.firstIndex { $0.header == header }.map { $0 + 1 } ?? 0
            let style = try Self.parts.sheet(sheet).values(
                "//*[local-name()='col'][@min<=\(column) and @max>=\(column)]/@style")
            #expect(try Self.parts.format(style: style.first) == code, "\(sheet) \(header)")
        }
        // A written date is a number cell (no `t`) in the column's date style.
        let cell = "//*[local-name()='c'][@r='\(try letter(table("服务点"), "opened"))2']"
        let xml = try Self.parts.sheet("服务点")
        #expect(try xml.values(cell + "/@t") == [])
        #expect(try xml.values(cell + "/*[local-name()='v']").compactMap(Double.init).count == 1)
        #expect(try Self.parts.format(style: xml.values(cell + "/@s").first) == "yyyy-mm-dd")
    }
}

extension XMLDocument {
    /// The text of each node an XPath finds (an attribute's value, an element's text).
    func values(_ xpath: String) throws -> [String] { try nodes(forXPath: xpath).map { $0.stringValue ?? "" } }
}

/// The parts of a written `.xlsx`, found by their relations as a reader finds them.
struct WorkbookParts: Sendable {
    /// Every part, inflated, by its path in the ZIP.
    let parts: [String: Data]

    init(url: URL) throws {
        let archive = try Archive(url: url, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        self.parts = parts
    }

    func data(_ path: String) throws -> Data {
        guard let data = parts[path] else { throw Missing(path: path) }
        return data
    }

    func xml(_ path: String) throws -> XMLDocument { try XMLDocument(data: data(path)) }

    /// The part path of a sheet, by its name in workbook.xml and the workbook's relations.
    func sheetPath(_ name: String) throws -> String {
        let ids = try xml("xl/workbook.xml").values("//*[local-name()='sheet'][@name='\(name)']/@*[local-name()='id']")
        let targets = try xml("xl/_rels/workbook.xml.rels").values(
            "//*[local-name()='Relationship'][@Id='\(ids.first ?? "")']/@Target")
        guard let target = targets.first else { throw Missing(path: name) }
        return "xl/" + target
    }

    func sheet(_ name: String) throws -> XMLDocument { try xml(sheetPath(name)) }

    /// The part a sheet relates to by type (`comments`).
    func related(_ name: String, type: String) throws -> XMLDocument {
        let path = try sheetPath(name)
        let rels = "xl/worksheets/_rels/" + path.split(separator: "/").last! + ".rels"
        let targets = try xml(rels).values("//*[local-name()='Relationship'][contains(@Type, '/\(type)')]/@Target")
        guard let target = targets.first else { throw Missing(path: rels) }
        return try xml("xl/" + target.replacingOccurrences(of: "../", with: ""))
    }

    /// The number format code of a cell style index: a custom code, or `@` for built-in 49.
    func format(style: String?) throws -> String? {
        guard let style, let index = Int(style) else { return nil }
        let styles = try xml("xl/styles.xml")
        let ids = try styles.values("//*[local-name()='cellXfs']/*[local-name()='xf'][\(index + 1)]/@numFmtId")
        guard let id = ids.first else { return nil }
        if id == "49" { return "@" }
        return try styles.values("//*[local-name()='numFmt'][@numFmtId='\(id)']/@formatCode").first
    }

    struct Missing: Error { var path: String }
}
