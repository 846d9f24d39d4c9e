/// The regions of `regions.yaml` with the questions pages ask of them answered once.
public struct RegionTree: Sendable {
    /// Every region in file order (a parent before its children).
    public let all: [Region]
    private let byID: [String: Region]
    /// Each region's children as `byID` has them (the first region of an id), in file order:
    /// kept whole, so a walk down the tree looks up each region once.
    private let childRegions: [String: [Region]]

    public init(_ regions: [Region]) {
        all = regions
        let byID = Dictionary(regions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var children: [String: [Region]] = [:]
        for region in regions {
            if let parent = region.parentID, let child = byID[region.id] { children[parent, default: []].append(child) }
        }
        self.byID = byID
        childRegions = children
    }

    public subscript(id: String) -> Region? { byID[id] }

    public func children(of id: String) -> [Region] { childRegions[id] ?? [] }

    /// The region and all regions under it, depth first in file order.
    public func subtree(of id: String) -> [Region] {
        guard let root = byID[id] else { return [] }
        // Into one array: joining each child's subtree copied every region once per level.
        var out = [root]
        func addChildren(of id: String) {
            for child in children(of: id) {
                out.append(child)
                addChildren(of: child.id)
            }
        }
        addChildren(of: id)
        return out
    }

    /// Parents from the region itself up to the root.
    public func lineage(of id: String) -> [Region] {
        var out: [Region] = []
        var next = byID[id]
        while let region = next, !out.contains(where: { $0.id == region.id }) {
            out.append(region)
            next = region.parentID.flatMap { byID[$0] }
        }
        return out
    }

    /// The town or subdistrict a region lies in (the region itself when it is one).
    public func town(of id: String) -> Region? { lineage(of: id).first { $0.kind.isTownLevel } }

    /// The villages and communities under a region (the region itself when it is one).
    public func villages(under id: String) -> [Region] { subtree(of: id).filter { $0.kind.isVillageLevel } }

    /// Towns and subdistricts under a region, in file order.
    public func towns(under id: String) -> [Region] { subtree(of: id).filter { $0.kind.isTownLevel } }
}
