import Foundation
import GongshiTestSupport
import Testing

/// Incremental is never wrong: after any sequence of edits, `gongshi build` into the folder
/// it built before and the preview's rebuild give exactly what a build from scratch gives.
/// The edits are random but seeded; a failure prints the seed and the edits to replay it.
/// `GONGSHI_DIFF_EDITS=500 GONGSHI_DIFF_SEED=12345 swift test --filter IncrementalDifferential`
/// runs longer by hand (the seed in decimal or `0x…` hex); `GONGSHI_DIFF_MINIMISE=1` also
/// shrinks a failing list to the fewest edits that still fail.
@Suite(.serialized) struct IncrementalDifferentialTests {
    static let environment = ProcessInfo.processInfo.environment
    /// The seed CI runs with, so a run in CI can be replayed as it is.
    static let defaultSeed: UInt64 = 19133
    static let defaultCount = 25

    static var seed: UInt64 {
        guard let text = environment["GONGSHI_DIFF_SEED"] else { return defaultSeed }
        return text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) ?? defaultSeed : UInt64(text) ?? defaultSeed
    }

    /// `count` random edits from `seed`, each drawn for the site as the edits before left it
    /// (an edit the builds must refuse is undone before the next).
    static func edits(seed: UInt64, count: Int) -> [SiteEdit] {
        var rng = SplitMix64(seed: seed)
        var site = EditableSite.initial
        var edits: [SiteEdit] = []
        for _ in 0..<count {
            let edit = SiteEdit.random(for: site, using: &rng)
            edits.append(edit)
            if edit.keepsSiteValid { site = edit.apply(to: site) }
        }
        return edits
    }

    /// The shortest list found by dropping edits one at a time while the run still fails.
    static func minimised(_ edits: [SiteEdit]) throws -> [SiteEdit] {
        var edits = edits
        var index = 0
        while index < edits.count {
            var shorter = edits
            shorter.remove(at: index)
            if try DifferentialRun.firstDifference(shorter) != nil { edits = shorter } else { index += 1 }
        }
        return edits
    }

    /// An edit as Swift source, to paste into a regression test.
    static func literal(_ edit: SiteEdit) -> String {
        String(describing: edit).replacingOccurrences(of: "GongshiPublishTests.", with: "")
    }

    /// Runs the edits and records the first difference with what replays it; returns the run.
    @discardableResult
    static func expectNoDifference(_ edits: [SiteEdit], seed: UInt64? = nil) throws -> DifferentialRun.Outcome {
        let outcome = try DifferentialRun.outcome(edits)
        guard let difference = outcome.difference else { return outcome }
        var report = seed.map { "seed \($0) (GONGSHI_DIFF_SEED=\($0) GONGSHI_DIFF_EDITS=\(edits.count)): " } ?? ""
        report +=
            difference + "\nedits:\n" + edits.enumerated().map { "  \($0): \(literal($1))" }.joined(separator: "\n")
        if environment["GONGSHI_DIFF_MINIMISE"] == "1" {
            report += "\nminimised:\n" + (try minimised(edits)).map { "  .\(literal($0))," }.joined(separator: "\n")
        }
        Issue.record(Comment(rawValue: report))
        return outcome
    }

    @Test func randomEditsBuildWhatAFreshBuildGives() throws {
        let count = Self.environment["GONGSHI_DIFF_EDITS"].flatMap { Int($0) } ?? Self.defaultCount
        let edits = Self.edits(seed: Self.seed, count: count)
        // The draw covers what it is meant to (the CI seed was chosen for it): ids renamed with
        // their references, sessions, records added, removed and moved, whole-site inputs, refused edits.
        if Self.seed == Self.defaultSeed || count >= 100 {
            let kinds = Set(edits.map { String(String(describing: $0).prefix { $0 != "(" }) })
            let wanted: [Set<String>] = [
                ["renamePoint"], ["renameRegion"], ["courseSession"], ["movePoint", "moveCourse", "moveActivity"],
                ["cardNote", "pageFooter", "extraStylesheet"], ["pageBody", "bulletin"], ["unknownVenue", "breakFile"],
                ["siteTitle", "closure"], ["removePoint"], ["addCourse"],
            ]
            #expect(wanted.filter { $0.isDisjoint(with: kinds) } == [])
        }
        let outcome = try Self.expectNoDifference(edits, seed: Self.seed)
        // The comparisons went through the incremental paths, not only through full renders.
        #expect(outcome.partialBuilds > 0)
        #expect(outcome.deferringRebuilds > 0)
        #expect(outcome.reusingRebuilds > 0)
    }

    // Regressions: failures the random edits found, each kept as its smallest list of edits.

    /// A site template renamed with its text unchanged: the preview kept the theme compiled
    /// from the old name.
    @Test func aTemplateFileRenamed() throws {
        try Self.expectNoDifference([.extraStylesheet("extra.css"), .extraStylesheet("print.css")])
    }

    /// The fixture on disk is the site `EditableSite.initial` writes, so the edits start from
    /// it. `GONGSHI_RECORD=1` writes the fixture again (and fails).
    @Test func theFixtureIsTheInitialSite() throws {
        let expected = EditableSite.initial.files
        if Self.environment["GONGSHI_RECORD"] == "1" {
            try? FileManager.default.removeItem(at: DifferentialRun.fixture)
            for (path, text) in expected {
                let url = DifferentialRun.fixture.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            Issue.record("recorded Tests/Fixtures/incremental-edits")
        }
        let files = try DifferentialRun.tree(DifferentialRun.fixture).filter { !$0.key.hasSuffix("/") }
        #expect(DifferentialRun.difference(files, expected.mapValues { Array($0.utf8) }) == nil)
    }
}
