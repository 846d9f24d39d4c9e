import Foundation
import GongshiModel

/// The load stage: reads `content/` and turns each file into typed records, collecting
/// every problem. `parse(files:)` is pure; `load(siteDirectory:)` only adds the disk.
public enum SiteLoader {
    /// Reads every content file under `siteDirectory/content`, in a stable order.
    public static func load(siteDirectory: URL) -> (LoadedSite, [Diagnostic]) {
        let (files, problems) = ContentScanner.scan(siteDirectory: siteDirectory)
        var (site, diagnostics) = parse(files: files)
        diagnostics += problems
        return (site, diagnostics)
    }

    /// Finds and reads the files under `siteDirectory/content` (media files with no bytes).
    public static func scan(siteDirectory: URL) -> ([ContentFile], [Diagnostic]) {
        ContentScanner.scan(siteDirectory: siteDirectory)
    }

    /// Parses files already in memory. site.yaml is read first (its offset types the
    /// activities' times); the record files are then parsed in parallel.
    /// `cache` keeps each file's result for the next call, so that a preview parses only the
    /// files that changed.
    public static func parse(files: [ContentFile], cache: ParseCache? = nil) -> (LoadedSite, [Diagnostic]) {
        var site = LoadedSite()
        var log = LoadLog()
        let ordered = files.sorted { order($0.path) < order($1.path) }
        site.files = ordered.filter { ContentRole.of($0.path) != .media }.map(\.path)
        site.mediaFiles = Set(ordered.filter { ContentRole.of($0.path) == .media }.map(\.path))

        var rules = PrivacyGate.Rules()
        if let settingsFile = ordered.first(where: { ContentRole.of($0.path) == .settings }) {
            if let value = readValue(settingsFile, diagnostics: &log.diagnostics) {
                site.settings = SiteDecoder.decode(value, log: &log)
                rules = PrivacyGate.Rules(
                    allow: site.settings?.privacyAllow ?? [],
                    publicNumbers: [site.settings?.publisher.phone].compactMap { $0 })
                log.diagnostics += PublishedText.problems(in: value, source: source(settingsFile), rules: rules)
            } else {
                log.unreadableFiles.append(settingsFile.path)
            }
        } else {
            log.diagnostics.append(.error(.record(.noSiteFile), at: .file("content/site.yaml")))
        }
        let offset = site.settings?.offset ?? .china
        let work = ordered.filter {
            guard let role = ContentRole.of($0.path) else { return false }
            return role != .settings && role != .media
        }
        let results = work.parallelMap { [rules] file in
            if let kept = cache?.result(for: file, offset: offset, rules: rules) { return kept }
            let result = parseFile(file, offset: offset, rules: rules)
            cache?.keep(result, for: file, offset: offset, rules: rules)
            return result
        }
        for result in results {
            log.append(result.log)
            site.regions += result.site.regions
            site.regionRows += result.site.regionRows
            site.operators += result.site.operators
            site.points += result.site.points
            site.courses += result.site.courses
            site.activities += result.site.activities
            site.pages += result.site.pages
            site.bulletinNotes += result.site.bulletinNotes
        }
        let hasRegionsFile = ordered.contains { ContentRole.of($0.path) == .regions }
        if !hasRegionsFile && site.regionRows.isEmpty {
            log.diagnostics.append(.error(.record(.noRegionsFile), at: .file("content/regions.yaml")))
        }
        if !site.regionRows.isEmpty {
            site.regions = RegionTable.place(site.regionRows, among: site.regions, log: &log)
            site.regionRows = []
        }
        site.declarations = log.declarations
        site.references = log.references
        let texts = Dictionary(ordered.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        for path in log.unreadableFiles {
            guard let kind = ContentRole.of(path)?.declaredKind, let bytes = texts[path] else { continue }
            site.unreadableTexts[kind, default: []].append(String(decoding: bytes, as: UTF8.self))
        }
        return (site, log.diagnostics)
    }

    /// The files SPEC §1 names, in its order: problems with them (even their absence) come first.
    public static let namedFiles = ["content/site.yaml", "content/regions.yaml", "content/operators.yaml"]

    /// Sort key: the files SPEC §1 names first, then a workbook of several kinds, then each
    /// folder's files by path.
    static func order(_ path: String) -> (Int, String) {
        let rank: Int
        switch ContentRole.of(path) {
        case .settings: rank = 0
        case .regions: rank = 1
        case .operators: rank = 2
        case .workbook: rank = 3
        case .points: rank = 4
        case .courses: rank = 5
        case .activities: rank = 6
        case .page: rank = 7
        case .bulletin: rank = 8
        case .media: rank = 9
        case nil: rank = 10
        }
        return (rank, path)
    }

    /// One file's records and problems, the privacy gate's among them.
    static func parseFile(_ file: ContentFile, offset: UTCOffset, rules: PrivacyGate.Rules) -> (
        site: LoadedSite, log: LoadLog
    ) {
        var site = LoadedSite()
        var log = LoadLog()
        // A workbook's cells are their own places; its bytes are no text to search.
        let text = XLSXReader.handles(file.path) ? nil : source(file)
        /// Each of the file's records, seen by the privacy gate first, added to `site` as
        /// the kind `kindOf` gives it (nil: not added).
        func addRecords(_ kindOf: (ContentValue, inout LoadLog) -> LoadLog.RecordKind?) {
            forEachRecord(file, log: &log) { value, log in
                guard let kind = kindOf(value, &log) else { return }
                log.diagnostics += PublishedText.problems(in: value, source: text, rules: rules)
                add(value, as: kind, to: &site, offset: offset, log: &log)
            }
        }
        func gatedMarkdown() -> FrontMatterDocument? {
            guard let doc = readMarkdown(file, diagnostics: &log.diagnostics) else { return nil }
            log.diagnostics += PublishedText.problems(in: doc.frontMatter, source: source(file), rules: rules)
            log.diagnostics += PublishedText.problems(
                inLines: doc.body, path: file.path, firstLine: doc.bodyLine, rules: rules)
            return doc
        }
        switch ContentRole.of(file.path) {
        case .regions where isTable(file.path):
            addRecords { _, _ in .region }
        case .regions:
            if let value = readValue(file, diagnostics: &log.diagnostics) {
                log.diagnostics += PublishedText.problems(in: value, source: source(file), rules: rules)
                site.regions = RegionDecoder.decode(value, log: &log)
            } else {
                log.unreadableFiles.append(file.path)
            }
        case .operators: addRecords { _, _ in .operator }
        case .points: addRecords { _, _ in .point }
        case .courses: addRecords { _, _ in .course }
        case .activities: addRecords { _, _ in .activity }
        case .workbook:
            var unnamedSheets: Set<String> = []
            addRecords { value, log in
                guard let sheet = value.location.sheet else { return nil }
                if let kind = WorkbookSheets.kind(ofSheet: sheet) { return kind }
                if unnamedSheets.insert(sheet).inserted {
                    log.diagnostics.append(
                        .error(
                            .file(.sheetKindUnknown(sheet: sheet)), at: SourceLocation(path: file.path, sheet: sheet)))
                }
                return nil
            }
        case .page(let relative):
            if let doc = gatedMarkdown(),
                let page = PageDecoder.decodePage(
                    doc, relativePath: relative, path: file.path, diagnostics: &log.diagnostics)
            {
                site.pages = [page]
            }
        case .bulletin(let name):
            if let doc = gatedMarkdown(),
                let note = PageDecoder.decodeBulletin(
                    doc, fileName: name, path: file.path, diagnostics: &log.diagnostics)
            {
                site.bulletinNotes = [note]
            }
        case .settings, .media, nil:
            break
        }
        return (site, log)
    }

    /// Decodes one record as `kind` and adds it to `site`.
    static func add(
        _ value: ContentValue, as kind: LoadLog.RecordKind, to site: inout LoadedSite, offset: UTCOffset,
        log: inout LoadLog
    ) {
        switch kind {
        case .region: RegionDecoder.decodeRow(value, log: &log).map { site.regionRows.append($0) }
        case .operator: OperatorDecoder.decode(value, log: &log).map { site.operators.append($0) }
        case .point: PointDecoder.decode(value, offset: offset, log: &log).map { site.points.append($0) }
        case .course: CourseDecoder.decode(value, offset: offset, log: &log).map { site.courses.append($0) }
        case .activity: ActivityDecoder.decode(value, offset: offset, log: &log).map { site.activities.append($0) }
        case .term: break
        }
    }

    /// Whether a file holds a table (rows under a header) rather than a tree.
    static func isTable(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".csv") || XLSXReader.handles(lower)
    }

    /// A file's text by lines, for the privacy gate to place what it finds.
    static func source(_ file: ContentFile) -> SourceText {
        SourceText(String(decoding: file.bytes, as: UTF8.self))
    }

    /// Problems after which a file is read no further. A spreadsheet with one wrong column
    /// can hold a million rows; the first thousand problems say what to fix, and a file's
    /// problems stay within bounded memory.
    public static let problemsPerFile = 1_000

    /// Hands on each record of a record file (an empty file holds none) with the file's
    /// log, stopping once the file has `problemsPerFile` problems. A CSV file is read row by
    /// row, so only one row's values are held at a time.
    static func forEachRecord(_ file: ContentFile, log: inout LoadLog, _ each: (ContentValue, inout LoadLog) -> Void) {
        func withinLimit(_ log: inout LoadLog, at location: SourceLocation) -> Bool {
            guard log.diagnostics.count >= problemsPerFile else { return true }
            log.diagnostics.append(.error(.file(.stoppedReading(after: problemsPerFile)), at: location))
            return false
        }
        if XLSXReader.handles(file.path) {
            var readable = true
            XLSXReader.read(bytes: file.bytes, path: file.path) { event in
                switch event {
                case .problem(let problem):
                    log.diagnostics.append(problem)
                    if problem.location.sheet == nil { readable = false }
                    return withinLimit(&log, at: problem.location)
                case .record(let record):
                    each(record, &log)
                    return withinLimit(&log, at: record.location)
                }
            }
            if !readable { log.unreadableFiles.append(file.path) }
            return
        }
        if file.path.lowercased().hasSuffix(".csv") {
            guard let text = decodeText(file, diagnostics: &log.diagnostics) else {
                log.unreadableFiles.append(file.path)
                return
            }
            CSVReader.read(text: text, path: file.path) { event in
                switch event {
                case .problem(let problem):
                    log.diagnostics.append(problem)
                    return withinLimit(&log, at: problem.location)
                case .record(let record):
                    each(record, &log)
                    return withinLimit(&log, at: record.location)
                }
            }
            return
        }
        guard let value = readValue(file, diagnostics: &log.diagnostics) else {
            log.unreadableFiles.append(file.path)
            return
        }
        for record in value.records {
            each(record, &log)
            guard withinLimit(&log, at: record.location) else { return }
        }
    }

    /// A YAML or JSON file's document.
    static func readValue(_ file: ContentFile, diagnostics: inout [Diagnostic]) -> ContentValue? {
        guard let text = decodeText(file, diagnostics: &diagnostics) else { return nil }
        let result =
            file.path.lowercased().hasSuffix(".json")
            ? JSONReader.parse(text: text, path: file.path)
            : YAMLReader.parse(text: text, path: file.path)
        switch result {
        case .success(let value): return value
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    static func readMarkdown(_ file: ContentFile, diagnostics: inout [Diagnostic]) -> FrontMatterDocument? {
        guard let text = decodeText(file, diagnostics: &diagnostics) else { return nil }
        switch FrontMatterDocument.parse(text: text, path: file.path) {
        case .success(let doc): return doc
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    static func decodeText(_ file: ContentFile, diagnostics: inout [Diagnostic]) -> String? {
        let isCSV = file.path.lowercased().hasSuffix(".csv")
        switch TextDecoding.decode(file.bytes, allowGB18030: isCSV) {
        case .success(let (text, _)):
            return text
        case .failure(.notUTF8):
            diagnostics.append(.error(.file(.looksLikeGBK), at: .file(file.path)))
        case .failure(.notText), .failure(.binary):
            diagnostics.append(.error(.file(.notText(csv: isCSV)), at: .file(file.path)))
        }
        return nil
    }
}
