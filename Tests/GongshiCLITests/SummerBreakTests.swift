import Foundation
import Testing

/// A site of two terms with the summer between them and a bulletin every week from March
/// (`Tests/Fixtures/summer-break`): each bulletin links to its week's timetable, so the
/// summer weeks get a timetable page too, which says why there are no classes.
@Suite struct SummerBreakTests {
    static let fixture = "Tests/Fixtures/summer-break"

    static func build() throws -> (status: Int32, output: URL, log: String) {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongshi-summer-\(UUID().uuidString)/public")
        let run = try Gongshi.run(["build", "--site", fixture, "--as-of", "2026-09-20", "--output", output.path])
        return (run.status, output, run.output + run.error)
    }

    static func page(_ output: URL, _ folder: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(folder + "index.html"), encoding: .utf8)
    }

    @Test func checkAndBuildBothPass() throws {
        let check = try Gongshi.run(["check", "--site", Self.fixture, "--as-of", "2026-09-20"])
        #expect(check.status == 0, "\(check.output)")
        let build = try Self.build()
        #expect(build.status == 0, "\(build.log)")
    }

    /// Bulletins run from 2026-W10 (2 March) to the as-of week 2026-W38; the spring term
    /// ends on Tuesday 30 June (in W27), the autumn term starts on Monday 7 September (W37).
    @Test func everyBulletinWeekHasItsTimetableAndTheSummerSaysWhy() throws {
        let build = try Self.build()
        try #require(build.status == 0, "\(build.log)")
        let summer = (28...36).map { String(format: "2026-W%02d", $0) }
        for week in (10...38).map({ String(format: "2026-W%02d", $0) }) {
            let bulletin = try Self.page(build.output, "bulletins/\(week)/")
            #expect(bulletin.contains("href=\"/timetable/\(week)/\""), "\(week)'s bulletin links its timetable")
            let timetable = try Self.page(build.output, "timetable/\(week)/")
            let saysBreak = timetable.contains("暑期停课")
            #expect(saysBreak == summer.contains(week), "\(week): summer break said only in the summer")
            if summer.contains(week) {
                #expect(timetable.contains("下学期（2026年秋季学期）将于 9月7日 周一 开课"))
                #expect(timetable.contains("<a href=\"/timetable/2026-W37/\">"))
                #expect(bulletin.contains("暑期停课"))
            }
        }
        #expect(try Self.page(build.output, "timetable/2026-W27/").contains("书法（春季）"))
        #expect(try Self.page(build.output, "timetable/2026-W37/").contains("书法（秋季）"))
    }
}
