import Foundation
import GongshiOpenData
import Testing

/// SHA-1 against FIPS 180 vectors and name-based UUIDs against Python's `uuid.uuid5`.
@Suite struct UUIDv5Tests {
    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    @Test func sha1MatchesKnownDigests() {
        let vectors: [(String, String)] = [
            ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
            ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "84983e441c3bd26ebaae4aa1f95129e5e54670f1"
            ),
            ("诸暨市民政局", "ffe2f33614516d1912bc36e76eb46b2869ad016c"),
            // Lengths around the padding boundary: 55 fits one block, 56 and 64 need two.
            (String(repeating: "x", count: 55), "cef734ba81a024479e09eb5a75b6ddae62e6abf1"),
            (String(repeating: "x", count: 56), "901305367c259952f4e7af8323f480d59f81335b"),
            (String(repeating: "x", count: 64), "bb2fa3ee7afb9f54c6dfb5d021f14b1ffe40c163"),
            (String(repeating: "a", count: 1000), "291e9a6c66994949b57ba5e650361e98fc36b1ba"),
        ]
        for (message, digest) in vectors {
            #expect(Self.hex(SHA1.digest(Array(message.utf8))) == digest, "\(message.prefix(10))")
        }
    }

    /// Values from Python: `uuid.uuid5(uuid.NAMESPACE_URL, "https://example.org/")` and others.
    @Test func uuid5MatchesPython() {
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        let cases: [(UUID, String, String)] = [
            (UUIDv5.urlNamespace, "https://example.org/", "527dda32-a0de-5105-a042-cb475b5f7d11"),
            (UUIDv5.urlNamespace, "https://example.org/yanglao/", "ab0eb759-2521-5dbb-a523-6a483c867e30"),
            (dns, "python.org", "886313e1-3b8a-5372-9b90-0c9aee199e5d"),
            (dns, "诸暨.example", "2803d6f4-4cd3-5e33-980e-452fa36d28e3"),
        ]
        for (namespace, name, expected) in cases {
            #expect(UUIDv5.text(UUIDv5.make(name, in: namespace)) == expected, "\(name)")
        }
    }

    /// A site's namespace is the URL UUID of its base_url; record ids live inside it.
    @Test func recordIdsNestInTheSiteNamespace() {
        let site = UUIDv5.make("https://example.org/sub/", in: UUIDv5.urlNamespace)
        #expect(UUIDv5.text(site) == "305ff786-4138-5d87-9f7c-d47b506d97b0")
        #expect(UUIDv5.text(UUIDv5.make("service/canteen-a", in: site)) == "e18bbcb1-1622-5367-9cd8-5fb78bb59c9b")
        let text = UUIDv5.text(UUIDv5.make("publisher", in: site))
        #expect(text == "4e90ddf5-defb-554a-83c2-3cf622e42528")
        #expect(Array(text)[14] == "5")  // version
        #expect("89ab".contains(Array(text)[19]))  // RFC 4122 variant
    }
}
