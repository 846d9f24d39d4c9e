import GongshiSite
import Testing

/// Feeds carry HTML away from the site, so every address in it is made absolute.
@Suite struct AbsoluteLinksTests {
    let paths = SitePaths(baseURL: "https://example.org/yanglao/")

    @Test func rootRelativeRelativeAndFragmentAddressesBecomeAbsolute() {
        let html = """
            <a href="/yanglao/courses/taiji/">太极</a> <img src="../media/a.png" alt=""> \
            <a href="#figures">数字</a> <a href="notes/?a=1&amp;b=2">注</a>
            """
        #expect(
            paths.absoluteLinks(inHTML: html, page: "bulletins/2026-W48/") == """
                <a href="https://example.org/yanglao/courses/taiji/">太极</a> \
                <img src="https://example.org/yanglao/bulletins/media/a.png" alt=""> \
                <a href="https://example.org/yanglao/bulletins/2026-W48/#figures">数字</a> \
                <a href="https://example.org/yanglao/bulletins/2026-W48/notes/?a=1&amp;b=2">注</a>
                """)
    }

    @Test func addressesWithASchemeStayAsTheyAre() {
        let html = """
            <a href="https://mp.weixin.qq.com/s/x">公众号</a> <a href="tel:0575-00000000">电话</a> \
            <a href="mailto:a@example.org">信</a> <p>href="/not/an/attribute"</p>
            """
        #expect(paths.absoluteLinks(inHTML: html, page: "bulletins/2026-W48/") == html)
    }
}
