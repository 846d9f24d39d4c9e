import Foundation
import GongshiModel

/// Finds the files under `content/` and reads their bytes. Hidden files and editors'
/// backups are skipped; files Gongshi does not know get a warning so nothing is silently lost.
enum ContentScanner {
    /// The largest content file read: parsing keeps several copies of a file's text and tree
    /// in memory, and a province splits its records by town or month far below this.
    static let maximumFileBytes = 64 * 1_048_576

    static func scan(siteDirectory: URL) -> ([ContentFile], [Diagnostic]) {
        let content = siteDirectory.appendingPathComponent("content")
        var files: [ContentFile] = []
        var diagnostics: [Diagnostic] = []
        let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey, .isSymbolicLinkKey]
        guard
            let walker = FileManager.default.enumerator(
                at: content, includingPropertiesForKeys: keys,
                options: [.skipsHiddenFiles])
        else { return ([], []) }
        var paths: [(String, URL)] = []
        let base = content.standardizedFileURL.path
        let site = siteDirectory.standardizedFileURL.resolvingSymlinksInPath().path
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: Set(keys))
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(base + "/") else { continue }
            let relative = "content/" + full.dropFirst(base.count + 1)
            // A link is followed only to a file inside the site folder, so no content can pull
            // in (and publish) a file from elsewhere on the machine.
            if values?.isSymbolicLink == true {
                let target = url.resolvingSymlinksInPath().path
                var isDirectory: ObjCBool = false
                guard target.hasPrefix(site + "/"),
                    FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory),
                    !isDirectory.boolValue
                else {
                    diagnostics.append(
                        .error(.file(.linkOutsideSite), at: .file(relative)))
                    continue
                }
                paths.append((relative, URL(fileURLWithPath: target)))
                continue
            }
            guard values?.isRegularFile == true else { continue }
            if relative.hasSuffix("~") || relative.hasSuffix(".swp") || relative.hasSuffix(".bak") { continue }
            paths.append((relative, url))
        }
        for (relative, url) in paths.sorted(by: { $0.0 < $1.0 }) {
            guard ContentRole.of(relative) != nil else {
                diagnostics.append(
                    .warning(.file(.notRead), at: .file(relative)))
                continue
            }
            if ContentRole.of(relative) == .media {
                files.append(ContentFile(path: relative, bytes: []))
                continue
            }
            if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int,
                size > maximumFileBytes
            {
                diagnostics.append(
                    .error(
                        .file(
                            .tooLarge(megabytes: (size + 1_048_575) / 1_048_576, limit: maximumFileBytes / 1_048_576)),
                        at: .file(relative)))
                continue
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                diagnostics.append(.error(.file(.unreadable), at: .file(relative)))
                continue
            }
            files.append(ContentFile(path: relative, bytes: Array(data)))
        }
        return (files, diagnostics)
    }
}
