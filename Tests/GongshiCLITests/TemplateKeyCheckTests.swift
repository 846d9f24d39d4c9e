import Foundation
import Testing

/// `check` compares each template's tags with the model of the page it lays out: a site's
/// own layout with a misspelt key (`Tests/Fixtures/template-keys`) gets a warning at the tag
/// with the fix, and the default theme gets none.
@Suite struct TemplateKeyCheckTests {
    @Test func aMisspeltKeyIsAWarningAtTheTagWithTheFix() throws {
        let run = try Gongshi.run(
            ["check", "--site", "Tests/Fixtures/template-keys", "--as-of", "2026-11-23", "--lang", "en"], language: [:])
        #expect(run.status == 0, "warnings only: \(run.error)")
        let site = "Tests/Fixtures/template-keys/"
        let layout = site + "templates/layouts/page.html"
        #expect(run.lines.contains { $0.hasPrefix("\(layout):4:5: warning GS5009") && $0.contains("{{title}}") })
        #expect(
            run.lines.contains {
                $0.hasPrefix("\(layout):5:4: warning GS5009") && $0.contains("{{publisher.phone}}")
            })
        #expect(
            run.lines.contains { $0.hasPrefix("\(layout):5:25: warning GS5011") && $0.contains("{{t.site.skip}}") })
        // `isHome` is the page's, not the menu entry's: inside {{#menu}} it reads the outer one.
        #expect(run.lines.contains { $0.hasPrefix("\(layout):6:10: warning GS5010") })
        #expect(
            run.lines.contains {
                $0.hasPrefix(site + "content/pages/about.md:4:35:") && $0.contains("GS5009")
                    && $0.contains("{{siteTitle}}")
            })
        #expect(!run.lines.contains { $0.contains("{{publisher.phone}}") && $0.hasPrefix(site + "content/") })
        // No day of the record of changes is planned before a second publication, and the
        // site's own day layout is checked all the same.
        let day = site + "templates/layouts/change-day.html"
        #expect(
            run.lines.contains {
                $0.hasPrefix("\(day):12:13: warning GS5009") && $0.contains("{{indexLnk}}") && $0.contains("indexLink")
            })
    }

    @Test func theDefaultThemeNamesOnlyWhatItsPagesHave() throws {
        let run = try Gongshi.run(["check", "--site", ".", "--as-of", "2026-11-23", "--lang", "en"], language: [:])
        #expect(run.status == 0, "\(run.error)")
        #expect(!run.lines.contains { $0.contains("GS5009") || $0.contains("GS5010") || $0.contains("GS5011") })
    }
}
