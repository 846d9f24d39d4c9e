import ArgumentParser
import Foundation
import GongshiModel
import GongshiPublish

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

    @Flag(name: .shortAndLong, help: "Print only problems; no progress and no summary line.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print the time each stage took and how many pages were rendered.")
    var verbose = false

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError("--base-url '\(baseURL)' should start with https:// or http://")
        }
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    func run() throws {
        let started = DispatchTime.now().uptimeNanoseconds
        let progressLine = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) == 1)
        let report = SiteBuild.run(
            .init(
                siteDirectory: options.siteURL, output: outputURL, asOf: options.asOf.flatMap { LocalDate(iso: $0) },
                includeDrafts: drafts, baseURL: baseURL,
                outputLabel: output.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? "public"),
            progress: progressLine.show)
        progressLine.clear()
        let problems = DiagnosticReport(diagnostics: report.diagnostics, fileCount: report.contentFileCount)
        for line in problems.lines(
            colour: FileHandleOutput.standardOutputIsColourTerminal, pathPrefix: options.pathPrefix)
        {
            FileHandleOutput.standardOutput(line)
        }
        if let failure = report.publishFailure {
            FileHandleOutput.standardError("error: \(failure)")
            throw ExitCode.failure
        }
        guard report.published else {
            FileHandleOutput.standardOutput(problems.summary + "; nothing was published")
            throw ExitCode.failure
        }
        if verbose {
            for stage in report.stages {
                FileHandleOutput.standardOutput(
                    "  " + stage.name.padding(toLength: 17, withPad: " ", startingAt: 0)
                        + String(format: "%6.2f s", stage.seconds))
            }
            FileHandleOutput.standardOutput("  rendered \(report.renderedCount) of \(report.fileCount) files")
        }
        guard !quiet else { return }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        FileHandleOutput.standardOutput(
            "built \(report.fileCount.grouped) files (\(megabytes(report.byteCount)) MB) into "
                + "\(output ?? options.pathPrefix + "public") in \(String(format: "%.1f", seconds)) s: "
                + (report.upToDate
                    ? "nothing changed"
                    : "\(report.writtenCount.grouped) written, \(report.unchangedCount.grouped) unchanged"))
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
    private let lock = NSLock()
    private var lastDrawn: UInt64 = 0
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func show(_ progress: SiteBuild.Progress) {
        guard enabled else { return }
        lock.withLock {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now - lastDrawn > 100_000_000 || progress.done == progress.total else { return }
            lastDrawn = now
            drawn = true
            let text =
                progress.done == 0
                ? "\(progress.stage) \(progress.total.grouped) files…"
                : "\(progress.stage) \(progress.done.grouped) / \(progress.total.grouped)"
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
        }
    }

    func clear() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}

extension Int {
    /// With thousands separators: 31,204.
    var grouped: String {
        let digits = String(magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (self < 0 ? "-" : "") + out
    }
}
