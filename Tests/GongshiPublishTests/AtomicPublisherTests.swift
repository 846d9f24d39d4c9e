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

    /// Every entry below a folder, folders as `path/`, with each file's inode.
    static func inodes(_ folder: URL) -> [String: UInt64?] {
        var out: [String: UInt64?] = [:]
        let base = folder.standardizedFileURL.path
        for case let path as String in FileManager.default.enumerator(atPath: base) ?? .init() {
            var info = stat()
            guard lstat(base + "/" + path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                out[path + "/"] = .some(nil)
            } else {
                out[path] = UInt64(info.st_ino)
            }
        }
        return out
    }

    /// Publishing over the spare gives the new tree: files and folders gone, a folder that
    /// becomes a file and a file that becomes a folder; and the spare left shares every file
    /// with the live tree, so it costs folders only.
    @Test func theSpareIsUpdatedInPlaceAndSharesItsFiles() throws {
        let root = try Self.scratch()
        let output = root.appendingPathComponent("public")
        let spare = root.appendingPathComponent(".public.spare")
        let trees: [[String: String]] = [
            ["index.html": "一", "a/index.html": "甲", "a/b/index.html": "乙", "c": "丙", "d/index.html": "丁"],
            ["index.html": "二", "a/index.html": "甲", "a/b/index.html": "乙", "c": "丙", "d/index.html": "丁"],
            ["index.html": "三", "a": "甲", "c/index.html": "丙", "d/index.html": "丁", "e/f/g.html": "戊"],
            ["index.html": "三", "c/index.html": "丙", "d/index.html": "丁"],
            ["index.html": "四", "a/index.html": "甲", "c": "丙", "d/index.html": "丁"],
        ]
        var previous: [String] = []
        for files in trees {
            var tree = OutputTree()
            for (path, text) in files { try tree.add(path, text: text) }
            _ = try AtomicPublisher.publish(
                tree, to: output, keepingSpare: true, removed: previous.filter { files[$0] == nil })
            previous = Array(files.keys)
            #expect(try Self.listing(output) == files)
            let folders = Set(
                files.keys.flatMap { path in
                    let parts = path.split(separator: "/")
                    return parts.indices.dropLast().map { parts[...$0].joined(separator: "/") + "/" }
                })
            #expect(Set(Self.inodes(output).keys) == Set(files.keys).union(folders), "no folder left over")
            let live = Set(Self.inodes(output).values.compactMap { $0 })
            #expect(Self.inodes(spare).values.compactMap { $0 }.allSatisfy(live.contains))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".public.spare", "public"])
    }
}
