/// A service point with its references resolved: the record's fields are read through it
/// (`point.name`), and its region, town, operator and served villages are objects.
@dynamicMemberLookup
public struct ServicePoint: Sendable, Identifiable {
    /// The resolved facts, held once: every course and activity at the point, every list it
    /// is on and the by-id index share them instead of copying a record of some hundred
    /// fields (a million-row CSV of points once took 7.8 GB this way).
    private final class Storage: Sendable {
        let record: PointRecord
        let region: Region
        let town: Region?
        let `operator`: Operator?
        let serves: [Region]
        let servedVillages: [Region]

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

    private let storage: Storage

    public var record: PointRecord { storage.record }
    public var region: Region { storage.region }
    /// The town or subdistrict it stands in, nil only for a point placed at city level.
    public var town: Region? { storage.town }
    public var `operator`: Operator? { storage.operator }
    /// The regions it serves, as written or defaulted to its own region.
    public var serves: [Region] { storage.serves }
    /// The villages and communities among `serves` (a town in `serves` counts all of its).
    public var servedVillages: [Region] { storage.servedVillages }

    public init(
        record: PointRecord, region: Region, town: Region?, operator: Operator?, serves: [Region],
        servedVillages: [Region]
    ) {
        storage = Storage(
            record: record, region: region, town: town, operator: `operator`, serves: serves,
            servedVillages: servedVillages)
    }

    public var id: String { record.id }

    public subscript<T>(dynamicMember keyPath: KeyPath<PointRecord, T>) -> T { storage.record[keyPath: keyPath] }

    /// Whether the point was serving on a given day: operating now and opened by then.
    public func isOperating(on date: LocalDate) -> Bool {
        guard record.status == .operating, let opened = record.opened else { return false }
        return opened <= date
    }
}
