import GongshiLoad
import GongshiModel
import Testing

/// YAMLReader: positions of records and values, syntax errors where libyaml finds them,
/// aliases refused before they expand, merge keys.
@Suite struct YAMLReaderTests {
    static let path = "content/points/p.yaml"

    func parse(_ text: String) -> Result<ContentValue, Diagnostic> { YAMLReader.parse(text: text, path: Self.path) }

    func diagnostic(_ text: String) -> Diagnostic? {
        if case .failure(let d) = parse(text) { return d }
        return nil
    }

    @Test func aFileMayHoldOneRecord() throws {
        let value = try parse("id: canteen-a\nname: 甲村食堂\n").get()
        #expect(value.records.map(\.sketch) == ["{id: canteen-a, name: 甲村食堂}"])
        #expect(value.records.map(\.location) == [at(Self.path, 1, 1)])
    }

    @Test func aFileMayHoldAListOfRecords() throws {
        let value = try parse("- id: canteen-a\n  name: 甲\n\n- id: canteen-b\n  name: 乙\n").get()
        #expect(value.records.map(\.sketch) == ["{id: canteen-a, name: 甲}", "{id: canteen-b, name: 乙}"])
        #expect(value.records.map(\.location) == [at(Self.path, 1, 3), at(Self.path, 4, 3)])
    }

    @Test func anEmptyFileHoldsNoRecords() throws {
        #expect(try parse("").get().records.isEmpty)
        #expect(try parse("# 还没有记录\n").get().records.isEmpty)
    }

    /// Columns count characters, not bytes: 甲村 is two columns.
    @Test func everyKeyAndValueKeepsItsPosition() throws {
        let value = try parse("- id: canteen-a\n  name: 甲村食堂\n  serves: [east-a, east-b]\n  meal: {price: 10}\n").get()
        let record = try #require(value.records.first)
        #expect(
            record.entries?.map(\.keyLocation) == [
                at(Self.path, 1, 3), at(Self.path, 2, 3), at(Self.path, 3, 3), at(Self.path, 4, 3),
            ])
        #expect(record["id"]?.location == at(Self.path, 1, 7))
        #expect(record["name"]?.location == at(Self.path, 2, 9))
        guard case .list(let serves)? = record["serves"]?.kind else {
            Issue.record("serves is not a list")
            return
        }
        #expect(serves.map(\.location) == [at(Self.path, 3, 12), at(Self.path, 3, 20)])
        #expect(record["meal"]?["price"]?.location == at(Self.path, 4, 17))
    }

    /// Values stay text as written: no YAML 1.1 typing turns 10:30 into 630 or 0575 into 575.
    @Test func scalarsStayAsWritten() throws {
        let value = try parse(
            "open: 10:30\nphone: 0575-87012345\nopened: 2025-01-01\nfee: 010\nnote: ~\nempty:\nquoted: \"null\"\n"
        )
        .get()
        #expect(
            value.sketch
                == "{open: 10:30, phone: 0575-87012345, opened: 2025-01-01, fee: 010, note: ~, empty: ~, quoted: null}")
        #expect(value["quoted"]?.isNull == false)
    }

    @Test func aValueHoldingColonSpaceIsASyntaxErrorAtTheColon() {
        #expect(
            diagnostic("id: canteen-a\nname: 甲村: 食堂\n")
                == .error(
                    .file(.yamlSyntax(detail: "mapping values are not allowed in this context", cause: .colonInValue)),
                    at: at(Self.path, 2, 9)))
    }

    @Test func aLineIndentedTooFarIsASyntaxError() {
        #expect(
            diagnostic("- id: canteen-a\n  kind: canteen\n   name: 甲\n")
                == .error(
                    .file(.yamlSyntax(detail: "mapping values are not allowed in this context", cause: .colonInValue)),
                    at: at(Self.path, 3, 8)))
    }

    @Test func aLineIndentedTooLittleIsASyntaxError() {
        #expect(
            diagnostic("- id: canteen-a\n  kind: canteen\n name: 甲\n")
                == .error(
                    .file(
                        .yamlSyntax(
                            detail: "while parsing a block collection: did not find expected '-' indicator",
                            cause: .indentation)), at: at(Self.path, 3, 2)))
    }

    @Test func aTabIndentIsASyntaxError() {
        #expect(
            diagnostic("- id: canteen-a\n\tkind: canteen\n")
                == .error(
                    .file(
                        .yamlSyntax(
                            detail: "while scanning a plain scalar: found a tab character that violates indentation",
                            cause: nil)), at: at(Self.path, 2, 1)))
    }

    @Test func anUnclosedListIsASyntaxError() {
        #expect(
            diagnostic("id: canteen-a\nserves: [east-a, east-b\nname: 甲\n")
                == .error(
                    .file(
                        .yamlSyntax(
                            detail: "while parsing a flow sequence: did not find expected ',' or ']'", cause: nil)),
                    at: at(Self.path, 3, 5)))
    }

    @Test func anUndefinedAliasIsAnError() {
        #expect(
            diagnostic("id: canteen-a\nmeal: *prices\n")
                == .error(
                    .file(.yamlSyntax(detail: "found undefined alias", cause: .undefinedAlias)), at: at(Self.path, 2, 7)
                ))
    }

    /// The second key is the mistake; the record's first line says nothing about it.
    @Test
    func aFieldGivenTwiceIsReportedAtTheSecondOne() {
        #expect(
            diagnostic("id: canteen-a\nname: 甲\nid: canteen-b\n")
                == .error(.file(.duplicateField(fields: ["id"])), at: at(Self.path, 3, 1)))
    }

    /// Billion laughs: nine levels of nine aliases would expand to 9⁹ values.
    @Test func anAliasBombIsRefusedQuickly() {
        var lines = ["a: &a [x,x,x,x,x,x,x,x,x]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append(
                "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        let text = lines.joined(separator: "\n") + "\n"
        let clock = ContinuousClock()
        var result: Diagnostic?
        let elapsed = clock.measure { result = diagnostic(text) }
        #expect(
            result
                == .error(.file(.tooManyAliases(limit: 10000)), at: at(Self.path, 1, 1)))
        #expect(elapsed < .seconds(2))
    }

    /// The bomb in a record file is one error naming the file, and the rest of the site loads.
    @Test func anAliasBombInARecordFileIsOneError() {
        var lines = ["- &a [x,x,x,x,x,x,x,x,x]"]
        for _ in 0..<8 { lines.append("- &a [" + Array(repeating: "*a", count: 9).joined(separator: ",") + "]") }
        let result = checkFiles(MinimalSite.with(["content/points/bomb.yaml": lines.joined(separator: "\n")]))
        #expect(
            result.diagnostics == [
                .error(.file(.tooManyAliases(limit: 10000)), at: at("content/points/bomb.yaml", 1, 1))
            ])
    }

    /// `<<: *defaults` copies the anchored fields; the record's own fields win.
    @Test func mergeKeysFillInDefaults() throws {
        let text = """
            - &village-canteen
              id: canteen-a
              kind: canteen
              status: operating
              name: 甲
            - <<: *village-canteen
              id: canteen-b
              name: 乙
            - {<<: *village-canteen, id: canteen-c, status: planned}
            """
        let value = try parse(text).get()
        #expect(
            value.records.map(\.sketch) == [
                "{id: canteen-a, kind: canteen, status: operating, name: 甲}",
                "{kind: canteen, status: operating, id: canteen-b, name: 乙}",
                "{kind: canteen, name: 甲, id: canteen-c, status: planned}",
            ])
    }

    @Test func mergedRecordsLoadAsPoints() {
        let points = """
            - &defaults
              id: canteen-a
              kind: canteen
              name: 甲村食堂
              region: east-a
              address: 甲村1号
              status: operating
              opened: 2025-01-01
            - <<: *defaults
              id: canteen-b
              name: 乙村食堂
              region: east-b
            """
        let result = checkFiles(MinimalSite.with(["content/points/p.yaml": points]))
        #expect(result.diagnostics == [])
        #expect(
            result.site?.points.map { "\($0.id) \($0.region.id) \($0.status)" } == [
                "canteen-a east-a operating", "canteen-b east-b operating",
            ])
    }

    /// A record that is not a mapping says what it is instead.
    @Test func aRecordThatIsNotAMappingIsAnError() {
        let result = checkFiles(MinimalSite.with(["content/points/p.yaml": "- canteen-a\n- [east-a]\n"]))
        #expect(
            result.diagnostics == [
                .error(.record(.notFields(noun: .point, found: .text)), at: at("content/points/p.yaml", 1, 3)),
                .error(.record(.notFields(noun: .point, found: .list)), at: at("content/points/p.yaml", 2, 3)),
            ])
    }
}
