import CSystem
import Foundation

/// Publishes a built site so that readers of the output folder see either the old tree or
/// the new one, never a mix: the new tree is written into a hidden sibling folder and then
/// exchanged with the old in one `renameat2(RENAME_EXCHANGE)`. A failure before the
/// exchange leaves the old folder byte for byte. A file whose bytes are unchanged is not
/// rewritten: it is hard-linked from the old tree, so its modification time stays and a sync
/// to a web server moves only what changed.
public enum AtomicPublisher {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// What a publish did.
    public struct Summary: Equatable, Sendable {
        public var fileCount: Int
        public var byteCount: Int
        /// Files whose bytes differ from the previous output (or are new).
        public var writtenCount: Int
        public var unchangedCount: Int { fileCount - writtenCount }
    }

    public static func publish(_ tree: OutputTree, to output: URL) throws(Failure) -> Summary {
        let output = output.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(getpid())")
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: staging)
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            var bytes = 0
            var written = 0
            var folders: Set<String> = []
            for path in tree.sortedPaths {
                let target = staging.appendingPathComponent(path)
                let folder = target.deletingLastPathComponent()
                if folders.insert(folder.path).inserted {
                    try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
                }
                let data = tree.files[path]!
                bytes += data.count
                let previous = output.appendingPathComponent(path).path
                if sameBytes(data, atPath: previous), link(previous, target.path) == 0 { continue }
                try Data(data).write(to: target)
                written += 1
            }
            try swapIn(staging, for: output)
            return Summary(fileCount: tree.files.count, byteCount: bytes, writtenCount: written)
        } catch let failure as Failure {
            try? fileManager.removeItem(at: staging)
            throw failure
        } catch {
            try? fileManager.removeItem(at: staging)
            throw Failure(description: "cannot write the site to \(output.path): \(error.localizedDescription)")
        }
    }

    /// Whether a file holds exactly these bytes; the size is compared before any reading.
    static func sameBytes(_ bytes: [UInt8], atPath path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else {
            return false
        }
        return FileManager.default.contents(atPath: path).map { $0.elementsEqual(bytes) } ?? false
    }

    /// Puts the staged tree at `output`; the old tree, if any, is removed afterwards.
    static func swapIn(_ staging: URL, for output: URL) throws(Failure) {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory) {
            guard rename(staging.path, output.path) == 0 else {
                throw Failure(
                    description: "cannot move the new site into \(output.path): \(String(cString: strerror(errno)))")
            }
            return
        }
        guard isDirectory.boolValue else {
            throw Failure(description: "\(output.path) is a file, not a folder; move it away first")
        }
        guard gongshi_exchange_paths(staging.path, output.path) == 0 else {
            throw Failure(
                description: "cannot swap the new site into \(output.path): \(String(cString: strerror(errno)))")
        }
        // `staging` now holds the previous tree.
        try? FileManager.default.removeItem(at: staging)
    }
}
