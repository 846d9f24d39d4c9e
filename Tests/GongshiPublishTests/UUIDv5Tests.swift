import Foundation
import GongshiOpenData
import Testing

/// Name-based UUIDs against Python's `uuid.uuid5`.
@Suite struct UUIDv5Tests {
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

    /// The text is Foundation's form in lower case, for any UUID.
    @Test func textIsFoundationsFormInLowerCase() {
        for _ in 0..<200 {
            let uuid = UUID()
            #expect(UUIDv5.text(uuid) == uuid.uuidString.lowercased())
        }
    }
}
