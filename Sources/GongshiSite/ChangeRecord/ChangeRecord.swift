import Foundation
import GongshiModel

/// The change record of one publication: its public records (listed in `data/manifest.json`)
/// and the history with what changed since the previous publication appended.
public struct ChangeRecord: Sendable {
    public var records: [PublicRecord]
    public var history: ChangeHistory

    /// Where the history is published, and read back from by the next build.
    public static let historyPath = "changes/history.json"
    /// Where the manifest is published: every file with its size and SHA-256, every record
    /// with the digest of its public fields.
    public static let manifestPath = "data/manifest.json"

    /// This publication's record: the site's records published on `day`, compared with what
    /// the previous publication in the output folder held. Without a history there the
    /// history starts today; without a previous manifest there is nothing to compare with,
    /// so nothing is recorded.
    public init(site: Site, words: Words, day: LocalDate, previous: PreviousPublication) {
        let records = PublicRecord.all(in: site, words: words)
        let history = previous.history ?? ChangeHistory(since: day)
        self.records = records
        self.history = previous.records.map { history.recording(records, previous: $0, on: day) } ?? history
    }
}

/// What the publication already in the output folder holds for the change record.
public struct PreviousPublication: Sendable {
    public var history: ChangeHistory?
    public var records: [PublicRecord]?

    public init(history: ChangeHistory? = nil, records: [PublicRecord]? = nil) {
        self.history = history
        self.records = records
    }

    /// Reads the history and the manifest's records from `output`; absent files are none
    /// (a first build, or a folder built without recording). A file that is there but cannot
    /// be read stops the build: going on would start the public record anew.
    public static func read(publishedIn output: URL) throws(ChangeRecordFailure) -> PreviousPublication {
        func contents(_ path: String) -> Data? {
            FileManager.default.contents(atPath: output.appendingPathComponent(path).path)
        }
        var previous = PreviousPublication()
        if let data = contents(ChangeRecord.historyPath) {
            guard let history = try? JSONDecoder().decode(PublishedHistory.self, from: data).history else {
                throw ChangeRecordFailure(path: ChangeRecord.historyPath)
            }
            previous.history = history
        }
        if let data = contents(ChangeRecord.manifestPath) {
            guard let manifest = try? JSONDecoder().decode(PublishedManifest.self, from: data),
                let records = manifest.publicRecords
            else { throw ChangeRecordFailure(path: ChangeRecord.manifestPath) }
            previous.records = records
        }
        return previous
    }
}

/// A file of the previous publication's change record that cannot be read.
public struct ChangeRecordFailure: Error, Sendable {
    /// Below the output folder (`changes/history.json`).
    public var path: String
}

extension ChangeHistory {
    /// `changes/history.json`: keys in code-point order, so the same history gives the same bytes.
    package var json: DataJSON {
        .object([
            "since": .string(since.description),
            "days": .array(
                days.map { day in
                    .object([
                        "date": .string(day.date.description),
                        "changes": .array(day.changes.map(\.json)),
                    ])
                }),
        ])
    }
}

extension ChangeHistory.Change {
    var json: DataJSON {
        .object([
            "change": .string(change.rawValue), "kind": .string(record.rawValue), "id": .string(id),
            "name": .string(name),
            "fields": .array(
                fields.map {
                    .object([
                        "key": .string($0.key), "label": .string($0.label), "before": .optional($0.before),
                        "after": .optional($0.after),
                    ])
                }),
        ])
    }
}

/// `changes/history.json` as published.
private struct PublishedHistory: Decodable {
    var since: String
    var days: [PublishedDay]

    struct PublishedDay: Decodable {
        var date: String
        var changes: [PublishedChange]
    }

    struct PublishedChange: Decodable {
        var change: String
        var kind: String
        var id: String
        var name: String
        var fields: [PublishedFieldChange]
    }

    struct PublishedFieldChange: Decodable {
        var key: String
        var label: String
        var before: String?
        var after: String?
    }

    /// Nil when a date or a word is not one the history writes.
    var history: ChangeHistory? {
        guard let since = LocalDate(iso: since) else { return nil }
        var days: [ChangeHistory.Day] = []
        for day in self.days {
            guard let date = LocalDate(iso: day.date) else { return nil }
            var changes: [ChangeHistory.Change] = []
            for change in day.changes {
                guard let kind = ChangeHistory.Change.Kind(rawValue: change.change),
                    let record = PublicRecord.Kind(rawValue: change.kind)
                else { return nil }
                changes.append(
                    .init(
                        change: kind, record: record, id: change.id, name: change.name,
                        fields: change.fields.map {
                            .init(key: $0.key, label: $0.label, before: $0.before, after: $0.after)
                        }))
            }
            days.append(.init(date: date, changes: changes))
        }
        return ChangeHistory(since: since, days: days)
    }
}

/// The records of a published `data/manifest.json` (its files are not read back).
private struct PublishedManifest: Decodable {
    var labels: [String: [String: String]]
    var records: [PublishedRecord]

    struct PublishedRecord: Decodable {
        var kind: PublicRecord.Kind
        var id: String
        var fields: [[String]]
    }

    /// Nil when a field is not a `[key, value]` pair with a label.
    var publicRecords: [PublicRecord]? {
        var out: [PublicRecord] = []
        out.reserveCapacity(records.count)
        for record in records {
            var fields: [PublicRecord.Field] = []
            for pair in record.fields {
                guard pair.count == 2, let label = labels[record.kind.rawValue]?[pair[0]] else { return nil }
                fields.append(.init(key: pair[0], label: label, value: pair[1]))
            }
            out.append(PublicRecord(kind: record.kind, id: record.id, fields: fields))
        }
        return out
    }
}

extension PublicRecord.Kind: Decodable {}
