/// A service point with its references resolved: the record's fields are read through it
/// (`point.name`), and its region, town, operator and served villages are objects.
@dynamicMemberLookup
public struct ServicePoint: ResolvedRecord {
    /// The resolved facts, held once: every course and activity at the point, every list it
    /// is on and the by-id index share them instead of copying a record of some hundred
    /// fields (a million-row CSV of points once took 7.8 GB this way).
    @usableFromInline final class Storage: Sendable {
        @usableFromInline let record: PointRecord
        @usableFromInline let region: Region
        @usableFromInline let town: Region?
        @usableFromInline let `operator`: Operator?
        @usableFromInline let serves: [Region]
        @usableFromInline let servedVillages: [Region]

        init(
            record: PointRecord, region: Region, town: Region?, operator: Operator?, serves: [Region],
            servedVillages: [Region]
        ) {
            self.record = record
            self.region = region
            self.town = town
            self.operator = `operator`
            self.serves = serves
            self.servedVillages = servedVillages
        }
    }

    @usableFromInline let storage: Storage

    @inlinable public var record: PointRecord { storage.record }
    @inlinable public var region: Region { storage.region }
    /// The town or subdistrict it stands in, nil only for a point placed at city level.
    @inlinable public var town: Region? { storage.town }
    @inlinable public var `operator`: Operator? { storage.operator }
    /// The regions it serves, as written or defaulted to its own region.
    @inlinable public var serves: [Region] { storage.serves }
    /// The villages and communities among `serves` (a town in `serves` counts all of its).
    @inlinable public var servedVillages: [Region] { storage.servedVillages }

    public init(
        record: PointRecord, region: Region, town: Region?, operator: Operator?, serves: [Region],
        servedVillages: [Region]
    ) {
        storage = Storage(
            record: record, region: region, town: town, operator: `operator`, serves: serves,
            servedVillages: servedVillages)
    }

    @inlinable public var id: String { storage.record.id }
    /// Where the record was read (read past the record, as the dynamic member would copy it).
    @inlinable public var source: SourceLocation { storage.record.source }

    @inlinable public subscript<T>(dynamicMember keyPath: KeyPath<PointRecord, T>) -> T {
        storage.record[keyPath: keyPath]
    }

    /// Whether the point was serving on a given day: operating now and opened by then.
    public func isOperating(on date: LocalDate) -> Bool {
        guard record.status == .operating, let opened = record.opened else { return false }
        return opened <= date
    }
}

/// A record with its references resolved (a point, a course, an activity): what the resolver
/// can take over from an earlier site when the record's file is unchanged.
public protocol ResolvedRecord: Sendable, Identifiable where ID == String {
    /// Where the record was read.
    var source: SourceLocation { get }
}
