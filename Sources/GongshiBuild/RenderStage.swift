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

        public init(
            today: LocalDate, includeDrafts: Bool = false, baseURL: String? = nil, outputLabel: String = "public",
            feedHistory: FeedHistory = FeedHistory()
        ) {
            self.today = today
            self.includeDrafts = includeDrafts
            self.baseURL = baseURL
            self.outputLabel = outputLabel
            self.feedHistory = feedHistory
        }
    }

    /// Every route of the site, in a stable order.
    public static func plan(_ site: Site, today: LocalDate, includeDrafts: Bool) -> [Route] {
        var routes: [Route] = [SitePages.home(), DirectoryPages.canteens(), CentrePages.centres()]
        routes += [PlacePages.towns(), PlacePages.villages()] + site.towns.map { CentrePages.town($0.id) }
        // The record pages are most of a site's routes: planned on all cores.
        routes += site.points.parallelMap(DirectoryPages.point)
        routes += site.points.parallelMap(PrintSheets.point)
        routes += site.towns.map(PrintSheets.town)
        routes.append(CoursePages.catalogue())
        routes += site.courses.parallelMap(CoursePages.course)
        routes += site.courses.parallelMap(PrintSheets.course)
        let weeks = BulletinPages.weeks(site, today: today)
        routes += CoursePages.timetables(site, today: today, bulletinWeeks: weeks)
        routes += WeekSheets.timetables(site, today: today, bulletinWeeks: weeks)
        routes += CalendarPages.routes(site)
        routes.append(VolunteerPages.index())
        routes += site.activities.parallelMap(VolunteerPages.activity)
        routes += site.activities.parallelMap(PrintSheets.activity)
        routes.append(BulletinPages.index(weeks: weeks, includeDrafts: includeDrafts))
        for week in weeks {
            let note = BulletinPages.note(site, week: week, includeDrafts: includeDrafts)
            routes += [BulletinPages.bulletin(week, note: note), BulletinPages.weChatRoute(week, note: note)]
            routes.append(WeekSheets.bulletin(week, note: note))
        }
        routes += Feeds.routes(bulletinWeeks: weeks, includeDrafts: includeDrafts)
        let published = site.pages.filter { includeDrafts || !$0.isDraft }
        routes += published.map(SitePages.page)
        routes += SearchPages.routes(site, weeks: weeks, pages: published, includeDrafts: includeDrafts)
        routes += OpenDataPages.routes(site)
        routes += ReportPages.routes(site, today: today)
        let pages = routes.compactMap { route in
            route.sitemapFolder.map { Sitemap.Entry(folder: $0, lastModified: route.lastModified) }
        }
        routes += [SitePages.notFound(), SitePages.robots()] + Sitemap.routes(pages)
        return routes
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
    }

    /// Renders every route of the plan whose previous output is not known to be current,
    /// checks its links and hands it to `output`; all on all cores, each file dropped from
    /// memory once stored, so the site's size does not bound the build's memory.
    /// `isCurrent(route)`: the previous output of the route is still right (see `BuildState`).
    /// `progress` is told each time a file is done.
    public static func run(
        _ plan: BuildPlan, output: some BuildOutput, isCurrent: @Sendable (Route) -> Bool = { _ in false },
        progress: @Sendable () -> Void = {}
    ) -> Outcome {
        guard plan.problems.isEmpty else { return Outcome(diagnostics: plan.problems) }
        let links = LinkChecker(
            outputPaths: plan.outputPaths, basePath: plan.context.paths.basePath, outputLabel: plan.outputLabel)
        let routeResults = plan.routes.parallelMap { route -> FileResult in
            defer { progress() }
            if isCurrent(route), let size = output.keep(route.path) { return FileResult(byteCount: size, kept: true) }
            let bytes: [UInt8]
            do throws(RenderFailure) {
                bytes = try route.render(plan.context, plan.theme)
            } catch {
                return FileResult(diagnostics: [error.diagnostic])
            }
            return store(route.path, bytes, in: output, links: route.path.hasSuffix(".html") ? (links, route) : nil)
        }
        let fileResults = plan.files.parallelMap { file in store(file.path, file.bytes, in: output, links: nil) }
        var outcome = Outcome()
        for result in routeResults + fileResults {
            outcome.diagnostics += result.diagnostics
            outcome.fileCount += 1
            outcome.byteCount += result.byteCount
            outcome.renderedCount += result.kept ? 0 : 1
            outcome.writtenCount += result.written ? 1 : 0
        }
        return outcome
    }

    /// What became of one output file.
    struct FileResult: Sendable {
        var diagnostics: [Diagnostic] = []
        var byteCount = 0
        var kept = false
        var written = false
    }

    /// Stores a file; `links`: the checker and the route whose page's links it checks.
    static func store(
        _ path: String, _ bytes: [UInt8], in output: some BuildOutput, links: (LinkChecker, Route)?
    ) -> FileResult {
        var result = FileResult(byteCount: bytes.count)
        result.diagnostics = links.map { checker, route in checker.brokenLinks(in: bytes, of: route) } ?? []
        do throws(PublishFailure) {
            result.written = try output.put(path, bytes)
        } catch {
            result.diagnostics.append(.error(.output(error.problem), at: .file(path)))
        }
        return result
    }
}
