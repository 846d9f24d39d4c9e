import ArgumentParser
import Foundation
import GongshiBuild
import GongshiModel

/// `gongshi build`: check, render every page and publish the site atomically.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the public website into public/ (only when the content checks clean).",
        discussion: """
            The previous output stays untouched until the new one is complete; a failed build changes nothing. \
            Only pages whose records changed are rendered again, and files whose bytes are unchanged are not \
            rewritten.
            """
    )

    @OptionGroup var options: SiteOptions

    @Option(help: "The output folder (default: public/ inside the site folder).")
    var output: String?

    @Flag(help: "Include pages and notes marked draft.")
    var drafts = false

    @Option(help: "Publish for this address instead of site.yaml's base_url.")
    var baseURL: String?

    @Flag(help: "Build without the record of changes (data/manifest.json and /changes/), for trial builds and tests.")
    var noRecord = false

    @Flag(name: .shortAndLong, help: "Print only problems; no progress and no summary line.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print the time each stage took and how many pages were rendered.")
    var verbose = false

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw usageError(.badBaseURL(baseURL), options.lang)
        }
        if quiet && verbose { throw usageError(.quietAndVerbose, options.lang) }
    }

    func run() throws {
        let started = DispatchTime.now().uptimeNanoseconds
        let language = options.lang
        let progressLine = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) == 1, language: language)
        let report = SiteBuild.run(
            .init(
                siteDirectory: options.siteURL, output: outputURL, asOf: options.asOf.flatMap { LocalDate(iso: $0) },
                includeDrafts: drafts, baseURL: baseURL,
                outputLabel: output.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? "public",
                record: !noRecord),
            progress: progressLine.show)
        progressLine.clear()
        let problems = DiagnosticReport(
            diagnostics: report.diagnostics, fileCount: report.contentFileCount, language: language)
        for line in problems.lines(
            colour: FileHandleOutput.standardOutputIsColourTerminal, pathPrefix: options.pathPrefix)
        {
            FileHandleOutput.standardOutput(line)
        }
        if let failure = report.publishFailure {
            let wording = Problem.output(failure).wording(in: language)
            let detail = wording.message + (wording.hint.map { language == .zhHans ? "（\($0)）" : " (\($0))" } ?? "")
            FileHandleOutput.standardError(CommandText.publishFailed(detail: detail).wording(in: language))
            throw ExitCode.failure
        }
        guard report.published else {
            FileHandleOutput.standardOutput(
                problems.summary + (language == .zhHans ? "；" : "; ")
                    + CommandText.nothingPublished.wording(in: language))
            throw ExitCode.failure
        }
        if verbose {
            for stage in report.stages {
                FileHandleOutput.standardOutput(
                    "  " + Self.padded(CommandText.stageName(stage.name, in: language), to: 17)
                        + String(format: "%6.2f s", stage.seconds))
            }
            FileHandleOutput.standardOutput(
                "  " + CommandText.rendered(count: report.renderedCount, of: report.fileCount).wording(in: language))
        }
        guard !quiet else { return }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        FileHandleOutput.standardOutput(
            CommandText.built(
                files: report.fileCount, megabytes: megabytes(report.byteCount),
                into: output ?? options.pathPrefix + "public", seconds: String(format: "%.1f", seconds),
                written: report.upToDate ? nil : report.writtenCount, unchanged: report.unchangedCount
            ).wording(in: language))
    }

    var outputURL: URL {
        output.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? options.siteURL.appendingPathComponent("public")
    }

    func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }
}

/// A one-line progress display on a terminal ("rendering 12,000 / 29,172"), redrawn in
/// place on standard error, at most ten times a second.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let language: Language
    private let lock = NSLock()
    private var lastDrawn: UInt64 = 0
    private var drawn = false

    init(enabled: Bool, language: Language) {
        self.enabled = enabled
        self.language = language
    }

    func show(_ progress: SiteBuild.Progress) {
        guard enabled else { return }
        lock.withLock {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now - lastDrawn > 100_000_000 || progress.done == progress.total else { return }
            lastDrawn = now
            drawn = true
            let text =
                progress.done == 0
                ? CommandText.progressStarting(stage: progress.stage, total: progress.total).wording(in: language)
                : CommandText.progress(stage: progress.stage, done: progress.done, total: progress.total)
                    .wording(in: language)
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
        }
    }

    func clear() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}

extension Build {
    /// Text padded with spaces to a width in terminal columns: a Chinese character takes two.
    static func padded(_ text: String, to width: Int) -> String {
        let used = text.unicodeScalars.reduce(0) { $0 + ($1.properties.isIdeographic ? 2 : 1) }
        return text + String(repeating: " ", count: max(1, width - used))
    }
}
