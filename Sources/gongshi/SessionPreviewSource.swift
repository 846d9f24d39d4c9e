import Foundation
import GongshiBuild
import GongshiModel
import GongshiServe

/// The preview's builder: a `PreviewSession`, which keeps the last site in memory and renders
/// only what a change touches, worded for the server.
struct SessionPreviewSource: PreviewSource {
    let session: PreviewSession
    let pathPrefix: String
    let language: Language

    init(options: SiteOptions, baseURL: String, includeDrafts: Bool, language: Language) {
        self.language = language
        session = PreviewSession(
            siteDirectory: options.siteURL, asOf: options.asOf.flatMap { LocalDate(iso: $0) },
            includeDrafts: includeDrafts, baseURL: baseURL)
        pathPrefix = options.pathPrefix
    }

    func rebuild(changed: Set<String>?) async -> PreviewResult {
        // On a thread of its own: a rebuild blocks for as long as it takes (seconds for the
        // first), and the concurrency pool's few threads go on answering requests meanwhile.
        let result = await withCheckedContinuation { done in
            Thread { [session] in done.resume(returning: session.rebuild()) }.start()
        }
        let report = DiagnosticReport(
            diagnostics: result.diagnostics, fileCount: result.contentFileCount, language: language)
        guard let tree = result.tree else {
            return .failed(diagnostics: report.lines(colour: false, pathPrefix: pathPrefix), summary: report.summary)
        }
        let stages = result.stages.map {
            "\(CommandText.stageName($0.name, in: language)) \(Int($0.seconds * 1000)) ms"
        }
        .joined(separator: language == .zhHans ? "，" : ", ")
        return .built(
            tree, changedPaths: result.changedPaths, summary: report.summary + " (\(stages))",
            warnings: report.lines(colour: false, pathPrefix: pathPrefix), deferred: result.deferred)
    }
}
