import Foundation
import GongshiLoad
import GongshiModel

/// The fixture sites under `Tests/Fixtures/`, one folder per behaviour.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func url(_ name: String) -> URL { root.appendingPathComponent(name) }

    /// Runs `check` on a fixture as of a fixed day, so results never depend on the clock.
    static func check(_ name: String, asOf: LocalDate = LocalDate(year: 2026, month: 11, day: 23)!) -> SiteCheck.Result
    {
        SiteCheck.run(siteDirectory: url(name), asOf: asOf)
    }
}

/// A location in a fixture file, short enough to keep expected diagnostics readable.
func at(_ path: String, _ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(path: path, line: line, column: column)
}

/// Parses in-memory files as a site, for reader and rule tests that need no disk.
func checkFiles(_ files: [String: String], asOf: LocalDate = LocalDate(year: 2026, month: 11, day: 23)!)
    -> SiteCheck.Result
{
    let contentFiles = files.map { ContentFile(path: $0.key, text: $0.value) }
    let (loaded, problems) = SiteLoader.parse(files: contentFiles)
    return SiteCheck.check(loaded, loadProblems: problems, asOf: asOf)
}

/// A minimal valid site.yaml and regions.yaml that rule tests add their records to.
enum MinimalSite {
    static let settings = """
        title: 测试站点
        base_url: https://example.org/
        region: city
        publisher: {name: 民政局, phone: "0575-00000000"}
        terms:
          - {id: t1, name: 秋季学期, from: 2026-09-07, until: 2027-01-15}
        closures: ["2026-10-01..2026-10-07"]
        """
    static let regions = """
        - id: city
          name: 市
          kind: city
          children:
            - id: east
              name: 东镇
              kind: town
              children:
                - {id: east-a, name: 甲村, kind: village}
                - {id: east-b, name: 乙村, kind: village}
            - id: west
              name: 西街道
              kind: subdistrict
              children:
                - {id: west-c, name: 丙社区, kind: community}
        """

    /// The minimal site plus the given files.
    static func with(_ files: [String: String]) -> [String: String] {
        ["content/site.yaml": settings, "content/regions.yaml": regions].merging(files) { _, new in new }
    }
}

/// Parses in-memory files given as bytes, for encodings (GB18030, BOM, binary) that a Swift
/// string literal cannot hold.
func checkBytes(_ files: [String: [UInt8]], asOf: LocalDate = LocalDate(year: 2026, month: 11, day: 23)!)
    -> SiteCheck.Result
{
    let contentFiles = files.map { ContentFile(path: $0.key, bytes: $0.value) }
    let (loaded, problems) = SiteLoader.parse(files: contentFiles)
    return SiteCheck.check(loaded, loadProblems: problems, asOf: asOf)
}

extension MinimalSite {
    /// The minimal site as bytes plus the given files, for `checkBytes`.
    static func withBytes(_ files: [String: [UInt8]]) -> [String: [UInt8]] {
        ["content/site.yaml": Array(settings.utf8), "content/regions.yaml": Array(regions.utf8)]
            .merging(files) { _, new in new }
    }
}

extension ContentValue {
    /// The entry for a key of a mapping, for reader tests that look inside a record.
    subscript(key: String) -> ContentValue? { entries?.first { $0.key == key }?.value }

    /// A compact picture of the value without positions: `{id: a, serves: [x, y]}`, `~` for
    /// null, a CSV cell in `‹›` so tests see which scalars may split on `;`.
    var sketch: String {
        switch kind {
        case .null: return "~"
        case .scalar(let s): return s
        case .cell(let s): return "‹\(s)›"
        case .list(let items): return "[" + items.map(\.sketch).joined(separator: ", ") + "]"
        case .mapping(let entries):
            return "{" + entries.map { "\($0.key): \($0.value.sketch)" }.joined(separator: ", ") + "}"
        }
    }
}

extension Problem {
    /// The privacy gate's finding, for tests that look only at what the gate found.
    var privacy: PrivacyProblem? {
        if case .privacy(let problem) = self { problem } else { nil }
    }
}

/// The fields of a shape as an unknown field's problem lists them.
enum Fields {
    static let point = [
        "id", "kind", "name", "region", "address", "status", "opened", "operation", "operator", "serves", "location",
        "hours", "services", "meal", "capacity", "phone", "description", "photos", "updated",
    ]
    static let course = [
        "id", "title", "venue", "term", "sessions", "from", "until", "except", "category", "teacher", "capacity",
        "enrolled", "fee", "registration", "description",
    ]
    static let activity = [
        "id", "title", "venue", "start", "end", "kind", "organiser", "volunteers", "contact", "signup", "status",
        "description", "updated",
    ]
    static let siteSetting = [
        "title", "base_url", "language", "timezone", "region", "publisher", "bulletins_from", "targets", "terms",
        "closures", "privacy", "stale_after_days", "allow_raw_html", "province",
    ]
}
