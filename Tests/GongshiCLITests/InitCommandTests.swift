import Foundation
import Testing

/// `gongshi init` makes a site that checks clean and builds at once, and never overwrites one.
@Suite struct InitCommandTests {
    @Test func aNewSiteChecksAndBuilds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-init-\(UUID().uuidString)")
        let created = try Gongshi.run(["init", folder.path])
        #expect(created.status == 0)
        let checked = try Gongshi.run(["check", "--site", folder.path, "--strict"])
        #expect(checked.status == 0, "\(checked.output)")
        let built = try Gongshi.run(["build", "--site", folder.path])
        #expect(built.status == 0, "\(built.output)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("public/index.html").path))
        let again = try Gongshi.run(["init", folder.path])
        #expect(again.status == 2)
        #expect(again.error.contains("already has a content/ folder"))
    }
}
