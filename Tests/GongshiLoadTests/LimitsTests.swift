import Foundation
import GongshiModel
import Testing

@testable import GongshiLoad

/// Inputs built to exhaust the parser: each is refused with a clear error, never a crash.
@Suite struct LimitsTests {
    static let hint =
        "a record needs only a few levels: look for brackets [ { that are never closed, or indentation that keeps growing"

    static func tooDeep(_ path: String, _ line: Int, _ column: Int) -> Diagnostic {
        .error(
            "values here are nested more than 64 levels deep", at: at(path, line, column), hint: Self.hint)
    }

    @Test func deepFlowNestingIsRefused() {
        let result = checkFiles(MinimalSite.with(["content/points/deep.yaml": String(repeating: "[", count: 200_000)]))
        #expect(result.diagnostics == [Self.tooDeep("content/points/deep.yaml", 1, 64)])
    }

    @Test func deepJSONIsRefused() {
        let json = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let result = checkFiles(MinimalSite.with(["content/points/deep.json": json]))
        #expect(result.diagnostics == [Self.tooDeep("content/points/deep.json", 1, 64)])
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
                .error(
                    "this file is 65 MB; content files may be at most 64 MB", at: .file("content/points/big.yaml"),
                    hint: "split it into several files (one per town or month, say)")
            ])
    }
}
