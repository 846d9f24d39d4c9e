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

@Suite struct ChineseLineBreakTests {
    /// Wrapped Chinese lines join without a stray space; English lines keep theirs.
    @Test func softBreaksBetweenChineseCharactersAreDropped() {
        #expect(Markdown.html("附近的老人可以直接前往就餐，\n高龄老人可预约送餐。") == "<p>附近的老人可以直接前往就餐，高龄老人可预约送餐。</p>\n")
        #expect(Markdown.html("lunch is\nserved") == "<p>lunch is\nserved</p>\n")
        #expect(Markdown.html("午餐 lunch\n晚餐") == "<p>午餐 lunch\n晚餐</p>\n")
        #expect(Markdown.html("**爱心食堂**\n开门") == "<p><strong>爱心食堂</strong>开门</p>\n")
    }
}
