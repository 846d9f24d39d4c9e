import GongshiLoad
import GongshiModel
import Testing

/// Whole-site rules: the two files every site needs, photos that must exist in media/,
/// and pages that must not share a URL.
@Suite struct SiteFileRuleTests {
    /// No content/site.yaml: one error naming it.
    @Test func aMissingSiteYAMLIsAnError() {
        #expect(
            Fixtures.check("missing-settings").diagnostics == [
                .error(.record(.noSiteFile), at: .file("content/site.yaml"))
            ])
    }

    /// No content/regions.yaml: one error naming it, and site.yaml's region cannot be found.
    @Test func aMissingRegionsYAMLIsAnError() {
        #expect(
            Fixtures.check("missing-regions").diagnostics == [
                .error(
                    .record(.unknownReference(noun: .region, kind: .region, id: "city", suggestion: nil)),
                    at: at("content/site.yaml", 3, 9)),
                .error(.record(.noRegionsFile), at: .file("content/regions.yaml")),
            ])
    }

    /// A photo must be a file under content/media/: a near name is suggested, and ../ never leaves the folder.
    @Test func photosMustBeInMedia() {
        #expect(
            Fixtures.check("missing-photos").diagnostics == [
                .error(
                    .record(.photoNotInMedia(photo: "kitchen.jpg", suggestion: "kitchen.jpeg")),
                    at: at("content/points/points.yaml", 7, 33)),
                .error(
                    .record(.photoNotInMedia(photo: "../site.yaml", suggestion: nil)),
                    at: at("content/points/points.yaml", 7, 46)),
                .error(
                    .record(.photoNotInMedia(photo: "餐厅.png", suggestion: nil)),
                    at: at("content/points/points.yaml", 7, 60)),
            ])
    }

    /// about.md and about/index.md would both be /about/.
    @Test func twoPagesWithOneURLAreAnError() {
        #expect(
            Fixtures.check("duplicate-pages").diagnostics == [
                .error(
                    .record(.sameAddress(path: "about", first: "content/pages/about.md")),
                    at: .file("content/pages/about/index.md"))
            ])
    }

    /// Both missing: reported in the order SPEC §1 lists the files, site.yaml first.
    @Test
    func missingFilesAreReportedInFileOrder() {
        let result = checkFiles(["content/pages/about.md": "---\ntitle: 关于\nweight: x\n---\n"])
        #expect(
            result.diagnostics == [
                .error(.record(.noSiteFile), at: .file("content/site.yaml")),
                .error(.record(.noRegionsFile), at: .file("content/regions.yaml")),
                .error(.value(.notAWholeNumber(field: "weight", value: "x")), at: at("content/pages/about.md", 3, 9)),
            ])
    }

    /// A file the loader does not read is a warning, so nothing is dropped silently; hidden
    /// files and editors' backups (`p.yaml~`) are skipped without one.
    @Test func filesThatAreNotReadAreWarnedAbout() {
        let result = Fixtures.check("unread-files")
        #expect(
            result.diagnostics == [
                .warning(.file(.notRead), at: .file("content/notes.txt")),
                .warning(.file(.notRead), at: .file("content/points/meal-points.ods")),
            ])
    }
}
