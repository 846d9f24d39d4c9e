import GongshiLoad
import GongshiModel

/// A fuzzed file checked as part of a small valid site: every stage from text decoding to
/// resolving and the privacy gate reads it. Problems are expected; a crash, a hang or a
/// sanitizer report is a finding.
public enum FuzzSite {
    static let settings = """
        title: 测试
        base_url: https://example.org/
        region: city
        publisher: {name: 民政局, phone: "0575-00000000"}
        terms:
          - {id: t1, name: 秋季, from: 2026-09-07, until: 2027-01-15}
        """
    static let regions = """
        - id: city
          name: 市
          kind: city
          children:
            - {id: east, name: 东镇, kind: town, children: [{id: east-a, name: 甲村, kind: village}]}
        """
    static let points = """
        - {id: canteen-a, kind: canteen, name: 甲, region: east-a, address: 甲1号, status: planned}
        """

    /// Loads and checks a site holding the bytes at `path` (site-relative).
    public static func check(_ bytes: UnsafeRawBufferPointer, at path: String) {
        check(Array(bytes), at: path)
    }

    public static func check(_ bytes: [UInt8], at path: String) {
        let files = [
            ContentFile(path: "content/site.yaml", text: settings),
            ContentFile(path: "content/regions.yaml", text: regions),
            ContentFile(path: "content/points/base.yaml", text: points),
            ContentFile(path: path, bytes: bytes),
        ]
        let (loaded, problems) = SiteLoader.parse(files: files)
        _ = SiteCheck.check(loaded, loadProblems: problems, asOf: LocalDate(year: 2026, month: 11, day: 23)!)
    }
}
