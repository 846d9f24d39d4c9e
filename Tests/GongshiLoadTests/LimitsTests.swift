import Foundation
import GongshiModel
import Testing

@testable import GongshiLoad

/// Inputs built to exhaust the parser: each is refused with a clear error, never a crash.
@Suite struct LimitsTests {
    static func tooDeep(_ path: String, _ line: Int, _ column: Int) -> Diagnostic {
        .error(.file(.nestedTooDeep(limit: 64)), at: at(path, line, column))
    }

    @Test func deepFlowNestingIsRefused() {
        let result = checkFiles(MinimalSite.with(["content/points/deep.yaml": String(repeating: "[", count: 200_000)]))
        #expect(
            result.diagnostics == [
                Self.tooDeep("content/points/deep.yaml", 1, 64)
            ])
    }

    /// JSON's levels are counted exactly as they are read: 64 brackets deep is allowed, the
    /// 65th is refused where it stands.
    @Test func deepJSONIsRefused() {
        let json = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let result = checkFiles(MinimalSite.with(["content/points/deep.json": json]))
        #expect(
            result.diagnostics == [
                Self.tooDeep("content/points/deep.json", 1, 65)
            ])
        let deepest = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try JSONReader.parse(text: deepest, path: "content/points/deep.json").get() }
    }

    @Test func deepBlockNestingIsRefused() {
        let dashes = String(repeating: "- ", count: 5_000) + "x\n"
        let indents = (0..<100).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")
        let result = checkFiles(
            MinimalSite.with(["content/points/dashes.yaml": dashes, "content/courses/indents.yaml": indents]))
        #expect(
            result.diagnostics == [
                Self.tooDeep("content/points/dashes.yaml", 1, 1),
                Self.tooDeep("content/courses/indents.yaml", 65, 65),
            ])
    }

    @Test func aFileOverTheLimitIsRefusedUnread() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-big-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: site.appendingPathComponent("content/points"), withIntermediateDirectories: true)
        for (name, text) in MinimalSite.with([:]) {
            try text.write(to: site.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let big = site.appendingPathComponent("content/points/big.yaml")
        FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: UInt64(ContentScanner.maximumFileBytes + 1))
        try handle.close()
        let result = SiteCheck.run(siteDirectory: site, asOf: LocalDate(year: 2026, month: 11, day: 23)!)
        #expect(
            result.diagnostics == [
                .error(.file(.tooLarge(megabytes: 65, limit: 64)), at: .file("content/points/big.yaml"))
            ])
    }

    /// A header of 200,000 names (a spreadsheet's stray row pasted sideways) is refused at
    /// the first name past the limit, and a data row as long is read over, not held.
    @Test func aVeryWideHeaderIsRefused() {
        let path = "content/points/wide.csv"
        let names = (0..<200_000).map { "c\($0)" }.joined(separator: ",")
        let wide = CSVReader.parse(text: names + "\na,b\n", path: path)
        #expect(
            wide.diagnostics == [
                .error(.file(.tooManyColumns(limit: 1000)), at: at(path, 1, 4_891))
            ])
        #expect(wide.records.isEmpty)
        let long = CSVReader.parse(
            text: "id,name\nmp-a,甲," + String(repeating: "x,", count: 200_000) + "\n", path: path)
        #expect(
            long.diagnostics == [
                .error(.file(.extraCell(names: 2)), at: at(path, 2, 8))
            ])
        #expect(long.records.map(\.sketch) == ["{id: ‹mp-a›, name: ‹甲›}"])
    }

    /// Every row of this file is wrong in the same way; reading stops after a thousand
    /// problems, so a million such rows cost no more than the first few hundred.
    @Test func aFileStopsBeingReadAfterAThousandProblems() {
        let header = "id,kind,name,region,address,status\n"
        let rows = (0..<5_000).map { "mp-\($0),meal-point,甲点,east-a,甲村1号,\n" }.joined()
        let result = checkFiles(MinimalSite.with(["content/points/many.csv": header + rows]))
        let path = "content/points/many.csv"
        #expect(result.diagnostics.count == 1_001)
        #expect(
            result.diagnostics.contains(
                .error(.file(.stoppedReading(after: 1_000)), at: at(path, 1_001, 1))))
        #expect(!result.diagnostics.contains { $0.location.line > 1_001 })
    }

    /// A page body is a template: sections nested past the limit are refused by `check`
    /// at the section, before any template engine parses it.
    @Test func aPageBodyNestedTooDeepIsRefused() {
        let body = "## 标题\n\n" + String(repeating: "{{#site}}", count: 20_000)
        let result = checkFiles(MinimalSite.with(["content/pages/deep.md": "---\ntitle: 深\n---\n" + body]))
        #expect(
            result.diagnostics == [
                .error(.theme(.sectionsTooDeep(limit: 64)), at: at("content/pages/deep.md", 6, 64 * 9 + 1))
            ])
    }
}
