/// A whole built site in memory: each output file's path below the output folder and its
/// bytes. Paths are checked when added, so nothing can be written outside the folder.
public struct OutputTree: Sendable {
    public private(set) var files: [String: [UInt8]] = [:]

    public init() {}

    /// A tree from files whose paths were checked when they were planned.
    init(checkedFiles: [String: [UInt8]]) { files = checkedFiles }

    public enum PathProblem: Error, Equatable, Sendable {
        case escapesOutput(String)
        case duplicate(String)
    }

    /// Adds a file; a path that is absolute, empty, holds `..` or `.` segments, backslashes or
    /// NUL, or that was already added is refused.
    public mutating func add(_ path: String, _ bytes: [UInt8]) throws(PathProblem) {
        guard Self.isSafe(path) else { throw .escapesOutput(path) }
        guard files[path] == nil else { throw .duplicate(path) }
        files[path] = bytes
    }

    public mutating func add(_ path: String, text: String) throws(PathProblem) {
        try add(path, Array(text.utf8))
    }

    /// A relative path of plain segments: not empty, not absolute, no backslash or NUL, no
    /// empty, `.` or `..` segment. Checked on bytes: every output path passes through here.
    public static func isSafe(_ path: String) -> Bool {
        var segment = 0
        var dots = 0
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "/"):
                guard segment > 0, dots != segment || dots > 2 else { return false }
                (segment, dots) = (0, 0)
            case UInt8(ascii: "\\"), 0: return false
            case UInt8(ascii: "."):
                segment += 1
                dots += 1
            default: segment += 1
            }
        }
        return segment > 0 && (dots != segment || dots > 2)
    }

    /// Paths in byte order, so writing and listing are deterministic.
    public var sortedPaths: [String] { files.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
}
