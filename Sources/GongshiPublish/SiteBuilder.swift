import Foundation
import GongshiModel
import GongshiRender

/// plan → render → link check: a checked Site and a theme become the whole output tree in
/// memory. Rendering runs on all cores; each route writes only its own slot.
public enum SiteBuilder {
    public struct Options: Sendable {
        public var today: LocalDate
        public var includeDrafts: Bool
        /// Replaces `base_url` (for a preview or a staging host).
        public var baseURL: String?
        /// How diagnostics name the output folder (`public`, or the `--output` path).
        public var outputLabel: String

        public init(
            today: LocalDate, includeDrafts: Bool = false, baseURL: String? = nil, outputLabel: String = "public"
        ) {
            self.today = today
            self.includeDrafts = includeDrafts
            self.baseURL = baseURL
            self.outputLabel = outputLabel
        }
    }

    /// Every route of the site, in a stable order.
    public static func plan(_ site: Site, today: LocalDate, includeDrafts: Bool) -> [Route] {
        var routes: [Route] = [SitePages.home(), DirectoryPages.canteens(), CentrePages.centres()]
        routes += site.towns.map { CentrePages.town($0.id) }
        routes += site.points.map(DirectoryPages.point)
        routes.append(CoursePages.catalogue())
        routes += site.courses.map { CoursePages.course($0.id) }
        routes += CoursePages.timetables(site, today: today)
        routes += CalendarPages.routes(site)
        routes.append(VolunteerPages.index())
        routes += site.activities.map { VolunteerPages.activity($0.id) }
        let weeks = BulletinPages.weeks(site, today: today)
        routes.append(BulletinPages.index(weeks: weeks, includeDrafts: includeDrafts))
        routes += weeks.map { BulletinPages.bulletin($0, includeDrafts: includeDrafts) }
        routes += Feeds.routes(bulletinWeeks: weeks, includeDrafts: includeDrafts)
        routes += site.pages.filter { includeDrafts || !$0.isDraft }.map(SitePages.page)
        routes += OpenDataPages.routes(site)
        routes += ReportPages.routes(site, today: today)
        let pages = routes.compactMap { route in
            route.sitemapFolder.map { Sitemap.Entry(folder: $0, lastModified: route.lastModified) }
        }
        routes += [SitePages.notFound(), SitePages.robots()] + Sitemap.routes(pages)
        return routes
    }

    public static func build(_ site: Site, theme: Theme, media: [String: [UInt8]], options: Options) -> (
        OutputTree?, [Diagnostic]
    ) {
        let paths = SitePaths(baseURL: options.baseURL ?? site.settings.baseURL)
        let routes = plan(site, today: options.today, includeDrafts: options.includeDrafts)
        let context = PageContext(
            site: site, paths: paths, words: Words(strings: theme.strings), today: options.today,
            sections: Set(routes.compactMap(\.sitemapFolder)),
            pages: site.pages.filter { options.includeDrafts || !$0.isDraft })
        let rendered = renderAll(routes, context: context, theme: theme)
        var diagnostics: [Diagnostic] = []
        var tree = OutputTree()
        func add(_ path: String, _ bytes: [UInt8]) {
            do throws(OutputTree.PathProblem) {
                try tree.add(path, bytes)
            } catch {
                diagnostics.append(.error("two things would be published at \(path)", at: .file(path)))
            }
        }
        for (route, result) in zip(routes, rendered) {
            switch result {
            case .success(let bytes): add(route.path, bytes)
            case .failure(let failure): diagnostics.append(failure.diagnostic)
            }
        }
        for (name, bytes) in theme.assets.sorted(by: { $0.key < $1.key }) { add("assets/" + name, bytes) }
        for (name, bytes) in media.sorted(by: { $0.key < $1.key }) { add("media/" + name, bytes) }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        diagnostics += LinkChecker.brokenLinks(in: tree, basePath: paths.basePath, outputLabel: options.outputLabel)
        return diagnostics.isEmpty ? (tree, []) : (nil, diagnostics)
    }

    static func renderAll(_ routes: [Route], context: PageContext, theme: Theme) -> [Result<[UInt8], RenderFailure>] {
        routes.parallelMap { route in Result { () throws(RenderFailure) in try route.render(context, theme) } }
    }
}
