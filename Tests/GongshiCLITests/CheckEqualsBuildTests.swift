import Foundation
import Testing

/// Failures `build` used to find after `check` passed: each is now reported by `check` first,
/// at the content or template line that causes it, and `build` refuses with the same words.
@Suite struct CheckEqualsBuildTests {
    /// Fixture → the place its first problem is reported at, its code, and the build options
    /// that meet it.
    static let fixtures = [
        ("build-only-page-clash", "content/pages/canteens.md", "GS6002", [String]()),
        // The record of changes' pages are the site's own too, though `check` writes no record.
        ("build-only-changes-clash", "content/pages/changes.md", "GS6002", []),
        ("build-only-unknown-layout", "content/pages/about.md:3:9", "GS5008", []),
        ("build-only-broken-body-link", "content/pages/help.md:6:18", "GS6003", []),
        // A relative link is resolved against its page's folder: `../meals/` from /help/.
        ("build-only-broken-relative-link", "content/pages/help.md:6:38", "GS6003", []),
        ("build-only-broken-bulletin-link", "content/bulletins/2026-W48.md:6:15", "GS6003", []),
        ("build-only-template-privacy", "templates/assets/app.js:1:10", "GS4002", []),
        ("build-only-draft-link", "content/pages/help.md:7:18", "GS6003", ["--drafts"]),
        ("unreadable-file", "content/points/broken.yaml:9:1", "GS3008", []),
    ]

    static func build(_ site: String, _ options: [String] = []) throws -> Gongshi.Run {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        return try Gongshi.run(["build", "--site", site, "--as-of", "2026-11-23", "--output", output.path] + options)
    }

    @Test(arguments: fixtures)
    func checkReportsWhatBuildRefuses(fixture: String, place: String, code: String, options: [String]) throws {
        let site = "Tests/Fixtures/" + fixture
        let check = try Gongshi.run(["check", "--site", site, "--as-of", "2026-11-23"])
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-\(UUID().uuidString)")
        let build = try Gongshi.run(
            ["build", "--site", site, "--as-of", "2026-11-23", "--output", output.path] + options)
        #expect(check.status == 1 && build.status == 1, "\(check.output)\(build.output)")
        let problems = check.lines.dropLast()
        #expect(problems.first?.hasPrefix(site + "/" + place + ": error " + code + ": ") == true, "\(check.output)")
        #expect(Array(build.lines.dropLast()) == Array(problems), "build reports what check reported")
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing was published")
    }

    /// No fixture site passes `check` and then fails `build`, with drafts or without; one
    /// that fails `build` fails `check`.
    @Test func noFixtureSitePassesCheckAndFailsBuild() throws {
        let root = Gongshi.packageRoot.appendingPathComponent("Tests/Fixtures")
        let sites = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted().filter {
            FileManager.default.fileExists(atPath: root.appendingPathComponent("\($0)/content/site.yaml").path)
        }
        #expect(sites.count > 20)
        for site in sites {
            let check = try Gongshi.run(["check", "--site", "Tests/Fixtures/" + site, "--as-of", "2026-11-23"])
            let build = try Self.build("Tests/Fixtures/" + site)
            let withDrafts = try Self.build("Tests/Fixtures/" + site, ["--drafts"])
            if check.status == 0 {
                #expect(build.status == 0 && withDrafts.status == 0, "\(site) passes check but not build")
            }
            if build.status != 0 { #expect(check.status != 0, "\(site) fails build but passes check") }
        }
    }
}
