import GongshiRender
import Testing

/// Phone numbers in Markdown text become `tel:` links, escaped by cmark like all text, and
/// never inside a link, code or raw HTML, where a link cannot stand.
@Suite struct MarkdownPhoneLinkTests {
    @Test func aPhoneNumberInTextBecomesACallLink() {
        #expect(
            Markdown.html("如发现信息有误，请拨打 0575-00000000 告诉我们。")
                == "<p>如发现信息有误，请拨打 <a href=\"tel:+8657500000000\">0575-00000000</a> 告诉我们。</p>\n")
        #expect(
            Markdown.html("服务电话：**0575-00000000**（示例号码）")
                == "<p>服务电话：<strong><a href=\"tel:+8657500000000\">0575-00000000</a></strong>（示例号码）</p>\n")
        // An escaped hyphen splits the text in cmark; the number is still found whole.
        #expect(Markdown.html("拨打 0575\\-00000000") == "<p>拨打 <a href=\"tel:+8657500000000\">0575-00000000</a></p>\n")
        #expect(
            Markdown.html("甲 138 0000 0000，乙 12345")
                == "<p>甲 <a href=\"tel:+8613800000000\">138 0000 0000</a>，乙 <a href=\"tel:12345\">12345</a></p>\n")
    }

    @Test func linksCodeImagesAndHTMLKeepTheirNumbers() {
        for markdown in [
            "[0575-00000000](https://example.org/)", "<https://example.org/0575-00000000>", "`0575-00000000`",
            "```\n0575-00000000\n```", "    0575-00000000", "![0575-00000000](x.png)",
            "[电话 **0575-00000000**](https://example.org/)",
        ] {
            let html = Markdown.html(markdown)
            #expect(!html.contains("tel:"), "\(markdown) → \(html)")
        }
        let raw = Markdown.html(
            "<a href=\"https://example.org/\">拨打 0575-00000000</a> 或 0575-00000001", allowRawHTML: true)
        #expect(raw.components(separatedBy: "<a ").count - 1 == 2, "\(raw)")
        #expect(raw.contains("拨打 0575-00000000</a>"))
        #expect(raw.contains("<a href=\"tel:+8657500000001\">0575-00000001</a>"))
        let block = Markdown.html("<a href=\"https://example.org/\">\n\n0575-00000000\n\n</a>", allowRawHTML: true)
        #expect(!block.contains("tel:"), "\(block)")
    }

    /// Text around a number stays text: quotes, brackets and script tags cannot become markup.
    @Test func hostileTextAroundANumberStaysInert() {
        let html = Markdown.html("0575-00000000\"><script>alert(1)</script> 0575-00000001' onclick='x")
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick='x\""))
        #expect(html.contains("<a href=\"tel:+8657500000000\">0575-00000000</a>&quot;&gt;"))
        #expect(html.contains("<a href=\"tel:+8657500000001\">0575-00000001</a>' onclick='x"))
        let unsafe = Markdown.html("<img src=x onerror=alert(1)>0575-00000000 [x](javascript:alert(1))")
        #expect(!unsafe.contains("<img") && !unsafe.contains("javascript:"))
        #expect(unsafe.contains("<a href=\"tel:+8657500000000\">0575-00000000</a>"))
    }
}
