import Foundation
import GongshiModel

/// The feed entries of the previous publication, read back from its JSON Feeds, so that an
/// entry without a date of its own keeps the day it first appeared with what it says now.
/// Without it a weekly build would date every unchanged notice anew and feed readers would
/// show all of them as new. The published feeds are the record: nothing else is kept.
public struct FeedHistory: Sendable {
    /// What an entry said and the day it was dated.
    struct Entry: Equatable {
        var title: String?
        var summary: String?
        var html: String?
        var date: LocalDate
    }

    var entries: [String: Entry] = [:]

    public init() {}

    /// The feeds published at `output` (`bulletins/feed.json`, `volunteer/feed.json`); none
    /// when the folder holds no feeds or they cannot be read, which only costs dates.
    public static func read(publishedIn output: URL) -> FeedHistory {
        var history = FeedHistory()
        for feed in Feeds.jsonFeedPaths {
            guard let data = try? Data(contentsOf: output.appendingPathComponent(feed)),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let items = object["items"] as? [[String: Any]]
            else { continue }
            for item in items {
                guard let id = item["id"] as? String, let stamp = item["date_modified"] as? String,
                    let date = LocalDate(iso: stamp.prefix(10))
                else { continue }
                history.entries[id] = Entry(
                    title: item["title"] as? String, summary: item["summary"] as? String,
                    html: item["content_html"] as? String, date: date)
            }
        }
        return history
    }

    /// The day an entry saying exactly this was dated before, if it was published.
    func date(of id: String, title: String, summary: String?, html: String?) -> LocalDate? {
        guard let entry = entries[id], entry.title == title, entry.summary == summary, entry.html == html else {
            return nil
        }
        return entry.date
    }
}
