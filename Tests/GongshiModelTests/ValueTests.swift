import GongshiModel
import Testing

@Suite struct YuanTests {
    @Test func readsAndPrintsAmounts() {
        #expect(Yuan(text: "10")?.fen == 1000)
        #expect(Yuan(text: "12.5")?.description == "12.5")
        #expect(Yuan(text: "3.05")?.description == "3.05")
        #expect(Yuan(text: "¥6")?.fen == 600)
        #expect(Yuan(text: "6元")?.fen == 600)
        #expect(Yuan(text: "-1") == nil)
        #expect(Yuan(text: "1.234") == nil)
        #expect(Yuan(text: "十") == nil)
    }
}

@Suite struct PhoneNumberTests {
    @Test(arguments: [
        "0575-87012345", "0575 8701 2345", "(0575)87012345", "87012345", "13800000000",
        "+86 138 0000 0000", "12345", "96345", "400-800-1234", "0575-00001234",
    ])
    func acceptsChinesePhoneNumbers(_ text: String) {
        #expect(PhoneNumber(text: text) != nil)
    }

    @Test(arguments: ["0575-123", "123", "12800000000", "phone", "0575-8701234x", "00575-87012345"])
    func refusesWhatCannotBeDialled(_ text: String) {
        #expect(PhoneNumber(text: text) == nil)
    }

    @Test func makesTelLinks() {
        #expect(PhoneNumber(text: "0575-8701 2345")?.telURI == "tel:+8657587012345")
        #expect(PhoneNumber(text: "138-0000-0000")?.telURI == "tel:+8613800000000")
        #expect(PhoneNumber(text: "12345")?.telURI == "tel:12345")
    }
}

@Suite struct DiagnosticReportTests {
    static let unknownRegion = Diagnostic.error(
        .record(.unknownReference(noun: .region, kind: .region, id: "e9", suggestion: "e1")),
        at: SourceLocation(path: "content/points/east.yaml", line: 14, column: 5))
    static let unknownField = Diagnostic.warning(
        .record(.unknownField(noun: .point, field: "colour", suggestion: "color", nested: [], fields: [])),
        at: SourceLocation(path: "content/points/east.yaml", line: 20, column: 3))

    @Test func printsOneLinePerProblemWithItsCodeAndASummary() {
        let english = DiagnosticReport(
            diagnostics: [Self.unknownRegion, Self.unknownField], fileCount: 14, language: .en)
        #expect(
            english.lines(colour: false, pathPrefix: "site/") == [
                "site/content/points/east.yaml:14:5: error GS2014: unknown region 'e9' (did you mean 'e1'?)",
                "site/content/points/east.yaml:20:3: warning GS2003: unknown point field 'colour' (did you mean 'color'?)",
            ])
        #expect(english.summary == "1 error, 1 warning in 14 files")
        #expect(
            DiagnosticReport(diagnostics: [], fileCount: 1, language: .en).summary == "no errors or warnings in 1 file")
        #expect(english.lines(colour: true).allSatisfy { $0.contains("\u{1B}[") })
        let chinese = DiagnosticReport(diagnostics: [Self.unknownRegion, Self.unknownField], fileCount: 14)
        #expect(
            chinese.lines(colour: false) == [
                "content/points/east.yaml:14:5: 错误 GS2014：找不到行政区划 “e9”（您是不是想写 “e1”？）",
                "content/points/east.yaml:20:3: 警告 GS2003：服务点没有 “colour” 这个字段（您是不是想写 “color”？）",
            ])
        #expect(chinese.summary == "14 个文件里有 1 个错误、1 个警告")
        #expect(DiagnosticReport(diagnostics: [], fileCount: 1).summary == "1 个文件，没有错误或警告")
    }

    @Test func printsOneJSONObjectPerProblem() {
        let report = DiagnosticReport(
            diagnostics: [Self.unknownRegion, .error(.record(.noSiteFile), at: .file("content/site.yaml"))],
            fileCount: 1, language: .en)
        #expect(
            report.jsonLines(pathPrefix: "site/") == [
                #"{"path":"site/content/points/east.yaml","line":14,"column":5,"severity":"error","code":"GS2014","message":"unknown region 'e9'","hint":"did you mean 'e1'?"}"#,
                #"{"path":"site/content/site.yaml","line":0,"column":0,"severity":"error","code":"GS2022","message":"content/site.yaml is missing","hint":"every site needs site.yaml with title, base_url, region and publisher"}"#,
            ])
    }

    /// A spreadsheet with one wrong column can give a million errors; a screenful is shown.
    @Test func showsAtMostAHundredProblemsOfOneFile() {
        let rows = (2...1_001).map {
            Diagnostic.error(
                .record(.noSessions), at: SourceLocation(path: "content/points/big.csv", line: $0, column: 1))
        }
        let other = Diagnostic.warning(
            .file(.notRead), at: SourceLocation(path: "content/site.yaml", line: 3, column: 1))
        let lines = DiagnosticReport(diagnostics: rows + [other], fileCount: 2, language: .en).lines(
            colour: false, pathPrefix: "site/")
        #expect(lines.count == 102)
        #expect(lines[99].hasPrefix("site/content/points/big.csv:101:1: error GS2009: 'sessions' lists no weekly slot"))
        #expect(
            lines[100]
                == "site/content/points/big.csv: note: 900 more problems in this file not shown (fix the ones above first; they often share one cause)"
        )
        #expect(lines[101].hasPrefix("site/content/site.yaml:3:1: warning GS3002: this file is not read"))
        #expect(
            DiagnosticReport(diagnostics: rows, fileCount: 1, language: .en).summary
                == "1,000 errors, 0 warnings in 1 file")
    }

    @Test func sortsByFileOrderThenPosition() {
        let a = Diagnostic.error(
            .record(.noSessions), at: SourceLocation(path: "content/site.yaml", line: 9, column: 1))
        let b = Diagnostic.error(.file(.notRead), at: SourceLocation(path: "content/points/x.yaml", line: 1, column: 1))
        let c = Diagnostic.warning(
            .file(.notRead), at: SourceLocation(path: "content/points/x.yaml", line: 1, column: 1))
        let d = Diagnostic.error(.file(.notRead), at: SourceLocation(path: "content/points/x.yaml", line: 1, column: 7))
        #expect(
            [d, c, b, a].sortedForReading(fileOrder: ["content/site.yaml", "content/points/x.yaml"]) == [a, b, c, d])
    }
}
