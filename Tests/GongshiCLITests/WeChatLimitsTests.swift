import Foundation
import Testing

/// The WeChat editor's limits are `check` warnings at the note's line that breaks them, and
/// `build` reports the same while still publishing.
@Suite struct WeChatLimitsTests {
    static let site = "Tests/Fixtures/wechat-limits"

    @Test func aLongTitleAndDigestAreWarnedAtTheirLines() throws {
        let check = try Gongshi.run(["check", "--site", Self.site, "--as-of", "2026-11-23"])
        #expect(check.status == 0, "warnings only")
        let note = Self.site + "/content/bulletins/2026-W47.md"
        #expect(
            Array(check.lines.dropLast()) == [
                note + ":2:8: warning GS6008: the WeChat post of 2026-W47 has a title of 42 characters; the editor "
                    + "takes 32 (shorten the note's title)",
                note + ":3:10: warning GS6009: the WeChat post of 2026-W47 has a digest of 136 characters; the editor "
                    + "takes 128 (shorten the note's summary)",
            ], "\(check.output)")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let build = try Gongshi.run(["build", "--site", Self.site, "--as-of", "2026-11-23", "--output", output.path])
        #expect(build.status == 0)
        #expect(Array(build.lines.dropLast()) == Array(check.lines.dropLast()), "build reports what check reported")
        #expect(FileManager.default.fileExists(atPath: output.path + "/bulletins/2026-W47/wechat.html"))
    }

    /// A body over 20,000 characters is placed where the note's body starts, below its front matter.
    @Test func aLongBodyIsWarnedAtTheNotesText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: Gongshi.packageRoot.appendingPathComponent(Self.site), to: folder)
        let paragraph = String(repeating: "本周食堂照常开放，欢迎老人前来用餐。", count: 60)
        let body = Array(repeating: paragraph, count: 20).joined(separator: "\n\n")
        try ("---\ntitle: 第48周\n---\n\n" + body + "\n").write(
            to: folder.appendingPathComponent("content/bulletins/2026-W48.md"), atomically: true, encoding: .utf8)
        let check = try Gongshi.run(["check", "--site", folder.path, "--as-of", "2026-11-23"])
        let long = check.lines.filter { $0.contains("GS6010") }
        #expect(long.count == 1, "\(check.output)")
        #expect(
            long.first?.hasPrefix(folder.path + "/content/bulletins/2026-W48.md:4:1: warning GS6010: ") == true,
            "\(long)")
        #expect(long.first?.contains("the editor takes 20,000") == true)
    }
}
