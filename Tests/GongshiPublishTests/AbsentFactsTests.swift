import Foundation
import GongshiModel
import Testing

/// A fact a record lacks is absent from its page: Mustache looks a missing key up in the
/// outer contexts, where the page's own `description` (the site title) stands.
@Suite struct AbsentFactsTests {
    @Test func aRecordWithoutADescriptionHasNoDescriptionOnItsPage() throws {
        let site = try PreviewSessionTests.copy()
        let files = try PreviewSessionTests.served(PreviewSessionTests.session(site).rebuild())
        let recordPages = files.filter { path, _ in
            ["points/", "courses/", "volunteer/"].contains { path.hasPrefix($0) } && path.hasSuffix("/index.html")
                && path.split(separator: "/").count == 3
        }
        let prose = recordPages.filter { String(decoding: $0.value, as: UTF8.self).contains(#"<div class="prose">"#) }
        // build-small: one point has a description; its courses and activities have none.
        #expect(recordPages.count > 3)
        #expect(prose.count == 1, "\(prose.keys.sorted())")
        for (path, bytes) in prose {
            #expect(!String(decoding: bytes, as: UTF8.self).contains(#"<div class="prose">小站</div>"#), "\(path)")
        }
    }
}
