import GongshiRender
import Testing

@Suite struct MarkdownTests {
    @Test func rendersCommonMark() {
        #expect(Markdown.html("## 爱心食堂\n\n每天**中午**供餐。") == "<h2>爱心食堂</h2>\n<p>每天<strong>中午</strong>供餐。</p>\n")
    }

    @Test func dropsRawHTMLAndUnsafeLinksByDefault() {
        let html = Markdown.html("<script>alert(1)</script>\n\n[点我](javascript:alert(1))")
        #expect(!html.contains("<script>"))
        #expect(html.contains("<a href=\"\">点我</a>"))
    }

    @Test func keepsRawHTMLWhenTheSiteAllowsIt() {
        #expect(Markdown.html("<b>粗</b>", allowRawHTML: true) == "<p><b>粗</b></p>\n")
    }
}
