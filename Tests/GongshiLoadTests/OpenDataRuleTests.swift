import Foundation
import GongshiLoad
import GongshiModel
import Testing

/// site.yaml `province` and regions' `postal_code`, which HSDS addresses need: the postal
/// code's form, its inheritance down the tree, and the warnings once a site has set one of
/// the two but not everything.
@Suite struct OpenDataRuleTests {
    static let regions = """
        - id: city
          name: 市
          kind: city
          postal_code: 311800
          children:
            - id: east
              name: 东镇
              kind: town
              postal_code: "311811"
              children:
                - {id: east-a, name: 甲村, kind: village}
                - {id: east-b, name: 乙村, kind: village, postal_code: "311812"}
            - id: west
              name: 西街道
              kind: subdistrict
              children:
                - {id: west-c, name: 丙社区, kind: community}
        """

    static let points = """
        - {id: a, kind: meal-point, name: 甲, region: east-a, address: 甲村1号, status: planned}
        - {id: b, kind: meal-point, name: 乙, region: east-b, address: 乙村1号, status: planned}
        - {id: c, kind: meal-point, name: 丙, region: west-c, address: 丙社区1号, status: planned}
        - {id: e, kind: town-centre, name: 东, region: east, address: 东镇1号, status: planned}
        """

    static func settings(province: String?) -> String {
        MinimalSite.settings + (province.map { "\nprovince: \($0)" } ?? "")
    }

    @Test func provinceIsReadFromSiteYAML() throws {
        let result = checkFiles(MinimalSite.with(["content/site.yaml": Self.settings(province: "浙江省")]))
        #expect(result.diagnostics == [])
        #expect(try #require(result.site).settings.province == "浙江省")
        #expect(checkFiles(MinimalSite.with([:])).site?.settings.province == nil)
    }

    /// A village without a code takes its town's, a town without one its city's.
    @Test func postalCodesAreInheritedDownTheTree() throws {
        let result = checkFiles(
            MinimalSite.with([
                "content/site.yaml": Self.settings(province: "浙江省"), "content/regions.yaml": Self.regions,
                "content/points/p.yaml": Self.points,
            ]))
        #expect(result.diagnostics == [])
        let tree = try #require(result.site).regions
        let codes = ["city", "east", "east-a", "east-b", "west", "west-c"].map { tree[$0]?.postalCode }
        #expect(codes == ["311800", "311811", "311811", "311812", "311800", "311800"])
        let points = try #require(result.site).points
        #expect(points.map(\.region.postalCode) == ["311811", "311812", "311800", "311811"])
    }

    @Test(arguments: ["31180", "3118000", "'31180a'", "３１１８０", "'311 800'", "[311800]"])
    func aPostalCodeIsSixDigits(_ written: String) throws {
        let regions = Self.regions.replacing("postal_code: \"311811\"", with: "postal_code: \(written)")
        let result = checkFiles(MinimalSite.with(["content/regions.yaml": regions]))
        let problem: ValueProblem =
            written.hasPrefix("[")
            ? .notText(field: "postal_code", found: .list)
            : .notAPostalCode(field: "postal_code", value: written.trimmingCharacters(in: ["'"]))
        #expect(result.diagnostics == [.error(.value(problem), at: at("content/regions.yaml", 9, 20))], "\(written)")
    }

    /// Neither set: the site has not taken up HSDS addresses, and `check` is quiet.
    @Test func neitherProvinceNorPostalCodesIsQuiet() {
        #expect(checkFiles(MinimalSite.with(["content/points/p.yaml": Self.points])).diagnostics == [])
    }

    @Test func postalCodesWithoutAProvinceWarnAtSiteYAML() {
        let result = checkFiles(
            MinimalSite.with(["content/regions.yaml": Self.regions, "content/points/p.yaml": Self.points]))
        #expect(
            result.diagnostics == [
                .warning(.record(.noProvince), at: .file("content/site.yaml"))
            ])
    }

    /// A province but no code for some points: one warning per town whose points lack one.
    @Test func aProvinceWithoutPostalCodesWarnsAtEachTown() {
        let regions = Self.regions.replacing("  postal_code: 311800\n", with: "")
        let result = checkFiles(
            MinimalSite.with([
                "content/site.yaml": Self.settings(province: "浙江省"), "content/regions.yaml": regions,
                "content/points/p.yaml": Self.points,
            ]))
        #expect(
            result.diagnostics == [
                .warning(
                    .record(.noPostalCode(kind: "subdistrict", id: "west", name: "西街道", points: 1)),
                    at: at("content/regions.yaml", 12, 7))
            ])
    }
}
