import GongshiModel

/// The public record of changes (变更公示): what changed between one publication and the next,
/// by publication day, oldest first. It is published as `changes/history.json` and read back
/// from the output folder by the next build, which appends to it: a past day is never
/// rewritten, and the changes of one day merge (an hour changed twice in a day is one change,
/// a record added and removed the same day none).
public struct ChangeHistory: Sendable, Equatable {
    /// The first day the history covers: earlier changes are not in it.
    public var since: LocalDate
    public var days: [Day]

    public init(since: LocalDate, days: [Day] = []) {
        self.since = since
        self.days = days
    }

    /// The changes published on one day.
    public struct Day: Sendable, Equatable {
        public var date: LocalDate
        public var changes: [Change]

        public init(date: LocalDate, changes: [Change]) {
            self.date = date
            self.changes = changes
        }
    }

    /// One record added, removed or changed.
    public struct Change: Sendable, Equatable {
        public enum Kind: String, Sendable, CaseIterable {
            case added, changed, removed
        }

        public var change: Kind
        public var record: PublicRecord.Kind
        public var id: String
        /// The record's name: as it is now, or as it was for a removed record.
        public var name: String
        /// For a change, each field that differs; for an added or removed record, all of them.
        public var fields: [FieldChange]

        public init(change: Kind, record: PublicRecord.Kind, id: String, name: String, fields: [FieldChange]) {
            (self.change, self.record, self.id, self.name, self.fields) = (change, record, id, name, fields)
        }

        var key: String { record.rawValue + ":" + id }
    }

    /// A field's value before and after (nil where the record had no such field).
    public struct FieldChange: Sendable, Equatable {
        public var key: String
        public var label: String
        public var before: String?
        public var after: String?

        public init(key: String, label: String, before: String?, after: String?) {
            (self.key, self.label, self.before, self.after) = (key, label, before, after)
        }
    }

    /// What differs between two publications' records, by kind and then id.
    public static func changes(from old: [PublicRecord], to new: [PublicRecord]) -> [Change] {
        let before = Dictionary(old.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var out: [Change] = []
        for record in new {
            guard let previous = before[record.key] else {
                out.append(Change(added: record))
                continue
            }
            let fields = fieldChanges(from: previous, to: record)
            if !fields.isEmpty {
                out.append(
                    Change(change: .changed, record: record.kind, id: record.id, name: record.name, fields: fields))
            }
        }
        for record in old where after[record.key] == nil { out.append(Change(removed: record)) }
        let order = Dictionary(uniqueKeysWithValues: PublicRecord.Kind.allCases.enumerated().map { ($1, $0) })
        return out.sorted { (order[$0.record]!, $0.id) < (order[$1.record]!, $1.id) }
    }

    /// The fields that differ, in the new record's order, then those it no longer has.
    static func fieldChanges(from old: PublicRecord, to new: PublicRecord) -> [FieldChange] {
        var out: [FieldChange] = []
        for field in new.fields where old.value(field.key) != field.value {
            out.append(
                FieldChange(key: field.key, label: field.label, before: old.value(field.key), after: field.value))
        }
        for field in old.fields where new.value(field.key) == nil {
            out.append(FieldChange(key: field.key, label: field.label, before: field.value, after: nil))
        }
        return out
    }

    /// The history with this publication's changes: `records` published on `day`, the previous
    /// publication having been `previous`. A publication on the same day as the last entry
    /// replaces that entry with the changes since the day began; one dated earlier than the
    /// last entry (an older `--as-of`) counts as that day's, so entries stay in date order
    /// and no earlier day is touched.
    public func recording(_ records: [PublicRecord], previous: [PublicRecord], on day: LocalDate) -> ChangeHistory {
        var history = self
        var startOfDay = previous
        var date = day
        if let last = days.last, last.date >= day {
            date = last.date
            startOfDay = Self.undoing(last.changes, from: previous)
            history.days.removeLast()
        }
        let changes = Self.changes(from: startOfDay, to: records)
        if !changes.isEmpty { history.days.append(Day(date: date, changes: changes)) }
        return history
    }

    /// The records as they were before `changes` were made to them.
    static func undoing(_ changes: [Change], from records: [PublicRecord]) -> [PublicRecord] {
        let byKey = Dictionary(changes.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var out: [PublicRecord] = []
        for record in records {
            guard let change = byKey[record.key] else {
                out.append(record)
                continue
            }
            switch change.change {
            case .added, .removed: continue
            case .changed:
                var fields = record.fields
                for field in change.fields {
                    if let i = fields.firstIndex(where: { $0.key == field.key }) {
                        if let before = field.before { fields[i].value = before } else { fields.remove(at: i) }
                    } else if let before = field.before {
                        fields.append(PublicRecord.Field(key: field.key, label: field.label, value: before))
                    }
                }
                out.append(PublicRecord(kind: record.kind, id: record.id, fields: fields))
            }
        }
        for change in changes where change.change == .removed {
            let fields = change.fields.compactMap { field in
                field.before.map { PublicRecord.Field(key: field.key, label: field.label, value: $0) }
            }
            out.append(PublicRecord(kind: change.record, id: change.id, fields: fields))
        }
        return out
    }
}

extension ChangeHistory.Change {
    init(added record: PublicRecord) {
        self.init(
            change: .added, record: record.kind, id: record.id, name: record.name,
            fields: record.fields.map { .init(key: $0.key, label: $0.label, before: nil, after: $0.value) })
    }

    init(removed record: PublicRecord) {
        self.init(
            change: .removed, record: record.kind, id: record.id, name: record.name,
            fields: record.fields.map { .init(key: $0.key, label: $0.label, before: $0.value, after: nil) })
    }
}
