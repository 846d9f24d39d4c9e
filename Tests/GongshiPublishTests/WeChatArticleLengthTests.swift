import Foundation
import GongshiBuild
import GongshiLoad
import GongshiModel
import GongshiPages
import GongshiRender
import PropertyBased
import Testing

/// The body length `check` holds against the editor's limit (GS6010) is the text a reader
/// sees in the article: its HTML without tags, entities decoded, counted in scalars. Checked
/// on every week's bulletin of the sample site and the fixtures with bulletins, and on any
/// Markdown.
@Suite struct WeChatArticleLengthTests {
    static let asOf = LocalDate(year: 2026, month: 11, day: 23)!
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let sites = [
        ".", "Tests/Fixtures/build-small", "Tests/Fixtures/find-by-place", "Tests/Fixtures/incremental-edits",
        "Tests/Fixtures/search", "Tests/Fixtures/summer-break", "Tests/Fixtures/template-keys",
        "Tests/Fixtures/wechat-limits",
    ]

    /// What a reader sees of an article's HTML. (No attribute value holds a `>`: the
    /// article's styles have none, and an address is escaped.)
    static func visibleText(_ html: String) -> [Unicode.Scalar] {
        let entities: [(String, Unicode.Scalar)] = [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&"),
        ]
        var text: [Unicode.Scalar] = []
        var rest = html.unicodeScalars[...]
        while let scalar = rest.first {
            if scalar == "<", let end = rest.firstIndex(of: ">") {
                rest = rest[rest.index(after: end)...]
            } else if let (entity, decoded) = entities.first(where: { rest.starts(with: $0.0.unicodeScalars) }) {
                text.append(decoded)
                rest = rest.dropFirst(entity.unicodeScalars.count)
            } else {
                text.append(scalar)
                rest = rest.dropFirst()
            }
        }
        return text
    }

    @Test func everyBulletinsLengthIsItsVisibleText() throws {
        var weeks = 0
        for path in Self.sites {
            let folder = Self.root.appendingPathComponent(path)
            let checked = SiteCheck.run(siteDirectory: folder, asOf: Self.asOf)
            let site = try #require(checked.site, "\(path): \(checked.diagnostics)")
            let theme = try #require(
                Theme.compile(Theme.files(siteDirectory: folder), language: site.settings.language).0, "\(path)")
            let plan = BuildPlan(site: site, theme: theme, media: [:], options: .init(today: Self.asOf))
            for week in BulletinPages.weeks(site, today: Self.asOf) {
                for includeDrafts in [false, true] {
                    let note = BulletinPages.note(site, week: week, includeDrafts: includeDrafts)
                    let article = try #require(
                        BulletinPages.weChatArticle(week, note: note, plan.context, plan.theme), "\(path) \(week)")
                    #expect(
                        article.textLength == Self.visibleText(article.html).count, "\(path) \(week) \(includeDrafts)")
                    weeks += 1
                }
            }
        }
        #expect(weeks > 20)
    }

    /// Pieces of Markdown: blocks, inline syntax, links of every kind, raw HTML, entities,
    /// line breaks and text.
    static let pieces = [
        "# ", "## ", "- ", "  - ", "    - ", "1. ", "> ", "*", "**", "_", "`", "```\n", "    ", "---\n", "\n", "\n\n",
        "  \n", "\\\n", "[课程](/courses/c1/)", "[课程](/courses/c1/)", "[外链](https://gov.cn/r?a=1&b=2)",
        "[上级](../x/)", "[推文](https://mp.weixin.qq.com/s/abc)", "[坏](javascript:alert(1))", "![图](/media/a.jpg)",
        "<b>粗</b>", "<div>块</div>\n", "&amp;", "&#39;", "&copy;", "&", "<", ">", "\"", "'", "本周", "食堂照常开放",
        "a", "1", "。", "，", "😀", "e\u{301}", "\u{3000}", "\t", "[", "]", "(", ")",
    ]

    static let anyMarkdown = Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 0...60).map { $0.joined() }

    @Test func anyArticlesLengthIsItsVisibleText() async throws {
        let addresses = try #require(
            BulletinPages.ArticleAddresses(page: "https://example.org/yanglao/bulletins/2026-W48/"))
        let labels = WeChatArticle.Labels(references: "参考链接", image: "【图片：请在这里上传 {file}】")
        await propertyCheck(count: 500, input: Self.anyMarkdown) { markdown in
            let article = WeChatArticle(markdown: markdown, labels: labels) { addresses.absolute($0) }
            #expect(
                article.textLength == Self.visibleText(article.html).count,
                "\(String(reflecting: markdown)) → \(article.html)")
        }
    }
}
