import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches `content/` and `templates/` below a site folder and reports which files changed.
///
/// It polls: every `interval` it lists both folders and compares each file's size, modification
/// time (to the nanosecond) and inode with the previous listing. inotify would wake a little
/// sooner, but it needs a watch per folder (re-added for every new folder, racing the files
/// written into it before the watch exists), stays silent on network and container mounts, and
/// runs out at `fs.inotify.max_user_watches`. A listing of the sample site takes well under a
/// millisecond, so polling every 100 ms costs nothing measurable, and editors' saves by writing a
/// temporary file and renaming it over the old one are seen like plain writes.
public struct ContentWatcher: Sendable {
    public let siteDirectory: URL
    /// Site-relative folders watched recursively.
    public let folders: [String]
    /// How often the folders are listed.
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
    /// writes. The first listing is taken before this returns, so no later change is missed.
    public func changes() -> AsyncStream<Set<String>> {
        let first = snapshot()
        return AsyncStream { continuation in
            let task = Task {
                var last = first
                while !Task.isCancelled {
                    try? await Task.sleep(for: interval)
                    var now = snapshot()
                    var changed = Self.differences(last, now)
                    guard !changed.isEmpty else { continue }
                    // An editor's save is several writes (backup, write, rename, chmod): wait until
                    // one listing shows nothing new, but not forever for a file that keeps growing.
                    for _ in 0..<10 {
                        try? await Task.sleep(for: settle)
                        let later = snapshot()
                        let more = Self.differences(now, later)
                        now = later
                        if more.isEmpty { break }
                        changed.formUnion(more)
                    }
                    last = now
                    continuation.yield(changed)
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Every watched file's stamp, keyed by site-relative path.
    func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in folders {
            Self.walk(siteDirectory.appendingPathComponent(folder).path, relative: folder, into: &stamps)
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
    private static func walk(_ path: String, relative: String, into stamps: inout [String: Stamp]) {
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
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
                walk(full, relative: child, into: &stamps)
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
