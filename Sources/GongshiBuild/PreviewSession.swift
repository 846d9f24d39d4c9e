import Foundation
import GongshiLoad
import GongshiModel
import GongshiRender
import GongshiSite

/// The preview's builder: keeps the last good site in memory and, on a change, parses only
/// the changed files and renders only the routes that read changed records (everything when
/// settings, regions, pages or templates change). Nothing is written to disk.
public final class PreviewSession: @unchecked Sendable {
    public struct Result: Sendable {
        /// The whole current tree, or nil when the build failed.
        public var tree: OutputTree?
        /// Output paths added, removed or given other bytes.
        public var changedPaths: [String]
        public var diagnostics: [Diagnostic]
        public var contentFileCount: Int
        public var renderedCount: Int
        /// Routes left out of the tree, rendered when first asked for.
        public var deferred: DeferredRoutes?
        /// Seconds spent in each stage, in order.
        public var stages: [(name: String, seconds: Double)] = []
        /// The plan the tree was made from, and the paths rendered this time (what a change touched).
        var plan: BuildPlan?
        var renderedPaths: [String] = []
    }

    private let siteDirectory: URL
    private let asOf: LocalDate?
    private let includeDrafts: Bool
    private let baseURL: String?
    private let parseCache = ParseCache()
    private let digests = DigestCache()
    private let qrCodes = MadeOnce<String, QRCode>()
    private let lock = NSLock()
    private var theme: (key: [String], compiled: Theme)?
    private var last: LastBuild?

    /// The last good build: what it served and what it was made from.
    private struct LastBuild {
        var tree: OutputTree
        var inputs: [String: String]
        var site: Site
        var routes: RecordRoutes
        var today: LocalDate
    }

    public init(siteDirectory: URL, asOf: LocalDate?, includeDrafts: Bool, baseURL: String?) {
        self.siteDirectory = siteDirectory
        self.asOf = asOf
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
    }

    /// Builds again from what is on disk now. Rebuilds run one at a time.
    public func rebuild() -> Result {
        lock.withLock { rebuildLocked() }
    }

    private func rebuildLocked() -> Result {
        var clock = StageClock()
        let (files, scanProblems) = SiteLoader.scan(siteDirectory: siteDirectory)
        let themeFiles = Theme.files(siteDirectory: siteDirectory)
        let inputs = SiteBuild.fingerprints(files, themeFiles, siteDirectory: siteDirectory, known: digests)
        let read = clock.lap()
        var settings = PreparedSite.Settings(
            siteDirectory: siteDirectory, asOf: asOf, includeDrafts: includeDrafts, baseURL: baseURL,
            checksWeChatLimits: false)
        settings.qrCodes = qrCodes
        settings.previous = last.map { last in
            let changed = Set(last.inputs.keys).union(inputs.keys).filter { last.inputs[$0] != inputs[$0] }
            return .init(site: last.site, today: last.today, routes: last.routes, changedFiles: changed)
        }
        let prepared = PreparedSite(
            files: files, scanProblems: scanProblems, themeFiles: themeFiles, settings: settings,
            parseCache: parseCache
        ) { compileTheme(themeFiles, inputs: inputs, language: $0) }
        var result = Result(
            tree: nil, changedPaths: [], diagnostics: prepared.diagnostics, contentFileCount: prepared.contentFileCount,
            renderedCount: 0, deferred: nil, stages: [("read", read)] + prepared.stages)
        guard let ready = prepared.ready else { return result }
        let plan = ready.plan
        clock = StageClock()
        var eager = plan
        var later: [Route] = []
        if let dirty = ready.dirty, let renewed = plan.renewedRoutes, let previous = last?.tree {
            // After an edit of records, only routes that name what they read are rendered now,
            // and of those only the ones this plan made anew that read a changed fact (or are
            // new); every other keeps its last bytes. The rest wait until they are asked for.
            let change = ChangedFacts(dirty)
            eager.routes = renewed.filter { route in
                guard route.reads != nil else { return false }
                return change.isRead(by: route) || previous.files[route.path] == nil
            }
            later = plan.routes.filter { $0.reads == nil }
        }
        let output = MemoryOutput(previous: last?.tree)
        let outcome = RenderStage.run(eager, output: output)
        result.diagnostics += outcome.diagnostics
        guard outcome.diagnostics.errorCount == 0 else { return result }
        result.stages.append(("render", clock.lap()))
        let laterPaths = Set(later.map(\.path))
        let removed = Self.removeStale(from: output, plan: plan, later: laterPaths)
        let tree = output.tree
        result.changedPaths = Set(output.writtenPaths).union(removed).union(laterPaths).sorted {
            $0.utf8.lexicographicallyPrecedes($1.utf8)
        }
        result.tree = tree
        result.deferred = later.isEmpty ? nil : DeferredRoutes(later, plan: plan)
        result.renderedCount = outcome.renderedCount
        result.plan = plan
        result.renderedPaths = eager.routes.map(\.path)
        last = LastBuild(
            tree: tree, inputs: inputs, site: plan.context.site, routes: plan.recordRoutes, today: ready.today)
        result.stages.append(("finish", clock.lap()))
        return result
    }

    /// Takes out of the new tree what the last one had and the plan makes no more, or leaves
    /// for later; the paths taken out. The tree holds every file the plan renders now (each
    /// kept or rendered), so when, less the deferred ones, it holds no more than those, there
    /// is nothing else to look for.
    private static func removeStale(from output: MemoryOutput, plan: BuildPlan, later: Set<String>) -> [String] {
        var removed = output.removeFiles(at: later)
        let made = plan.outputPaths.count - later.count
        if output.fileCount > made {
            removed += output.removeFiles { !plan.outputPaths.contains($0) }
        }
        return removed
    }

    /// The theme compiled last time while its files and the language stay the same.
    private func compileTheme(_ files: [String: ThemeFile], inputs: [String: String], language: SiteLanguage) -> (
        Theme?, [Diagnostic]
    ) {
        // Paths as well as digests: a file renamed with its text unchanged is another theme.
        let key =
            inputs.filter { $0.key.hasPrefix("templates/") }.sorted { $0.key < $1.key }.map { $0.key + " " + $0.value }
            + [language.rawValue]
        if let theme, theme.key == key { return (theme.compiled, []) }
        let (compiled, problems) = Theme.compile(files, language: language)
        theme = compiled.map { (key, $0) }
        return (compiled, problems)
    }
}

/// Routes a preview renders only when a reader asks for them: after an edit, the lists, feeds,
/// open data and reports (routes that read the whole site) wait until they are opened, so the
/// edited record's own pages show at once.
public final class DeferredRoutes: @unchecked Sendable {
    private let routes: [String: Route]
    private let context: PageContext
    private let theme: Theme
    private let lock = NSLock()
    private var rendered: [String: [UInt8]] = [:]

    init(_ routes: [Route], plan: BuildPlan) {
        self.routes = Dictionary(routes.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        context = plan.context
        theme = plan.theme
    }

    public var paths: Set<String> { Set(routes.keys) }

    /// The file at a path, rendered on first use; nil when no deferred route has that path or
    /// it fails to render (a full build reports why).
    public func bytes(at path: String) -> [UInt8]? {
        guard let route = routes[path] else { return nil }
        if let done = lock.withLock({ rendered[path] }) { return done }
        guard let bytes = try? route.render(context, theme) else { return nil }
        lock.withLock { rendered[path] = bytes }
        return bytes
    }
}
