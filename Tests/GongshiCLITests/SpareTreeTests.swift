import Foundation
import Testing

/// A build updates the spare tree (the one the previous build swapped out) in place instead of
/// making a new staging tree: after any run of builds the output is exactly what a build from
/// scratch gives, and no file the live tree had was ever written into, whether the build
/// succeeded, was refused or was killed.
@Suite struct SpareTreeTests {
    /// A file's inode and bytes.
    struct Held: Equatable {
        var inode: UInt64
        var bytes: Data
    }

    /// Every entry below a folder: files with inode and bytes, folders (as `path/`) with none.
    static func entries(_ folder: URL) throws -> [String: Held?] {
        var out: [String: Held?] = [:]
        let base = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [:] }
        for case let path as String in walker {
            var info = stat()
            #expect(lstat(base + "/" + path, &info) == 0)
            switch info.st_mode & S_IFMT {
            case S_IFDIR: out[path + "/"] = .some(nil)
            case S_IFREG:
                out[path] = Held(
                    inode: UInt64(info.st_ino), bytes: try Data(contentsOf: URL(fileURLWithPath: base + "/" + path)))
            default: out[path + "@"] = .some(nil)
            }
        }
        return out
    }

    /// The live tree before a build: its entries, and a hard link to each of its files kept
    /// aside, so that their inodes stay allocated (never reused for a new file) and any write
    /// into one of them shows.
    struct LiveSnapshot {
        let entries: [String: Held?]
        let held: URL

        init(of output: URL) throws {
            entries = try SpareTreeTests.entries(output)
            held = try BuildCommandTests.scratch()
            for case let (path, _?) in entries {
                let link = held.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.linkItem(at: output.appendingPathComponent(path), to: link)
            }
        }

        /// The live files written into since the snapshot.
        func rewritten() throws -> [String] {
            try entries.compactMap { path, held in
                guard let held else { return nil }
                return try Data(contentsOf: self.held.appendingPathComponent(path)) == held.bytes ? nil : path
            }.sorted()
        }
    }

    static func spare(of output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).spare")
    }

    /// Builds over `output` and expects the tree of a build from scratch, files the live tree
    /// had never written into, and the swapped-out tree kept as the spare.
    static func expectBuildOverSpare(_ site: URL, _ output: URL) throws {
        let before = try LiveSnapshot(of: output)
        let fresh = try BuildCommandTests.scratch().appendingPathComponent("public")
        let again = try BuildCommandTests.build(output, site: site.path, options: ["--no-record"])
        #expect(again.status == 0, "\(again.output)")
        #expect(try BuildCommandTests.build(fresh, site: site.path, options: ["--no-record"]).status == 0)
        let got = try entries(output).mapValues { $0?.bytes }
        let want = try entries(fresh).mapValues { $0?.bytes }
        #expect(got == want, "differs from a fresh build: \(Set(got.keys).symmetricDifference(want.keys).sorted())")
        #expect(try before.rewritten() == [])
        #expect(FileManager.default.fileExists(atPath: spare(of: output).path))
    }

    static func write(_ text: String, to site: URL, _ path: String) throws {
        let url = site.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func buildsOverTheSpareGiveWhatAFreshBuildGives() throws {
        let (site, output) = try IncrementalBuildTests.builtCopy()
        // The first build over a live tree has no spare yet; the second takes the first's.
        try IncrementalBuildTests.edit(site, "content/points/more.yaml", replacing: "甲村5号", with: "甲村6号")
        try Self.expectBuildOverSpare(site, output)
        try IncrementalBuildTests.edit(site, "content/points/more.yaml", replacing: "甲村6号", with: "甲村7号")
        try Self.expectBuildOverSpare(site, output)
        // New folders, then a folder that becomes a file and a file that becomes a folder.
        try Self.write("甲", to: site, "content/media/photos/a.jpg")
        try Self.write("乙", to: site, "content/media/photos/b/c.jpg")
        try Self.write("丙", to: site, "content/media/d.jpg")
        try Self.expectBuildOverSpare(site, output)
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/media/photos"))
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/media/d.jpg"))
        try Self.write("丁", to: site, "content/media/photos")
        try Self.write("戊", to: site, "content/media/d.jpg/e.jpg")
        try Self.expectBuildOverSpare(site, output)
        // A point removed takes its folders with it; an edit back to earlier bytes.
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/points/more.yaml"))
        try Self.expectBuildOverSpare(site, output)
        try IncrementalBuildTests.morePoints.write(
            to: site.appendingPathComponent("content/points/more.yaml"), atomically: true, encoding: .utf8)
        try Self.expectBuildOverSpare(site, output)
        // Nothing changed: the spare is not even looked at.
        try Self.expectBuildOverSpare(site, output)
    }

    /// Whatever the spare holds, the build gives the right tree and touches nothing outside.
    @Test func aTamperedSpareStillGivesTheRightTree() throws {
        let (site, output) = try IncrementalBuildTests.builtCopy()
        try IncrementalBuildTests.edit(site, "content/points/more.yaml", replacing: "甲村5号", with: "甲村6号")
        try Self.expectBuildOverSpare(site, output)
        let spare = Self.spare(of: output)
        let outside = output.deletingLastPathComponent().appendingPathComponent("outside")
        try Self.write("外", to: outside, "index.html")
        let fm = FileManager.default
        // A folder the tree needs made a link to a folder outside, a file made a link to a file
        // outside, a file given other bytes (a new inode), a folder where a file belongs, and
        // files and folders the tree does not have.
        try fm.removeItem(at: spare.appendingPathComponent("canteens"))
        try fm.createSymbolicLink(at: spare.appendingPathComponent("canteens"), withDestinationURL: outside)
        try fm.removeItem(at: spare.appendingPathComponent("robots.txt"))
        try fm.createSymbolicLink(
            at: spare.appendingPathComponent("robots.txt"),
            withDestinationURL: outside.appendingPathComponent("index.html"))
        let page = spare.appendingPathComponent("points/canteen-a/index.html")
        try fm.removeItem(at: page)
        try Data("旧".utf8).write(to: page)
        try fm.removeItem(at: spare.appendingPathComponent("404.html"))
        try Self.write("夹", to: spare, "404.html/index.html")
        try Self.write("多", to: spare, "extra/deep/file.html")
        try Self.write("多", to: spare, "points/extra.html")
        try IncrementalBuildTests.edit(site, "content/points/more.yaml", replacing: "甲村6号", with: "甲村7号")
        try Self.expectBuildOverSpare(site, output)
        #expect(try Self.entries(outside).mapValues { $0?.bytes } == ["index.html": Data("外".utf8)])
        // A spare that is a file, not a folder, is set aside and the build stages afresh.
        try fm.removeItem(at: spare)
        try Data("x".utf8).write(to: spare)
        try IncrementalBuildTests.edit(site, "content/points/more.yaml", replacing: "甲村7号", with: "甲村8号")
        try Self.expectBuildOverSpare(site, output)
    }

    /// A refused build leaves the live tree's files as they were (same inodes, same bytes);
    /// so does a build killed at any moment, and the next build cleans up after it.
    @Test func aRefusedOrKilledBuildLeavesTheLiveFilesAlone() throws {
        let site = try KillLoopTests.site()
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        #expect(try BuildCommandTests.build(output, site: site.path, options: ["--no-record"]).status == 0)
        let more = "content/points/more.yaml"
        try IncrementalBuildTests.edit(site, more, replacing: "甲村1号,", with: "甲村2号,")
        try Self.expectBuildOverSpare(site, output)
        try IncrementalBuildTests.edit(site, more, replacing: "甲村2号,", with: "甲村3号,")
        try Self.expectBuildOverSpare(site, output)

        let live = try LiveSnapshot(of: output)
        try IncrementalBuildTests.edit(site, more, replacing: "region: east-a", with: "region: nowhere")
        #expect(try BuildCommandTests.build(output, site: site.path, options: ["--no-record"]).status != 0)
        #expect(try Self.entries(output) == live.entries)
        #expect(try live.rewritten() == [])
        try IncrementalBuildTests.edit(site, more, replacing: "region: nowhere", with: "region: east-a")

        try IncrementalBuildTests.edit(site, more, replacing: "甲村3号,", with: "甲村4号,")
        let fresh = try BuildCommandTests.scratch().appendingPathComponent("public")
        let started = Date()
        let timed = try Self.buildProcess(site, fresh)
        timed.waitUntilExit()
        let duration = Date().timeIntervalSince(started)
        let newTree = try Self.entries(fresh).mapValues { $0?.bytes }
        var generator = SystemRandomNumberGenerator()
        var sawOld = false
        for _ in 0..<6 {
            let before = try LiveSnapshot(of: output)
            let build = try Self.buildProcess(site, output)
            usleep(UInt32(Double.random(in: 0...(duration * 0.9), using: &generator) * 1_000_000))
            kill(build.processIdentifier, SIGKILL)
            build.waitUntilExit()
            let after = try Self.entries(output)
            // The old tree with its very files, or the new one.
            #expect(after == before.entries || after.mapValues { $0?.bytes } == newTree, "a killed build left a mix")
            #expect(try before.rewritten() == [])
            sawOld = sawOld || after == before.entries
        }
        #expect(sawOld)
        try Self.expectBuildOverSpare(site, output)
        let root = output.deletingLastPathComponent()
        for _ in 0..<100 where try !KillLoopTests.leftovers(in: root).isEmpty { usleep(50_000) }
        #expect(try KillLoopTests.leftovers(in: root).isEmpty)
    }

    static func buildProcess(_ site: URL, _ output: URL) throws -> Process {
        let process = Process()
        process.executableURL = Gongshi.binary
        process.arguments = [
            "build", "--site", site.path, "--as-of", "2026-11-23", "--output", output.path, "-q", "--no-record",
        ]
        process.environment = Gongshi.environment(Gongshi.english)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}
