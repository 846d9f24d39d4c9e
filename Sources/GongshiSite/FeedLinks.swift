/// The site's feeds as every page's head names them; the feeds themselves are made in
/// GongshiPages (`Feeds.routes`).
package enum Feeds {
    /// The JSON Feeds, which `FeedHistory` reads back.
    static let jsonFeedPaths = ["bulletins/feed.json", "volunteer/feed.json"]

    /// The feeds every page links to from its head.
    static func links(_ c: PageContext) -> [LayoutModel.FeedLink] {
        [
            ("application/atom+xml", "bulletins.title", "bulletins/atom.xml"),
            ("application/feed+json", "bulletins.title", "bulletins/feed.json"),
            ("application/atom+xml", "volunteer.title", "volunteer/atom.xml"),
            ("application/feed+json", "volunteer.title", "volunteer/feed.json"),
        ].map { .init(type: $0.0, title: c.words[$0.1], href: c.paths.link($0.2)) }
    }
}
