import Foundation
import ZIPFoundation

/// A workbook around fuzzed sheet XML: a points sheet, a regions sheet and a sheet of
/// unknown kind, with shared strings and date styles for the XML to refer to.
public enum FuzzWorkbook {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    public static func wrapping(sheetXML: [UInt8]) -> [UInt8] {
        let sheets = ["服务点·东镇", "区域", "Sheet1"]
        let list = sheets.enumerated().map { #"<sheet name="\#($1)" sheetId="\#($0 + 1)"/>"# }.joined()
        let parts: [(String, Data)] = [
            ("xl/workbook.xml", Data(#"<workbook xmlns="\#(main)"><sheets>\#(list)</sheets></workbook>"#.utf8)),
            ("xl/worksheets/sheet1.xml", Data(sheetXML)),
            ("xl/worksheets/sheet2.xml", Data(sheetXML)),
            ("xl/worksheets/sheet3.xml", Data(sheetXML)),
            (
                "xl/sharedStrings.xml",
                Data(#"<sst xmlns="\#(main)"><si><t>id</t></si><si><t>name</t></si><si><t>运营中</t></si></sst>"#.utf8)
            ),
            (
                "xl/styles.xml",
                Data(
                    #"<styleSheet xmlns="\#(main)"><numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="20"/></cellXfs></styleSheet>"#
                        .utf8)
            ),
        ]
        guard let archive = try? Archive(data: Data(), accessMode: .create) else { return [] }
        for (name, data) in parts {
            try? archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, length in data.subdata(in: Int(position)..<Int(position) + length) }
        }
        return Array(archive.data ?? Data())
    }
}
