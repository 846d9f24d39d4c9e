import Foundation
import GongshiModel

/// Each content file's parse result by path, reused while the file's bytes (and the site's
/// offset, which types activity times) stay the same.
public final class ParseCache: @unchecked Sendable {
    private struct Entry {
        var bytes: [UInt8]
        var offset: UTCOffset
        var result: (site: LoadedSite, log: LoadLog)
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    public init() {}

    func result(for file: ContentFile, offset: UTCOffset) -> (site: LoadedSite, log: LoadLog)? {
        lock.withLock {
            guard let entry = entries[file.path], entry.offset == offset, entry.bytes == file.bytes else { return nil }
            return entry.result
        }
    }

    func keep(_ result: (site: LoadedSite, log: LoadLog), for file: ContentFile, offset: UTCOffset) {
        lock.withLock { entries[file.path] = Entry(bytes: file.bytes, offset: offset, result: result) }
    }
}
