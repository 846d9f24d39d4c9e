import Testing

@testable import GongshiBuild

/// Where a link leads, as a browser resolves it from a page of `/sub/help/`.
@Suite struct LinkCheckerTests {
    @Test(arguments: [
        ("../about/", "/sub/about/"), ("../", "/sub/"), ("meals.html", "/sub/help/meals.html"),
        ("./faq/#top", "/sub/help/faq/"), ("../../../../x", "/x"), ("a/../b?q=1", "/sub/help/b"),
        ("/sub/points/p1/", "/sub/points/p1/"), ("/%E5%85%BB%E8%80%81/a/", "/养老/a/"), (".", "/sub/help/"),
        ("..", "/sub/"),
    ])
    func resolvesAgainstThePageFolder(link: String, path: String) {
        #expect(LinkChecker.sitePath(of: link, onPageIn: "/sub/help/") == path)
    }

    @Test(arguments: [
        "https://example.org/", "//cdn.example.org/x.js", "mailto:a@b.cn", "tel:+8657500000000", "#main", "",
    ])
    func leavesOtherSitesAndSchemesAlone(link: String) {
        #expect(LinkChecker.sitePath(of: link, onPageIn: "/sub/help/") == nil)
    }
}
