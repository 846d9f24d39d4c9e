import Foundation
import GongshiModel
import Testing

/// `gongshi sheet` run as a user would: it writes a workbook of a clean site, refuses a site
/// with errors listing them as `check` does, and words every line from `CommandText`.
@Suite struct SheetCommandTests {
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gongshi-sheet-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesTheSampleSiteInBothLanguages() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (language, tag) in [(Language.en, "en"), (.zhHans, "zh-Hans")] {
            let out = folder.appendingPathComponent("\(tag).xlsx").path
            let run = try Gongshi.run(["sheet", "--kind", "operators", "--lang", tag, out])
            #expect(run.status == 0)
            let operators = try String(
                contentsOfFile: Gongshi.packageRoot.path + "/content/operators.yaml", encoding: .utf8
            )
            .split(separator: "\n").count { $0.hasPrefix("- id:") }
            #expect(
                run.lines == [CommandText.sheetWritten(path: out, sheets: 1, records: operators).wording(in: language)])
            #expect(FileManager.default.fileExists(atPath: out))
        }
    }

    @Test func refusesASiteWithErrorsListingThemAsCheckDoes() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.xlsx").path
        let site = "Tests/Fixtures/references"
        let sheet = try Gongshi.run(["sheet", "--site", site, "--as-of", "2026-11-23", out])
        let check = try Gongshi.run(["check", "--site", site, "--as-of", "2026-11-23"])
        #expect(sheet.status == 1)
        #expect(sheet.lines == check.lines)
        #expect(sheet.error == CommandText.sheetRefused(errors: 2).wording(in: .en) + "\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aFolderThatCannotTakeTheFileIsSaidInOurWords() throws {
        let out = "/nonexistent-\(UUID().uuidString)/数据.xlsx"
        let run = try Gongshi.run(["sheet", "--kind", "operators", out], language: ["GONGSHI_LANG": "zh-Hans"])
        #expect(run.status == 1)
        #expect(run.output == "")
        #expect(run.error == CommandText.sheetCannotCreate(path: out).wording(in: .zhHans) + "\n")
    }

    @Test func usageMistakesExitTwo() throws {
        let notWorkbook = try Gongshi.run(["sheet", "out.csv"])
        #expect(notWorkbook.status == 2)
        #expect(notWorkbook.error.contains(CommandText.usage(.notAWorkbookPath("out.csv")).wording(in: .en)))
        let byTown = try Gongshi.run(["sheet", "--kind", "courses", "--by-town", "out.xlsx"])
        #expect(byTown.status == 2)
        #expect(byTown.error.contains(CommandText.usage(.byTownNeedsPoints(kind: "courses")).wording(in: .en)))
    }
}
