import GongshiOpenData
import Testing

/// RFC 4180 output that a spreadsheet opens as text: BOM, CRLF, quoting, and no cell that
/// could run as a formula (DESIGN.md §5).
@Suite struct CSVWriterTests {
    static func text(_ writer: CSVWriter) -> String {
        #expect(Array(writer.bytes.prefix(3)) == CSVWriter.byteOrderMark)
        return String(decoding: writer.bytes.dropFirst(3), as: UTF8.self)
    }

    /// A strict RFC 4180 reader, independent of the writer, for round trips.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" {
                        cell.unicodeScalars.append(scalars.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    cell.unicodeScalars.append(c)
                }
            } else if c == "\"" && cell.isEmpty {
                quoted = true
            } else if c == "," {
                row.append(cell)
                cell = ""
            } else if c == "\r" && scalars.first == "\n" {
                scalars.removeFirst()
                row.append(cell)
                rows.append(row)
                (row, cell) = ([], "")
            } else {
                cell.unicodeScalars.append(c)
            }
        }
        return rows
    }

    @Test func startsWithABOMAndEndsEveryLineWithCRLF() {
        var writer = CSVWriter(header: ["id", "name"])
        writer.append(["a", "甲"])
        #expect(writer.bytes == CSVWriter.byteOrderMark + Array("id,name\r\na,甲\r\n".utf8))
    }

    @Test func hostileRowsReadBackCellForCellAndNeverStartAFormula() {
        let hostile = [
            "=1+1", "+cmd|' /C calc'!A0", "-2", "@SUM(A1)", "a,b", "say \"hi\"", "line\nbreak", "cr\rhere",
            "甲村1号 & \"老街\" 'x'", "", " =spaced", "\t", "，；、",
        ]
        var writer = CSVWriter(header: ["n", "cell"])
        for (i, cell) in hostile.enumerated() { writer.append(["\(i)", cell]) }
        let rows = Self.parse(Self.text(writer))
        #expect(rows.count == hostile.count + 1)
        #expect(rows.first == ["n", "cell"])
        for (row, cell) in zip(rows.dropFirst(), hostile) {
            let expected = ["=", "+", "-", "@", "\t", "\r"].contains(where: cell.hasPrefix) ? "'" + cell : cell
            #expect(row.count == 2)
            #expect(row.last == expected)
            #expect(!(row.last.map { ["=", "+", "-", "@"].contains(where: $0.hasPrefix) } ?? true))
        }
    }

    @Test func rowsKeepTheHeaderWidth() {
        var writer = CSVWriter(header: ["a", "b", "c"])
        writer.append(["1"])
        writer.append(["1", "2", "3", "4"])
        #expect(Self.text(writer) == "a,b,c\r\n1,,\r\n1,2,3\r\n")
    }

    /// The byte scan agrees with the pattern it implements on every string of up to six
    /// characters from the characters that matter.
    @Test func negativeNumbersAreWhatThePatternSays() {
        let alphabet: [Character] = ["-", "0", "7", ".", "e", "x"]
        var strings = [""]
        var all: [String] = []
        for _ in 1...6 {
            strings = strings.flatMap { s in alphabet.map { s + String($0) } }
            all += strings
        }
        let pattern = /-[0-9]+(\.[0-9]+)?(e-?[0-9]+)?/
        let disagreements = all.filter { CSVWriter.isNegativeNumber($0) != ($0.wholeMatch(of: pattern) != nil) }
        #expect(disagreements == [])
        #expect(all.filter(CSVWriter.isNegativeNumber).count > 100)
    }
}
