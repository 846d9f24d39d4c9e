import Foundation
import GongshiModel

/// Each content file's parse result by path, reused while the file's bytes, the site's offset
/// (which types activity times) and the privacy rules stay the same.
public final class ParseCache: @unchecked Sendable {
    private struct Entry {
        var bytes: [UInt8]
        var offset: UTCOffset
        var rules: PrivacyGate.Rules
        var result: (site: LoadedSite, log: LoadLog)
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    public init() {}

    func result(for file: ContentFile, offset: UTCOffset, rules: PrivacyGate.Rules) -> (site: LoadedSite, log: LoadLog)?
    {
        lock.withLock {
            guard let entry = entries[file.path], entry.offset == offset, entry.rules == rules,
                Self.same(entry.bytes, file.bytes)
            else { return nil }
            return entry.result
        }
    }

    /// Byte for byte, by `memcmp`: a preview compares every content file at each rebuild, and
    /// `==` on arrays goes byte by byte.
    static func same(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.count == b.count
            && a.withUnsafeBytes { a in
                b.withUnsafeBytes { b in a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
            }
    }

    func keep(
        _ result: (site: LoadedSite, log: LoadLog), for file: ContentFile, offset: UTCOffset, rules: PrivacyGate.Rules
    ) {
        lock.withLock { entries[file.path] = Entry(bytes: file.bytes, offset: offset, rules: rules, result: result) }
    }
}
