import Foundation
import Testing

/// Runs the built `gongshi` binary as a user would and checks exit status and output.
@Suite struct CheckCommandTests {
    @Test func sampleSiteIsClean() throws {
        let run = try Gongshi.run(["check", "--as-of", "2026-11-23", "--strict"])
        #expect(run.status == 0)
        #expect(run.lines.count == 1)
        #expect(run.lines.last?.hasPrefix("no errors or warnings in ") == true)
    }

    @Test func errorsExitOneWithPathsFromWhereTheCommandRan() throws {
        let run = try Gongshi.run(["check", "--site", "Tests/Fixtures/references", "--as-of", "2026-11-23"])
        #expect(run.status == 1)
        #expect(
            run.lines == [
                "Tests/Fixtures/references/content/points/points.yaml:4:11: error GS2014: unknown region 'eest-a' (did you mean 'east-a'?)",
                "Tests/Fixtures/references/content/points/points.yaml:8:13: error GS2014: unknown operator 'nobody' (no operator has this id)",
                "2 errors, 0 warnings in 3 files",
            ])
        #expect(!run.output.contains("\u{1B}["), "no colour when not on a terminal")
    }

    /// `check` compiles the theme and every page body as `build` does, so a template's
    /// mistakes are found before a build, at their line and column, in both.
    @Test func templateMistakesAreFoundByCheckAsByBuild() throws {
        let site = try BuildCommandTests.scratch()
        try FileManager.default.copyItem(
            at: Gongshi.packageRoot.appendingPathComponent(BuildCommandTests.fixture + "/content"),
            to: site.appendingPathComponent("content"))
        try FileManager.default.createDirectory(
            at: site.appendingPathComponent("templates/partials"), withIntermediateDirectories: true)
        try "<p>{{> loop}}</p>\n".write(
            to: site.appendingPathComponent("templates/partials/loop.html"), atomically: true, encoding: .utf8)
        try "---\ntitle: 说明\n---\n\n## 标题\n\n{{#site}}没有结束\n".write(
            to: site.appendingPathComponent("content/pages/broken.md"), atomically: true, encoding: .utf8)
        let expected = [
            "\(site.path)/content/pages/broken.md:7:1: error GS5004: the template section {{#site}} opened here is never closed (close it with {{/site}})",
            "\(site.path)/templates/partials/loop.html:1:4: error GS5002: the template 'loop' includes itself (a partial or layout may not include itself, directly or through others)",
        ]
        let check = try Gongshi.run(["check", "--site", site.path, "--as-of", "2026-11-23"])
        #expect(check.status == 1)
        #expect(Set(check.lines.dropLast()) == Set(expected))
        let output = site.appendingPathComponent("out")
        let build = try Gongshi.run(["build", "--site", site.path, "--as-of", "2026-11-23", "--output", output.path])
        #expect(build.status == 1)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func warningsFailOnlyWhenStrict() throws {
        let site = "Tests/Fixtures/cli-warning-only"
        let relaxed = try Gongshi.run(["check", "--site", site, "--as-of", "2026-11-23"])
        #expect(relaxed.status == 0)
        #expect(
            relaxed.lines == [
                "\(site)/content/points/points.yaml:8:3: warning GS2003: unknown point field 'seat' (did you mean 'meal.seats' or 'capacity.seats'? it goes inside its group)",
                "0 errors, 1 warning in 3 files",
            ])
        let strict = try Gongshi.run(["check", "--site", site, "--as-of", "2026-11-23", "--strict"])
        #expect(strict.status == 1)
        #expect(strict.lines == relaxed.lines)
    }

    @Test(arguments: [
        ["check", "--site", "Tests/Fixtures/no-such-site"],
        ["check", "--as-of", "23/11/2026"],
        ["check", "--no-such-option"],
        ["frobnicate"],
    ])
    func usageMistakesExitTwo(_ arguments: [String]) throws {
        let run = try Gongshi.run(arguments)
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(!run.error.isEmpty)
    }
}
