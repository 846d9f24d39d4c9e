import GongshiLoad
import GongshiModel
import Testing

/// Whole-site rules: the two files every site needs, photos that must exist in media/,
/// and pages that must not share a URL.
@Suite struct SiteFileRuleTests {
    /// No content/site.yaml: one error naming it.
    @Test func aMissingSiteYAMLIsAnError() {
        #expect(
            Fixtures.check("missing-settings").diagnostics.english == [
                .error(
                    "content/site.yaml is missing", at: .file("content/site.yaml"),
                    hint: "every site needs site.yaml with title, base_url, region and publisher")
            ])
    }

    /// No content/regions.yaml: one error naming it, and site.yaml's region cannot be found.
    @Test func aMissingRegionsYAMLIsAnError() {
        #expect(
            Fixtures.check("missing-regions").diagnostics.english == [
                .error(
                    "unknown region 'city'", at: at("content/site.yaml", 3, 9),
                    hint: "no region has this id"),
                .error(
                    "content/regions.yaml is missing", at: .file("content/regions.yaml"),
                    hint: "list the city, its towns and villages there"),
            ])
    }

    /// A photo must be a file under content/media/: a near name is suggested, and ../ never leaves the folder.
    @Test func photosMustBeInMedia() {
        #expect(
            Fixtures.check("missing-photos").diagnostics.english == [
                .error(
                    "photo 'kitchen.jpg' is not in content/media/", at: at("content/points/points.yaml", 7, 33),
                    hint: "did you mean 'kitchen.jpeg'?"),
                .error(
                    "photo '../site.yaml' is not in content/media/", at: at("content/points/points.yaml", 7, 46),
                    hint: "put the picture in content/media/ and give its path from there"),
                .error(
                    "photo '餐厅.png' is not in content/media/", at: at("content/points/points.yaml", 7, 60),
                    hint: "put the picture in content/media/ and give its path from there"),
            ])
    }

    /// about.md and about/index.md would both be /about/.
    @Test func twoPagesWithOneURLAreAnError() {
        #expect(
            Fixtures.check("duplicate-pages").diagnostics.english == [
                .error(
                    "this page has the same address /about/ as another", at: .file("content/pages/about/index.md"),
                    hint: "first at content/pages/about.md; rename one of them")
            ])
    }

    /// Both missing: reported in the order SPEC §1 lists the files, site.yaml first.
    @Test
    func missingFilesAreReportedInFileOrder() {
        let result = checkFiles(["content/pages/about.md": "---\ntitle: 关于\nweight: x\n---\n"])
        #expect(
            result.diagnostics.english == [
                .error(
                    "content/site.yaml is missing", at: .file("content/site.yaml"),
                    hint: "every site needs site.yaml with title, base_url, region and publisher"),
                .error(
                    "content/regions.yaml is missing", at: .file("content/regions.yaml"),
                    hint: "list the city, its towns and villages there"),
                .error("'weight' should be a whole number, not 'x'", at: at("content/pages/about.md", 3, 9)),
            ])
    }

    /// A file the loader does not read is a warning, so nothing is dropped silently; hidden
    /// files and editors' backups (`p.yaml~`) are skipped without one.
    @Test func filesThatAreNotReadAreWarnedAbout() {
        let result = Fixtures.check("unread-files")
        #expect(
            result.diagnostics.english == [
                .warning(
                    "this file is not read", at: .file("content/notes.txt"),
                    hint: Hint.notRead),
                .warning(
                    "this file is not read", at: .file("content/points/meal-points.xlsx"),
                    hint: Hint.notRead),
            ])
    }
}
