/// A volunteer activity with its venue resolved.
@dynamicMemberLookup
public struct Activity: ResolvedRecord {
    /// Held once, as a point's facts are: the volunteer index, the bulletins, the feeds and
    /// each notice's route share one record instead of copying its fields.
    @usableFromInline final class Storage: Sendable {
        @usableFromInline let record: ActivityRecord
        @usableFromInline let venue: ServicePoint

        init(record: ActivityRecord, venue: ServicePoint) {
            self.record = record
            self.venue = venue
        }
    }

    @usableFromInline let storage: Storage

    @inlinable public var record: ActivityRecord { storage.record }
    @inlinable public var venue: ServicePoint { storage.venue }

    public init(record: ActivityRecord, venue: ServicePoint) {
        storage = Storage(record: record, venue: venue)
    }

    @inlinable public var id: String { storage.record.id }
    /// Where the record was read (read past the record, as the dynamic member would copy it).
    @inlinable public var source: SourceLocation { storage.record.source }

    @inlinable public subscript<T>(dynamicMember keyPath: KeyPath<ActivityRecord, T>) -> T {
        storage.record[keyPath: keyPath]
    }

    /// Where a notice stands at a moment: a cancelled one stays cancelled, a past one is
    /// done, one with every place taken is full, the rest are open for sign-up.
    public func status(at now: LocalDateTime) -> ActivityStatus {
        if record.isCancelled { return .cancelled }
        if record.end <= now { return .done }
        if let left = record.volunteers?.placesLeft, left == 0 { return .full }
        return .open
    }

    /// The status as of the start of a day, as `--as-of` sets it: an activity later that
    /// day is not yet done.
    public func status(asOf date: LocalDate) -> ActivityStatus {
        status(at: LocalDateTime(date: date, time: LocalTime(hour: 0, minute: 0)!))
    }
}

/// A notice's status (SPEC §6).
public enum ActivityStatus: String, Vocabulary {
    case open, full, done, cancelled
}
