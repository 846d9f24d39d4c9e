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
        return BuildState(fileBytes: Array(data))
    }

    /// Writes the state through a temporary file and a rename, so it is whole or absent.
    public func write(for output: URL) {
        let target = Self.location(for: output)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(
            target.lastPathComponent + ".\(getpid())")
        guard let bytes = fileBytes, (try? Data(bytes).write(to: temporary)) != nil else { return }
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

extension BuildState {
    /// The first line of a state file, naming its form.
    static let fileMagic = Array("gongshi-state 2\n".utf8)

    /// The state as its file holds it: the magic line, the small members as JSON (their
    /// length first), then one binary row per published file with its stamp and digest. A
    /// prefecture has 56,000 files, and JSON's decoder took a second over them; a row is read
    /// in well under a microsecond.
    var fileBytes: [UInt8]? {
        var header = self
        (header.outputs, header.digests) = ([:], digests.map { _ in [:] })
        guard let json = try? JSONEncoder().encode(header) else { return nil }
        var out = Self.fileMagic
        out.reserveCapacity(out.count + 8 + json.count + 8 + outputs.count * 120)
        StateRow.append(UInt64(json.count), to: &out)
        out += json
        let paths = Set(outputs.keys).union(digests.map { Array($0.keys) } ?? [])
        StateRow.append(UInt64(paths.count), to: &out)
        for path in paths {
            StateRow(path: path, stamp: outputs[path], digest: digests?[path]).append(to: &out)
        }
        return out
    }

    /// Reads a state file; nil when it is not one whole (the build then renders everything).
    init?(fileBytes bytes: [UInt8]) {
        guard bytes.starts(with: Self.fileMagic) else { return nil }
        var reader = StateRow.Reader(bytes: bytes, offset: Self.fileMagic.count)
        guard let length = reader.integer().map(Int.init(truncatingIfNeeded:)), length >= 0,
            let json = reader.bytes(length),
            var state = try? JSONDecoder().decode(BuildState.self, from: Data(json)),
            let count = reader.integer().map(Int.init(truncatingIfNeeded:)), count >= 0, count <= bytes.count
        else { return nil }
        state.outputs.reserveCapacity(count)
        state.digests?.reserveCapacity(count)
        for _ in 0..<count {
            guard let row = StateRow(reading: &reader) else { return nil }
            if let stamp = row.stamp { state.outputs[row.path] = stamp }
            if let digest = row.digest, state.digests != nil { state.digests?[row.path] = digest }
        }
        guard reader.atEnd else { return nil }
        self = state
    }
}

/// One published file in the state file: its path, its stamp and its digest, each there or
/// not. Integers are 8 bytes little-endian; a path or digest is its byte count, then its bytes.
struct StateRow {
    var path: String
    var stamp: FileStamp?
    var digest: String?

    static func append(_ value: UInt64, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out += $0 }
    }

    static func append(text: String, to out: inout [UInt8]) {
        append(UInt64(text.utf8.count), to: &out)
        out += text.utf8
    }

    func append(to out: inout [UInt8]) {
        Self.append(text: path, to: &out)
        out.append((stamp == nil ? 0 : 1) | (digest == nil ? 0 : 2))
        if let stamp {
            for value in [
                UInt64(bitPattern: Int64(stamp.size)), UInt64(bitPattern: Int64(stamp.seconds)),
                UInt64(bitPattern: Int64(stamp.nanoseconds)), stamp.inode,
            ] {
                Self.append(value, to: &out)
            }
        }
        if let digest { Self.append(text: digest, to: &out) }
    }

    init(path: String, stamp: FileStamp?, digest: String?) {
        (self.path, self.stamp, self.digest) = (path, stamp, digest)
    }

    init?(reading reader: inout Reader) {
        guard let path = reader.text(), let flags = reader.bytes(1)?.first, flags < 4 else { return nil }
        self.path = path
        if flags & 1 != 0 {
            guard let size = reader.integer(), let seconds = reader.integer(), let nanoseconds = reader.integer(),
                let inode = reader.integer()
            else { return nil }
            stamp = FileStamp(
                size: Int(Int64(bitPattern: size)), seconds: Int(Int64(bitPattern: seconds)),
                nanoseconds: Int(Int64(bitPattern: nanoseconds)), inode: inode)
        }
        if flags & 2 != 0 {
            guard let digest = reader.text() else { return nil }
            self.digest = digest
        }
    }

    /// Reads a state file's bytes front to back; every read is checked against the end.
    struct Reader {
        let bytes: [UInt8]
        var offset: Int

        var atEnd: Bool { offset == bytes.count }

        mutating func bytes(_ count: Int) -> ArraySlice<UInt8>? {
            guard count >= 0, count <= bytes.count - offset else { return nil }
            defer { offset += count }
            return bytes[offset..<(offset + count)]
        }

        mutating func integer() -> UInt64? {
            guard let slice = bytes(8) else { return nil }
            return slice.reversed().reduce(0) { $0 << 8 | UInt64($1) }
        }

        mutating func text() -> String? {
            guard let count = integer(), count <= UInt64(bytes.count), let slice = bytes(Int(count)) else { return nil }
            return String(validating: slice, as: UTF8.self)
        }
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

    init(size: Int, seconds: Int, nanoseconds: Int, inode: UInt64) {
        (self.size, self.seconds, self.nanoseconds, self.inode) = (size, seconds, nanoseconds, inode)
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
