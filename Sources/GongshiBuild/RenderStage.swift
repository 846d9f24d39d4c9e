import GongshiModel
import GongshiOpenData
import GongshiPages
import GongshiRender
import GongshiReports
import GongshiSite

/// plan → render → link check: a checked Site and a theme become the whole output tree in
/// memory. Rendering runs on all cores; each route writes only its own slot.
public enum RenderStage {
    public struct Options: Sendable {
        public var today: LocalDate
        public var includeDrafts: Bool
        /// Replaces `base_url` (for a preview or a staging host).
        public var baseURL: String?
        /// How diagnostics name the output folder (`public`, or the `--output` path).
        public var outputLabel: String
        /// The feed entries already published in the output folder.
        public var feedHistory: FeedHistory
        /// What the output folder's publication holds for the change record; nil when the
        /// build keeps no record (the preview, `--no-record`).
        public var previousPublication: PreviousPublication?
        /// Plans the record's pages as a first build would and claims the manifest's path,
        /// without making the record (`check`: a page at `/changes/` clashes as in a build).
        public var reservesRecordPaths = false
        /// The QR codes the preview keeps between rebuilds; nil draws them anew.
        public var qrCodes: MadeOnce<String, QRCode>?

        public init(
            today: LocalDate, includeDrafts: Bool = false, baseURL: String? = nil, outputLabel: String = "public",
            feedHistory: FeedHistory = FeedHistory(), previousPublication: PreviousPublication? = nil
        ) {
            self.today = today
            self.includeDrafts = includeDrafts
            self.baseURL = baseURL
            self.outputLabel = outputLabel
            self.feedHistory = feedHistory
            self.previousPublication = previousPublication
        }
    }

    /// Every route of the site, in a stable order.
    /// `changes`: the change record's history, when the build keeps one.
    public static func plan(_ site: Site, today: LocalDate, includeDrafts: Bool, changes: ChangeHistory? = nil)
        -> [Route]
    {
        planned(site, today: today, includeDrafts: includeDrafts, changes: changes).routes
    }

    /// What a plan made: every route in order, the routes each record made, and the routes
    /// made anew rather than taken over from the last plan (nil: all of them).
    struct Planned {
        var routes: [Route]
        var records: RecordRoutes
        var renewed: [Route]?
        /// Whether every route has the path of the last plan's route in its place, so the plan
        /// claims the same paths.
        var hasSamePaths = false
    }

    /// Every route of the site, in a stable order, with the routes each record made.
    /// `reuse`: the last plan's record routes and what changed since, so that a record no
    /// change touched keeps its routes; the routes are the same as planned from scratch.
    static func planned(
        _ site: Site, today: LocalDate, includeDrafts: Bool, changes: ChangeHistory? = nil, reuse: PlanReuse? = nil
    ) -> Planned {
        var made = RecordRoutes()
        var routes: [Route] = []
        var renewed: [Route] = []
        var sameRecords = true
        func add(_ new: [Route]) {
            routes += new
            made.otherPaths += new.map(\.path)
            if reuse != nil { renewed += new }
        }
        func add<Record: Identifiable & Sendable>(
            _ records: [Record], _ family: WritableKeyPath<RecordRoutes, RouteFamily>,
            _ make: @Sendable (Record) -> Route
        ) where Record.ID == String {
            let previous = reuse?.previous[keyPath: family]
            made[keyPath: family] = RouteFamily.plan(
                records, reuse: reuse.map { ($0.previous[keyPath: family], $0.dirty) }, renewed: &renewed, make: make)
            routes += made[keyPath: family].routes
            sameRecords = sameRecords && made[keyPath: family].hasSameRecords(as: previous)
        }
        add([SitePages.home(), DirectoryPages.canteens(), CentrePages.centres()])
        add([PlacePages.towns(), PlacePages.villages()] + site.towns.map { CentrePages.town($0.id) })
        // The record pages are most of a site's routes: planned on all cores.
        add(site.points, \.pointPages, DirectoryPages.point)
        add(site.points, \.pointSheets, PrintSheets.point)
        add(site.towns.map(PrintSheets.town))
        add([CoursePages.catalogue()])
        add(site.courses, \.coursePages, CoursePages.course)
        add(site.courses, \.courseSheets, PrintSheets.course)
        let weeks = BulletinPages.weeks(site, today: today)
        made.timetableWeeks = CoursePages.timetableWeeks(site, bulletinWeeks: weeks)
        add(CoursePages.timetables(weeks: made.timetableWeeks, today: today))
        add(WeekSheets.cities(weeks: made.timetableWeeks, today: today))
        let venues = WeekSheets.venues(site)
        let venueWeeks = venues.parallelMap { [timetableWeeks = made.timetableWeeks] venue -> (kept: Bool, [Route]) in
            // A venue's sheets read only the venue and what it holds (`.point`).
            if let reuse, reuse.previous.timetableWeeks == timetableWeeks, !reuse.dirty.contains(.point(venue.id)),
                let kept = reuse.previous.venueWeeks[venue.id]
            {
                return (true, kept)
            }
            return (false, WeekSheets.venue(venue: venue, weeks: timetableWeeks, site))
        }
        made.venueIDs = venues.map(\.id)
        made.venueWeeks = Dictionary(zip(made.venueIDs, venueWeeks.map(\.1)), uniquingKeysWith: { first, _ in first })
        routes += venueWeeks.flatMap(\.1)
        if let reuse {
            renewed += venueWeeks.filter { !$0.kept }.flatMap(\.1)
            sameRecords =
                sameRecords && reuse.previous.venueIDs == made.venueIDs
                && zip(made.venueIDs, venueWeeks).allSatisfy { id, venue in
                    venue.kept || reuse.previous.venueWeeks[id]?.map(\.path) == venue.1.map(\.path)
                }
        }
        add([CalendarPages.timetable(), CalendarPages.volunteer()])
        add(site.courses, \.courseCalendars, CalendarPages.course)
        add(site.points, \.pointCalendars, CalendarPages.point)
        add([VolunteerPages.index()])
        add(site.activities, \.activityPages, VolunteerPages.activity)
        add(site.activities, \.activitySheets, PrintSheets.activity)
        add([BulletinPages.index(weeks: weeks, includeDrafts: includeDrafts)])
        for week in weeks {
            let note = BulletinPages.note(site, week: week, includeDrafts: includeDrafts)
            add([
                BulletinPages.bulletin(week, note: note), BulletinPages.weChatRoute(week, note: note),
                WeekSheets.bulletin(week, note: note),
            ])
        }
        add(Feeds.routes(bulletinWeeks: weeks, includeDrafts: includeDrafts))
        let published = site.pages.filter { includeDrafts || !$0.isDraft }
        add(published.map(SitePages.page))
        add(SearchPages.routes(site, weeks: weeks, pages: published, includeDrafts: includeDrafts))
        add(OpenDataPages.routes(site))
        add(ReportPages.routes(site, today: today))
        if let changes { add(ChangePages.routes(changes)) }
        let pages = routes.compactMap { route in
            route.sitemapFolder.map { Sitemap.Entry(folder: $0, lastModified: route.lastModified) }
        }
        add([SitePages.notFound(), SitePages.robots()] + Sitemap.routes(pages))
        return Planned(
            routes: routes, records: made, renewed: reuse == nil ? nil : renewed,
            hasSamePaths: sameRecords && reuse?.previous.otherPaths == made.otherPaths)
    }

    /// Builds the whole site in memory (tests, the preview): the tree, or the problems.
    public static func build(_ site: Site, theme: Theme, media: [String: [UInt8]], options: Options) -> (
        OutputTree?, [Diagnostic]
    ) {
        let plan = BuildPlan(site: site, theme: theme, media: media, options: options)
        let output = MemoryOutput()
        let outcome = run(plan, output: output)
        return outcome.diagnostics.isEmpty ? (output.tree, []) : (nil, outcome.diagnostics)
    }

    /// What one run of the render stage did.
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic] = []
        public var fileCount = 0
        public var byteCount = 0
        /// Files rendered (or copied) this time; the rest were kept without rendering.
        public var renderedCount = 0
        /// Files whose bytes were written, being new or different.
        public var writtenCount = 0
        /// Each published file's SHA-256, when the build keeps a change record.
        public var digests: [String: String] = [:]
    }

    /// Renders every route of the plan whose previous output is not known to be current,
    /// checks its links and hands it to `output`; all on all cores, each file dropped from
    /// memory once stored, so the site's size does not bound the build's memory.
    /// `isCurrent(route)`: the previous output of the route is still right (see `BuildState`).
    /// `knownDigest(path)`: the SHA-256 of a file the previous build published, so a file kept
    /// as it was need not be read again for the manifest. `progress` is told each time a file
    /// is done. With a change record, the manifest of every file is written last.
    public static func run(
        _ plan: BuildPlan, output: some BuildOutput, isCurrent: @Sendable (Route) -> Bool = { _ in false },
        knownDigest: @Sendable (String) -> String? = { _ in nil }, progress: @Sendable () -> Void = {}
    ) -> Outcome {
        guard plan.problems.isEmpty else { return Outcome(diagnostics: plan.problems) }
        let links = LinkChecker(
            outputPaths: plan.outputPaths, basePath: plan.context.paths.basePath, outputLabel: plan.outputLabel)
        let digests = plan.changeRecord != nil
        let routeResults = plan.routes.parallelMap { route -> FileResult in
            defer { progress() }
            let known = digests ? knownDigest(route.path) : nil
            if isCurrent(route), !digests || known != nil, let size = output.keep(route.path) {
                return FileResult(byteCount: size, kept: true, sha256: known)
            }
            let bytes: [UInt8]
            do throws(RenderFailure) {
                bytes = try route.render(plan.context, plan.theme)
            } catch {
                return FileResult(diagnostics: [error.diagnostic])
            }
            return store(
                route.path, bytes, in: output, links: route.path.hasSuffix(".html") ? (links, route) : nil,
                digest: digests)
        }
        let fileResults = plan.files.parallelMap { file in
            store(file.path, file.bytes, in: output, links: nil, digest: digests)
        }
        var outcome = Outcome()
        var published = zip(plan.routes.map(\.path) + plan.files.map(\.path), routeResults + fileResults).map { $0 }
        if let record = plan.changeRecord, (routeResults + fileResults).allSatisfy(\.diagnostics.isEmpty) {
            let manifest = PublicationManifest(
                day: plan.context.today, files: published.map { ($0.0, $0.1.byteCount, $0.1.sha256 ?? "") },
                records: record.records)
            published.append(
                (ChangeRecord.manifestPath, store(ChangeRecord.manifestPath, manifest.bytes, in: output, links: nil)))
        }
        for (path, result) in published {
            outcome.diagnostics += result.diagnostics
            outcome.fileCount += 1
            outcome.byteCount += result.byteCount
            outcome.renderedCount += result.kept ? 0 : 1
            outcome.writtenCount += result.written ? 1 : 0
            if let sha256 = result.sha256 { outcome.digests[path] = sha256 }
        }
        return outcome
    }

    /// What became of one output file.
    struct FileResult: Sendable {
        var diagnostics: [Diagnostic] = []
        var byteCount = 0
        var kept = false
        var written = false
        var sha256: String?
    }

    /// Stores a file; `links`: the checker and the route whose page's links it checks;
    /// `digest`: whether to take the file's SHA-256 for the manifest.
    static func store(
        _ path: String, _ bytes: [UInt8], in output: some BuildOutput, links: (LinkChecker, Route)?,
        digest: Bool = false
    ) -> FileResult {
        var result = FileResult(byteCount: bytes.count, sha256: digest ? Digest.sha256Hex(bytes) : nil)
        result.diagnostics = links.map { checker, route in checker.brokenLinks(in: bytes, of: route) } ?? []
        do throws(PublishFailure) {
            result.written = try output.put(path, bytes)
        } catch {
            result.diagnostics.append(.error(.output(error.problem), at: .file(path)))
        }
        return result
    }
}
