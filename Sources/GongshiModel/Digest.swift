import CCrypto

/// Message digests from Debian's libcrypto: SHA-256 for the published files and records of
/// the change record, SHA-1 for name-based UUIDs and the build state's input digests.
public enum Digest {
    /// The 32-byte SHA-256 digest of `bytes`.
    public static func sha256(_ bytes: [UInt8]) -> [UInt8] { digest(bytes, sha256Algorithm, size: 32) }

    /// The 20-byte SHA-1 digest of `bytes`.
    public static func sha1(_ bytes: [UInt8]) -> [UInt8] { digest(bytes, sha1Algorithm, size: 20) }

    // Fetched once: given `EVP_sha1()`, OpenSSL 3 looks the algorithm up in its providers on
    // every call, which costs more than hashing a short name. A fetched algorithm is immutable
    // and may be shared by threads.
    nonisolated(unsafe) private static let sha256Algorithm = EVP_MD_fetch(nil, "SHA256", nil)
    nonisolated(unsafe) private static let sha1Algorithm = EVP_MD_fetch(nil, "SHA1", nil)

    /// SHA-256 as 64 lowercase hex digits, the form `sha256sum` prints.
    public static func sha256Hex(_ bytes: [UInt8]) -> String { hex(sha256(bytes)) }

    /// Lowercase hex digits, two per byte.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func digest(_ bytes: [UInt8], _ kind: OpaquePointer?, size: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: size)
        let succeeded = bytes.withUnsafeBytes { input in
            out.withUnsafeMutableBufferPointer { output in
                EVP_Digest(input.baseAddress, input.count, output.baseAddress, nil, kind, nil) == 1
            }
        }
        // Only an allocation failure inside libcrypto fails a digest of memory.
        precondition(succeeded, "libcrypto could not make a digest")
        return out
    }
}
