import Foundation
import Testing

/// A build killed with SIGKILL at any moment leaves the output folder holding the old tree or
/// the new one, never a mix (and so the record of changes as it was, or with the new day);
/// the next build cleans up what the killed one left.
@Suite struct KillLoopTests {
    /// The small fixture with a few hundred more points, so a build takes long enough to be
    /// killed in the middle of rendering and writing.
    static func site() throws -> URL {
        let site = try BuildCommandTests.scratch().appendingPathComponent("site")
        try FileManager.default.copyItem(
            at: Gongshi.packageRoot.appendingPathComponent(BuildCommandTests.fixture), to: site)
        let points = (1...300).map { n in
            "- {id: canteen-\(n), kind: canteen, name: 食堂\(n), region: east-a, address: 甲村\(n)号, status: planned}"
        }
        try (points.joined(separator: "\n") + "\n").write(
            to: site.appendingPathComponent("content/points/more.yaml"), atomically: true, encoding: .utf8)
        return site
    }

    static func build(_ site: URL, into output: URL) throws -> Process {
        let process = Process()
        process.executableURL = Gongshi.binary
        process.arguments = ["build", "--site", site.path, "--as-of", "2026-11-23", "--output", output.path, "-q"]
        process.environment = Gongshi.environment(Gongshi.english)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func aKilledBuildLeavesTheOldTreeOrTheNew() throws {
        let site = try Self.site()
        let root = site.deletingLastPathComponent()
        let output = root.appendingPathComponent("public")
        let started = Date()
        let first = try Self.build(site, into: output)
        first.waitUntilExit()
        let duration = Date().timeIntervalSince(started)
        #expect(first.terminationStatus == 0)
        let oldTree = try BuildCommandTests.tree(output)
        let pristine = root.appendingPathComponent("pristine")
        try FileManager.default.copyItem(at: output, to: pristine)

        // The edit changes every page (the site title is in every head) and one record, which
        // the record of changes notes: the new tree is the one built over the old.
        let settings = site.appendingPathComponent("content/site.yaml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "title: ", with: "title: 新").write(
            to: settings, atomically: true, encoding: .utf8)
        let more = site.appendingPathComponent("content/points/more.yaml")
        try String(contentsOf: more, encoding: .utf8).replacingOccurrences(
            of: "name: 食堂1, region: east-a, address: 甲村1号, status: planned",
            with: "name: 食堂1, region: east-a, address: 甲村1号, status: construction"
        ).write(to: more, atomically: true, encoding: .utf8)
        let reference = root.appendingPathComponent("reference")
        try FileManager.default.copyItem(at: pristine, to: reference)
        let second = try Self.build(site, into: reference)
        second.waitUntilExit()
        let newTree = try BuildCommandTests.tree(reference)
        #expect(newTree != oldTree)
        let history = "changes/history.json"
        #expect(newTree[history] != oldTree[history], "the edit is on the record")

        var generator = SystemRandomNumberGenerator()
        var sawOld = false
        for _ in 0..<20 {
            try? FileManager.default.removeItem(at: output)
            try FileManager.default.copyItem(at: pristine, to: output)
            let build = try Self.build(site, into: output)
            usleep(UInt32(Double.random(in: 0...(duration * 1.2), using: &generator) * 1_000_000))
            kill(build.processIdentifier, SIGKILL)
            build.waitUntilExit()
            let tree = try BuildCommandTests.tree(output)
            #expect(tree == oldTree || tree == newTree, "a killed build left a mixed tree")
            #expect(tree[history] == oldTree[history] || tree[history] == newTree[history])
            sawOld = sawOld || tree == oldTree
        }
        // Some kills came before the swap (a kill that never lands before it tests nothing).
        #expect(sawOld)

        // A normal build afterwards publishes the new tree and leaves no staging folder.
        let last = try Self.build(site, into: output)
        last.waitUntilExit()
        #expect(try BuildCommandTests.tree(output) == newTree)
        #expect(try Self.leftovers(in: root).allSatisfy { !$0.contains(".staging-") })
        // What the build threw away is removed in the background.
        for _ in 0..<100 where try !Self.leftovers(in: root).isEmpty { usleep(50_000) }
        #expect(try Self.leftovers(in: root).isEmpty)
    }

    static func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.contains(".staging-") || $0.contains(".old-") || $0.contains(".trash-")
        }
    }
}
