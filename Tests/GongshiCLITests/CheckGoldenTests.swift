import Foundation
import Testing

/// `check` on a site full of mistakes (`Tests/Fixtures/many-mistakes`) prints exactly the
/// recorded lines, in each language and format (`Tests/Golden/check-many-mistakes/`);
/// `GONGSHI_RECORD=1` rewrites them (and fails).
@Suite struct CheckGoldenTests {
    static let fixture = "Tests/Fixtures/many-mistakes"
    static let golden = Gongshi.packageRoot.appendingPathComponent("Tests/Golden/check-many-mistakes")

    /// The recorded file of a language and format: `zh-Hans.txt`, `en.jsonl`.
    static func name(_ language: String, _ format: String) -> String {
        language + (format == "json" ? ".jsonl" : ".txt")
    }

    @Test(arguments: ["zh-Hans", "en"], ["text", "json"])
    func printsEveryProblemAsRecorded(language: String, format: String) throws {
        let run = try Gongshi.run(
            ["check", "--site", Self.fixture, "--as-of", "2026-11-23", "--lang", language, "--format", format],
            language: [:])
        #expect(run.status == 1, "\(run.error)")
        let url = Self.golden.appendingPathComponent(Self.name(language, format))
        if ProcessInfo.processInfo.environment["GONGSHI_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try Data(run.output.utf8).write(to: url)
            Issue.record("recorded \(url.lastPathComponent); run again without GONGSHI_RECORD")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            run.lines == expected.split(separator: "\n").map(String.init),
            "differs from Tests/Golden/check-many-mistakes/\(url.lastPathComponent)")
        #expect(run.output == expected)
    }
}
