/// A node of `regions.yaml`: the city, its towns and subdistricts, their villages and
/// communities. Kept flat with a parent id; `RegionTree` answers questions about the tree.
public struct Region: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var kind: RegionKind
    public var parentID: String?
    public var location: SourceLocation
    /// The postal code (邮政编码, six digits): the region's own, else the nearest one above it.
    public var postalCode: String?

    public init(
        id: String, name: String, kind: RegionKind, parentID: String?, location: SourceLocation,
        postalCode: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.location = location
        self.postalCode = postalCode
    }
}

/// An organisation that runs points: a 公建民营 company, a social organisation, a village
/// elderly association, or the government itself.
public struct Operator: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var kind: OperatorKind
    public var phone: String?
    public var website: String?
    public var description: String?
    public var location: SourceLocation

    public init(
        id: String, name: String, kind: OperatorKind, phone: String? = nil, website: String? = nil,
        description: String? = nil, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.phone = phone
        self.website = website
        self.description = description
        self.location = location
    }
}
