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
                let published = try? JSONDecoder().decode(PublishedFeed.self, from: data)
            else { continue }
            for item in published.items {
                guard let id = item.id, let stamp = item.dateModified, let date = LocalDate(iso: stamp.prefix(10))
                else { continue }
                history.entries[id] = Entry(
                    title: item.title, summary: item.summary, html: item.contentHTML, date: date)
            }
        }
        return history
    }

    /// The day an entry saying exactly this was dated before, if it was published.
    package func date(of id: String, title: String, summary: String?, html: String?) -> LocalDate? {
        guard let entry = entries[id], entry.title == title, entry.summary == summary, entry.html == html else {
            return nil
        }
        return entry.date
    }
}

/// The members of a published JSON Feed the history reads. A member of the wrong type reads
/// as missing, so one odd entry costs only its own date.
private struct PublishedFeed: Decodable {
    var items: [Item]

    struct Item: Decodable {
        var id: String?
        var title: String?
        var summary: String?
        var contentHTML: String?
        var dateModified: String?

        enum CodingKeys: String, CodingKey {
            case id, title, summary
            case contentHTML = "content_html"
            case dateModified = "date_modified"
        }

        init(from decoder: any Decoder) throws {
            let members = try decoder.container(keyedBy: CodingKeys.self)
            func text(_ key: CodingKeys) -> String? { try? members.decodeIfPresent(String.self, forKey: key) }
            (id, title, summary) = (text(.id), text(.title), text(.summary))
            (contentHTML, dateModified) = (text(.contentHTML), text(.dateModified))
        }
    }
}
