import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches `content/` and `templates/` below a site folder and reports which files changed.
///
/// What changed is always told by listing both folders and comparing each file's size,
/// modification time (to the nanosecond) and inode with the previous listing, so editors'
/// saves by writing a temporary file and renaming it over the old one are seen like plain
/// writes. On Linux, inotify on every listed folder wakes the watcher as soon as anything is
/// written, so an edit reaches the preview at once instead of at the next poll; it is only a
/// wake-up: a folder made a moment before its watch exists, a mount that sends no events or
/// `fs.inotify.max_user_watches` running out cost no more than the polling `interval`, as
/// the listing is still taken then. A listing of the sample site takes well under a millisecond.
public struct ContentWatcher: Sendable {
    public let siteDirectory: URL
    /// Site-relative folders watched recursively.
    public let folders: [String]
    /// How often the folders are listed when no event wakes the watcher.
    public let interval: Duration
    /// How long a burst of writes must stay quiet before it is reported as one change.
    public let settle: Duration

    public init(
        siteDirectory: URL, folders: [String] = ["content", "templates"],
        interval: Duration = .milliseconds(100), settle: Duration = .milliseconds(30)
    ) {
        self.siteDirectory = siteDirectory
        self.folders = folders
        self.interval = interval
        self.settle = settle
    }

    /// What a listing remembers of a file: enough to tell that its bytes may differ.
    struct Stamp: Equatable, Sendable {
        var size: Int
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt
    }

    /// One set of changed site-relative paths (new, modified and deleted files) per burst of
    /// writes. The first listing is taken, and the folders watched, before this returns, so no
    /// later change is missed.
    public func changes() -> AsyncStream<Set<String>> {
        var firstFolders: [String] = []
        let first = snapshot(folders: &firstFolders)
        let events = FolderEvents()
        events?.watch(firstFolders)
        let (stream, continuation) = AsyncStream.makeStream(of: Set<String>.self)
        let stop = StopSignal()
        continuation.onTermination = { _ in stop.raise() }
        // Its own thread: waiting for events blocks, which a task of the shared pool must not.
        let thread = Thread {
            var last = first
            var folderPaths: [String] = []
            while !stop.isRaised {
                let woken = events?.wait(for: interval) ?? Self.sleep(for: interval)
                if woken {
                    // An editor's save is several writes (backup, write, rename, chmod): wait
                    // until the events stop, but not forever for a file that keeps growing.
                    var rounds = 0
                    while rounds < 10, events?.wait(for: settle) == true { rounds += 1 }
                }
                var now = snapshot(folders: &folderPaths)
                events?.watch(folderPaths)
                var changed = Self.differences(last, now)
                guard !changed.isEmpty else { continue }
                if !woken {
                    // Found by listing alone: let the burst settle by listing again.
                    for _ in 0..<10 {
                        _ = Self.sleep(for: settle)
                        let later = snapshot(folders: &folderPaths)
                        let more = Self.differences(now, later)
                        now = later
                        if more.isEmpty { break }
                        changed.formUnion(more)
                    }
                }
                last = now
                continuation.yield(changed)
            }
            continuation.finish()
        }
        thread.start()
        return stream
    }

    /// Sleeps with no events to wake it: false, as none came.
    private static func sleep(for duration: Duration) -> Bool {
        Thread.sleep(forTimeInterval: Double(duration / .microseconds(1)) / 1_000_000)
        return false
    }

    /// Every watched file's stamp, keyed by site-relative path.
    func snapshot() -> [String: Stamp] {
        var folderPaths: [String] = []
        return snapshot(folders: &folderPaths)
    }

    /// Every watched file's stamp, keyed by site-relative path; `folders` gets every folder
    /// listed (absolute paths), to watch.
    func snapshot(folders listed: inout [String]) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        listed = []
        for folder in folders {
            Self.walk(
                siteDirectory.appendingPathComponent(folder).path, relative: folder, into: &stamps, folders: &listed)
        }
        return stamps
    }

    /// Paths added, removed or restamped between two listings.
    static func differences(_ old: [String: Stamp], _ new: [String: Stamp]) -> Set<String> {
        var changed = Set<String>()
        for (path, stamp) in new where old[path] != stamp { changed.insert(path) }
        for path in old.keys where new[path] == nil { changed.insert(path) }
        return changed
    }

    /// Names the build never reads, as its content scanner and theme loader skip them: hidden
    /// files and folders (Vim's `.a.yaml.swp`, Emacs' `.#a.yaml` locks, `.DS_Store`, `.git`),
    /// backups (`a.yaml~`, `a.yaml.bak`) and Vim's `4913` probe for a writable folder.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".bak") || name.hasSuffix(".swp")
            || name == "4913"
    }

    /// Lists a folder recursively with readdir and stat: FileManager's attribute dictionaries
    /// cost more than the listing itself at province scale.
    private static func walk(
        _ path: String, relative: String, into stamps: inout [String: Stamp], folders: inout [String]
    ) {
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        folders.append(path)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name != ".", name != "..", !isIgnored(name) else { continue }
            let full = path + "/" + name
            let child = relative + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            // A link to a file counts as the file; links to folders are not followed, so no loops.
            if info.st_mode & S_IFMT == S_IFLNK, stat(full, &info) != 0 || info.st_mode & S_IFMT == S_IFDIR {
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(full, relative: child, into: &stamps, folders: &folders)
            case S_IFREG:
                stamps[child] = Stamp(
                    size: Int(info.st_size), seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec,
                    inode: UInt(info.st_ino))
            default:
                continue
            }
        }
    }
}

/// Set once, when the stream of changes ends, to stop the watcher's thread.
private final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    var isRaised: Bool { lock.withLock { raised } }

    func raise() { lock.withLock { raised = true } }
}

/// inotify on the listed folders (not recursive: each folder has its own watch, added again
/// after every listing, which for a folder already watched changes nothing). Nil where the
/// system has none.
final class FolderEvents: @unchecked Sendable {
    #if os(Linux)
        private let descriptor: Int32
        private static let mask = UInt32(
            IN_CREATE | IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE)

        init?() {
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
        }

        deinit { close(descriptor) }

        func watch(_ folders: [String]) {
            for folder in folders { _ = inotify_add_watch(descriptor, folder, Self.mask) }
        }

        /// Waits up to `timeout` for events and reads (drops) all that came; whether any did.
        /// Which file they name does not matter: the listing that follows tells what changed.
        func wait(for timeout: Duration) -> Bool {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(clamping: Int64(timeout / .milliseconds(1)))
            guard poll(&ready, 1, max(milliseconds, 0)) > 0 else { return false }
            var buffer = [UInt8](repeating: 0, count: 16 * 1024)
            while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
            return true
        }
    #else
        init?() { return nil }
        func watch(_ folders: [String]) {}
        func wait(for timeout: Duration) -> Bool { false }
    #endif
}
