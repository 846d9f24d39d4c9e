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
        #expect(result.diagnostics.english == [])
        #expect(result.site?.point("canteen-a")?.location == GeoPoint(lat: 29.7, lon: 120.2))
    }

    /// A rule broken in a JSON file is reported at the value, the tab counted as one column.
    @Test func ruleErrorsPointIntoTheJSON() {
        let point =
            "{\n\t\"id\": \"canteen-a\",\n\t\"kind\": \"canten\",\n\t\"name\": \"甲\", \"region\": \"east-a\", \"address\": \"甲村1号\", \"status\": \"planned\"\n}\n"
        let result = checkFiles(MinimalSite.with(["content/points/a.json": point]))
        #expect(
            result.diagnostics.english == [
                .error(
                    "unknown kind 'canten'", at: at("content/points/a.json", 3, 10),
                    hint: Hint.vocabulary(PointKind.self, didYouMean: "canteen"))
            ])
    }

    /// A missing comma: the error stands where the next value begins (line 4, column 3).
    @Test func aSyntaxErrorGivesLineAndColumn() {
        let text = "[\n\t{\"id\": \"canteen-a\",\n\t \"kind\": \"canteen\"\n\t \"name\": \"甲\"}\n]\n"
        let result = checkFiles(MinimalSite.with(["content/points/city.json": text]))
        #expect(
            result.diagnostics.english == [
                .error(
                    "JSON syntax: expected ',' or '}' after a field's value, found '\"name\"'", at: at(Self.path, 4, 3),
                    hint: Hint.jsonFieldComma)
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
                    "JSON syntax: expected ',' or '}' after a field's value, found '\"name\"'", at: at(Self.path, 4, 3),
                    hint: Hint.jsonFieldComma))
    }

    /// Columns after Chinese text count characters, not UTF-8 bytes.
    @Test func aSyntaxErrorColumnCountsCharacters() {
        let text = "{\"name\": \"甲村食堂\" \"kind\": \"canteen\"}\n"
        let result = checkFiles(MinimalSite.with(["content/points/city.json": text]))
        #expect(
            result.diagnostics.english == [
                .error(
                    "JSON syntax: expected ',' or '}' after a field's value, found '\"kind\"'",
                    at: at(Self.path, 1, 17),
                    hint: Hint.jsonFieldComma)
            ])
    }

    /// What Foundation's parser took although RFC 8259 does not: a comma after the last item
    /// or field, and a field given twice (the last one won, silently).
    @Test func whatFoundationAcceptedIsRefused() {
        #expect(
            parse("[1, 2,]").failure
                == .error(
                    "JSON syntax: a comma after the last item of a list", at: at(Self.path, 1, 6),
                    hint: "remove the comma after the last item"))
        #expect(
            parse("{\"a\": 1,\n}").failure
                == .error(
                    "JSON syntax: a comma after the last field of an object", at: at(Self.path, 1, 8),
                    hint: "remove the comma after the last field"))
        #expect(
            parse("{\"a\": 1, \"a\": 2}").failure
                == .error(
                    "field 'a' is given twice in one record", at: at(Self.path, 1, 10),
                    hint: "it is first given earlier on this line, at column 2; keep one of them"))
    }

    /// One case of each rule: the text, then the error's column on line 1, message and hint.
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var column: Int
        var message: String
        var hint: String
        var testDescription: String { text.debugDescription }
    }

    static let number = "write a number like 12, 12.5 or 1.5e3, or put text in double quotes"
    static let notKnown = "write a number, or null when the value is not known"
    static let english = "(type it with the input method in English mode)"

    static let cases: [Case] = [
        Case(
            text: "[1 // one\n]", column: 4, message: "comments are not allowed in JSON",
            hint: "remove the comment, from // to the end of the line (a YAML file may hold # comments)"),
        Case(
            text: "[/* one */ 1]", column: 2, message: "comments are not allowed in JSON",
            hint: "remove the comment, from /* to */ (a YAML file may hold # comments)"),
        Case(
            text: "# points\n[]", column: 1, message: "comments are not allowed in JSON",
            hint: "remove the comment, from # to the end of the line (a YAML file may hold # comments)"),
        Case(
            text: "{'id': 1}", column: 2, message: "a field name in single quotes",
            hint: "put field names in double quotes: \"name\""),
        Case(
            text: "{\"id\": 'a'}", column: 8, message: "text in single quotes",
            hint: "put text in double quotes \" … \""),
        Case(
            text: "{id: 1}", column: 2, message: "the field name 'id' is not in double quotes",
            hint: "write it as \"id\""),
        Case(
            text: "{名称: 1}", column: 2, message: "the field name '名称' is not in double quotes",
            hint: "write it as \"名称\""),
        Case(text: "[NaN]", column: 2, message: "'NaN' is not a number in JSON", hint: notKnown),
        Case(text: "[Infinity]", column: 2, message: "'Infinity' is not a number in JSON", hint: notKnown),
        Case(text: "[-Infinity]", column: 2, message: "'-Infinity' is not a number in JSON", hint: notKnown),
        Case(
            text: "[1, 007]", column: 5, message: "a number starts with 0 followed by digits (007)",
            hint: "put codes and phone numbers in double quotes (\"0575\"); write other numbers without leading zeros"),
        Case(
            text: "[-01]", column: 2, message: "a number starts with 0 followed by digits (-01)",
            hint: "put codes and phone numbers in double quotes (\"0575\"); write other numbers without leading zeros"),
        Case(
            text: "[+1]", column: 2, message: "a number starts with '+'",
            hint: "remove the +, or put the value in double quotes if it is text (\"+86 …\")"),
        Case(
            text: "[0x1F]", column: 2, message: "hexadecimal number '0x1F'",
            hint: "write the number in decimal, or put it in double quotes if it is text"),
        Case(
            text: "[1.]", column: 2, message: "'1.' is not a number in JSON",
            hint: "write a digit after the point: 1.0, not 1."),
        Case(
            text: "[.5]", column: 2, message: "'.5' is not a number in JSON",
            hint: "write a digit before the point: 0.5, not .5"),
        Case(text: "[1e]", column: 2, message: "'1e' is not a number in JSON", hint: number),
        Case(text: "[-]", column: 2, message: "'-' is not a number in JSON", hint: number),
        Case(text: "[12abc]", column: 2, message: "'12abc' is not a number in JSON", hint: number),
        Case(text: "[1.2.3]", column: 2, message: "'1.2.3' is not a number in JSON", hint: number),
        Case(text: "[\"C:\\Users\"]", column: 5, message: "'\\U' is not an escape in JSON", hint: Hint.jsonEscapes),
        Case(text: "[\"it\\'s\"]", column: 5, message: "'\\'' is not an escape in JSON", hint: Hint.jsonEscapes),
        Case(
            text: "[\"\\u12G4\"]", column: 3, message: "'\\u12G4' is not an escape in JSON",
            hint: "\\u is followed by four hex digits 0–9 and A–F, like \\u7532"),
        Case(
            text: "[\"a\tb\"]", column: 4, message: "a tab inside text in quotes",
            hint: "write a tab as \\t, or use spaces"),
        Case(
            text: "[\"甲\n\"]", column: 4, message: "a line break inside text in quotes",
            hint: "close the text with \" before the line ends; inside text write a line break as \\n"),
        Case(
            text: "[\"a\u{01}b\"]", column: 4, message: "a control character (U+0001) inside text in quotes",
            hint: "remove it; such characters come from copying out of other programs"),
        Case(text: "[\"\\uD83D\"]", column: 3, message: "'\\uD83D' is half of a surrogate pair", hint: Hint.surrogates),
        Case(text: "[\"\\uDE00\"]", column: 3, message: "'\\uDE00' is half of a surrogate pair", hint: Hint.surrogates),
        Case(
            text: "[\"\\uD83D\\u0041\"]", column: 3, message: "'\\uD83D' is half of a surrogate pair",
            hint: Hint.surrogates),
        Case(
            text: "[1 2]", column: 4, message: "expected ',' or ']' after an item of a list, found '2'",
            hint: Hint.jsonItemComma),
        Case(
            text: "{\"a\" 1}", column: 6, message: "expected ':' after the field name 'a', found '1'",
            hint: "write a colon between a field's name and its value: \"a\": …"),
        Case(
            text: "{\"a\"：1}", column: 5,
            message: "expected ':' after the field name 'a', found a full-width colon '：'",
            hint: "JSON needs the ASCII colon : \(english)"),
        Case(
            text: "[“甲”]", column: 2, message: "expected a value, found a curly quote '“'",
            hint: "JSON needs the straight double quote \" \(english)"),
        Case(
            text: "[1,\u{3000}2]", column: 4, message: "expected a value, found a full-width space",
            hint: "JSON allows only ordinary spaces between values: retype it as a space"),
        Case(
            text: "{}, {}", column: 3, message: "more text after the end of the JSON value: ','",
            hint: "a file holds one value: put several records in one list [ {…}, {…} ], or remove what follows"),
        Case(
            text: "[1]]", column: 4, message: "more text after the end of the JSON value: ']'",
            hint: "a file holds one value: put several records in one list [ {…}, {…} ], or remove what follows"),
        Case(
            text: "", column: 1, message: "the file is empty",
            hint: "write the records as a list [ {…}, {…} ]; [] holds none"),
        Case(
            text: " \n\t", column: 1, message: "the file is empty",
            hint: "write the records as a list [ {…}, {…} ]; [] holds none"),
        Case(
            text: "[True]", column: 2, message: "'True' is not a JSON value",
            hint: "write true in lowercase, or put text in double quotes"),
        Case(
            text: "{\"name\": 甲村}", column: 10, message: "text '甲村' is not in double quotes",
            hint: "put text in double quotes: \"甲村\""),
        Case(
            text: "[1, {\"b\": [2]}", column: 1, message: "the list [ that starts here is never closed",
            hint: "add ] after its last item"),
        Case(
            text: "{\"a\":", column: 1, message: "the object { that starts here is never closed",
            hint: "add } after its last field"),
        Case(
            text: "[\"abc", column: 2, message: "the text in quotes that starts here is never closed",
            hint: "add the closing \""),
        Case(text: "{\"a\": }", column: 7, message: "expected a value, found '}'", hint: "write the missing value"),
        Case(
            text: "[1,,2]", column: 4, message: "expected a value, found ','",
            hint: "remove the extra comma, or write the missing value"),
        Case(
            text: "{,}", column: 2, message: "expected a field name in double quotes, found ','",
            hint: "write the field as \"name\": value"),
    ]

    @Test(arguments: cases)
    func eachRuleIsAnErrorAtItsPlace(_ c: Case) {
        #expect(
            parse(c.text).failure == .error("JSON syntax: " + c.message, at: at(Self.path, 1, c.column), hint: c.hint))
    }

    /// A field given twice on separate lines names the first one's line; past the fields an
    /// object looks through one by one, and through escapes, a repeat is still found.
    @Test func aFieldGivenTwiceNamesTheFirstLine() {
        #expect(
            parse("{\n  \"name\": \"甲\",\n  \"name\": \"乙\"\n}").failure
                == .error(
                    "field 'name' is given twice in one record", at: at(Self.path, 3, 3),
                    hint: "it is first given on line 2; keep one of them"))
        let many = (0..<20).map { "\"f\($0)\": \($0)" }.joined(separator: ",\n") + ",\n\"f\\u0031\": 1"
        #expect(
            parse("{" + many + "}").failure
                == .error(
                    "field 'f1' is given twice in one record", at: at(Self.path, 21, 1),
                    hint: "it is first given on line 2; keep one of them"))
    }

    /// A byte-order mark takes no column, whether the file's decoding left it or not.
    @Test func aByteOrderMarkIsSkipped() throws {
        let value = try parse("\u{FEFF}{\"id\": \"a\"}").get()
        #expect(value.location == at(Self.path, 1, 1))
        #expect(value["id"]?.location == at(Self.path, 1, 8))
        #expect(
            parse("\u{FEFF}").failure
                == .error(
                    "JSON syntax: the file is empty", at: at(Self.path, 1, 1),
                    hint: "write the records as a list [ {…}, {…} ]; [] holds none"))
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
