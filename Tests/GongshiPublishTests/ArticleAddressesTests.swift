import Foundation
import GongshiModel
import GongshiPages
import PropertyBased
import Testing

/// The WeChat article's links as a reader types them: the shortcut for the site's plain paths
/// gives what Foundation's resolver gives, for any link, below any page address.
@Suite struct ArticleAddressesTests {
    static let pages = [
        "https://example.org/bulletins/2026-W48/", "https://example.org/yanglao/bulletins/2026-W48/",
        "http://gov.example.cn:8080/a/bulletins/2026-W01/", "https://EXAMPLE.org/x/bulletins/2026-W02/",
        "https://user@example.org/bulletins/2026-W03/",
    ]

    /// Pieces of links: slashes and dots (which make `.` and `..` segments), unreserved and
    /// reserved characters, escapes, queries, fragments, schemes, blanks and non-ASCII.
    static let pieces = [
        "/", "/", "/", ".", "..", "...", "a", "Z", "0", "-", "_", "~", "courses", "c1013", "%20", "%2F", "%2e", "?",
        "#", "?q=1", "#top", " ", "书", "e\u{301}", ":", "@", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=",
        "\\", "[", "]", "|", "\"", "<", ">", "{", "}", "^", "`", "\t", "//", "./", "../", "mailto:x@y.cn",
        "https://mp.weixin.qq.com/s/abc", "tel:10086", "javascript:", "HTTP://a.b/",
    ]

    static let anyLink = Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 0...12).map { $0.joined() }

    static func check(_ href: String) {
        for page in pages {
            guard let addresses = BulletinPages.ArticleAddresses(page: page), let base = URL(string: page) else {
                Issue.record("\(page) is an address")
                return
            }
            let resolved = Escaping.safeURL(href).flatMap { BulletinPages.ArticleAddresses.resolved($0, against: base) }
            #expect(addresses.absolute(href) == resolved, "\(String(reflecting: href)) on \(page)")
        }
    }

    @Test func plainPathsAreTheOnesWithNothingToResolve() {
        for plain in ["/", "/courses/c1013/", "/yanglao/points/p-1_a~b/", "/a/...", "/.well-known/x", "/a/b"] {
            #expect(BulletinPages.ArticleAddresses.isPlainPath(plain), "\(plain)")
        }
        for other in [
            "", "a/b", "//host/", "/a//b", "/a/./b", "/a/../b", "/a/.", "/a/..", "/.", "/..", "/a?b", "/a#b", "/书/",
            "/a%20b", "/a b", "https://example.org/",
        ] {
            #expect(!BulletinPages.ArticleAddresses.isPlainPath(other), "\(other)")
        }
    }

    @Test func anyLinkResolvesAsFoundationResolvesIt() async {
        for known in ["/courses/c1013/", "/a/../b/", "/a/./b", "/a//b", "/?", "../x", "x", "#top", "/..."] {
            Self.check(known)
        }
        await propertyCheck(count: 1_000, input: Self.anyLink) { href in Self.check(href) }
    }
}
