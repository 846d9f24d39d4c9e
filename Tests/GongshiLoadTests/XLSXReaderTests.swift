import Foundation
import GongshiLoad
import GongshiModel
import Testing

/// XLSXReader: workbooks written by other programs (openpyxl, LibreOffice, msoffcrypto-tool;
/// `scripts/make-xlsx-fixtures.py` made the files in `Tests/Fixtures/xlsx/`) and parts written
/// here with ZIPFoundation for what those writers never produce (inline strings from other
/// tools, error values, the 1900 leap-year bug, zip bombs). Every value keeps its cell.
@Suite struct XLSXReaderTests {
    static let path = "content/points/食堂.xlsx"

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Fixtures.url("xlsx").appendingPathComponent(name)))
    }

    func cell(_ sheet: String, _ reference: String) -> GongshiModel.SourceLocation {
        let letters = reference.prefix { $0.isLetter }
        let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        return .cell(Self.path, sheet: sheet, row: Int(reference.dropFirst(letters.count))!, column: column)
    }

    // MARK: workbooks from other writers

    @Test func anOpenpyxlWorkbookReadsLikeACSVSheetBySheet() throws {
        let (records, diagnostics) = XLSXReader.parse(bytes: try Self.fixture("points-openpyxl.xlsx"), path: Self.path)
        #expect(diagnostics == [])
        #expect(
            records.map(\.sketch) == [
                "{id: ‹fq-1›, kind: ‹canteen›, name: ‹枫桥食堂›, region: ‹east-a›, address: ‹88›, status: ‹operating›, "
                    + "opened: ‹2025-03-01›, meal: {price: ‹8›, seats: ‹40›}, description: ‹午餐和晚餐›}",
                "{id: ‹fq-2›, kind: ‹meal-point›, name: ‹枫桥二号点›, region: ‹east-b›, address: ‹枫桥路2号›, "
                    + "status: ‹operating›, opened: ‹2024-12-31›, meal: {price: ‹12.5›, seats: ~}, description: ~}",
                "{id: ‹dk-1›, kind: ‹meal-point›, name: ‹店口点›, region: ‹west-c›, address: ‹店口路1号›, "
                    + "status: ‹planned›, opened: ~}",
            ])
        #expect(records.map(\.location) == [cell("枫桥镇", "A2"), cell("枫桥镇", "A3"), cell("店口镇", "A2")])
        #expect(records[0]["opened"]?.location == cell("枫桥镇", "G2"))
        #expect(records[0].entries?.map(\.keyLocation).last == cell("枫桥镇", "J1"))
        #expect(records[1]["meal"]?.entries?.last?.value.location == cell("枫桥镇", "I3"))
        #expect(records[0]["opened"]?.location.description == "content/points/食堂.xlsx:枫桥镇!G2")
    }

    @Test func libreOfficesSharedStringsFormulasAndDatesAreRead() throws {
        let (records, diagnostics) = XLSXReader.parse(
            bytes: try Self.fixture("points-libreoffice.xlsx"), path: Self.path)
        #expect(diagnostics == [])
        #expect(
            records.map(\.sketch) == [
                "{id: ‹lo-1›, kind: ‹canteen›, name: ‹乙食堂›, region: ‹east-a›, address: ‹101›, status: ‹operating›, "
                    + "opened: ‹2025-03-01›, meal: {price: ‹8›}}",
                "{id: ‹lo-2›, kind: ‹meal-point›, name: ‹丙点›, region: ‹west-c›, address: ‹丙社区2号›, "
                    + "status: ‹operating›, opened: ‹2024-12-31›, meal: {price: ‹12.5›}}",
            ])
        #expect(records.map(\.location) == [cell("points-libreoffice", "A2"), cell("points-libreoffice", "A3")])
    }

    @Test func the1904DateSystemTimesBooleansAndLongNumbers() throws {
        let (records, diagnostics) = XLSXReader.parse(bytes: try Self.fixture("typed-1904.xlsx"), path: Self.path)
        #expect(diagnostics == [])
        #expect(
            records.map(\.sketch) == [
                "{id: ‹a1›, date: ‹2026-12-05›, starts: ‹2026-12-05 09:30›, time: ‹14:00›, flag: ‹true›, "
                    + "phone: ‹13800000000›, ratio: ‹0.3›}"
            ])
    }

    @Test func mergedHeaderCellsAreAnErrorAtTheirFirstCell() throws {
        let (records, diagnostics) = XLSXReader.parse(bytes: try Self.fixture("merged-header.xlsx"), path: Self.path)
        #expect(
            diagnostics == [
                .error(.file(.mergedHeader(range: "B1:C1")), at: cell("Sheet1", "B1"))
            ])
        #expect(records.map(\.sketch) == ["{id: ‹mp-a›, name: ‹甲点›, region: ‹east-a›}"])
    }

    /// Through the whole load: decoders and the privacy gate see cells like CSV cells.
    @Test func aWorkbookInASiteIsCheckedAtItsCells() throws {
        let result = checkBytes(MinimalSite.withBytes([Self.path: try Self.fixture("points-openpyxl.xlsx")]))
        #expect(result.diagnostics == [], "\(result.diagnostics)")
        #expect(result.site?.point("fq-1")?.opened == LocalDate(year: 2025, month: 3, day: 1))
        #expect(result.site?.point("fq-2")?.name == "枫桥二号点")
        #expect(result.site?.point("dk-1") != nil)
    }

    // MARK: refusals

    @Test func anEncryptedWorkbookIsRefused() throws {
        let (records, diagnostics) = XLSXReader.parse(bytes: try Self.fixture("encrypted.xlsx"), path: Self.path)
        #expect(records.isEmpty)
        #expect(diagnostics == [.error(.file(.workbookEncrypted), at: .file(Self.path))])
    }

    @Test func oldBinarySpreadsheetsAreRefusedWithTheirExtension() throws {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        let result = checkBytes(
            MinimalSite.withBytes([
                "content/points/旧表.xls": ole, "content/courses/课程.et": ole, "content/activities/改名.xlsx": ole,
            ]))
        #expect(
            result.diagnostics == [
                .error(.file(.oldSpreadsheet(ext: "xls")), at: .file("content/points/旧表.xls")),
                .error(.file(.oldSpreadsheet(ext: "et")), at: .file("content/courses/课程.et")),
                .error(.file(.oldSpreadsheet(ext: "xls")), at: .file("content/activities/改名.xlsx")),
            ])
    }

    /// A fuzzed workbook whose central directory points past the end of the file: refused,
    /// where the ZIP library's in-memory reader trapped.
    @Test func aDirectoryPointingPastTheEndIsRefused() throws {
        let (records, diagnostics) = XLSXReader.parse(
            bytes: try Self.fixture("fuzz-directory-past-end.xlsx"), path: Self.path)
        #expect(records.isEmpty)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error && diagnostics.first?.location == .file(Self.path))
    }

    @Test func aFileThatIsNoZIPIsRefused() {
        let (_, diagnostics) = XLSXReader.parse(bytes: Array("id,name\n".utf8), path: Self.path)
        #expect(diagnostics == [.error(.file(.workbookUnreadable(detail: "not a ZIP file")), at: .file(Self.path))])
    }

    @Test func aZipBombIsRefusedAfterTheBudget() throws {
        let big = XLSXReader.maximumInflatedBytes + 1_048_576
        let bytes = try TestWorkbook.zip(
            [
                ("xl/workbook.xml", Data(TestWorkbook.workbookXML(["Sheet1"]).utf8)),
                ("xl/worksheets/sheet1.xml", nil),
            ], zeros: big)
        #expect(bytes.count < 1_048_576, "the bomb is a small file")
        let (records, diagnostics) = XLSXReader.parse(bytes: bytes, path: Self.path)
        #expect(records.isEmpty)
        #expect(diagnostics == [.error(.file(.workbookTooLarge(limit: 256)), at: .file(Self.path))])
    }

    @Test func tooManyPartsAreRefused() throws {
        let parts = (0...XLSXReader.maximumParts).map { ("xl/media/p\($0).txt", Optional(Data("x".utf8))) }
        let (_, diagnostics) = XLSXReader.parse(bytes: try TestWorkbook.zip(parts), path: Self.path)
        #expect(diagnostics == [.error(.file(.workbookTooManyParts(limit: 4096)), at: .file(Self.path))])
    }

    // MARK: the workbook format, part by part

    @Test func inlineStringsFormulaStringsErrorsAndTheLeapYearBug() throws {
        let sheet = TestWorkbook.sheet(
            rows: [
                #"<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="s"><v>0</v></c>"#
                    + #"<c r="C1" t="inlineStr"><is><t>note</t></is></c><c r="D1" t="inlineStr"><is><t>d</t></is></c>"#
                    + #"<c r="E1" t="inlineStr"><is><t>x</t></is></c></row>"#,
                #"<row r="2"><c r="A2" t="inlineStr"><is><r><t>a</t></r><r><t xml:space="preserve">-1 </t></r>"#
                    + #"<rPh><t>ふり</t></rPh></is></c><c r="B2" t="str"><f>A2&amp;"x"</f><v>a-1x</v></c>"#
                    + #"<c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2" s="1"><v>60</v></c>"#
                    + #"<c r="E2" t="b"><v>0</v></c></row>"#,
                // Cells without references follow each other; serials 59 and 61 straddle the bug.
                #"<row><c t="inlineStr"><is><t>a-2</t></is></c><c><v>1.5E+3</v></c><c/><c s="2"><v>59</v></c>"#
                    + #"<c s="1"><v>61.75</v></c></row>"#,
            ])
        let bytes = try TestWorkbook.zip([
            ("xl/workbook.xml", Data(TestWorkbook.workbookXML(["Sheet 1"]).utf8)),
            ("xl/worksheets/sheet1.xml", Data(sheet.utf8)),
            ("xl/sharedStrings.xml", Data(TestWorkbook.sharedStrings(["name"]).utf8)),
            ("xl/styles.xml", Data(TestWorkbook.styles(numFmts: [14, 58]).utf8)),
        ])
        let (records, diagnostics) = XLSXReader.parse(bytes: bytes, path: Self.path)
        #expect(diagnostics == [.error(.file(.cellError(value: "#DIV/0!")), at: cell("Sheet 1", "C2"))])
        #expect(diagnostics.first?.location.description == "content/points/食堂.xlsx:'Sheet 1'!C2")
        #expect(
            records.map(\.sketch) == [
                "{id: ‹a-1›, name: ‹a-1x›, note: ~, d: ‹1900-02-29›, x: ‹false›}",
                "{id: ‹a-2›, name: ‹1500›, note: ~, d: ‹1900-02-28›, x: ‹1900-03-01›}",
            ])
        #expect(records[1]["x"]?.location == cell("Sheet 1", "E3"))
    }

    /// Spreadsheets write a sheet on one line; past about 10 MB libxml2, given the part as one
    /// buffer, failed at its end (130,000 rows, 16.5 MB, as a 30,000-row sheet of points is).
    @Test func aLargeSheetOnOneLineIsRead() throws {
        let filler = String(repeating: "x", count: 50)
        let rows = (1...130_000).map { i in
            #"<row r="\#(i + 1)"><c r="A\#(i + 1)" t="inlineStr"><is><t>p-\#(i)-\#(filler)</t></is></c></row>"#
        }
        let sheet = TestWorkbook.sheet(rows: [TestWorkbook.inlineRow(1, ["id"])] + rows)
        #expect(sheet.utf8.count > 16_000_000)
        let bytes = try TestWorkbook.zip(
            [
                ("xl/workbook.xml", Data(TestWorkbook.workbookXML(["Sheet1"]).utf8)),
                ("xl/worksheets/sheet1.xml", Data(sheet.utf8)),
            ], deflate: false)
        let (records, diagnostics) = XLSXReader.parse(bytes: bytes, path: Self.path)
        #expect(diagnostics == [])
        #expect(records.count == 130_000)
        #expect(records.last?.sketch == "{id: ‹p-130000-\(filler)›}")
        #expect(records.last?.location == cell("Sheet1", "A130001"))
    }

    @Test func thePrivacyGateAndDecodersPlaceTheirFindingsAtTheCell() throws {
        let header = ["id", "kind", "name", "region", "address", "status", "opened", "description"]
        let row = ["mp-a", "meal-point", "甲点", "east-a", "甲村1号", "operating", "2025-13-01", "联系 13812345678"]
        let sheet = TestWorkbook.sheet(rows: [TestWorkbook.inlineRow(1, header), TestWorkbook.inlineRow(2, row)])
        let bytes = try TestWorkbook.zip([
            ("xl/workbook.xml", Data(TestWorkbook.workbookXML(["东镇"]).utf8)),
            ("xl/worksheets/sheet1.xml", Data(sheet.utf8)),
        ])
        let result = checkBytes(MinimalSite.withBytes([Self.path: bytes]))
        #expect(
            result.diagnostics == [
                .error(.value(.noSuchDate(field: "opened", value: "2025-13-01")), at: cell("东镇", "G2")),
                .error(.privacy(.mobileNumber(masked: "138****5678")), at: cell("东镇", "H2")),
            ])
    }

    // MARK: places

    @Test func aCellPrintsAsSheetAndReferenceAndInJSON() {
        let place = GongshiModel.SourceLocation.cell("content/points/食堂.xlsx", sheet: "枫桥镇", row: 14, column: 3)
        #expect(place.description == "content/points/食堂.xlsx:枫桥镇!C14")
        #expect(GongshiModel.SourceLocation.columnLetters(27) == "AA")
        #expect(GongshiModel.SourceLocation.columnLetters(16_384) == "XFD")
        let report = DiagnosticReport(
            diagnostics: [.error(.file(.cellError(value: "#N/A")), at: place)], fileCount: 1, language: .en)
        #expect(
            report.jsonLines() == [
                #"{"path":"content/points/食堂.xlsx","line":14,"column":3,"sheet":"枫桥镇","cell":"C14","#
                    + #""severity":"error","code":"GS3031","message":"the formula in this cell gives the error value #N/A","#
                    + #""hint":"fix the formula, or type the value itself"}"#
            ])
        #expect(
            report.lines(colour: false) == [
                "content/points/食堂.xlsx:枫桥镇!C14: error GS3031: the formula in this cell gives the error value #N/A "
                    + "(fix the formula, or type the value itself)"
            ])
    }
}

/// Workbook parts written here, for what the other writers never write.
enum TestWorkbook {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    static func workbookXML(_ sheets: [String]) -> String {
        let list = sheets.enumerated().map { #"<sheet name="\#($1)" sheetId="\#($0 + 1)"/>"# }.joined()
        return #"<workbook xmlns="\#(main)"><sheets>\#(list)</sheets></workbook>"#
    }

    static func sheet(rows: [String]) -> String {
        #"<worksheet xmlns="\#(main)"><sheetData>\#(rows.joined())</sheetData></worksheet>"#
    }

    static func inlineRow(_ number: Int, _ texts: [String]) -> String {
        let cells = texts.enumerated().map { index, text in
            #"<c r="\#(GongshiModel.SourceLocation.columnLetters(index + 1))\#(number)" t="inlineStr"><is><t>\#(text)</t></is></c>"#
        }
        return #"<row r="\#(number)">\#(cells.joined())</row>"#
    }

    static func sharedStrings(_ strings: [String]) -> String {
        #"<sst xmlns="\#(main)">\#(strings.map { "<si><t>\($0)</t></si>" }.joined())</sst>"#
    }

    /// Cell styles 1… with the given built-in number formats (style 0 is General).
    static func styles(numFmts: [Int]) -> String {
        let xfs = ([0] + numFmts).map { #"<xf numFmtId="\#($0)"/>"# }.joined()
        return #"<styleSheet xmlns="\#(main)"><cellXfs>\#(xfs)</cellXfs></styleSheet>"#
    }
}
