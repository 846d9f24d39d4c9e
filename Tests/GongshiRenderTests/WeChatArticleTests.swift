import GongshiModel
import GongshiRender
import Testing

/// The WeChat article: only the elements the editor keeps, every style inline, links as
/// numbered footnotes, lists at most two levels deep, and hostile text inert.
@Suite struct WeChatArticleTests {
    static let labels = WeChatArticle.Labels(references: "参考链接", image: "【图片：请在这里上传 {file}】")

    static func article(_ markdown: String) -> WeChatArticle {
        WeChatArticle(markdown: markdown, labels: labels) { href in
            guard let safe = Escaping.safeURL(href) else { return nil }
            return safe.hasPrefix("/") ? "https://example.org" + safe : safe
        }
    }

    /// The tags of an article, in order.
    static func tags(_ html: String) -> [String] {
        html.split(separator: "<").dropFirst().compactMap { piece in
            let name = piece.prefix { $0 != " " && $0 != ">" }
            return name.hasPrefix("/") ? nil : String(name)
        }
    }

    @Test func linksBecomeNumberedFootnotesOnePerAddress() {
        let article = Self.article("见[课程](/courses/a/)和[报告](https://gov.cn/r)，再看[课程](/courses/a/)。")
        #expect(article.references == ["https://example.org/courses/a/", "https://gov.cn/r"])
        #expect(!article.html.contains("<a "))
        #expect(article.html.contains("课程<span style=\"font-size:13px;color:#666666;\">[1]</span>和报告"))
        #expect(article.html.contains("[1] https://example.org/courses/a/</p>"))
        #expect(article.html.contains("[2] https://gov.cn/r</p>"))
        #expect(article.html.components(separatedBy: "[1]").count == 4)
    }

    @Test func anOfficialAccountArticleStaysALink() {
        let article = Self.article("上周的[推文](https://mp.weixin.qq.com/s/abc)。")
        #expect(article.references.isEmpty)
        #expect(article.html.contains("<a href=\"https://mp.weixin.qq.com/s/abc\">推文</a>"))
    }

    @Test func listsDeeperThanTwoLevelsAreWrittenAtTheSecond() {
        let article = Self.article("- 一\n  - 二\n    - 三\n- 四\n\n1. 甲\n2. 乙\n")
        let items = article.html.components(separatedBy: "<p style=\"").dropFirst().map { $0.prefix(60) }
        #expect(items.count == 6)
        #expect(article.html.contains("• 一") && article.html.contains("◦ 二") && article.html.contains("◦ 三"))
        #expect(article.html.contains("1. 甲") && article.html.contains("2. 乙"))
        let nested = "padding-left:3em"
        #expect(article.html.components(separatedBy: nested).count == 3, "二 and 三 are both at the second level")
    }

    @Test func everyElementIsOneTheEditorKeepsWithItsStyleInline() {
        let article = Self.article("# 标题\n\n正文 *强调* **加粗** `代码`  \n换行\n\n> 引文\n\n---\n\n```\n代码块\n```\n")
        #expect(Set(Self.tags(article.html)).isSubset(of: WeChatArticle.elements))
        #expect(!article.html.contains("class=") && !article.html.contains("id=") && !article.html.contains("var(--"))
        #expect(
            article.html.components(separatedBy: "<p>").count == 1
                && article.html.components(separatedBy: "<section>").count == 1,
            "every block carries its style")
    }

    @Test func imagesArePlaceholdersNamingTheFile() {
        let article = Self.article("![食堂照片](/media/canteen.jpg)")
        #expect(!Self.tags(article.html).contains("img"))
        #expect(article.html.contains("【图片：请在这里上传 https://example.org/media/canteen.jpg】"))
    }

    /// Raw HTML, script links and attribute breakers in a note stay inert text or are dropped.
    @Test func hostileTextStaysInert() {
        let article = Self.article(
            "<script>alert(1)</script>\n\n<div style=\"x\" class=\"y\">块</div>\n\n"
                + "文字<b onclick=\"x()\">粗</b> [点我](javascript:alert(1)) [引](\"onmouseover=x) 5 < 6 & \"引号\"\n")
        #expect(Set(Self.tags(article.html)).isSubset(of: WeChatArticle.elements))
        #expect(
            !article.html.contains("<script") && !article.html.contains("onclick")
                && !article.html.contains("javascript:"))
        #expect(!article.html.contains("class=\"y\""))
        #expect(
            article.html.contains("5 &lt; 6 &amp; &quot;引号&quot;") || article.html.contains("5 &lt; 6 &amp; \"引号\""))
        #expect(article.references.allSatisfy { $0.hasPrefix("https://") })
    }

    @Test func theTextLengthCountsWhatAReaderSees() {
        let article = Self.article("十个字的一段话在这里\n\n- 四个字呀\n")
        #expect(article.textLength == 10 + "• ".count + 4)
    }
}
