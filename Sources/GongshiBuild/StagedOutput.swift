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
/// one, never a mix: the new tree is made in a hidden sibling folder, then exchanged with the
/// old in one `renameat2(RENAME_EXCHANGE)`. Until then the old folder is untouched, so a
/// failed or killed build changes nothing. A file whose bytes are unchanged is hard-linked
/// from the old tree instead of written, so its modification time stays and a sync to a web
/// server moves only what changed.
///
/// After the exchange the staging folder holds the tree that was live. It is kept beside the
/// output as the spare (`.public.spare`, its files hard links shared with the live tree but
/// for those the build wrote, which are dropped from it), and the next build takes the spare
/// as its staging folder and updates it in place, so a small change costs little instead of
/// a folder and a link for every file. Nothing about the spare is trusted: an entry the new
/// tree does not have is removed, and a file counts as current only when it is the live
/// file's very inode (which the build checks as it checks any live file); every other is
/// replaced by a new file or a new link. A file of the spare is never opened for writing, since
/// it may be the live file itself.
public final class StagedOutput: BuildOutput, @unchecked Sendable {
    public let output: URL
    let staging: URL
    let spare: URL
    /// Whether the staging folder was the spare, so paths may already hold files.
    let reusesSpare: Bool
    /// Whether the tree swapped out is kept as the next build's spare (else it is removed).
    let keepsSpare: Bool
    /// How many files the new tree has.
    let fileCount: Int
    /// Whether what the build throws away is removed before it goes on (else in the background).
    let waitsForRemoval: Bool
    private let lock = NSLock()
    private var written: [String] = []

    /// Prepares the staging folder for a tree of these paths: the spare, updated so that it
    /// holds no file or folder the paths do not need and every folder they do, or a new
    /// folder when there is no spare.
    public init(
        replacing output: URL, paths: some Collection<String>, keepsSpare: Bool = true, waitsForRemoval: Bool = false
    ) throws(PublishFailure) {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        let name = self.output.lastPathComponent
        staging = parent.appendingPathComponent(".\(name).staging-\(getpid())")
        spare = Self.spare(of: self.output)
        self.keepsSpare = keepsSpare
        fileCount = paths.count
        self.waitsForRemoval = waitsForRemoval
        Self.removeLeftovers(of: self.output)
        let folders = Self.folders(of: paths)
        var missing = folders
        var reuses = Self.claim(spare, as: staging)
        if reuses {
            var pruning = SparePruning(
                staging: staging.path, files: Set(paths), folders: folders,
                trash: parent.appendingPathComponent(".\(name).trash-\(getpid())"))
            pruning.run()
            if pruning.clean {
                missing.subtract(pruning.existingFolders)
            } else {
                pruning.throwAwayAll()
                reuses = false
            }
            pruning.removeTrash(inBackground: !waitsForRemoval)
        }
        reusesSpare = reuses
        if !reuses {
            do {
                try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            } catch {
                throw PublishFailure(.cannotCreateFolder(path: staging.path, reason: error.localizedDescription))
            }
        }
        // Shorter paths first, so each folder's parent exists; render threads never race to
        // create the same folder.
        for folder in missing.sorted(by: { $0.utf8.count < $1.utf8.count }) {
            let target = staging.path + "/" + folder
            guard mkdir(target, 0o755) == 0 || errno == EEXIST else {
                throw PublishFailure(.cannotCreateFolder(path: target, reason: PublishFailure.reason))
            }
        }
    }

    /// Where the spare of an output folder is kept: a hidden folder beside it.
    public static func spare(of output: URL) -> URL {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).spare")
    }

    /// Takes the spare as this build's staging folder (one rename, so of two builds at once
    /// only one takes it); false when there is no spare folder to take.
    static func claim(_ spare: URL, as staging: URL) -> Bool {
        guard rename(spare.path, staging.path) == 0 else { return false }
        var info = stat()
        if lstat(staging.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return true }
        unlink(staging.path)
        return false
    }

    /// Every folder the paths need, by path below the output.
    static func folders(of paths: some Sequence<String>) -> Set<String> {
        var folders: Set<Substring> = []
        for path in paths {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(folder).inserted else { break }
            }
        }
        return Set(folders.map(String.init))
    }

    public func put(_ path: String, _ bytes: [UInt8]) throws(PublishFailure) -> Bool {
        let previous = output.path + "/" + path
        let target = staging.path + "/" + path
        if let live = Self.sameBytes(bytes, atPath: previous) {
            if reusesSpare, Self.isSameFile(target, as: live) { return false }
            if reusesSpare { unlink(target) }
            if link(previous, target) == 0 { return false }
        }
        // A new file, never an old one opened: the old may be a link to the live file.
        if reusesSpare { unlink(target) }
        let written = bytes.withUnsafeBytes { buffer -> Bool in
            let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
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
        lock.withLock { self.written.append(path) }
        return true
    }

    public func keep(_ path: String) -> Int? {
        let previous = output.path + "/" + path
        let target = staging.path + "/" + path
        var live = stat()
        guard lstat(previous, &live) == 0, (live.st_mode & S_IFMT) == S_IFREG else { return nil }
        if reusesSpare {
            if Self.isSameFile(target, as: live) { return Int(live.st_size) }
            unlink(target)
        }
        guard link(previous, target) == 0 else { return nil }
        return Int(live.st_size)
    }

    /// Puts the staged tree at the output folder. The tree swapped out becomes the spare,
    /// without the files this build wrote anew and the `removed` paths (files of the old tree
    /// the new one does not have), so that it shares all its files with the live tree: unless
    /// more than a quarter of the files (and over a thousand) were written, when it would share
    /// little and is removed instead, by a background process unless `waitsForRemoval`
    /// (deleting a large tree slows this kind of disk for a while, and nobody needs to wait).
    public func commit(removed: some Collection<String> = [String]()) throws(PublishFailure) {
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
        let unshared = lock.withLock { written } + removed
        // A spare that would share less than three quarters of its files saves the next build
        // little, and pruning it would take as long as removing it (a thousand unlinks take a
        // few milliseconds, so a small site always keeps its spare).
        if keepsSpare, unshared.count <= max(fileCount / 4, 1_000) {
            for path in unshared { unlink(staging.path + "/" + path) }
            if rename(staging.path, spare.path) == 0 { return }
        }
        let old = staging.deletingLastPathComponent().appendingPathComponent(
            ".\(output.lastPathComponent).old-\(getpid())")
        if !waitsForRemoval, rename(staging.path, old.path) == 0 {
            if !Self.removeInBackground(old) { try? FileManager.default.removeItem(at: old) }
        } else {
            try? FileManager.default.removeItem(at: staging)
        }
    }

    /// Gives up the staging folder after a failure: it becomes the spare again (it holds
    /// nothing the live tree needs, and the next build checks all of it), or is removed.
    public func discard() {
        if keepsSpare, rename(staging.path, spare.path) == 0 { return }
        try? FileManager.default.removeItem(at: staging)
    }

    /// Removes staging folders, old trees and trash that builds killed before they finished left
    /// beside the output (their process is gone), and this process's own. A killed build's
    /// staging folder becomes the spare when there is none: it is a tree like any other.
    static func removeLeftovers(of output: URL) {
        let parent = output.deletingLastPathComponent()
        let prefix = ".\(output.lastPathComponent)."
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.lastIndex(of: "-"), ["staging", "old", "trash"].contains(rest[..<dash]),
                let pid = Int32(rest[rest.index(after: dash)...])
            else { continue }
            guard pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH) else { continue }
            let leftover = parent.appendingPathComponent(name)
            // An old tree or trash is normally still being removed by the `rm` its build started.
            if !rest.hasPrefix("staging"), removeInBackground(leftover) { continue }
            if rest.hasPrefix("staging"), rename(leftover.path, spare(of: output).path) == 0 { continue }
            try? FileManager.default.removeItem(at: leftover)
        }
    }
    /// The file's status when it holds exactly these bytes (the size is compared before any
    /// reading), else nil.
    static func sameBytes(_ bytes: [UInt8], atPath path: String) -> stat? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count,
            holds(bytes, atPath: path)
        else { return nil }
        return info
    }

    /// Whether the file's bytes are `bytes` (its size already known equal), read in one call
    /// and compared with `memcmp`: a rebuild compares every page it renders again.
    private static func holds(_ bytes: [UInt8], atPath path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var file = [UInt8](repeating: 0, count: bytes.count + 1)
        var count = 0
        while count < file.count {
            let n = file.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            guard n > 0 else { break }
            count += n
        }
        // One byte more is asked for, so a file that grew since its `stat` differs.
        return count == bytes.count && memcmp(file, bytes, bytes.count) == 0
    }

    /// Whether a path names the very file `live` describes (a hard link to it).
    static func isSameFile(_ path: String, as live: stat) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_ino == live.st_ino && info.st_dev == live.st_dev
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

/// Takes a spare tree to the shape of a new one before anything is written to it: every entry
/// the new tree has no use for is removed (a file or link unlinked, a folder moved into a trash
/// folder that is removed in the background), so that what is left is folders the new tree
/// needs and regular files at its paths. Folders are opened relative to their parent and never
/// through a symbolic link, so nothing outside the spare is touched.
struct SparePruning {
    let staging: String
    let files: Set<String>
    let folders: Set<String>
    let trash: URL
    /// The needed folders the spare already has.
    private(set) var existingFolders: Set<String> = []
    /// Whether everything unneeded could be removed (else the spare is not to be used).
    private(set) var clean = true
    private var trashed = 0

    init(staging: String, files: Set<String>, folders: Set<String>, trash: URL) {
        self.staging = staging
        self.files = files
        self.folders = folders
        self.trash = trash
    }

    mutating func run() {
        visit(open(staging, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC), prefix: "")
    }

    /// Throws the whole spare away, when it cannot be made right.
    mutating func throwAwayAll() {
        throwAway(Array(staging.utf8CString), in: AT_FDCWD)
        if !clean { try? FileManager.default.removeItem(atPath: staging) }
    }

    /// Removes what was thrown away, by a background process when `inBackground`.
    func removeTrash(inBackground: Bool) {
        guard trashed > 0 else { return }
        if !inBackground || !StagedOutput.removeInBackground(trash) { try? FileManager.default.removeItem(at: trash) }
    }

    /// One entry of a folder: its name as the system gave it, and as text when it is UTF-8.
    private struct Entry {
        var name: [CChar]
        var text: String?
        var type: UInt8
    }

    private mutating func visit(_ folder: Int32, prefix: String) {
        guard folder >= 0 else {
            clean = false
            return
        }
        guard let stream = fdopendir(folder) else {
            close(folder)
            clean = false
            return
        }
        defer { closedir(stream) }
        // Read whole before changing it: a folder's listing is not stable while entries go.
        var entries: [Entry] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 }.map { CChar(bitPattern: $0) }) + [0]
            }
            if name == [46, 0] || name == [46, 46, 0] { continue }
            entries.append(Entry(name: name, text: String(validatingCString: name), type: entry.pointee.d_type))
        }
        for entry in entries {
            let path = entry.text.map { prefix + $0 }
            var type = entry.type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard fstatat(folder, entry.name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                    clean = false
                    continue
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: type = UInt8(DT_DIR)
                case S_IFREG: type = UInt8(DT_REG)
                default: type = UInt8(DT_LNK)
                }
            }
            if type == UInt8(DT_DIR) {
                if let path, folders.contains(path) {
                    existingFolders.insert(path)
                    visit(
                        openat(folder, entry.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC), prefix: path + "/")
                } else {
                    throwAway(entry.name, in: folder)
                }
            } else if type != UInt8(DT_REG) || !(path.map(files.contains) ?? false) {
                if unlinkat(folder, entry.name, 0) != 0 { clean = false }
            }
        }
    }

    /// Moves a folder the new tree does not have into the trash (one rename, however large).
    private mutating func throwAway(_ name: [CChar], in folder: Int32) {
        if trashed == 0 { mkdir(trash.path, 0o755) }
        trashed += 1
        if renameat(folder, name, AT_FDCWD, trash.path + "/\(trashed)") != 0 { clean = false }
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
