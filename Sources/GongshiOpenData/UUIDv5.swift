import Foundation
import GongshiModel

/// Name-based UUIDs (RFC 9562 §5.5, version 5): the same namespace and name always give the
/// same UUID, so HSDS records keep their ids from one build to the next.
public enum UUIDv5 {
    /// The URL namespace of RFC 9562 appendix A (`6ba7b811-9dad-11d1-80b4-00c04fd430c8`).
    public static let urlNamespace = UUID(uuidString: "6ba7b811-9dad-11d1-80b4-00c04fd430c8")!

    /// The version-5 UUID of `name` (as UTF-8) in `namespace`.
    public static func make(_ name: String, in namespace: UUID) -> UUID {
        let space = withUnsafeBytes(of: namespace.uuid) { Array($0) }
        var bytes = Array(Digest.sha1(space + Array(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50  // version 5
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
        return bytes.withUnsafeBytes { UUID(uuid: $0.loadUnaligned(as: uuid_t.self)) }
    }

    /// Lower-case text, as RFC 9562 recommends and the HSDS examples use.
    public static func text(_ uuid: UUID) -> String {
        let hex = Array(withUnsafeBytes(of: uuid.uuid) { Digest.hex(Array($0)) }.utf8)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(decoding: hex[$0], as: UTF8.self) }
        return groups.joined(separator: "-")
    }
}
