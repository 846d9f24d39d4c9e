import GongshiModel
import GongshiRender

/// One output file of the site: where it goes and how its bytes are made. Routes are
/// planned first and rendered afterwards, in parallel.
public struct Route: Sendable {
    /// A route's fields, held once: a plan of some 56,000 routes is filtered and joined into
    /// lists, and the preview keeps routes from one plan to the next, so a copy is one
    /// reference rather than a dozen.
    private final class Storage: @unchecked Sendable {
        // The `var`s are set only through a route holding the only reference (copy on write),
        // so storage that routes share is never written.
        let address: Address
        let path: String
        let sitemapFolder: String?
        let lastModified: LocalDate?
        let reads: Set<InputKey>?
        let source: RouteSource?
        var templateUses: [TemplateUse] = []
        var contentMarkup: ContentMarkup = .none
        var layout: String?
        let render: @Sendable (PageContext, Theme) throws(RenderFailure) -> [UInt8]

        init(
            address: Address, path: String, sitemapFolder: String?, lastModified: LocalDate?, reads: Set<InputKey>?,
            source: RouteSource?, render: @escaping @Sendable (PageContext, Theme) throws(RenderFailure) -> [UInt8]
        ) {
            self.address = address
            self.path = path
            self.sitemapFolder = sitemapFolder
            self.lastModified = lastModified
            self.reads = reads
            self.source = source
            self.render = render
        }

        func copy() -> Storage {
            let copy = Storage(
                address: address, path: path, sitemapFolder: sitemapFolder, lastModified: lastModified, reads: reads,
                source: source, render: render)
            copy.templateUses = templateUses
            copy.contentMarkup = contentMarkup
            copy.layout = layout
            return copy
        }
    }

    private var storage: Storage

    /// What the route publishes, which names its output path and its link.
    public var address: Address { storage.address }
    /// Path below the output folder, e.g. `canteens/index.html` (kept: plans read it often).
    public var path: String { storage.path }
    /// The page's folder URL below the base path (`canteens/`), listed in the sitemap; nil
    /// for files that are not pages (feeds, calendars, data, 404).
    public var sitemapFolder: String? { storage.sitemapFolder }
    /// When the page's facts last changed (a record's `updated`), for the sitemap.
    public var lastModified: LocalDate? { storage.lastModified }
    /// The facts the route shows, or nil when it reads the whole site (lists, feeds, data,
    /// reports): a rebuild renders it again only when one of them changed.
    public var reads: Set<InputKey>? { storage.reads }
    /// The content that makes the route (nil for what the site makes of all its records,
    /// such as the directories): problems with it are placed there.
    public var source: RouteSource? { storage.source }
    /// The templates the route renders and the model each reads, for checking their tags.
    public var templateUses: [TemplateUse] {
        get { storage.templateUses }
        set { unique().templateUses = newValue }
    }
    /// What of the route's output was written in the content as markup, which `check` must
    /// render to find its broken links; the rest is made from typed facts and can only fail
    /// through the theme.
    public var contentMarkup: ContentMarkup {
        get { storage.contentMarkup }
        set { unique().contentMarkup = newValue }
    }
    /// The layout the route needs, which `check` looks for without rendering.
    public var layout: String? {
        get { storage.layout }
        set { unique().layout = newValue }
    }
    /// The theme file that lays the route out, where a problem no content causes is placed.
    public var template: String? { layout.map { "templates/layouts/\($0).html" } }
    public var render: @Sendable (PageContext, Theme) throws(RenderFailure) -> [UInt8] { storage.render }

    public init(
        _ address: Address, lastModified: LocalDate? = nil, reads: Set<InputKey>? = nil,
        source: RouteSource? = nil,
        render: @escaping @Sendable (PageContext, Theme) throws(RenderFailure) -> [UInt8]
    ) {
        let location = address.location
        storage = Storage(
            address: address, path: address.isPage ? location + "index.html" : location,
            sitemapFolder: address.isListed ? location : nil, lastModified: lastModified, reads: reads,
            source: source, render: render)
    }

    /// The storage, copied first if another route shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
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
