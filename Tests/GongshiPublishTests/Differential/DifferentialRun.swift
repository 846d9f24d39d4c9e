import Foundation
import GongshiLoad
import GongshiModel
import GongshiRender
import GongshiSite
import GongshiTestSupport

@testable import GongshiBuild
@testable import GongshiReports

/// One copy of the `incremental-edits` site taken through a list of edits. After each edit it
/// builds incrementally into the same output folder (its build state beside it, as `gongshi
/// build` keeps it) and rebuilds the preview session, and compares both, byte for byte and
/// file for file, with a build of the same content from scratch into a new folder. An edit
/// that breaks the site must be refused by all three alike, leaving the output as it was;
/// it is then undone, and the undoing checked like any other edit.
final class DifferentialRun {
    static let fixture = ReportPagesTests.root.appendingPathComponent("Tests/Fixtures/incremental-edits")
    static let asOf = LocalDate(iso: "2026-11-23")!

    let root: URL
    let siteDirectory: URL
    let output: URL
    let preview: PreviewSession
    private(set) var site = EditableSite.initial
    private var freshCount = 0
    private var outcome = Outcome()

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        siteDirectory = root.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Self.fixture, to: siteDirectory)
        output = root.appendingPathComponent("public")
        preview = PreviewSession(siteDirectory: siteDirectory, asOf: Self.asOf, includeDrafts: false, baseURL: nil)
    }

    /// Removes the copy with `rm -rf`, which, unlike `FileManager`, does not give up when the
    /// `rm` a build started on its old tree removes entries at the same time.
    deinit {
        let remover = Process()
        remover.executableURL = URL(fileURLWithPath: "/bin/rm")
        remover.arguments = ["-rf", "--", root.path]
        if (try? remover.run()) != nil { remover.waitUntilExit() }
    }

    /// What a run of edits found, and how much of it was incremental.
    struct Outcome {
        /// The first difference, or nil.
        var difference: String?
        /// Incremental builds that kept some files without rendering them.
        var partialBuilds = 0
        /// Preview rebuilds that left whole-site routes to be rendered when asked for.
        var deferringRebuilds = 0
        /// Preview rebuilds whose plan took over routes from the last plan.
        var reusingRebuilds = 0
    }

    /// The edits applied one after another, up to the first difference.
    static func outcome(_ edits: [SiteEdit]) throws -> Outcome {
        let run = try DifferentialRun()
        if let problem = try run.compare(expectValid: true) {
            run.outcome.difference = "before any edit: " + problem
            return run.outcome
        }
        for (index, edit) in edits.enumerated() {
            if let problem = try run.step(edit) {
                run.outcome.difference = "after edit \(index) (\(edit)): " + problem
                break
            }
        }
        return run.outcome
    }

    /// The first difference the edits lead to, or nil.
    static func firstDifference(_ edits: [SiteEdit]) throws -> String? { try outcome(edits).difference }

    /// Applies an edit, builds and compares.
    func step(_ edit: SiteEdit) throws -> String? {
        let before = site
        let after = edit.apply(to: site)
        try write(after, over: before)
        site = after
        let valid = edit.keepsSiteValid || after == before
        if let problem = try compare(expectValid: valid) { return problem }
        guard !valid else { return nil }
        try write(before, over: after)
        site = before
        return try compare(expectValid: true).map { "once undone: " + $0 }
    }

    /// Writes the files that differ between two versions of the site, removes those gone.
    private func write(_ new: EditableSite, over old: EditableSite) throws {
        let (newFiles, oldFiles) = (new.files, old.files)
        for (path, text) in newFiles where oldFiles[path] != text {
            let url = siteDirectory.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        for path in oldFiles.keys where newFiles[path] == nil {
            try FileManager.default.removeItem(at: siteDirectory.appendingPathComponent(path))
        }
    }

    /// Without the change record: a fresh folder starts a history that an incremental build
    /// appends to, so the two differ there by design (`ChangeRecordTests` covers the record).
    private func build(into output: URL) -> SiteBuild.Report {
        SiteBuild.run(SiteBuild.Request(siteDirectory: siteDirectory, output: output, asOf: Self.asOf, record: false))
    }

    /// Builds the site as it now is three ways and says how they differ, if they do.
    func compare(expectValid: Bool) throws -> String? {
        freshCount += 1
        let freshRoot = root.appendingPathComponent("fresh-\(freshCount)")
        defer { try? FileManager.default.removeItem(at: freshRoot) }
        let freshOutput = freshRoot.appendingPathComponent("public")
        let fresh = build(into: freshOutput)
        let errors = fresh.diagnostics.filter { $0.severity == .error }
        guard fresh.published == expectValid, errors.isEmpty == expectValid else {
            return "a fresh build \(fresh.published ? "published" : "refused"): \(fresh.diagnostics)"
        }
        let previousTree = try Self.tree(output)
        let previousState = FileManager.default.contents(atPath: BuildState.location(for: output).path)
        let incremental = build(into: output)
        if incremental.published != fresh.published {
            return
                "the incremental build \(incremental.published ? "published" : "refused"): \(incremental.diagnostics)"
        }
        if incremental.diagnostics != fresh.diagnostics {
            return "the incremental build reported \(incremental.diagnostics), a fresh one \(fresh.diagnostics)"
        }
        if incremental.published, !incremental.upToDate, incremental.renderedCount < incremental.fileCount {
            outcome.partialBuilds += 1
        }
        let rebuilt = preview.rebuild()
        if rebuilt.deferred != nil { outcome.deferringRebuilds += 1 }
        if rebuilt.diagnostics != fresh.diagnostics {
            return "the preview reported \(rebuilt.diagnostics), a fresh build \(fresh.diagnostics)"
        }
        guard expectValid else {
            if rebuilt.tree != nil { return "the preview served a site the build refuses" }
            if try Self.tree(output) != previousTree { return "the refused build changed the output" }
            if FileManager.default.contents(atPath: BuildState.location(for: output).path) != previousState {
                return "the refused build changed the build state"
            }
            return nil
        }
        if let problem = comparePlan(rebuilt) { return problem }
        let expected = try Self.tree(freshOutput)
        if let difference = Self.difference(try Self.tree(output), expected) {
            return "the incremental build differs from a fresh one: " + difference
        }
        guard let served = try? Self.served(rebuilt) else { return "the preview served no site" }
        let expectedFiles = expected.compactMapValues { $0 }
        return Self.difference(served.mapValues(Optional.some), expectedFiles.mapValues(Optional.some)).map {
            "the preview differs from a fresh build: " + $0
        }
    }

    /// How the preview's plan, routes taken over from its last plan included, differs from
    /// a plan of the same content made from scratch, if it does: paths, what each route reads,
    /// where its problems are placed, its sitemap entry and layout, and the paths claimed.
    func comparePlan(_ rebuilt: PreviewSession.Result) -> String? {
        guard let plan = rebuilt.plan else { return "the preview kept no plan" }
        if let renewed = plan.renewedRoutes, renewed.count < plan.routes.count { outcome.reusingRebuilds += 1 }
        let (files, scanProblems) = SiteLoader.scan(siteDirectory: siteDirectory)
        let themeFiles = Theme.files(siteDirectory: siteDirectory)
        let prepared = PreparedSite(
            files: files, scanProblems: scanProblems, themeFiles: themeFiles,
            settings: .init(
                siteDirectory: siteDirectory, asOf: Self.asOf, includeDrafts: false, baseURL: nil,
                checksWeChatLimits: false)
        ) { Theme.compile(themeFiles, language: $0) }
        guard let fresh = prepared.ready?.plan else { return "a plan from scratch failed" }
        func signature(_ route: Route) -> String {
            let reads = route.reads.map { $0.map(\.code).sorted().joined(separator: ",") } ?? "all"
            return [
                route.path, reads, route.source.map { "\($0.location)" } ?? "-", route.lastModified?.description ?? "-",
                route.sitemapFolder ?? "-", route.layout ?? "-",
            ].joined(separator: " ")
        }
        let (got, want) = (plan.routes.map(signature), fresh.routes.map(signature))
        if got != want {
            let index = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
            let have = index < got.count ? got[index] : "(end)"
            let should = index < want.count ? want[index] : "(end)"
            return "the preview planned route \(index) as \(have), a plan from scratch as \(should)"
        }
        if plan.outputPaths != fresh.outputPaths { return "the preview claimed other paths than a plan from scratch" }
        return nil
    }

    /// Every file the preview serves, deferred ones rendered.
    static func served(_ result: PreviewSession.Result) throws -> [String: [UInt8]] {
        guard var files = result.tree?.files else { throw CocoaError(.fileNoSuchFile) }
        for path in result.deferred?.paths ?? [] {
            guard let bytes = result.deferred?.bytes(at: path) else { throw CocoaError(.fileReadUnknown) }
            files[path] = bytes
        }
        return files
    }

    /// Every file and folder below a folder: a file's path → its bytes, a folder's path
    /// (ending in `/`) → nil. Empty when the folder does not exist.
    static func tree(_ folder: URL) throws -> [String: [UInt8]?] {
        var out: [String: [UInt8]?] = [:]
        for entry in try FolderEntries.all(below: folder) {
            switch entry.kind {
            case .folder: out[entry.path + "/"] = .some(nil)
            case .file: out[entry.path] = Array(try Data(contentsOf: entry.url))
            case .other: out[entry.path] = Array("(neither a file nor a folder)".utf8)
            }
        }
        return out
    }

    /// The paths missing, extra or with other bytes in `actual`, or nil when it is `expected`.
    static func difference(_ actual: [String: [UInt8]?], _ expected: [String: [UInt8]?]) -> String? {
        let missing = Set(expected.keys).subtracting(actual.keys).sorted()
        let extra = Set(actual.keys).subtracting(expected.keys).sorted()
        let changed = Set(actual.keys).intersection(expected.keys).filter { actual[$0]! != expected[$0]! }.sorted()
        guard !(missing.isEmpty && extra.isEmpty && changed.isEmpty) else { return nil }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("missing \(missing)") }
        if !extra.isEmpty { parts.append("extra \(extra)") }
        if !changed.isEmpty { parts.append("other bytes in \(changed)") }
        if let first = changed.first, let a = actual[first]!, let e = expected[first]! {
            parts.append(Self.firstDifferentLine(in: a, from: e, path: first))
        }
        return parts.joined(separator: "; ")
    }

    static func firstDifferentLine(in actual: [UInt8], from expected: [UInt8], path: String) -> String {
        let a = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let e = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        let got = line < a.count ? String(a[line].prefix(300)) : "(end)"
        let want = line < e.count ? String(e[line].prefix(300)) : "(end)"
        return "\(path) line \(line + 1): got \(got) — a fresh build has \(want)"
    }
}
