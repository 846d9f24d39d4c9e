import Testing

@testable import GongshiBuild

@Suite struct SitemapTests {
    /// One file up to the protocol's 50,000 addresses; past it, an index of files.
    @Test func splitsIntoAnIndexPast50000Addresses() {
        let small = Sitemap.routes((0..<50_000).map { Sitemap.Entry(folder: "p/\($0)/", lastModified: nil) })
        #expect(small.map(\.path) == ["sitemap.xml"])
        let large = Sitemap.routes((0..<100_001).map { Sitemap.Entry(folder: "p/\($0)/", lastModified: nil) })
        #expect(large.map(\.path) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"])
    }
}
