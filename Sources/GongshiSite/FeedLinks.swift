/// The site's feeds as every page's head names them; the feeds themselves are made in
/// GongshiPages (`Feeds.routes`).
package enum Feeds {
    /// The JSON Feeds, which `FeedHistory` reads back.
    static let jsonFeedPaths = ["bulletins/feed.json", "volunteer/feed.json"]

    /// The feeds every page links to from its head (the change record's when it is kept).
    static func links(_ c: PageContext) -> [LayoutModel.FeedLink] {
        let changes =
            c.sections.contains("changes/") ? [("application/atom+xml", "changes.title", "changes/atom.xml")] : []
        return
            ([
                ("application/atom+xml", "bulletins.title", "bulletins/atom.xml"),
                ("application/feed+json", "bulletins.title", "bulletins/feed.json"),
                ("application/atom+xml", "volunteer.title", "volunteer/atom.xml"),
                ("application/feed+json", "volunteer.title", "volunteer/feed.json"),
            ] + changes).map { .init(type: $0.0, title: c.words[$0.1], href: c.paths.link($0.2)) }
    }
}
