import CSystem
import Foundation
import GongshiModel

/// Where a build puts its files: the new tree on disk (`StagedOutput`) or in memory
/// (`MemoryOutput`, for tests and the preview). Called from all render threads at once, each
/// with its own path.
public protocol BuildOutput: Sendable {
    /// Stores a file; returns whether bytes were written (false when the previous output held
    /// exactly these bytes and the old file was kept).
    func put(_ path: String, _ bytes: [UInt8]) throws(PublishFailure) -> Bool
    /// Keeps the previous output's file, known to be current, without rendering it again, and
    /// returns its size; nil when there is none to keep (the caller then renders it).
    func keep(_ path: String) -> Int?
}

/// Why the output could not be written: a problem of the disk, not of the content.
public struct PublishFailure: Error, CustomStringConvertible, Sendable {
    public var problem: OutputProblem

    public init(_ problem: OutputProblem) { self.problem = problem }

    /// The system's words for the last failed call.
    static var reason: String { String(cString: strerror(errno)) }

    public var description: String { problem.en.message }
}

/// Publishes a site so that readers of the output folder see either the old tree or the new
/// one, never a mix: the new tree is written into a hidden sibling folder, then exchanged
/// with the old in one `renameat2(RENAME_EXCHANGE)`. Until then the old folder is untouched,
/// so a failed or killed build changes nothing. A file whose bytes are unchanged is
/// hard-linked from the old tree instead of written, so its modification time stays and a
/// sync to a web server moves only what changed.
public final class StagedOutput: BuildOutput {
    public let output: URL
    let staging: URL

    public init(replacing output: URL) throws(PublishFailure) {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.output.lastPathComponent).staging-\(getpid())")
        Self.removeLeftovers(of: self.output)
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw PublishFailure(.cannotCreateFolder(path: staging.path, reason: error.localizedDescription))
        }
    }

    /// Creates the folders the paths need, before files are put, so that render threads never
    /// race to create the same folder.
    public func makeFolders(for paths: some Sequence<String>) throws(PublishFailure) {
        var folders: Set<Substring> = []
        for path in paths {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(folder).inserted else { break }
            }
        }
        for folder in folders.sorted(by: { $0.count < $1.count }) {
            let target = staging.path + "/" + folder
            guard mkdir(target, 0o755) == 0 || errno == EEXIST else {
                throw PublishFailure(.cannotCreateFolder(path: target, reason: PublishFailure.reason))
            }
        }
    }

    public func put(_ path: String, _ bytes: [UInt8]) throws(PublishFailure) -> Bool {
        let previous = output.path + "/" + path
        let target = staging.path + "/" + path
        if Self.sameBytes(bytes, atPath: previous), link(previous, target) == 0 { return false }
        let written = bytes.withUnsafeBytes { buffer -> Bool in
            let fd = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { return false }
            defer { close(fd) }
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }
        guard written else {
            throw PublishFailure(.cannotWrite(path: target, reason: PublishFailure.reason))
        }
        return true
    }

    public func keep(_ path: String) -> Int? {
        let previous = output.path + "/" + path
        guard link(previous, staging.path + "/" + path) == 0 else { return nil }
        return FileStamp(path: previous)?.size ?? 0
    }

    /// Puts the staged tree at the output folder. The old tree is removed by a background
    /// process unless `waitForRemoval`: deleting a large tree slows this kind of disk for a
    /// while, and nobody needs to wait for it.
    public func commit(waitForRemoval: Bool = false) throws(PublishFailure) {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory) {
            guard rename(staging.path, output.path) == 0 else {
                throw PublishFailure(.cannotSwap(output: output.path, reason: PublishFailure.reason))
            }
            return
        }
        guard isDirectory.boolValue else {
            throw PublishFailure(.outputIsAFile(output: output.path))
        }
        guard gongshi_exchange_paths(staging.path, output.path) == 0 else {
            throw PublishFailure(.cannotSwap(output: output.path, reason: PublishFailure.reason))
        }
        // `staging` now holds the previous tree.
        let old = staging.deletingLastPathComponent().appendingPathComponent(
            ".\(output.lastPathComponent).old-\(getpid())")
        if !waitForRemoval, rename(staging.path, old.path) == 0 {
            if !Self.removeInBackground(old) { try? FileManager.default.removeItem(at: old) }
        } else {
            try? FileManager.default.removeItem(at: staging)
        }
    }

    /// Removes the staging folder after a failure.
    public func discard() { try? FileManager.default.removeItem(at: staging) }

    /// Removes staging folders and old trees that builds killed before they finished left
    /// beside the output (their process is gone), and this process's own.
    static func removeLeftovers(of output: URL) {
        let parent = output.deletingLastPathComponent()
        let prefix = ".\(output.lastPathComponent)."
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.lastIndex(of: "-"), ["staging", "old"].contains(rest[..<dash]),
                let pid = Int32(rest[rest.index(after: dash)...])
            else { continue }
            guard pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH) else { continue }
            let leftover = parent.appendingPathComponent(name)
            // An old tree is normally still being removed by the `rm` its build started.
            if rest.hasPrefix("old"), removeInBackground(leftover) { continue }
            try? FileManager.default.removeItem(at: leftover)
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

    /// Starts `rm -rf` on a folder without waiting for it; false if it could not start.
    static func removeInBackground(_ folder: URL) -> Bool {
        let remover = Process()
        remover.executableURL = URL(fileURLWithPath: "/bin/rm")
        remover.arguments = ["-rf", "--", folder.path]
        remover.standardOutput = FileHandle.nullDevice
        remover.standardError = FileHandle.nullDevice
        return (try? remover.run()) != nil
    }
}

/// A build kept in memory, for tests and the preview server.
public final class MemoryOutput: BuildOutput, @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]]
    private var written: [String] = []
    private let previous: OutputTree?

    /// `previous`: the last tree, whose files `keep` takes over. The tree starts as that one
    /// (shared, not copied), so keeping a file costs a look-up; `removeFiles` takes out what
    /// the build no longer makes.
    public init(previous: OutputTree? = nil) {
        self.previous = previous
        files = previous?.files ?? [:]
    }

    public func put(_ path: String, _ bytes: [UInt8]) throws(PublishFailure) -> Bool {
        let changed = previous?.files[path] != bytes
        lock.withLock {
            files[path] = bytes
            if changed { written.append(path) }
        }
        return changed
    }

    public func keep(_ path: String) -> Int? {
        previous?.files[path]?.count
    }

    /// Takes out the files of the previous tree that `isStale` says this build does not make
    /// (any more, or not now); the paths taken out.
    public func removeFiles(where isStale: (String) -> Bool) -> [String] {
        lock.withLock {
            let stale = files.keys.filter(isStale)
            for path in stale { files[path] = nil }
            return stale
        }
    }

    /// Takes out the files at these paths, where there are any; the paths taken out.
    public func removeFiles(at paths: Set<String>) -> [String] {
        lock.withLock { paths.filter { files.removeValue(forKey: $0) != nil } }
    }

    /// How many files the tree holds.
    public var fileCount: Int { lock.withLock { files.count } }

    /// The paths put with bytes the previous tree did not have there.
    public var writtenPaths: [String] { lock.withLock { written } }

    /// Everything put or kept so far.
    public var tree: OutputTree { lock.withLock { OutputTree(checkedFiles: files) } }
}
