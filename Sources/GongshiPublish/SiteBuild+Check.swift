import Foundation
import GongshiLoad
import GongshiModel
import GongshiRender

extension SiteBuild {
    /// What `gongshi check` found, in reading order.
    public struct CheckReport: Sendable {
        public var diagnostics: [Diagnostic] = []
        public var contentFileCount = 0
    }

    /// `gongshi check`: the build with no output. The same stages as `run` — read, load and
    /// check, compile the theme, plan every route, render each and check its links — with
    /// each file dropped as soon as it is made, so whatever `build` can refuse is found here
    /// first, in the same words and at the same place. Where the content has errors no page
    /// can be planned, but the theme and the page bodies are still compiled, so one run
    /// reports every problem it can reach. A site with drafts is rendered with them too, as
    /// `build --drafts` would.
    public static func check(siteDirectory: URL, asOf: LocalDate?) -> CheckReport {
        let (files, scanProblems) = SiteLoader.scan(siteDirectory: siteDirectory)
        let themeFiles = Theme.files(siteDirectory: siteDirectory)
        let prepared = PreparedBuild(
            files: files, scanProblems: scanProblems, themeFiles: themeFiles,
            settings: .init(siteDirectory: siteDirectory, asOf: asOf, includeDrafts: false, baseURL: nil)
        ) { Theme.compile(themeFiles, language: $0) }
        var diagnostics = prepared.diagnostics
        if let ready = prepared.ready {
            diagnostics += SiteBuilder.run(ready.plan, output: DiscardedOutput()).diagnostics
            let site = ready.plan.context.site
            if site.pages.contains(where: \.isDraft) || site.bulletinNotes.contains(where: \.isDraft) {
                let withDrafts = ready.planWithDrafts
                diagnostics += SiteBuilder.run(withDrafts, output: DiscardedOutput()).diagnostics
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
        var seen = Set<Diagnostic>()
        return CheckReport(
            diagnostics: diagnostics.filter { seen.insert($0).inserted }.sortedForReading(
                fileOrder: prepared.fileOrder),
            contentFileCount: prepared.contentFileCount)
    }
}

/// An output that keeps nothing: what `check` renders into.
struct DiscardedOutput: BuildOutput {
    func put(_ path: String, _ bytes: [UInt8]) throws(PublishFailure) -> Bool { false }
    func keep(_ path: String) -> Int? { nil }
}
