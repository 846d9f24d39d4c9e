import Foundation
import GongshiLoad
import GongshiModel
import Testing

/// Regions as rows with a `parent` column (regions.csv, regions.xlsx, a 区域 sheet): the
/// same tree as regions.yaml, whatever order the rows come in.
@Suite struct RegionTableTests {
    static let sampleContent = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content")

    /// What a region is, without where it was read.
    struct Fact: Equatable {
        var id, name, kind: String
        var parent, postalCode: String?
        init(_ region: Region) {
            (id, name, kind, parent, postalCode) = (
                region.id, region.name, region.kind.rawValue, region.parentID, region.postalCode
            )
        }
    }

    static func regions(_ files: [String: String]) -> (facts: [Fact], diagnostics: [Diagnostic]) {
        let result = checkFiles(files)
        return ((result.site?.regions.all ?? []).map(Fact.init), result.diagnostics)
    }

    /// The sample site's 500-odd regions written as CSV rows, villages first and the city
    /// last, without the postal codes they inherit: read back as the same tree in the same
    /// order (siblings keep the order of their rows).
    @Test func theSampleTreeReadsTheSameFromRowsInAnyOrder() throws {
        let yaml = try String(contentsOf: Self.sampleContent.appendingPathComponent("regions.yaml"), encoding: .utf8)
        let settings = try String(contentsOf: Self.sampleContent.appendingPathComponent("site.yaml"), encoding: .utf8)
        let (tree, treeProblems) = Self.regions(["content/site.yaml": settings, "content/regions.yaml": yaml])
        #expect(treeProblems.filter { $0.severity == .error } == [])
        #expect(tree.count > 100)

        let (loaded, _) = SiteLoader.parse(files: [ContentFile(path: "content/regions.yaml", text: yaml)])
        let inherited = Dictionary(loaded.regions.map { ($0.id, $0.postalCode) }) { a, _ in a }
        let sampleTree = RegionTree(loaded.regions)
        let depth = Dictionary(loaded.regions.map { ($0.id, sampleTree.lineage(of: $0.id).count) }) { a, _ in a }
        let deepestFirst = loaded.regions.enumerated().sorted {
            (depth[$0.element.id]!, -$0.offset) > (depth[$1.element.id]!, -$1.offset)
        }.map(\.element)
        #expect(deepestFirst.first?.kind.isVillageLevel == true && deepestFirst.last?.parentID == nil)
        let rows = deepestFirst.map { region -> String in
            // A row states its postal code only where its parent's differs.
            let own = region.postalCode != region.parentID.flatMap { inherited[$0] ?? nil } ? region.postalCode : nil
            return [region.id, region.name, region.kind.rawValue, region.parentID ?? "", own ?? ""].joined(
                separator: ",")
        }
        let csv = (["id,name,kind,parent,postal_code"] + rows).joined(separator: "\n")
        let (table, tableProblems) = Self.regions([
            "content/site.yaml": settings, "content/regions.csv": csv,
        ])
        #expect(tableProblems.filter { $0.severity == .error } == [])
        #expect(table == tree)
    }

    static let csvPath = "content/regions.csv"

    static func withTable(_ csv: String) -> [String: String] {
        ["content/site.yaml": MinimalSite.settings, csvPath: csv]
    }

    @Test func aParentLoopIsReportedOnceAtTheParentCell() {
        let (facts, diagnostics) = Self.regions(
            Self.withTable(
                """
                id,name,kind,parent
                city,市,city,
                east,东镇,town,east-a
                east-a,甲村,village,east
                """))
        #expect(
            diagnostics == [
                .error(.record(.regionParentLoop(chain: ["east", "east-a", "east"])), at: at(Self.csvPath, 3, 14))
            ])
        #expect(facts.map(\.id) == ["city", "east", "east-a"])
    }

    @Test func aRegionThatIsItsOwnParentIsALoop() {
        let (_, diagnostics) = Self.regions(Self.withTable("id,name,kind,parent\ncity,市,city,city"))
        #expect(
            diagnostics == [.error(.record(.regionParentLoop(chain: ["city", "city"])), at: at(Self.csvPath, 2, 13))])
    }

    @Test func aLevelAboveItsParentIsReportedAtTheKind() {
        let (_, diagnostics) = Self.regions(
            Self.withTable("id,name,kind,parent\ncity,市,city,\neast-a,甲村,village,city\neast,东镇,town,east-a"))
        #expect(
            diagnostics == [
                .error(
                    .record(.regionInside(kind: "town", parentKind: "village", parent: "east-a")),
                    at: at(Self.csvPath, 4, 9))
            ])
    }

    @Test func anUnknownParentIsAnUnknownRegionAtItsCell() {
        let (_, diagnostics) = Self.regions(
            Self.withTable("id,name,kind,parent\ncity,市,city,\neast,东镇,town,cty"))
        #expect(
            diagnostics == [
                .error(
                    .record(.unknownReference(noun: .region, kind: .region, id: "cty", suggestion: "city")),
                    at: at(Self.csvPath, 3, 14))
            ])
    }

    /// A row's region may lie in a region of regions.yaml, and points may stand in it.
    @Test func rowsHangUnderTheRegionsOfRegionsYAML() throws {
        let result = checkFiles(
            MinimalSite.with([
                "content/site.yaml": MinimalSite.settings + "\nprovince: 浙江省",
                "content/regions.csv":
                    "id,name,kind,parent,postal_code\nnorth,北镇,town,city,311899\nnorth-a,丁村,village,north,",
                "content/points/p.csv": "id,kind,name,region,address,status\np1,canteen,丁村食堂,north-a,丁村1号,planned",
            ]))
        #expect(result.diagnostics == [])
        let tree = try #require(result.site?.regions)
        #expect(tree.lineage(of: "north-a").map(\.id) == ["north-a", "north", "city"])
        #expect(tree["north-a"]?.postalCode == "311899")
    }

    @Test func noRegionsAtAllIsStillMissingRegions() {
        let result = checkFiles(["content/site.yaml": MinimalSite.settings])
        #expect(result.diagnostics.contains(.error(.record(.noRegionsFile), at: .file("content/regions.yaml"))))
    }

    /// Operators as rows, like any record file.
    @Test func operatorsReadFromATable() throws {
        let result = checkFiles(
            MinimalSite.with([
                "content/operators.csv": "id,name,kind,phone\nop1,诸暨颐养服务中心,social-org,0575-87000003"
            ]))
        #expect(result.diagnostics == [])
        #expect(result.site?.operators.map(\.id) == ["op1"])
    }

    /// A workbook directly in content/ holds several kinds, each sheet by its name; a sheet
    /// whose name names none is an error once (its rows would otherwise go unpublished).
    @Test func aWorkbookInContentHoldsEachKindOnItsNamedSheet() throws {
        let path = "content/诸暨数据.xlsx"
        func sheet(_ rows: [[String]]) -> Data {
            Data(TestWorkbook.sheet(rows: rows.enumerated().map { TestWorkbook.inlineRow($0 + 1, $1) }).utf8)
        }
        let names = ["说明", "区域", "服务点·东镇", "Sheet1", "#选项"]
        let bytes = try TestWorkbook.zip([
            ("xl/workbook.xml", Data(TestWorkbook.workbookXML(names).utf8)),
            ("xl/worksheets/sheet1.xml", sheet([["每行一条记录"]])),
            (
                "xl/worksheets/sheet2.xml",
                sheet([
                    ["id", "name", "kind", "parent", "postal_code"], ["east-a", "甲村", "村", "east", ""],
                    ["city", "市", "市", "", "311800"], ["east", "东镇", "镇", "city", ""],
                ])
            ),
            (
                "xl/worksheets/sheet3.xml",
                sheet([
                    ["id", "kind", "name", "region", "address", "status"],
                    ["p1", "爱心食堂", "甲村食堂", "east-a", "甲村1号", "建设中"],
                ])
            ),
            ("xl/worksheets/sheet4.xml", sheet([["id", "name"], ["x", "y"], ["z", "w"]])),
            ("xl/worksheets/sheet5.xml", sheet([["选项"], ["运营中"]])),
        ])
        let result = checkBytes([
            "content/site.yaml": Array((MinimalSite.settings + "\nprovince: 浙江省").utf8), path: bytes,
        ])
        #expect(
            result.diagnostics == [
                .error(.file(.sheetKindUnknown(sheet: "Sheet1")), at: SourceLocation(path: path, sheet: "Sheet1"))
            ])
        #expect(result.diagnostics.first?.location.description == "content/诸暨数据.xlsx:Sheet1")
        let (loaded, _) = SiteLoader.parse(files: [ContentFile(path: path, bytes: bytes)])
        #expect(loaded.regions.map(\.id) == ["city", "east", "east-a"])
        #expect(loaded.points.map(\.id) == ["p1"])
        #expect(loaded.points.first?.source == .cell(path, sheet: "服务点·东镇", row: 2, column: 1))
    }
}
