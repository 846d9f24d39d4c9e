import Foundation
import GongshiModel
import Testing

@testable import GongshiLoad

/// What the fuzz targets (Fuzz/) found, each kept as the input that found it. The inputs are
/// also seeds of their target's corpus (Fuzz/Seeds/).
@Suite struct FuzzFindingTests {
    /// FuzzCSV: a CSV whose rows end in lone CRs (old Mac line ends) with a mobile-like
    /// number in a cell. The reader counts a lone CR as a line break; the privacy gate's
    /// line index did not, so the cell's line lay past the last line it knew and the search
    /// for the number trapped on an inverted range.
    @Test func loneCarriageReturnsPlaceANumberWithoutCrashing() throws {
        let crash = try #require(
            Data(
                base64Encoded:
                    "aWQsdGlkbGUsemVudWUsdGVybSxzMHNzaW9ucyxjYXBhY2lJbix0aWRsZSx6ZW51ZSx0ZXJtLHMwc3Npb25zLGNhcGFjaUludGNvdXJzZSAnY2FudGVpZCcgaXMgbWlzc2luZyB0aGUgcmVxdWlyZWQgZmllbGQgJ3RpNDSm5rOV05wwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMCkwMDAwMDAwMDAwMNDPz89lc3Msc3RhdHVzLG9wZW5lZCxzZXIKdnMNZW1kLGtpbmQsbmFuYW1lLHJlZ2lvbixhZGRyZXNzLHN0YXR1cyxvcGVgZWQsc2Vyc20KZQ12MCx0dWUgMDk6MDAtz8/OxTIxNDcyODAsZyxvcGVgZWQsc2Vyc20KZQ12cC0xLHRodSAwOTowMC0xNDQ0NDQ0NDQ1MAo="
            ))
        var files = MinimalSite.with([:]).map { ContentFile(path: $0.key, text: $0.value) }
        files.append(ContentFile(path: "content/courses/fuzz.csv", bytes: Array(crash)))
        let (loaded, problems) = SiteLoader.parse(files: files)
        let result = SiteCheck.check(loaded, loadProblems: problems, asOf: LocalDate(year: 2026, month: 11, day: 23)!)
        #expect(result.diagnostics.errorCount > 0)

        // The same shape, readable: the mobile in row 3 is placed at its own cell.
        let csv = "id,title,venue\r" + "c-1,太极,canteen-a\r" + "c-2,联系13812345678,canteen-a\r"
        let found = checkFiles(MinimalSite.with(["content/courses/c.csv": csv])).diagnostics
            .filter { if case .privacy(.mobileNumber) = $0.problem { true } else { false } }
        #expect(found.map(\.location) == [at("content/courses/c.csv", 3, 7)])
    }

    /// Found while fixing the above: a YAML file saved with CRLF line ends (any Windows
    /// editor) was one line to the privacy gate, so a number on its third line crashed the
    /// same search.
    @Test func crlfFilesPlaceANumberOnItsLine() {
        let yaml =
            "- id: canteen-b\r\n  kind: canteen\r\n  name: 乙食堂\r\n  region: east-a\r\n"
            + "  address: 乙村2号 联系人 13812345678\r\n  status: planned\r\n"
        let found = checkFiles(MinimalSite.with(["content/points/b.yaml": yaml])).diagnostics
            .filter { if case .privacy(.mobileNumber) = $0.problem { true } else { false } }
        #expect(found.map(\.location) == [at("content/points/b.yaml", 5, 21)])
    }
}
