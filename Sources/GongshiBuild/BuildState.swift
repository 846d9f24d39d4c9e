import Foundation
import GongshiModel
import GongshiOpenData
import GongshiSite

/// What the last successful build of an output folder was made from and what it wrote, kept
/// beside the folder (`.public.gongshi-state`), so the next build can tell what changed: with
/// nothing changed it writes nothing at all, and after an edit it renders only the routes
/// that read the edited records. It is written after the new tree is in place; if it is lost
/// or stale the next build simply renders more.
public struct BuildState: Codable, Sendable, Equatable {
    /// The program that built (its size and modification time): a new build of Gongshi may
    /// render every page differently.
    public var program: String
    public var today: String
    public var offsetMinutes: Int
    public var includeDrafts: Bool
    public var baseURL: String?
    /// Each input (content, media, site templates) by site-relative path: a digest of its bytes.
    public var inputs: [String: String]
    /// Each record file: the keys its records touched (see `InputKey.touchedByFile`).
    public var keys: [String: [String]]
    /// Each published file: its stamp as written, so a file changed by hand is rendered again.
    public var outputs: [String: FileStamp]
    /// The problems reported (warnings), repeated when nothing changed.
    public var diagnostics: [Diagnostic]
    public var fileCount: Int
    public var byteCount: Int
    public var contentFileCount: Int
    /// Whether the build kept the change record.
    public var recorded: Bool?
    /// Each published file's SHA-256 (with the change record), for the next manifest: a file
    /// kept as it was is not read again.
    public var digests: [String: String]?

    /// Where the state of an output folder lives: a hidden file beside it.
    public static func location(for output: URL) -> URL {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).gongshi-state")
    }

    public static func read(for output: URL) -> BuildState? {
        guard let data = FileManager.default.contents(atPath: location(for: output).path) else { return nil }
        return try? JSONDecoder().decode(BuildState.self, from: data)
    }

    /// Writes the state through a temporary file and a rename, so it is whole or absent.
    public func write(for output: URL) {
        let target = Self.location(for: output)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(
            target.lastPathComponent + ".\(getpid())")
        guard let data = try? JSONEncoder().encode(self), (try? data.write(to: temporary)) != nil else { return }
        if rename(temporary.path, target.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }

    /// Identifies the running program by its file's size and modification time.
    public static var programIdentity: String {
        guard let stamp = FileStamp(path: "/proc/self/exe") else { return "unknown" }
        return "\(stamp.size)-\(stamp.seconds).\(stamp.nanoseconds)"
    }

    /// A digest of an input's bytes.
    public static func digest(_ bytes: [UInt8]) -> String {
        Digest.hex(Digest.sha1(bytes))
    }

    /// Whether every published file is still as this build left it.
    public func outputsIntact(in output: URL) -> Bool {
        let base = output.standardizedFileURL.path + "/"
        return Array(outputs).parallelMap { FileStamp(path: base + $0.key) == $0.value }.allSatisfy { $0 }
    }

    /// The record keys that changed between this state and new inputs, or nil when any page
    /// may have changed (see `InputKey.changed`).
    public func changedKeys(
        inputs newInputs: [String: String], keys newKeys: [String: Set<InputKey>], sameSettings: Bool
    ) -> Set<InputKey>? {
        guard sameSettings else { return nil }
        return InputKey.changed(
            from: inputs, to: newInputs, oldKeys: keys.mapValues { Set($0.compactMap(InputKey.init(code:))) },
            newKeys: newKeys)
    }
}

/// A file's size, modification time and inode: a file rewritten or replaced gets a new stamp.
public struct FileStamp: Codable, Sendable, Equatable {
    public var size: Int
    public var seconds: Int
    public var nanoseconds: Int
    public var inode: UInt64

    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        size = Int(info.st_size)
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
    }
}

extension InputKey {
    /// A short text form for the state file: `p:id`, `t:id`, `c:id`, `a:id`.
    var code: String {
        switch self {
        case .point(let id): "p:" + id
        case .town(let id): "t:" + id
        case .course(let id): "c:" + id
        case .activity(let id): "a:" + id
        }
    }

    init?(code: String) {
        let id = String(code.dropFirst(2))
        switch code.prefix(2) {
        case "p:": self = .point(id)
        case "t:": self = .town(id)
        case "c:": self = .course(id)
        case "a:": self = .activity(id)
        default: return nil
        }
    }

    /// The keys each record file's records touch: each record's own key, its venue's key (a
    /// course or activity shows on its point's page) and the town of every point involved
    /// (town pages list them). Taken from the old and the new site for a changed file, the
    /// union covers records added, removed, moved or edited.
    public static func touchedByFile(in site: Site) -> [String: Set<InputKey>] {
        var keys: [String: Set<InputKey>] = [:]
        func add(_ path: String, point id: String) {
            keys[path, default: []].insert(.point(id))
            if let town = site.point(id)?.town { keys[path, default: []].insert(.town(town.id)) }
        }
        for point in site.points { add(point.source.path, point: point.id) }
        for course in site.courses {
            keys[course.source.path, default: []].insert(.course(course.id))
            add(course.source.path, point: course.venue.id)
        }
        for activity in site.activities {
            keys[activity.source.path, default: []].insert(.activity(activity.id))
            add(activity.source.path, point: activity.venue.id)
        }
        return keys
    }
}
