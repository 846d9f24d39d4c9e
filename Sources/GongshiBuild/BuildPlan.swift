import GongshiModel
import GongshiOpenData
import GongshiPages
import GongshiRender
import GongshiReports
import GongshiSite

/// Everything a build will produce before anything is rendered: the routes, the files copied
/// as they are (theme assets, media) and the shared page context. Output paths are checked
/// here, so a clash or an escaping path stops the build before any rendering.
public struct BuildPlan: Sendable {
    /// The routes to render; a preview may take out those it renders only when asked for.
    public var routes: [Route]
    public let files: [(path: String, bytes: [UInt8])]
    public let context: PageContext
    public let theme: Theme
    public let outputLabel: String
    /// Every path below the output folder the build publishes.
    public let outputPaths: Set<String>
    /// Paths that clash or would leave the output folder.
    public let problems: [Diagnostic]

    /// Where a copied file comes from: `content/media/…`, or the theme's `assets/`.
    static func copiedFrom(_ path: String) -> SourceLocation {
        .file(path.hasPrefix("media/") ? "content/" + path : "templates/" + path)
    }

    /// This publication's change record, written with the manifest once every file is made;
    /// nil when the build keeps none.
    public let changeRecord: ChangeRecord?

    /// The routes each record made, which the preview's next plan can take over.
    public private(set) var recordRoutes: RecordRoutes
    /// The routes made anew rather than taken over from the last plan, in plan order; nil
    /// when the plan was made from scratch (all of them).
    public let renewedRoutes: [Route]?

    /// `reuse`: the last plan's record routes and what changed since (the preview after an
    /// edit of records); the plan is the same as one made from scratch.
    public init(
        site: Site, theme: Theme, media: [String: [UInt8]], options: RenderStage.Options, reuse: PlanReuse? = nil
    ) {
        let paths = SitePaths(baseURL: options.baseURL ?? site.settings.baseURL)
        let words = Words(strings: theme.strings)
        changeRecord = options.previousPublication.map {
            ChangeRecord(site: site, words: words, day: options.today, previous: $0)
        }
        let history = changeRecord?.history ?? (options.reservesRecordPaths ? ChangeHistory(since: options.today) : nil)
        let planned = RenderStage.planned(
            site, today: options.today, includeDrafts: options.includeDrafts, changes: history, reuse: reuse)
        (routes, recordRoutes, renewedRoutes) = (planned.routes, planned.records, planned.renewed)
        files =
            theme.assets.sorted(by: { $0.key < $1.key }).map { ("assets/" + $0.key, $0.value) }
            + media.sorted(by: { $0.key < $1.key }).map { ("media/" + $0.key, $0.value) }
        context = PageContext(
            site: site, paths: paths, words: words, today: options.today,
            sections: Set(routes.compactMap(\.sitemapFolder)),
            pages: site.pages.filter { options.includeDrafts || !$0.isDraft }, feedHistory: options.feedHistory,
            changeHistory: history, qrCodes: options.qrCodes)
        self.theme = theme
        outputLabel = options.outputLabel
        if planned.hasSamePaths, history == nil, let previous = reuse?.previous {
            // The preview's last plan claimed these paths without a problem (it keeps only good
            // plans), with the same files, as an edit of records changes no asset or medium.
            (outputPaths, problems) = (previous.claimed, [])
        } else {
            (outputPaths, problems) = Self.claimPaths(
                routes: routes, files: files, written: history == nil ? [] : [ChangeRecord.manifestPath],
                outputLabel: options.outputLabel)
        }
        recordRoutes.claimed = outputPaths
    }

    /// Each output path once, with the paths that clash or would leave the output folder.
    /// Content-made paths are claimed first, so a clash is reported at the content file, not
    /// the theme; places are worked out only for a problem.
    /// `written`: paths the build writes itself after the rest (the manifest).
    static func claimPaths(
        routes: [Route], files: [(path: String, bytes: [UInt8])], written: [String] = [], outputLabel: String
    ) -> (Set<String>, [Diagnostic]) {
        let routeCount = routes.count
        let fileCount = files.count
        let makers =
            routes.indices.filter { routes[$0].source != nil } + routes.indices.filter { routes[$0].source == nil }
            + (routeCount..<(routeCount + fileCount + written.count))
        func pathOf(_ maker: Int) -> String {
            maker < routeCount
                ? routes[maker].path
                : maker < routeCount + fileCount
                    ? files[maker - routeCount].path : written[maker - routeCount - fileCount]
        }
        func place(_ maker: Int) -> SourceLocation {
            maker < routeCount
                ? routes[maker].place(outputLabel: outputLabel)
                : maker < routeCount + fileCount
                    ? copiedFrom(files[maker - routeCount].path) : .file(outputLabel + "/" + pathOf(maker))
        }
        var claimed = Set<String>(minimumCapacity: makers.count)
        var problems: [Diagnostic] = []
        for (position, maker) in makers.enumerated() {
            let path = pathOf(maker)
            if !OutputTree.isSafe(path) {
                problems.append(.error(.output(.outsideOutput(path: path)), at: place(maker)))
            } else if !claimed.insert(path).inserted {
                let first = makers[..<position].first { pathOf($0) == path }!
                problems.append(
                    .error(.output(.samePath(path: path, other: place(maker).description)), at: place(first)))
            }
        }
        return (claimed, problems)
    }
}
