import Foundation
import GongshiBuild
import Testing

@Suite struct AtomicPublisherTests {
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-publish-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func listing(_ folder: URL) throws -> [String: String] {
        var out: [String: String] = [:]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in walker
        where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            out[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        return out
    }

    @Test func replacesTheWholeTreeAndLeavesNoStagingFolder() throws {
        let root = try Self.scratch()
        let output = root.appendingPathComponent("public")
        var first = OutputTree()
        try first.add("index.html", text: "一")
        try first.add("old/index.html", text: "旧")
        _ = try AtomicPublisher.publish(first, to: output)
        var second = OutputTree()
        try second.add("index.html", text: "二")
        try second.add("canteens/index.html", text: "食堂")
        let summary = try AtomicPublisher.publish(second, to: output)
        #expect(summary.fileCount == 2 && summary.byteCount == 3 + 6)
        #expect(try Self.listing(output) == ["index.html": "二", "canteens/index.html": "食堂"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
    }

    @Test func refusesPathsOutsideTheOutput() {
        var tree = OutputTree()
        for path in ["../x.html", "/etc/passwd", "a/../../b", "a//b", "", "a/./b", "a\\b", "a/\u{0}b", "a/", ".."] {
            #expect(throws: OutputTree.PathProblem.escapesOutput(path)) { try tree.add(path, text: "x") }
        }
        #expect(throws: Never.self) { try tree.add("points/canteen-a/index.html", text: "x") }
        #expect(throws: OutputTree.PathProblem.duplicate("points/canteen-a/index.html")) {
            try tree.add("points/canteen-a/index.html", text: "y")
        }
    }

    /// When writing fails part-way (here: the output's parent is read-only after the first
    /// publish), the published tree stays as it was.
    @Test func aFailedPublishKeepsTheOldTree() throws {
        let root = try Self.scratch()
        let output = root.appendingPathComponent("public")
        var first = OutputTree()
        try first.add("index.html", text: "一")
        _ = try AtomicPublisher.publish(first, to: output)
        var clash = OutputTree()
        try clash.add("a", text: "file")
        try clash.add("a/b.html", text: "needs a to be a folder")
        #expect(throws: AtomicPublisher.Failure.self) { try AtomicPublisher.publish(clash, to: output) }
        #expect(try Self.listing(output) == ["index.html": "一"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
    }

    /// A second publish of the same bytes rewrites nothing: files keep their inode and
    /// modification time; a changed file is written anew.
    @Test func unchangedFilesAreNotRewritten() throws {
        let root = try Self.scratch()
        let output = root.appendingPathComponent("public")
        var tree = OutputTree()
        try tree.add("index.html", text: "一")
        try tree.add("a/index.html", text: "甲")
        let first = try AtomicPublisher.publish(tree, to: output)
        #expect(first.writtenCount == 2)
        let before = try FileManager.default.attributesOfItem(
            atPath: output.appendingPathComponent("a/index.html").path)
        var changed = OutputTree()
        try changed.add("index.html", text: "二")
        try changed.add("a/index.html", text: "甲")
        let second = try AtomicPublisher.publish(changed, to: output)
        #expect(second.writtenCount == 1 && second.unchangedCount == 1)
        let after = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("a/index.html").path)
        #expect(after[.systemFileNumber] as? Int == before[.systemFileNumber] as? Int)
        #expect(after[.modificationDate] as? Date == before[.modificationDate] as? Date)
        #expect(try Self.listing(output) == ["index.html": "二", "a/index.html": "甲"])
    }
}
