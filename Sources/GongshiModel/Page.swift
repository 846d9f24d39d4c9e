/// A free Markdown page from `content/pages/` (SPEC §7).
public struct Page: Sendable {
    /// The URL path below the site root, without slashes at either end (`about`, `help/meals`);
    /// empty for `pages/index.md`.
    public var urlPath: String
    public var title: String
    public var description: String?
    public var layout: String?
    /// Where `layout:` is written, for an unknown layout's error.
    public var layoutLocation: SourceLocation?
    public var isDraft: Bool
    public var weight: Int
    /// The Markdown template body.
    public var body: String
    /// Where the body starts, so template errors can name their line.
    public var bodyLocation: SourceLocation

    public init(
        urlPath: String, title: String, description: String? = nil, layout: String? = nil,
        layoutLocation: SourceLocation? = nil, isDraft: Bool = false, weight: Int = 0, body: String,
        bodyLocation: SourceLocation
    ) {
        self.urlPath = urlPath
        self.title = title
        self.description = description
        self.layout = layout
        self.layoutLocation = layoutLocation
        self.isDraft = isDraft
        self.weight = weight
        self.body = body
        self.bodyLocation = bodyLocation
    }
}

/// The editor's note for one week's bulletin (`content/bulletins/2026-W48.md`, SPEC §8).
public struct BulletinNote: Sendable {
    public var week: ISOWeek
    public var title: String?
    public var summary: String?
    public var isDraft: Bool
    public var body: String
    public var bodyLocation: SourceLocation
    /// Where `title:` and `summary:` are written, for what is said of them.
    public var titleLocation: SourceLocation?
    public var summaryLocation: SourceLocation?

    public init(
        week: ISOWeek, title: String? = nil, summary: String? = nil, isDraft: Bool = false, body: String,
        bodyLocation: SourceLocation, titleLocation: SourceLocation? = nil, summaryLocation: SourceLocation? = nil
    ) {
        self.week = week
        self.title = title
        self.summary = summary
        self.isDraft = isDraft
        self.body = body
        self.bodyLocation = bodyLocation
        self.titleLocation = titleLocation
        self.summaryLocation = summaryLocation
    }
}
