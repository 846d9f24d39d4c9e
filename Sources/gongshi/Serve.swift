import ArgumentParser
import Foundation
import GongshiLoad
import GongshiModel
import GongshiServe
import GongshiSite

/// `gongshi serve`: preview the site on this machine, rebuilt and reloaded in the browser on
/// every change to content/ or templates/.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site at http://127.0.0.1:8080/, rebuilding and reloading the page on every change.",
        discussion:
            "Only this machine can open the preview. A build error shows in the browser above the last good page."
    )

    @OptionGroup var options: SiteOptions

    @Option(help: "The port on 127.0.0.1 (0: any free port).")
    var port: UInt16 = 8080

    @Flag(help: "Include pages and notes marked draft.")
    var drafts = false

    func run() async throws {
        let basePath = Self.basePath(siteDirectory: options.siteURL)
        let language = options.lang
        let server = try PreviewServer(basePath: basePath, port: port, language: language)
        // Listing the folders before the first build, so edits made during it are not lost.
        let changes = ContentWatcher(siteDirectory: options.siteURL).changes()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            let bound: UInt16
            do {
                bound = try await server.listeningPort()
            } catch {
                FileHandleOutput.standardError(CommandText.cannotListen(port: Int(port)).wording(in: language))
                throw ExitCode.failure
            }
            let address = "http://127.0.0.1:\(bound)\(basePath)"
            let builder = SessionPreviewSource(
                options: options, baseURL: address, includeDrafts: drafts, language: language)
            let folder = options.pathPrefix.isEmpty ? "." : String(options.pathPrefix.dropLast())
            FileHandleOutput.standardOutput(
                CommandText.serving(folder: folder, address: address).wording(in: language))
            await server.follow(changes, with: builder) { build, elapsed in
                Self.report(build, took: elapsed, language: language)
            }
            group.cancelAll()
        }
    }

    /// One line per rebuild; its warnings or a failure's diagnostics first, as `gongshi build`
    /// prints them.
    private static func report(_ build: PreviewResult, took elapsed: Duration, language: Language) {
        let milliseconds = Int(elapsed / .milliseconds(1))
        switch build {
        case .built(_, let changedPaths, let summary, let warnings, _):
            for line in warnings { FileHandleOutput.standardOutput(line) }
            FileHandleOutput.standardOutput(
                CommandText.rebuilt(milliseconds: milliseconds, changed: changedPaths.count, summary: summary)
                    .wording(in: language))
        case .failed(let diagnostics, let summary):
            for line in diagnostics { FileHandleOutput.standardOutput(line) }
            FileHandleOutput.standardOutput(summary)
            let word = CommandText.severity(.error, in: language) + " GS"
            let errors = diagnostics.filter { $0.contains(": \(word)") }.count
            FileHandleOutput.standardOutput(CommandText.buildFailed(errors: errors).wording(in: language))
        }
    }

    /// The path of site.yaml's base_url (`/yanglao/`), read on its own so the server can listen
    /// before the first build; `/` when site.yaml is missing or broken (the build then says why).
    static func basePath(siteDirectory: URL) -> String {
        let url = siteDirectory.appendingPathComponent("content/site.yaml")
        guard let data = FileManager.default.contents(atPath: url.path) else { return "/" }
        let (loaded, _) = SiteLoader.parse(files: [ContentFile(path: "content/site.yaml", bytes: Array(data))])
        return SitePaths(baseURL: loaded.settings?.baseURL ?? "/").basePath
    }
}
