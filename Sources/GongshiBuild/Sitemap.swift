import GongshiModel
import GongshiSite

/// `sitemap.xml` (sitemaps.org 0.9) over every page, with `lastmod` where a record says when
/// it was last checked. Past 50,000 addresses, the protocol's limit per file, `sitemap.xml`
/// becomes an index of `sitemap-1.xml`, `sitemap-2.xml`, ….
enum Sitemap {
    static let limit = 50_000

    struct Entry: Sendable {
        var folder: String
        var lastModified: LocalDate?
    }

    /// The sitemap's files. The entries are sorted when a file is first rendered, not when
    /// planned: how many files there are needs only their number, and the preview renders
    /// the sitemap only when it is asked for.
    static func routes(_ entries: [Entry]) -> [Route] {
        let sorted = MadeOnce<Int, [Entry]>()
        let sortedEntries: @Sendable () -> [Entry] = {
            sorted.value(forKey: 0) { entries.sorted { $0.folder.utf8.lexicographicallyPrecedes($1.folder.utf8) } }
        }
        guard entries.count > limit else {
            return [Route(.file("sitemap.xml")) { c, _ in urlset(sortedEntries()[...], c) }]
        }
        let chunks = stride(from: 0, to: entries.count, by: limit).map { $0..<min($0 + limit, entries.count) }
        var routes = chunks.enumerated().map { index, chunk in
            Route(.file("sitemap-\(index + 1).xml")) { c, _ in urlset(sortedEntries()[chunk], c) }
        }
        routes.append(
            Route(.file("sitemap.xml")) { c, _ in
                var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                xml += "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                for index in chunks.indices {
                    xml +=
                        "  <sitemap><loc>\(Escaping.xml(c.paths.absolute("sitemap-\(index + 1).xml")))</loc></sitemap>\n"
                }
                return Array((xml + "</sitemapindex>\n").utf8)
            })
        return routes
    }

    static func urlset(_ entries: ArraySlice<Entry>, _ c: PageContext) -> [UInt8] {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries {
            xml += "  <url><loc>\(Escaping.xml(c.paths.absolute(entry.folder)))</loc>"
            if let date = entry.lastModified { xml += "<lastmod>\(date)</lastmod>" }
            xml += "</url>\n"
        }
        return Array((xml + "</urlset>\n").utf8)
    }
}
