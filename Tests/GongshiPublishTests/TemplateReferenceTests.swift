import Foundation
import GongshiBuild
import GongshiLoad
import GongshiModel
import GongshiSite
import Testing

/// `docs/templates.md` lists what each of the sample site's templates can read, made from
/// the page models; `GONGSHI_RECORD=1` rewrites it (and fails).
@Suite struct TemplateReferenceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func theReferenceIsTheModels() throws {
        let asOf = LocalDate(year: 2026, month: 11, day: 23)!
        let site = try #require(SiteCheck.run(siteDirectory: Self.root, asOf: asOf).site)
        let routes = RenderStage.plan(site, today: asOf, includeDrafts: true)
        let text = TemplateReference.markdown(for: routes, bodySchema: LayoutModel.schema)
        // Every layout of the default theme is described.
        for layout in ["home", "point", "course", "timetable", "town", "report", "data", "notfound"] {
            #expect(text.contains("## `templates/layouts/\(layout).html`"), "\(layout)")
        }
        #expect(text.contains("## `templates/bulletin.md`"))
        let url = Self.root.appendingPathComponent("docs/templates.md")
        if ProcessInfo.processInfo.environment["GONGSHI_RECORD"] == "1" {
            try Data(text.utf8).write(to: url)
            Issue.record("recorded docs/templates.md; run again without GONGSHI_RECORD")
            return
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == text, "docs/templates.md differs from the models")
    }
}
