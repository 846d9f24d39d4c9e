import GongshiModel
import GongshiRender

/// One output file of the site: where it goes and how its bytes are made. Routes are
/// planned first and rendered afterwards, in parallel.
public struct Route: Sendable {
    /// What the route publishes, which names its output path and its link.
    public let address: Address
    /// Path below the output folder, e.g. `canteens/index.html` (kept: plans read it often).
    public let path: String
    /// The page's folder URL below the base path (`canteens/`), listed in the sitemap; nil
    /// for files that are not pages (feeds, calendars, data, 404).
    public let sitemapFolder: String?
    /// When the page's facts last changed (a record's `updated`), for the sitemap.
    public let lastModified: LocalDate?
    /// The facts the route shows, or nil when it reads the whole site (lists, feeds, data,
    /// reports): a rebuild renders it again only when one of them changed.
    public let reads: Set<InputKey>?
    /// The content that makes the route (nil for what the site makes of all its records,
    /// such as the directories): problems with it are placed there.
    public let source: RouteSource?
    /// The templates the route renders and the model each reads, for checking their tags.
    public var templateUses: [TemplateUse] = []
    /// What of the route's output was written in the content as markup, which `check` must
    /// render to find its broken links; the rest is made from typed facts and can only fail
    /// through the theme.
    public var contentMarkup: ContentMarkup = .none
    /// The layout the route needs, which `check` looks for without rendering.
    public var layout: String?
    /// The theme file that lays the route out, where a problem no content causes is placed.
    public var template: String? { layout.map { "templates/layouts/\($0).html" } }
    public let render: @Sendable (PageContext, Theme) throws(RenderFailure) -> [UInt8]

    public init(
        _ address: Address, lastModified: LocalDate? = nil, reads: Set<InputKey>? = nil,
        source: RouteSource? = nil,
        render: @escaping @Sendable (PageContext, Theme) throws(RenderFailure) -> [UInt8]
    ) {
        self.address = address
        let location = address.location
        path = address.isPage ? location + "index.html" : location
        sitemapFolder = address.isListed ? location : nil
        self.lastModified = lastModified
        self.reads = reads
        self.source = source
        self.render = render
    }

    /// Where a problem of this route's own output is placed: its content, else its layout,
    /// else the output path.
    package func place(outputLabel: String) -> SourceLocation {
        source?.location ?? template.map { .file($0) } ?? .file(outputLabel + "/" + path)
    }

    /// The page at `address` (`.canteens` → `canteens/index.html`) rendered with a layout
    /// over its typed content; `markdown`: the Markdown fields of its records the page shows.
    public static func page<Facts: TemplateModel>(
        _ address: Address, layout: String, lastModified: LocalDate? = nil, reads: Set<InputKey>? = nil,
        source: RouteSource? = nil, markdown: [String?] = [],
        _ content: @escaping @Sendable (PageContext, Theme) throws(RenderFailure) -> PageContent<Facts>
    ) -> Route {
        var route = Route(address, lastModified: lastModified, reads: reads, source: source) {
            c, theme throws(RenderFailure) in
            if let missing = missingLayout(layout, in: theme) { throw missing }
            let page = try content(c, theme)
            let model = PageModel(c.layout(title: page.title, at: address, description: page.description), page.facts)
            return Array(theme.render(layout: layout, model).utf8)
        }
        route.templateUses = [TemplateUse(layout: layout, model: PageModel<Facts>.self)]
        route.layout = layout
        let fields = markdown.compactMap { $0 }
        route.contentMarkup = source?.body != nil ? .template : fields.isEmpty ? .none : .markdown(fields)
        return route
    }
}

extension Route {
    /// The failure of a route whose layout the theme lacks.
    package static func missingLayout(_ layout: String, in theme: Theme) -> RenderFailure? {
        theme.layoutNames.contains(layout)
            ? nil
            : RenderFailure(.error(.theme(.noLayout(name: layout)), at: .file("templates/layouts/\(layout).html")))
    }
}

/// Markup written in the content that a route's page shows.
public enum ContentMarkup: Sendable {
    /// None: the page is made of typed facts only.
    case none
    /// Markdown fields of its records (descriptions), shown as they are.
    case markdown([String])
    /// A body that is itself a template (a page, a bulletin): only rendering it tells its links.
    case template
}

/// A template a route renders and the type of model it renders it over.
public struct TemplateUse: Sendable, Hashable {
    /// The layout's name, or the Markdown template's (`bulletin`).
    public var template: String
    public var isMarkdown: Bool
    let modelType: ObjectIdentifier
    package let schema: @Sendable () -> TemplateSchema

    public init<Model: TemplateModel>(layout: String, model: Model.Type) {
        template = layout
        isMarkdown = false
        modelType = ObjectIdentifier(model)
        schema = { Model.schema }
    }

    public init<Model: TemplateModel>(markdown: String, model: Model.Type) {
        template = markdown
        isMarkdown = true
        modelType = ObjectIdentifier(model)
        schema = { Model.schema }
    }

    public static func == (a: Self, b: Self) -> Bool {
        (a.template, a.isMarkdown, a.modelType) == (b.template, b.isMarkdown, b.modelType)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(template)
        hasher.combine(isMarkdown)
        hasher.combine(modelType)
    }

    /// Warnings for the template's tags that name nothing the model has.
    package func warnings(_ theme: Theme) -> [Diagnostic] {
        theme.keyWarnings(template: template, markdown: isMarkdown, over: schema(), page: template, model: modelType)
    }
}

/// A problem met while rendering a route, as a diagnostic.
public struct RenderFailure: Error, Sendable {
    public let diagnostic: Diagnostic

    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
