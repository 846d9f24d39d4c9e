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
                "Tests/Fixtures/references/content/points/points.yaml:4:11: error: unknown region 'eest-a' (did you mean 'east-a'?)",
                "Tests/Fixtures/references/content/points/points.yaml:8:13: error: unknown operator 'nobody' (no operator has this id)",
                "2 errors, 0 warnings in 3 files",
            ])
        #expect(!run.output.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func warningsFailOnlyWhenStrict() throws {
        let site = "Tests/Fixtures/cli-warning-only"
        let relaxed = try Gongshi.run(["check", "--site", site, "--as-of", "2026-11-23"])
        #expect(relaxed.status == 0)
        #expect(
            relaxed.lines == [
                "\(site)/content/points/points.yaml:8:3: warning: unknown point field 'seat' (did you mean 'meal.seats' or 'capacity.seats'? it goes inside its group)",
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
