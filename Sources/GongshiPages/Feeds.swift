import Foundation
import GongshiModel
import GongshiRender
import GongshiReports
import GongshiSite

/// Atom (RFC 4287) and JSON Feed 1.1 for the weekly bulletins and the volunteer notices, so
/// families can follow them in a feed reader. An entry's date changes only when what it
/// says does, or readers would show every entry as new on every build: a bulletin is dated
/// by the day its figures are counted to (its week's Sunday, or the as-of day within the
/// week, which its text names); a notice by its `updated` field, else by the day the
/// previous publication dated it if it still says the same (`FeedHistory`), else by the
/// as-of day. Times are the site's local midnight.
extension Feeds {
    /// One feed item, the same facts for both formats.
    struct Item {
        var id: String
        var title: String
        var link: String
        var updated: LocalDate
        var summary: String?
        var html: String?

        /// An entry dated by its own content (`date`), or else by the feed history and the
        /// as-of day.
        init(
            id: String, title: String, link: String, date: LocalDate?, summary: String?, html: String?,
            _ c: PageContext
        ) {
            (self.id, self.title, self.link, self.summary, self.html) = (id, title, link, summary, html)
            updated =
                date ?? c.feedHistory.date(
                    of: id, title: title, summary: summary, html: Self.contentHTML(html, summary))
                ?? c.today
        }

        /// JSON Feed's `content_html`: the entry's HTML, or its summary as a paragraph.
        static func contentHTML(_ html: String?, _ summary: String?) -> String? {
            html ?? summary.map { "<p>\(Escaping.xml($0))</p>" }
        }
    }

    struct Feed {
        var path: String
        var title: String
        var link: String
        var items: [Item]
    }

    package static func routes(bulletinWeeks weeks: [ISOWeek], includeDrafts: Bool) -> [Route] {
        [
            Route(.file("bulletins/atom.xml")) { c, theme in
                atom(bulletins(weeks, includeDrafts: includeDrafts, c, theme), c)
            },
            Route(.file("bulletins/feed.json")) { c, theme in
                jsonFeed(bulletins(weeks, includeDrafts: includeDrafts, c, theme), c)
            },
            Route(.file("volunteer/atom.xml")) { c, _ in atom(notices(c), c) },
            Route(.file("volunteer/feed.json")) { c, _ in jsonFeed(notices(c), c) },
        ]
    }

    /// How many of the newest bulletins the feed carries: readers fetch it often, and older
    /// weeks stay on the bulletin pages.
    static let bulletinsInFeed = 12

    static func bulletins(_ weeks: [ISOWeek], includeDrafts: Bool, _ c: PageContext, _ theme: Theme) -> Feed {
        let items = weeks.suffix(bulletinsInFeed).reversed().map { week -> Item in
            let note = BulletinPages.note(c.site, week: week, includeDrafts: includeDrafts)
            let html = BulletinPages.html(week, note: note, c, theme)
            return Item(
                id: c.paths.absolute(.bulletin(week)),
                title: BulletinPages.title(week, c.words) + (note?.title.map { "：" + $0 } ?? ""),
                link: c.paths.absolute(.bulletin(week)), date: ReportPages.figuresDay(week, c),
                summary: note?.summary,
                html: html.map { c.paths.absoluteLinks(inHTML: $0, page: "bulletins/\(week)/") }, c)
        }
        return Feed(
            path: "bulletins/", title: c.site.settings.title + " · " + c.words["bulletins.title"],
            link: c.paths.absolute(.bulletins), items: items)
    }

    static func notices(_ c: PageContext) -> Feed {
        let coming = c.site.activities.filter { [.open, .full].contains($0.status(asOf: c.today)) }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        let items = coming.map { activity -> Item in
            let summary = c.activitySummary(activity)
            let parts = [summary.when, summary.venue, summary.placesLeft ?? summary.status]
            return Item(
                id: c.paths.absolute(.activity(activity.id)), title: activity.title,
                link: c.paths.absolute(.activity(activity.id)), date: activity.updated?.value,
                summary: parts.joined(separator: " · "), html: nil, c)
        }
        return Feed(
            path: "volunteer/", title: c.site.settings.title + " · " + c.words["volunteer.title"],
            link: c.paths.absolute(.volunteer), items: items)
    }

    /// `2026-11-22T00:00:00+08:00`.
    static func timestamp(_ date: LocalDate, _ offset: UTCOffset) -> String { "\(date)T00:00:00\(offset)" }

    static func atom(_ feed: Feed, _ c: PageContext) -> [UInt8] {
        let offset = c.site.settings.offset
        let updated = feed.items.map(\.updated).max() ?? c.today
        let language = Escaping.xml(c.site.settings.language.rawValue)
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(language)\">\n"
        xml += "  <id>\(Escaping.xml(feed.link))</id>\n  <title>\(Escaping.xml(feed.title))</title>\n"
        xml += "  <updated>\(timestamp(updated, offset))</updated>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(Escaping.xml(feed.link))\"/>\n"
        xml += "  <link rel=\"self\" href=\"\(Escaping.xml(c.paths.absolute(feed.path + "atom.xml")))\"/>\n"
        xml += "  <author><name>\(Escaping.xml(c.site.settings.publisher.name))</name></author>\n"
        for item in feed.items {
            xml += "  <entry>\n    <id>\(Escaping.xml(item.id))</id>\n    <title>\(Escaping.xml(item.title))</title>\n"
            xml += "    <updated>\(timestamp(item.updated, offset))</updated>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(Escaping.xml(item.link))\"/>\n"
            if let summary = item.summary { xml += "    <summary>\(Escaping.xml(summary))</summary>\n" }
            if let html = item.html { xml += "    <content type=\"html\">\(Escaping.xml(html))</content>\n" }
            xml += "  </entry>\n"
        }
        return Array((xml + "</feed>\n").utf8)
    }

    static func jsonFeed(_ feed: Feed, _ c: PageContext) -> [UInt8] {
        let offset = c.site.settings.offset
        let items = feed.items.map { item -> DataJSON in
            var entry: [String: DataJSON] = [
                "id": .string(item.id), "url": .string(item.link), "title": .string(item.title),
                "date_modified": .string(timestamp(item.updated, offset)),
            ]
            // An entry without a summary or content leaves the member out rather than null.
            entry["summary"] = item.summary.map(DataJSON.string)
            entry["content_html"] = Item.contentHTML(item.html, item.summary).map(DataJSON.string)
            return .object(entry)
        }
        return DataJSON.object([
            "version": .string("https://jsonfeed.org/version/1.1"),
            "title": .string(feed.title),
            "home_page_url": .string(feed.link),
            "feed_url": .string(c.paths.absolute(feed.path + "feed.json")),
            "language": .string(c.site.settings.language.rawValue),
            "authors": .array([.object(["name": .string(c.site.settings.publisher.name)])]),
            "items": .array(items),
        ]).fileBytes
    }
}
