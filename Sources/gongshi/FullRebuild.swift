import Foundation
import GongshiLoad
import GongshiModel
import GongshiPublish
import GongshiRender
import GongshiServe

/// The preview's builder until an incremental one replaces it: on every change it does all that
/// `gongshi build` does short of publishing, in memory, and compares the tree with the last one.
struct FullRebuild: PreviewBuilder {
    let options: SiteOptions
    /// The preview's address (`http://127.0.0.1:8080/yanglao/`), so links stay in the preview.
    let baseURL: String
    let includeDrafts: Bool
    private let previous = PreviousTree()

    init(options: SiteOptions, baseURL: String, includeDrafts: Bool) {
        self.options = options
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
    }

    func rebuild(changed: Set<String>?) async -> PreviewBuild {
        let (tree, diagnostics, fileCount) = build()
        let report = DiagnosticReport(diagnostics: diagnostics, fileCount: fileCount)
        guard let tree, diagnostics.errorCount == 0 else {
            return .failed(
                diagnostics: report.lines(colour: false, pathPrefix: options.pathPrefix), summary: report.summary)
        }
        return .built(tree, changedPaths: await previous.replace(with: tree), summary: report.summary)
    }

    /// Check, theme and render, as Build.run does; the tree is nil when anything failed.
    private func build() -> (OutputTree?, [Diagnostic], fileCount: Int) {
        let checked = SiteCheck.run(siteDirectory: options.siteURL, asOf: options.asOf.flatMap { LocalDate(iso: $0) })
        guard checked.diagnostics.errorCount == 0, let site = checked.site else {
            return (nil, checked.diagnostics, checked.fileCount)
        }
        let (theme, themeProblems) = Theme.compile(
            Theme.files(siteDirectory: options.siteURL), language: site.settings.language)
        guard let theme else { return (nil, checked.diagnostics + themeProblems, checked.fileCount) }
        let (tree, buildProblems) = SiteBuilder.build(
            site, theme: theme, media: readMedia(checked.mediaFiles),
            options: .init(
                today: options.today(offset: site.settings.offset), includeDrafts: includeDrafts, baseURL: baseURL))
        return (tree, checked.diagnostics + themeProblems + buildProblems, checked.fileCount)
    }

    /// The bytes of `content/media/` files, keyed by their path under `media/`.
    private func readMedia(_ paths: [String]) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for path in paths {
            if let data = FileManager.default.contents(atPath: options.siteURL.appendingPathComponent(path).path) {
                out[String(path.dropFirst("content/media/".count))] = Array(data)
            }
        }
        return out
    }
}

/// The last good tree, to tell which output files a rebuild changed.
private actor PreviousTree {
    private var files: [String: [UInt8]] = [:]

    /// The paths added, removed or given other bytes, in byte order.
    func replace(with tree: OutputTree) -> [String] {
        let changed =
            tree.files.filter { files[$0.key] != $0.value }.map(\.key)
            + files.keys.filter { tree.files[$0] == nil }
        files = tree.files
        return changed.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
