import Foundation
import GongshiLoad
import GongshiModel
import GongshiRender
import GongshiReports
import GongshiSite

/// One run of `gongshi build`: read → load (parse, resolve, check) → plan → render and write
/// → publish, skipping what the previous build's state shows to be current: nothing at all
/// when no input changed, and every route that reads no changed record otherwise.
public enum SiteBuild {
    public struct Request: Sendable {
        public var siteDirectory: URL
        public var output: URL
        public var asOf: LocalDate?
        public var includeDrafts: Bool
        public var baseURL: String?
        /// How diagnostics name the output folder.
        public var outputLabel: String
        /// Whether the build keeps the change record (`data/manifest.json`, `/changes/`);
        /// `--no-record` builds without it, for previews and tests.
        public var record: Bool

        public init(
            siteDirectory: URL, output: URL, asOf: LocalDate? = nil, includeDrafts: Bool = false,
            baseURL: String? = nil, outputLabel: String = "public", record: Bool = true
        ) {
            self.siteDirectory = siteDirectory
            self.output = output
            self.asOf = asOf
            self.includeDrafts = includeDrafts
            self.baseURL = baseURL
            self.outputLabel = outputLabel
            self.record = record
        }
    }

    /// What a build did, for the summary line and `--verbose`.
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic] = []
        /// The content files read; nil when the build stopped before reading them.
        public var contentFileCount: Int?
        /// Set when the new tree was published (or was already current).
        public var published = false
        /// Nothing had changed since the last build: no file was touched.
        public var upToDate = false
        public var fileCount = 0
        public var byteCount = 0
        public var renderedCount = 0
        public var writtenCount = 0
        public var unchangedCount: Int { fileCount - writtenCount }
        /// Seconds spent in each stage, in order.
        public var stages: [(name: String, seconds: Double)] = []
        /// A failure to write the output (not a content problem).
        public var publishFailure: OutputProblem?
    }

    /// Where a long build is, for a progress line.
    public struct Progress: Sendable {
        public var stage: String
        public var done: Int
        public var total: Int
    }

    public static func run(_ request: Request, progress: @escaping @Sendable (Progress) -> Void = { _ in }) -> Report {
        var report = Report()
        var clock = StageClock()
        let (files, scanProblems) = SiteLoader.scan(siteDirectory: request.siteDirectory)
        let themeFiles = Theme.files(siteDirectory: request.siteDirectory)
        let inputs = fingerprints(files, themeFiles, siteDirectory: request.siteDirectory)
        let previous = BuildState.read(for: request.output)
        let program = BuildState.programIdentity
        report.stages.append(("read", clock.lap()))

        // Without the record, whether it would end is one look; with it, the record is read
        // only when something changed (an output intact as the last build left it was readable).
        if !request.record, case .failure(let problem) = ChangeRecordCheck.previousPublication(in: request) {
            report.diagnostics = [problem]
            return report
        }
        let recorded = previous?.recorded ?? false
        if let previous, previous.program == program, previous.inputs == inputs, recorded == request.record,
            previous.includeDrafts == request.includeDrafts, previous.baseURL == request.baseURL,
            previous.today == UTCOffset(minutes: previous.offsetMinutes).today(asOf: request.asOf).description,
            previous.outputsIntact(in: request.output)
        {
            // What a build killed after its swap left is tidied even when nothing changed.
            StagedOutput.removeLeftovers(of: request.output.standardizedFileURL)
            report.diagnostics = previous.diagnostics
            report.contentFileCount = previous.contentFileCount
            (report.published, report.upToDate) = (true, true)
            (report.fileCount, report.byteCount) = (previous.fileCount, previous.byteCount)
            report.stages.append(("compare", clock.lap()))
            return report
        }

        // The last publication (its 16 MB manifest at prefecture scale) is read on another
        // thread while the content loads; the plan waits for it.
        let publication = BackgroundWork {
            ChangeRecordCheck.previousPublication(in: request).map {
                PreparedSite.Publication(previous: $0, feeds: FeedHistory.read(publishedIn: request.output))
            }
        }

        progress(Progress(stage: "loading", done: 0, total: files.count))
        var settings = PreparedSite.Settings(
            siteDirectory: request.siteDirectory, asOf: request.asOf, includeDrafts: request.includeDrafts,
            baseURL: request.baseURL, outputLabel: request.outputLabel)
        settings.publication = publication
        let prepared = PreparedSite(
            files: files, scanProblems: scanProblems, themeFiles: themeFiles, settings: settings
        ) { Theme.compile(themeFiles, language: $0) }
        // A record that cannot be read stops the build before anything about the content is said.
        if case .failure(let problem) = publication.value() {
            report.diagnostics = [problem]
            return report
        }
        report.diagnostics = prepared.diagnostics
        report.contentFileCount = prepared.contentFileCount
        report.stages += prepared.stages
        guard let ready = prepared.ready else { return report }
        let (plan, keys, today) = (ready.plan, ready.keys, ready.today)
        let dirty = previous?.changedKeys(
            inputs: inputs, keys: keys,
            sameSettings: previous?.program == program && recorded == request.record
                && previous?.includeDrafts == request.includeDrafts
                && previous?.baseURL == request.baseURL && previous?.today == today.description)
        clock = StageClock()

        let staged: StagedOutput
        do throws(PublishFailure) {
            staged = try StagedOutput(replacing: request.output, paths: plan.outputPaths)
        } catch {
            report.publishFailure = error.problem
            return report
        }
        report.stages.append(("stage", clock.lap()))
        let base = request.output.standardizedFileURL.path + "/"
        let change = dirty.map(ChangedFacts.init)
        let isCurrent: @Sendable (Route) -> Bool = { route in
            guard let change, !change.isRead(by: route), let stamp = previous?.outputs[route.path]
            else { return false }
            return FileStamp(path: base + route.path) == stamp
        }
        let total = plan.routes.count
        let counter = ProgressCounter()
        let knownDigests = previous?.digests ?? [:]
        let fileDone: @Sendable () -> Void = {
            let done = counter.increment()
            if done % 500 == 0 || done == total { progress(Progress(stage: "rendering", done: done, total: total)) }
        }
        let outcome = RenderStage.run(
            plan, output: staged, isCurrent: isCurrent, knownDigest: { knownDigests[$0] }, progress: fileDone)
        // In reading order, as `check` prints them.
        report.diagnostics = (report.diagnostics + outcome.diagnostics).sortedForReading(fileOrder: prepared.fileOrder)
        report.stages.append(("render and write", clock.lap()))
        guard outcome.diagnostics.errorCount == 0 else {
            staged.discard()
            return report
        }
        do throws(PublishFailure) {
            try staged.commit(removed: previous?.outputs.keys.filter { !plan.outputPaths.contains($0) } ?? [])
        } catch {
            staged.discard()
            report.publishFailure = error.problem
            return report
        }
        report.published = true
        report.fileCount = outcome.fileCount
        report.byteCount = outcome.byteCount
        report.renderedCount = outcome.renderedCount
        report.writtenCount = outcome.writtenCount
        report.stages.append(("publish", clock.lap()))

        let outputs = Array(plan.outputPaths).parallelMap { path in (path, FileStamp(path: base + path)) }
        BuildState(
            program: program, today: today.description, offsetMinutes: plan.context.site.settings.offset.minutes,
            includeDrafts: request.includeDrafts, baseURL: request.baseURL, inputs: inputs,
            keys: keys.mapValues { $0.map(\.code).sorted() },
            outputs: Dictionary(uniqueKeysWithValues: outputs.compactMap { path, stamp in stamp.map { (path, $0) } }),
            diagnostics: report.diagnostics, fileCount: report.fileCount, byteCount: report.byteCount,
            contentFileCount: report.contentFileCount ?? 0, recorded: request.record,
            digests: request.record ? outcome.digests : nil
        ).write(for: request.output)
        report.stages.append(("save state", clock.lap()))
        return report
    }

    /// A digest of every input by site-relative path: content files by their bytes, media by
    /// their stamps (photos are large and rarely change), site templates by their text.
    static func fingerprints(
        _ files: [ContentFile], _ theme: [String: ThemeFile], siteDirectory: URL, known: DigestCache? = nil
    ) -> [String: String] {
        var out: [String: String] = [:]
        let base = siteDirectory.standardizedFileURL.path + "/"
        let digests = files.parallelMap { file -> (String, String) in
            if file.path.hasPrefix("content/media/") {
                let stamp = FileStamp(path: base + file.path)
                return (file.path, stamp.map { "\($0.size)-\($0.seconds).\($0.nanoseconds)" } ?? "missing")
            }
            return (file.path, known?.digest(of: file) ?? BuildState.digest(file.bytes))
        }
        for (path, digest) in digests { out[path] = digest }
        for file in theme.values {
            if let origin = file.origin { out[origin] = BuildState.digest(Array(file.text.utf8)) }
        }
        return out
    }

    /// The site's own template files by site-relative path (the built-in theme is ours, and
    /// carries no personal data), for the privacy gate.
    static func siteTemplates(_ files: [String: ThemeFile]) -> [String: String] {
        Dictionary(
            files.values.compactMap { file in file.origin.map { ($0, file.text) } }, uniquingKeysWith: { a, _ in a })
    }

    /// The bytes of `content/media/` files, keyed by their path under `media/`.
    static func readMedia(_ paths: [String], siteDirectory: URL) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for path in paths {
            if let data = FileManager.default.contents(atPath: siteDirectory.appendingPathComponent(path).path) {
                out[String(path.dropFirst("content/media/".count))] = Array(data)
            }
        }
        return out
    }
}

/// Digests of content files by path, reused while a file's bytes stay the same (a preview
/// reads every file again on each change, but few of them changed).
final class DigestCache: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: (bytes: [UInt8], digest: String)] = [:]

    func digest(of file: ContentFile) -> String {
        if let entry = lock.withLock({ known[file.path] }), entry.bytes == file.bytes { return entry.digest }
        let digest = BuildState.digest(file.bytes)
        lock.withLock { known[file.path] = (file.bytes, digest) }
        return digest
    }
}

/// Measures stages one after another.
struct StageClock {
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }
}

/// A count shared by the render threads.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() -> Int {
        lock.withLock {
            count += 1
            return count
        }
    }
}

/// What a build's request means for the change record in its output folder.
enum ChangeRecordCheck {
    /// The record to append to (none for `--no-record`), or why the build must stop: the
    /// record there cannot be read, or `--no-record` would end it.
    static func previousPublication(in request: SiteBuild.Request) -> Result<PreviousPublication?, Diagnostic> {
        let place = { (path: String) in SourceLocation.file(request.outputLabel + "/" + path) }
        guard request.record else {
            let history = request.output.appendingPathComponent(ChangeRecord.historyPath).path
            guard FileManager.default.fileExists(atPath: history) else { return .success(nil) }
            return .failure(
                .error(.output(.recordWouldEnd(output: request.outputLabel)), at: place(ChangeRecord.historyPath)))
        }
        do throws(ChangeRecordFailure) {
            return .success(try PreviousPublication.read(publishedIn: request.output))
        } catch {
            let path = request.outputLabel + "/" + error.path
            return .failure(.error(.output(.unreadableChangeRecord(path: path)), at: place(error.path)))
        }
    }
}
