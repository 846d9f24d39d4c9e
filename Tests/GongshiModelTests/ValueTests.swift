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
    @Test func printsOneLinePerProblemAndASummary() {
        let report = DiagnosticReport(
            diagnostics: [
                .error(
                    "unknown region 'e9'", at: SourceLocation(path: "content/points/east.yaml", line: 14, column: 5),
                    hint: "did you mean 'e1'?"),
                .warning(
                    "unknown point field 'colour'",
                    at: SourceLocation(path: "content/points/east.yaml", line: 20, column: 3)),
            ], fileCount: 14)
        #expect(
            report.lines(colour: false, pathPrefix: "site/") == [
                "site/content/points/east.yaml:14:5: error: unknown region 'e9' (did you mean 'e1'?)",
                "site/content/points/east.yaml:20:3: warning: unknown point field 'colour'",
            ])
        #expect(report.summary == "1 error, 1 warning in 14 files")
        #expect(DiagnosticReport(diagnostics: [], fileCount: 1).summary == "no errors or warnings in 1 file")
        #expect(report.lines(colour: true).allSatisfy { $0.contains("\u{1B}[") })
    }

    /// A spreadsheet with one wrong column can give a million errors; a screenful is shown.
    @Test func showsAtMostAHundredProblemsOfOneFile() {
        let rows = (2...1_001).map {
            Diagnostic.error("bad", at: SourceLocation(path: "content/points/big.csv", line: $0, column: 1))
        }
        let other = Diagnostic.warning("w", at: SourceLocation(path: "content/site.yaml", line: 3, column: 1))
        let lines = DiagnosticReport(diagnostics: rows + [other], fileCount: 2).lines(
            colour: false, pathPrefix: "site/")
        #expect(lines.count == 102)
        #expect(lines[99] == "site/content/points/big.csv:101:1: error: bad")
        #expect(
            lines[100]
                == "site/content/points/big.csv: note: 900 more problems in this file not shown (fix the ones above first; they often share one cause)"
        )
        #expect(lines[101] == "site/content/site.yaml:3:1: warning: w")
        #expect(DiagnosticReport(diagnostics: rows, fileCount: 1).summary == "1000 errors, 0 warnings in 1 file")
    }

    @Test func sortsByFileOrderThenPosition() {
        let a = Diagnostic.error("a", at: SourceLocation(path: "content/site.yaml", line: 9, column: 1))
        let b = Diagnostic.error("b", at: SourceLocation(path: "content/points/x.yaml", line: 1, column: 1))
        let c = Diagnostic.warning("c", at: SourceLocation(path: "content/points/x.yaml", line: 1, column: 1))
        let d = Diagnostic.error("d", at: SourceLocation(path: "content/points/x.yaml", line: 1, column: 7))
        #expect(
            [d, c, b, a].sortedForReading(fileOrder: ["content/site.yaml", "content/points/x.yaml"]) == [a, b, c, d])
    }
}
