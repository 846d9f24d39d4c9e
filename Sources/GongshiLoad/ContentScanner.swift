import Foundation
import GongshiModel

/// Finds the files under `content/` and reads their bytes. Hidden files and editors'
/// backups are skipped; files Gongshi does not know get a warning so nothing is silently lost.
enum ContentScanner {
    static func scan(siteDirectory: URL) -> ([ContentFile], [Diagnostic]) {
        let content = siteDirectory.appendingPathComponent("content")
        var files: [ContentFile] = []
        var diagnostics: [Diagnostic] = []
        let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey]
        guard
            let walker = FileManager.default.enumerator(
                at: content, includingPropertiesForKeys: keys,
                options: [.skipsHiddenFiles])
        else { return ([], []) }
        var paths: [(String, URL)] = []
        let base = content.standardizedFileURL.path
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: Set(keys))
            guard values?.isRegularFile == true else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(base + "/") else { continue }
            let relative = "content/" + full.dropFirst(base.count + 1)
            if relative.hasSuffix("~") || relative.hasSuffix(".swp") || relative.hasSuffix(".bak") { continue }
            paths.append((relative, url))
        }
        for (relative, url) in paths.sorted(by: { $0.0 < $1.0 }) {
            guard ContentRole.of(relative) != nil else {
                diagnostics.append(
                    .warning(
                        "this file is not read", at: .file(relative),
                        hint: "records go in points/, courses/ or activities/ as .yaml, .json or .csv; pages as .md"))
                continue
            }
            if ContentRole.of(relative) == .media {
                files.append(ContentFile(path: relative, bytes: []))
                continue
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                diagnostics.append(.error("cannot read this file", at: .file(relative)))
                continue
            }
            files.append(ContentFile(path: relative, bytes: Array(data)))
        }
        return (files, diagnostics)
    }
}
