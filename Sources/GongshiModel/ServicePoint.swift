/// A service point with its references resolved: the record's fields are read through it
/// (`point.name`), and its region, town, operator and served villages are objects.
@dynamicMemberLookup
public struct ServicePoint: Sendable, Identifiable {
    public let record: PointRecord
    public let region: Region
    /// The town or subdistrict it stands in, nil only for a point placed at city level.
    public let town: Region?
    public let `operator`: Operator?
    /// The regions it serves, as written or defaulted to its own region.
    public let serves: [Region]
    /// The villages and communities among `serves` (a town in `serves` counts all of its).
    public let servedVillages: [Region]

    public init(
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

    public var id: String { record.id }

    public subscript<T>(dynamicMember keyPath: KeyPath<PointRecord, T>) -> T { record[keyPath: keyPath] }

    /// Whether the point was serving on a given day: operating now and opened by then.
    public func isOperating(on date: LocalDate) -> Bool {
        guard record.status == .operating, let opened = record.opened else { return false }
        return opened <= date
    }
}
