import Foundation
import GongshiLoad
import GongshiModel
import GongshiRender
import GongshiSite

extension SiteBuild {
    /// What `gongshi check` found, in reading order.
    public struct CheckReport: Sendable {
        public var diagnostics: [Diagnostic] = []
        public var contentFileCount = 0
        /// Seconds spent in each stage, in order (`check --verbose`).
        public var stages: [(name: String, seconds: Double)] = []
    }

    /// `gongshi check`: the build with no output. The same stages as `run` — read, load and
    /// check, compile the theme, plan every route, render each and check its links — with
    /// each file dropped as soon as it is made, so whatever `build` can refuse is found here
    /// first, in the same words and at the same place. Where the content has errors no page
    /// can be planned, but the theme and the page bodies are still compiled, so one run
    /// reports every problem it can reach. A site with drafts is rendered with them too, as
    /// `build --drafts` would.
    public static func check(siteDirectory: URL, asOf: LocalDate?) -> CheckReport {
        var clock = StageClock()
        let (files, scanProblems) = SiteLoader.scan(siteDirectory: siteDirectory)
        let themeFiles = Theme.files(siteDirectory: siteDirectory)
        let read = clock.lap()
        let prepared = PreparedSite(
            files: files, scanProblems: scanProblems, themeFiles: themeFiles,
            // Planned with a record of changes that has just begun, as a first build has: a
            // page at /changes/ clashes here as it would there.
            settings: .init(
                siteDirectory: siteDirectory, asOf: asOf, includeDrafts: false, baseURL: nil,
                reservesRecordPaths: true)
        ) { Theme.compile(themeFiles, language: $0) }
        var diagnostics = prepared.diagnostics
        _ = clock.lap()
        if let ready = prepared.ready {
            diagnostics += RenderStage.run(ready.plan.forChecking, output: DiscardedOutput()).diagnostics
            let site = ready.plan.context.site
            if site.pages.contains(where: \.isDraft) || site.bulletinNotes.contains(where: \.isDraft) {
                let withDrafts = ready.planWithDrafts
                diagnostics += RenderStage.run(withDrafts.forChecking, output: DiscardedOutput()).diagnostics
            }
        } else if let site = prepared.site {
            if !prepared.compiledTheme { diagnostics += Theme.compile(themeFiles, language: site.settings.language).1 }
            diagnostics += site.pages.compactMap { page in
                guard case .failure(let problem) = Theme.compileBody(page.body, at: page.bodyLocation) else {
                    return nil
                }
                return problem.diagnostic
            }
        }
        let render = clock.lap()
        var seen = Set<Diagnostic>()
        let report = CheckReport(
            diagnostics: diagnostics.filter { seen.insert($0).inserted }.sortedForReading(
                fileOrder: prepared.fileOrder),
            contentFileCount: prepared.contentFileCount,
            stages: [("read", read)] + prepared.stages + (prepared.ready == nil ? [] : [("render", render)]))
        // Freeing every record and route of a large site takes a thread some 40 ms, which the
        // report need not wait for: the last reference is handed to another thread.
        DispatchQueue.global(qos: .utility).async { [prepared] in withExtendedLifetime(prepared) {} }
        _ = consume prepared
        return report
    }
}

extension BuildPlan {
    /// The plan as `check` renders it: what a build could refuse, and nothing else. A page
    /// made of typed facts by the program's own theme can only fail through a missing layout,
    /// which is looked for without rendering; Markdown fields are rendered alone for their
    /// links; page and bulletin bodies, and every page when the site has templates of its
    /// own, are rendered in full. Every output path stays planned, so links are checked
    /// against the whole site.
    var forChecking: BuildPlan {
        guard !theme.hasSiteMarkup else { return self }
        var plan = self
        plan.routes = routes.compactMap { route -> Route? in
            guard let layout = route.layout else { return route.path.hasSuffix(".html") ? route : nil }
            switch route.contentMarkup {
            case .template:
                return route
            case .none where theme.layoutNames.contains(layout):
                return nil
            case .none, .markdown:
                return route.renderingOnly(route.contentMarkup.markdownTexts)
            }
        }
        return plan
    }
}

extension ContentMarkup {
    var markdownTexts: [String] {
        if case .markdown(let texts) = self { return texts }
        return []
    }
}

extension Route {
    /// The route with its Markdown fields for its whole page, after its layout is looked
    /// for: what the link check of its page would see of the content.
    func renderingOnly(_ markdown: [String]) -> Route {
        var route = Route(
            address, lastModified: lastModified, reads: reads, source: source
        ) { [layout] c, theme throws(RenderFailure) in
            if let layout, let missing = Route.missingLayout(layout, in: theme) { throw missing }
            let allowRawHTML = c.site.settings.allowRawHTML
            return Array(markdown.map { Markdown.html($0, allowRawHTML: allowRawHTML) }.joined().utf8)
        }
        route.layout = layout
        return route
    }
}

/// An output that keeps nothing: what `check` renders into.
struct DiscardedOutput: BuildOutput {
    func put(_ path: String, _ bytes: [UInt8]) throws(PublishFailure) -> Bool { false }
    func keep(_ path: String) -> Int? { nil }
}
