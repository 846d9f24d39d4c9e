import Foundation
import GongshiLoad
import GongshiModel
import GongshiPages
import GongshiRender
import GongshiSite

/// What every build does before rendering, shared by `gongshi build` and the preview: load
/// and check the content, compile the theme, and plan the routes for the as-of day.
struct PreparedSite {
    /// The choices a build is made with, besides its files.
    struct Settings {
        var siteDirectory: URL
        var asOf: LocalDate?
        var includeDrafts: Bool
        var baseURL: String?
        var outputLabel = "public"
        /// What the output folder's publication holds, read while the content loads, or why
        /// the build stops (then nothing is planned); nil for `check` and the preview.
        var publication: BackgroundWork<Result<Publication, Diagnostic>>?
        /// Plans the record's pages without making the record (`check`).
        var reservesRecordPaths = false
        /// Whether each bulletin's WeChat article is measured against the editor's limits
        /// (the preview leaves it to `check` and `build`: it renders every bulletin).
        var checksWeChatLimits = true
        /// The preview's last good plan, so that an edit of records plans again only their routes.
        var previous: PreviousPlan?
        /// The QR codes the preview keeps between rebuilds; nil draws them anew.
        var qrCodes: MadeOnce<String, QRCode>?
    }

    /// What a build takes from the publication already in its output folder.
    struct Publication: Sendable {
        /// The change record to append to; nil when the build keeps none.
        var previous: PreviousPublication?
        /// The feed entries published there, which date unchanged notices.
        var feeds: FeedHistory
    }

    /// What the preview's last good build planned from, and the inputs changed since.
    struct PreviousPlan {
        var site: Site
        var today: LocalDate
        var routes: RecordRoutes
        /// Site-relative paths of the content files and site templates added, removed or edited.
        var changedFiles: Set<String>

        /// The plan's reuse for the site now: nil unless only record files changed, on the same day.
        func reuse(for site: Site, today: LocalDate) -> PlanReuse? {
            guard today == self.today, changedFiles.allSatisfy(InputKey.isRecordFile) else { return nil }
            return PlanReuse(
                previous: routes, dirty: InputKey.touched(byRecordsIn: changedFiles, from: self.site, to: site))
        }
    }

    /// A build that can go on to render.
    struct Ready {
        var plan: BuildPlan
        var today: LocalDate
        /// What the plan was made from, so it can be planned again with other options.
        var media: [String: [UInt8]]
        var options: RenderStage.Options
        /// The facts changed since the previous plan, when only records changed; nil when the
        /// build had none or anything else changed (every route is then rendered).
        var dirty: Set<InputKey>?

        /// The record keys each content file touched, to tell what an edit changed (worked out
        /// when a build or the preview asks: `check` never does).
        var keys: [String: Set<InputKey>] { InputKey.touchedByFile(in: plan.context.site) }

        /// The same site planned with drafts (`check` renders those too).
        var planWithDrafts: BuildPlan {
            var options = options
            options.includeDrafts = true
            return BuildPlan(site: plan.context.site, theme: plan.theme, media: media, options: options)
        }
    }

    var diagnostics: [Diagnostic] = []
    var contentFileCount = 0
    /// The content files in reading order, which diagnostics are sorted by.
    var fileOrder: [String] = []
    /// The checked site, even when it has errors (nil when it could not be resolved).
    var site: Site?
    /// Whether the theme was compiled (it is not when the content has errors).
    var compiledTheme = false
    /// Seconds spent in each stage, in order.
    var stages: [(name: String, seconds: Double)] = []
    /// Nil when the content or the theme has errors.
    var ready: Ready?

    /// `compileTheme` compiles the theme files for the site's language (the preview keeps
    /// the last one while the templates stay the same).
    init(
        files: [ContentFile], scanProblems: [Diagnostic], themeFiles: [String: ThemeFile], settings: Settings,
        parseCache: ParseCache? = nil, compileTheme: @Sendable (SiteLanguage) -> (Theme?, [Diagnostic])
    ) {
        var clock = StageClock()
        let (loaded, loadProblems) = SiteLoader.parse(files: files, cache: parseCache)
        // Checking the content and compiling the theme are each one thread's work; the theme
        // needs only the language, so both run at once (used once the site checks clean).
        let (checked, early) = concurrently {
            SiteCheck.check(
                loaded, loadProblems: loadProblems + scanProblems, asOf: settings.asOf,
                templates: SiteBuild.siteTemplates(themeFiles),
                earlier: settings.previous.map { EarlierResolution(site: $0.site, changedFiles: $0.changedFiles) })
        } _: {
            loaded.settings.map { (language: $0.language, theme: compileTheme($0.language)) }
        }
        diagnostics = checked.diagnostics
        contentFileCount = checked.fileCount
        fileOrder = checked.fileOrder
        self.site = checked.site
        stages.append(("load", clock.lap()))
        guard diagnostics.errorCount == 0, let site = checked.site else { return }

        let (compiled, themeProblems) =
            early.flatMap { $0.language == site.settings.language ? $0.theme : nil }
            ?? compileTheme(site.settings.language)
        compiledTheme = true
        diagnostics += themeProblems
        guard let theme = compiled else { return }
        diagnostics += Self.unknownLayouts(site.pages, in: theme)
        guard diagnostics.errorCount == 0 else { return }
        stages.append(("theme", clock.lap()))

        let today = site.settings.offset.today(asOf: settings.asOf)
        let media = SiteBuild.readMedia(checked.mediaFiles, siteDirectory: settings.siteDirectory)
        var publication = Publication(previous: nil, feeds: FeedHistory())
        if let reading = settings.publication {
            guard case .success(let published) = reading.value() else { return }
            publication = published
            stages.append(("read publication", clock.lap()))
        }
        var options = RenderStage.Options(
            today: today, includeDrafts: settings.includeDrafts, baseURL: settings.baseURL,
            outputLabel: settings.outputLabel, feedHistory: publication.feeds,
            previousPublication: publication.previous)
        options.reservesRecordPaths = settings.reservesRecordPaths
        options.qrCodes = settings.qrCodes
        let reuse = settings.previous?.reuse(for: site, today: today)
        let plan = BuildPlan(site: site, theme: theme, media: media, options: options, reuse: reuse)
        diagnostics += Self.templateKeyWarnings(plan, pages: site.pages)
        if settings.checksWeChatLimits {
            diagnostics += Self.weChatWarnings(plan, includeDrafts: settings.includeDrafts)
        }
        ready = Ready(plan: plan, today: today, media: media, options: options, dirty: reuse?.dirty)
        stages.append(("plan", clock.lap()))
    }

    /// Tags of the templates the plan renders, and of the page bodies, that name nothing the
    /// model they are rendered over has.
    static func templateKeyWarnings(_ plan: BuildPlan, pages: [Page]) -> [Diagnostic] {
        var uses: [TemplateUse] = []
        var seen: Set<TemplateUse> = []
        for use in plan.routes.lazy.flatMap(\.templateUses) where seen.insert(use).inserted { uses.append(use) }
        let bodySchema = LayoutModel.schema
        let warnings =
            uses.flatMap { $0.warnings(plan.theme) }
            + pages.flatMap {
                plan.theme.keyWarnings(body: $0.body, at: $0.bodyLocation, over: bodySchema, page: "page")
            }
        // A tag of a template several kinds of page share is reported once, for the first.
        var placed: Set<SourceLocation> = []
        return warnings.filter { placed.insert($0.location).inserted }
    }

    /// Each week's WeChat article that breaks the editor's limits, on all cores (the bulletins
    /// made here are kept for their pages).
    static func weChatWarnings(_ plan: BuildPlan, includeDrafts: Bool) -> [Diagnostic] {
        let site = plan.context.site
        return BulletinPages.weeks(site, today: plan.context.today).parallelMap { week in
            let note = BulletinPages.note(site, week: week, includeDrafts: includeDrafts)
            return BulletinPages.weChatWarnings(week, note: note, plan.context, plan.theme)
        }.flatMap { $0 }
    }

    /// Pages whose `layout:` names no layout of the theme, each at its `layout:` line.
    static func unknownLayouts(_ pages: [Page], in theme: Theme) -> [Diagnostic] {
        pages.compactMap { page in
            guard let layout = page.layout, !theme.layoutNames.contains(layout) else { return nil }
            let suggestion = Suggestions.closest(to: layout, in: theme.layoutNames.sorted())
            return .error(
                .theme(.unknownLayout(name: layout, suggestion: suggestion)),
                at: page.layoutLocation ?? page.bodyLocation)
        }
    }
}
