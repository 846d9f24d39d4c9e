import Foundation

/// What lies below a folder, by path relative to it: the walk every test that reads a
/// published tree makes.
public enum FolderEntries {
    public enum Kind: Sendable { case file, folder, other }

    /// Every file, folder and other entry below `folder`; empty when it does not exist.
    public static func all(below folder: URL) throws -> [(path: String, url: URL, kind: Kind)] {
        let base = folder.standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: base) else { return [] }
        let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys)!
        var out: [(path: String, url: URL, kind: Kind)] = []
        for case let url as URL in walker {
            let values = try url.resourceValues(forKeys: Set(keys))
            let kind: Kind = values.isDirectory == true ? .folder : values.isRegularFile == true ? .file : .other
            out.append((String(url.standardizedFileURL.path.dropFirst(base.count + 1)), url, kind))
        }
        return out
    }

    /// The relative paths of the regular files below `folder`.
    public static func filePaths(below folder: URL) throws -> [String] {
        try all(below: folder).filter { $0.kind == .file }.map(\.path)
    }

    /// Every regular file below `folder`, relative path → bytes.
    public static func files(below folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for entry in try all(below: folder) where entry.kind == .file {
            out[entry.path] = try Data(contentsOf: entry.url)
        }
        return out
    }
}
