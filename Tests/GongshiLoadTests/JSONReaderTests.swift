import Foundation
import GongshiLoad
import GongshiModel
import Testing

/// JSONReader: JSON records with every value's position; tabs keep their column; anything
/// RFC 8259 does not allow is an error at its own line and column, with a fix.
@Suite struct JSONReaderTests {
    static let path = "content/points/city.json"

    func parse(_ text: String) -> Result<ContentValue, Diagnostic> { JSONReader.parse(text: text, path: Self.path) }

    @Test func aFileMayHoldOneRecordOrAList() throws {
        #expect(
            try parse(#"{"id": "canteen-a", "name": "甲"}"#).get().records.map(\.sketch) == ["{id: canteen-a, name: 甲}"])
        #expect(
            try parse("[\n  {\"id\": \"canteen-a\"},\n  {\"id\": \"canteen-b\"}\n]").get().records.map(\.location) == [
                at(Self.path, 2, 3), at(Self.path, 3, 3),
            ])
    }

    /// A tab is one column, as an editor's status bar counts it.
    @Test func valuesKeepTheirPositionsWithTabIndents() throws {
        let text =
            "[\n\t{\n\t\t\"id\": \"canteen-a\",\n\t\t\"serves\": [\"east-a\",\t\"east-b\"],\n\t\t\"meal\": {\"price\": 10}\n\t}\n]\n"
        let record = try #require(try parse(text).get().records.first)
        #expect(record.location == at(Self.path, 2, 2))
        #expect(record.entries?.map(\.keyLocation) == [at(Self.path, 3, 3), at(Self.path, 4, 3), at(Self.path, 5, 3)])
        #expect(record["id"]?.location == at(Self.path, 3, 9))
        guard case .list(let serves)? = record["serves"]?.kind else {
            Issue.record("serves is not a list")
            return
        }
        #expect(serves.map(\.location) == [at(Self.path, 4, 14), at(Self.path, 4, 24)])
        #expect(record["meal"]?["price"]?.location == at(Self.path, 5, 21))
    }

    /// JSON values are read as text like YAML's: numbers, booleans and escapes included.
    @Test func valuesAreReadAsText() throws {
        let value = try parse(
            #"{"name": "\u7532\u6751", "url": "https:\/\/example.org\/", "beds": 12, "delivery": true, "note": null, "text": "null"}"#
        )
        .get()
        #expect(value.sketch == "{name: 甲村, url: https://example.org/, beds: 12, delivery: true, note: ~, text: null}")
    }

    @Test func aSiteMayMixJSONAndYAML() {
        let point = """
            {
            \t"id": "canteen-a", "kind": "canteen", "name": "甲村食堂", "region": "east-a",
            \t"address": "甲村1号", "status": "operating", "opened": "2025-01-01",
            \t"location": {"lat": 29.7, "lon": 120.2}
            }
            """
        let result = checkFiles(MinimalSite.with(["content/points/a.json": point]))
        #expect(result.diagnostics == [])
        #expect(result.site?.point("canteen-a")?.location == GeoPoint(lat: 29.7, lon: 120.2))
    }

    /// A rule broken in a JSON file is reported at the value, the tab counted as one column.
    @Test func ruleErrorsPointIntoTheJSON() {
        let point =
            "{\n\t\"id\": \"canteen-a\",\n\t\"kind\": \"canten\",\n\t\"name\": \"甲\", \"region\": \"east-a\", \"address\": \"甲村1号\", \"status\": \"planned\"\n}\n"
        let result = checkFiles(MinimalSite.with(["content/points/a.json": point]))
        #expect(
            result.diagnostics == [
                .error(
                    .value(.unknownWord(field: "kind", value: "canten", suggestion: "canteen", words: PointKind.words)),
                    at: at("content/points/a.json", 3, 10))
            ])
    }

    /// A missing comma: the error stands where the next value begins (line 4, column 3).
    @Test func aSyntaxErrorGivesLineAndColumn() {
        let text = "[\n\t{\"id\": \"canteen-a\",\n\t \"kind\": \"canteen\"\n\t \"name\": \"甲\"}\n]\n"
        let result = checkFiles(MinimalSite.with(["content/points/city.json": text]))
        #expect(
            result.diagnostics == [
                .error(
                    .file(.jsonSyntax(.missingComma(list: false, found: .text("\"name\"")))), at: at(Self.path, 4, 3))
            ])
    }

    /// The same file saved with CRLF line ends, or with lone CRs: the same place.
    @Test(arguments: ["\r\n", "\r"])
    func aSyntaxErrorInACRLFFileGivesLineAndColumn(lineEnd: String) {
        let text = "[\n\t{\"id\": \"canteen-a\",\n\t \"kind\": \"canteen\"\n\t \"name\": \"甲\"}\n]\n"
            .replacing("\n", with: lineEnd)
        #expect(
            parse(text).failure
                == .error(
                    .file(.jsonSyntax(.missingComma(list: false, found: .text("\"name\"")))), at: at(Self.path, 4, 3)))
    }

    /// Columns after Chinese text count characters, not UTF-8 bytes.
    @Test func aSyntaxErrorColumnCountsCharacters() {
        let text = "{\"name\": \"甲村食堂\" \"kind\": \"canteen\"}\n"
        let result = checkFiles(MinimalSite.with(["content/points/city.json": text]))
        #expect(
            result.diagnostics == [
                .error(
                    .file(.jsonSyntax(.missingComma(list: false, found: .text("\"kind\"")))), at: at(Self.path, 1, 17))
            ])
    }

    /// What Foundation's parser took although RFC 8259 does not: a comma after the last item
    /// or field, and a field given twice (the last one won, silently).
    @Test func whatFoundationAcceptedIsRefused() {
        #expect(
            parse("[1, 2,]").failure
                == .error(.file(.jsonSyntax(.trailingComma(list: true))), at: at(Self.path, 1, 6)))
        #expect(
            parse("{\"a\": 1,\n}").failure
                == .error(.file(.jsonSyntax(.trailingComma(list: false))), at: at(Self.path, 1, 8)))
        #expect(
            parse("{\"a\": 1, \"a\": 2}").failure
                == .error(
                    .file(.jsonDuplicateField(field: "a", firstLine: 1, firstColumn: 2, sameLine: true)),
                    at: at(Self.path, 1, 10)))
    }

    /// One case of each rule: the text, then the error's column on line 1 and the mistake.
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var column: Int
        var syntax: JSONSyntax
        var testDescription: String { text.debugDescription }
    }

    static let cases: [Case] = [
        Case(text: "[1 // one\n]", column: 4, syntax: .comment(.slashes)),
        Case(text: "[/* one */ 1]", column: 2, syntax: .comment(.block)),
        Case(text: "# points\n[]", column: 1, syntax: .comment(.hash)),
        Case(text: "{'id': 1}", column: 2, syntax: .singleQuotedName),
        Case(text: "{\"id\": 'a'}", column: 8, syntax: .singleQuotedText),
        Case(text: "{id: 1}", column: 2, syntax: .unquotedName("id")),
        Case(text: "{名称: 1}", column: 2, syntax: .unquotedName("名称")),
        Case(text: "[NaN]", column: 2, syntax: .notANumber("NaN", .unknown)),
        Case(text: "[Infinity]", column: 2, syntax: .notANumber("Infinity", .unknown)),
        Case(text: "[-Infinity]", column: 2, syntax: .notANumber("-Infinity", .unknown)),
        Case(text: "[1, 007]", column: 5, syntax: .leadingZero("007")),
        Case(text: "[-01]", column: 2, syntax: .leadingZero("-01")),
        Case(text: "[+1]", column: 2, syntax: .plusSign),
        Case(text: "[0x1F]", column: 2, syntax: .hexNumber("0x1F")),
        Case(text: "[1.]", column: 2, syntax: .notANumber("1.", .noDigitAfterPoint)),
        Case(text: "[.5]", column: 2, syntax: .notANumber(".5", .noDigitBeforePoint)),
        Case(text: "[1e]", column: 2, syntax: .notANumber("1e", .malformed)),
        Case(text: "[-]", column: 2, syntax: .notANumber("-", .malformed)),
        Case(text: "[12abc]", column: 2, syntax: .notANumber("12abc", .malformed)),
        Case(text: "[1.2.3]", column: 2, syntax: .notANumber("1.2.3", .malformed)),
        Case(text: "[\"C:\\Users\"]", column: 5, syntax: .badEscape("\\U")),
        Case(text: "[\"it\\'s\"]", column: 5, syntax: .badEscape("\\\'")),
        Case(text: "[\"\\u12G4\"]", column: 3, syntax: .badUnicodeEscape("\\u12G4")),
        Case(text: "[\"a\tb\"]", column: 4, syntax: .tabInText),
        Case(text: "[\"甲\n\"]", column: 4, syntax: .lineBreakInText),
        Case(text: "[\"a\u{01}b\"]", column: 4, syntax: .controlInText(code: "U+0001")),
        Case(text: "[\"\\uD83D\"]", column: 3, syntax: .halfSurrogate("\\uD83D")),
        Case(text: "[\"\\uDE00\"]", column: 3, syntax: .halfSurrogate("\\uDE00")),
        Case(text: "[\"\\uD83D\\u0041\"]", column: 3, syntax: .halfSurrogate("\\uD83D")),
        Case(text: "[1 2]", column: 4, syntax: .missingComma(list: true, found: .text("2"))),
        Case(text: "{\"a\" 1}", column: 6, syntax: .missingColon(field: "a", found: .text("1"))),
        Case(text: "{\"a\"：1}", column: 5, syntax: .missingColon(field: "a", found: .fullWidthColon)),
        Case(text: "[“甲”]", column: 2, syntax: .missingValue(found: .curlyQuote("“"))),
        Case(text: "[1,\u{3000}2]", column: 4, syntax: .missingValue(found: .fullWidthSpace)),
        Case(text: "{}, {}", column: 3, syntax: .textAfterValue(found: .text(","))),
        Case(text: "[1]]", column: 4, syntax: .textAfterValue(found: .text("]"))),
        Case(text: "", column: 1, syntax: .emptyFile),
        Case(text: " \n\t", column: 1, syntax: .emptyFile),
        Case(text: "[True]", column: 2, syntax: .wrongCase("True")),
        Case(text: "{\"name\": 甲村}", column: 10, syntax: .unquotedText("甲村")),
        Case(text: "[1, {\"b\": [2]}", column: 1, syntax: .neverClosed(list: true)),
        Case(text: "{\"a\":", column: 1, syntax: .neverClosed(list: false)),
        Case(text: "[\"abc", column: 2, syntax: .unclosedText),
        Case(text: "{\"a\": }", column: 7, syntax: .missingValue(found: .text("}"))),
        Case(text: "[1,,2]", column: 4, syntax: .missingValue(found: .text(","))),
        Case(text: "{,}", column: 2, syntax: .missingName(found: .text(","))),
    ]

    @Test(arguments: cases)
    func eachRuleIsAnErrorAtItsPlace(_ c: Case) {
        #expect(
            parse(c.text).failure == .error(.file(.jsonSyntax(c.syntax)), at: at(Self.path, 1, c.column)))
    }

    /// A field given twice on separate lines names the first one's line; past the fields an
    /// object looks through one by one, and through escapes, a repeat is still found.
    @Test func aFieldGivenTwiceNamesTheFirstLine() {
        #expect(
            parse("{\n  \"name\": \"甲\",\n  \"name\": \"乙\"\n}").failure
                == .error(
                    .file(.jsonDuplicateField(field: "name", firstLine: 2, firstColumn: 3, sameLine: false)),
                    at: at(Self.path, 3, 3)))
        let many = (0..<20).map { "\"f\($0)\": \($0)" }.joined(separator: ",\n") + ",\n\"f\\u0031\": 1"
        #expect(
            parse("{" + many + "}").failure
                == .error(
                    .file(.jsonDuplicateField(field: "f1", firstLine: 2, firstColumn: 1, sameLine: false)),
                    at: at(Self.path, 21, 1)))
    }

    /// A byte-order mark takes no column, whether the file's decoding left it or not.
    @Test func aByteOrderMarkIsSkipped() throws {
        let value = try parse("\u{FEFF}{\"id\": \"a\"}").get()
        #expect(value.location == at(Self.path, 1, 1))
        #expect(value["id"]?.location == at(Self.path, 1, 8))
        #expect(
            parse("\u{FEFF}").failure
                == .error(.file(.jsonSyntax(.emptyFile)), at: at(Self.path, 1, 1)))
    }

    /// Numbers stay as written (even past a Double's range), escapes and surrogate pairs are
    /// decoded, an empty string is text and `null` is absent.
    @Test func valuesAreKeptAsWritten() throws {
        let value = try parse(
            #"[-0, 12.50, 1E+3, 1e999, "", null, "\u7532\ud83d\ude00\n\t\"\\\/\b\f\r", false]"#
        )
        .get()
        #expect(value.sketch == "[-0, 12.50, 1E+3, 1e999, , ~, 甲😀\n\t\"\\/\u{08}\u{0C}\r, false]")
        #expect(try parse("\"text\"").get().sketch == "text")
    }

    /// Many records on one long line (as a program may write them) keep their own columns.
    @Test func recordsOnOneLineKeepTheirColumns() throws {
        let record = #"{"id":"甲","n":1}"#
        let value = try parse("[" + Array(repeating: record, count: 1000).joined(separator: ",") + "]").get()
        #expect(value.records.count == 1000)
        let last = 2 + 999 * (record.unicodeScalars.count + 1)
        #expect(value.records.last?.location == at(Self.path, 1, last))
        #expect(value.records.last?["n"]?.location == at(Self.path, 1, last + 14))
    }
}

/// Every valid JSON file of the repository reads to the tree libyaml gave when it read JSON
/// as YAML, every value and key at the same place.
@Suite struct JSONReaderAgreesWithLibyamlTests {
    static let files = [
        "content/points/city-centre.json", "Tests/Fixtures/many-mistakes/content/activities/november.json",
        "Tests/Fixtures/duplicate-ids/content/points/north.json", "Tests/Fixtures/json-bom/content/points/west.json",
    ]

    /// Each node with its place, keys included, in reading order.
    static func places(_ v: ContentValue) -> [String] {
        let here = "\(v.location.line):\(v.location.column)"
        switch v.kind {
        case .null: return ["~ " + here]
        case .scalar(let s), .cell(let s): return ["\(s) " + here]
        case .list(let items): return ["[ " + here] + items.flatMap(places)
        case .mapping(let entries):
            return ["{ " + here]
                + entries.flatMap { ["\($0.key): \($0.keyLocation.line):\($0.keyLocation.column)"] + places($0.value) }
        }
    }

    @Test(arguments: files)
    func sameTreeAsLibyaml(_ file: String) throws {
        let root = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
        let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(file)))
        let text = try #require(try? TextDecoding.decode(bytes, allowGB18030: false).get().0)
        let ours = try JSONReader.parse(text: text, path: file).get()
        let libyaml = try YAMLReader.parse(text: text.replacing("\t", with: " "), path: file).get()
        #expect(Self.places(ours) == Self.places(libyaml))
    }
}

extension Result {
    /// The error of a failed result, for comparing whole diagnostics.
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
