import GongshiLoad
import GongshiModel
import Testing

/// JSONReader: JSON records with every value's position; tabs (fine in JSON, not in YAML)
/// keep their column; a syntax error says where.
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
                    "unknown kind 'canten'", at: at("content/points/a.json", 3, 10),
                    hint: Hint.vocabulary(PointKind.self, didYouMean: "canteen"))
            ])
    }

    /// A missing comma: the error stands where the next value begins (line 4, column 3).
    @Test func aSyntaxErrorGivesLineAndColumn() {
        let text = "[\n\t{\"id\": \"canteen-a\",\n\t \"kind\": \"canteen\"\n\t \"name\": \"甲\"}\n]\n"
        let result = checkFiles(MinimalSite.with(["content/points/city.json": text]))
        #expect(
            result.diagnostics == [
                .error(
                    "JSON syntax: Invalid value", at: at(Self.path, 4, 3),
                    hint: Hint.missingComma)
            ])
    }

    /// The same file saved with CRLF line ends: the same place.
    @Test
    func aSyntaxErrorInACRLFFileGivesLineAndColumn() {
        let text = "[\r\n\t{\"id\": \"canteen-a\",\r\n\t \"kind\": \"canteen\"\r\n\t \"name\": \"甲\"}\r\n]\r\n"
        let result = checkFiles(MinimalSite.with(["content/points/city.json": text]))
        #expect(
            result.diagnostics == [
                .error(
                    "JSON syntax: Invalid value", at: at(Self.path, 4, 3),
                    hint: Hint.missingComma)
            ])
    }

    /// Columns after Chinese text count characters, not UTF-8 bytes.
    @Test func aSyntaxErrorColumnCountsCharacters() {
        let text = "{\"name\": \"甲村食堂\" \"kind\": \"canteen\"}\n"
        let result = checkFiles(MinimalSite.with(["content/points/city.json": text]))
        #expect(
            result.diagnostics == [
                .error(
                    "JSON syntax: Invalid value", at: at(Self.path, 1, 17),
                    hint: Hint.missingComma)
            ])
    }
}
