import ArgumentParser
import Foundation
import GongshiLoad
import GongshiModel
import GongshiPublish
import GongshiRender

/// `gongshi build`: check, render every page and publish the site atomically.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the public website into public/ (only when the content checks clean).",
        discussion: "The previous output stays untouched until the new one is complete; a failed build changes nothing."
    )

    @OptionGroup var options: SiteOptions

    @Option(help: "The output folder (default: public/ inside the site folder).")
    var output: String?

    @Flag(help: "Include pages and notes marked draft.")
    var drafts = false

    @Option(help: "Publish for this address instead of site.yaml's base_url.")
    var baseURL: String?

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError("--base-url '\(baseURL)' should start with https:// or http://")
        }
    }

    func run() throws {
        let started = Date()
        let asOf = options.asOf.flatMap { LocalDate(iso: $0) }
        let checked = SiteCheck.run(siteDirectory: options.siteURL, asOf: asOf)
        var diagnostics = checked.diagnostics
        var published: AtomicPublisher.Summary?
        if diagnostics.errorCount == 0, let site = checked.site {
            let (theme, themeProblems) = Theme.compile(
                Theme.files(siteDirectory: options.siteURL), language: site.settings.language)
            diagnostics += themeProblems
            if let theme {
                let today = options.today(offset: site.settings.offset)
                let (tree, buildProblems) = SiteBuilder.build(
                    site, theme: theme, media: readMedia(checked.mediaFiles),
                    options: .init(
                        today: today, includeDrafts: drafts, baseURL: baseURL,
                        outputLabel: output.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? "public"))
                diagnostics += buildProblems
                if let tree {
                    do throws(AtomicPublisher.Failure) {
                        published = try AtomicPublisher.publish(tree, to: outputURL)
                    } catch {
                        FileHandleOutput.standardError("error: \(error.description)")
                        throw ExitCode.failure
                    }
                }
            }
        }
        let report = DiagnosticReport(diagnostics: diagnostics, fileCount: checked.fileCount)
        for line in report.lines(
            colour: FileHandleOutput.standardOutputIsColourTerminal, pathPrefix: options.pathPrefix)
        {
            FileHandleOutput.standardOutput(line)
        }
        guard let published else {
            FileHandleOutput.standardOutput(report.summary + "; nothing was published")
            throw ExitCode.failure
        }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        FileHandleOutput.standardOutput(
            "built \(published.fileCount) files (\(published.byteCount / 1024) KB) into \(output ?? options.pathPrefix + "public") "
                + "in \(seconds) s: \(published.writtenCount) written, \(published.unchangedCount) unchanged")
    }

    var outputURL: URL {
        output.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? options.siteURL.appendingPathComponent("public")
    }

    /// The bytes of `content/media/` files, keyed by their path under `media/`.
    func readMedia(_ paths: [String]) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for path in paths {
            if let data = FileManager.default.contents(atPath: options.siteURL.appendingPathComponent(path).path) {
                out[String(path.dropFirst("content/media/".count))] = Array(data)
            }
        }
        return out
    }
}
