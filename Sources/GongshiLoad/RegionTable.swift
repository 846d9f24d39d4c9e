import Foundation
import GongshiModel

/// A region read from a table (regions.xlsx, regions.csv, a workbook's 区域 sheet): a row
/// naming its parent by id. Rows can come in any order and from several files, so they are
/// placed in the tree only once every file is read.
struct RegionRow: Sendable {
    /// The region with the parent its row names; its postal code is its own, if any.
    var region: Region
    var parentCell: SourceLocation?
    var kindCell: SourceLocation
}

/// Places the rows of region tables among the regions of regions.yaml: loops in the
/// parent column are broken and reported, levels are checked against the parent, postal
/// codes are inherited down the tree, and the result is in tree order (a parent before its
/// children), as `RegionTree` expects.
enum RegionTable {
    static func place(_ rows: [RegionRow], among regions: [Region], log: inout LoadLog) -> [Region] {
        var all = regions + rows.map(\.region)
        var firstIndex: [String: Int] = [:]
        for (index, region) in all.enumerated() where firstIndex[region.id] == nil { firstIndex[region.id] = index }
        let rowIndices = regions.count..<all.count

        for (row, index) in zip(rows, rowIndices) {
            guard let chain = loop(from: index, in: all, firstIndex: firstIndex) else { continue }
            log.diagnostics.append(.error(.record(.regionParentLoop(chain: chain)), at: row.parentCell ?? row.kindCell))
            all[index].parentID = nil
        }
        for (row, index) in zip(rows, rowIndices) {
            guard let parentID = all[index].parentID, let parent = firstIndex[parentID].map({ all[$0] }) else {
                continue
            }
            if !RegionDecoder.canNest(all[index].kind, under: parent.kind) {
                log.diagnostics.append(
                    .error(
                        .record(
                            .regionInside(
                                kind: all[index].kind.rawValue, parentKind: parent.kind.rawValue, parent: parent.id)),
                        at: row.kindCell))
            }
        }
        return inTreeOrder(inheritingPostalCodes(all, firstIndex: firstIndex))
    }

    /// The ids from the region at `start` up its parents and back to itself, when they loop.
    static func loop(from start: Int, in all: [Region], firstIndex: [String: Int]) -> [String]? {
        var chain = [all[start].id]
        var next = all[start].parentID.flatMap { firstIndex[$0] }
        while let index = next {
            chain.append(all[index].id)
            if index == start { return chain }
            if chain.dropLast().contains(all[index].id) { return nil }  // a loop above, reported from its own rows
            next = all[index].parentID.flatMap { firstIndex[$0] }
        }
        return nil
    }

    /// Each region without a postal code of its own takes its nearest ancestor's.
    static func inheritingPostalCodes(_ all: [Region], firstIndex: [String: Int]) -> [Region] {
        var resolved: [Int: String?] = [:]
        func code(_ index: Int, depth: Int) -> String? {
            if let known = resolved[index] { return known }
            let region = all[index]
            var found = region.postalCode
            if found == nil, depth < all.count, let parent = region.parentID.flatMap({ firstIndex[$0] }) {
                found = code(parent, depth: depth + 1)
            }
            resolved[index] = found
            return found
        }
        return all.indices.map { index in
            var region = all[index]
            region.postalCode = code(index, depth: 0)
            return region
        }
    }

    /// Parents before children: each root in reading order, then its children depth first.
    static func inTreeOrder(_ all: [Region]) -> [Region] {
        let ids = Set(all.map(\.id))
        var children: [String: [Int]] = [:]
        var roots: [Int] = []
        for (index, region) in all.enumerated() {
            if let parent = region.parentID, ids.contains(parent), parent != region.id {
                children[parent, default: []].append(index)
            } else {
                roots.append(index)
            }
        }
        var out: [Region] = []
        var placed = Set<Int>()
        var expanded = Set<String>()
        func visit(_ index: Int) {
            guard placed.insert(index).inserted else { return }
            out.append(all[index])
            // A duplicated id (reported elsewhere) lists its children once, under the first.
            guard expanded.insert(all[index].id).inserted else { return }
            for child in children[all[index].id] ?? [] { visit(child) }
        }
        for root in roots { visit(root) }
        for index in all.indices where !placed.contains(index) { visit(index) }
        return out
    }
}

/// What each sheet of a workbook placed directly in content/ holds, by its name:
/// `服务点·枫桥镇` holds points. (A workbook in a kind folder holds that kind on every sheet.)
public enum WorkbookSheets {
    /// The record kinds a sheet can hold, each with the Chinese word its name starts with and
    /// the English one, in the order `gongshi sheet` writes them.
    public static let kinds: [(kind: LoadLog.RecordKind, chinese: String, english: String)] = [
        (.region, "区域", "regions"), (.operator, "运营方", "operators"), (.point, "服务点", "points"),
        (.course, "课程", "courses"), (.activity, "活动", "activities"),
    ]

    /// The kind a sheet's name says it holds, or nil when it names none.
    public static func kind(ofSheet name: String) -> LoadLog.RecordKind? {
        let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
        return kinds.first { trimmed.hasPrefix($0.chinese) || trimmed.hasPrefix($0.english) }?.kind
    }
}
