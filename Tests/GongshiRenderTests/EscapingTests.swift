import Foundation
import GongshiModel
import GongshiRender
import PropertyBased
import Testing

@Suite struct EscapingTests {
    static let hostile = [
        "<script>alert(1)</script>", "[点我](javascript:alert(1))", "# 标题", "> 引用", "- 列表", "1. 列表",
        "**粗**", "`代码`", "<img src=x onerror=alert(1)>", "&amp; &lt;", "![图](x.png)", "<https://evil.example>",
        "---", "    缩进代码", "a\n# 换行后的标题", "\\*转义\\*", "|表|格|", "~~删~~", "[ref]: https://evil.example",
    ]

    /// Text placed in a Markdown template becomes one paragraph of the same text: never a
    /// heading, list, link, code, emphasis or HTML.
    @Test(arguments: hostile)
    func markdownEscapedTextStaysText(_ text: String) {
        let html = Markdown.html(Escaping.markdown(text))
        let expected =
            "<p>" + htmlEscaped(text.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces))
            + "</p>\n"
        #expect(html == expected)
    }

    @Test func anyPrintableASCIIStaysText() async {
        let printable = Gen.int(in: 0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }
        await propertyCheck(input: printable.array(of: 1...40).map { String($0) }) { chars in
            let text = chars.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return }
            let html = Markdown.html(Escaping.markdown(text))
            #expect(html == "<p>" + htmlEscaped(text) + "</p>\n", "\(text)")
        }
    }

    /// cmark's own escaping of text, to compare against.
    func htmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    @Test func onlyWebMailAndPhoneLinksPass() {
        #expect(Escaping.safeURL("https://example.org/a?b=1") == "https://example.org/a?b=1")
        #expect(Escaping.safeURL("tel:+8657500000000") == "tel:+8657500000000")
        #expect(Escaping.safeURL("mailto:a@example.org") == "mailto:a@example.org")
        #expect(Escaping.safeURL("/sub/points/a/") == "/sub/points/a/")
        #expect(Escaping.safeURL("javascript:alert(1)") == nil)
        #expect(Escaping.safeURL("JavaScript:alert(1)") == nil)
        #expect(Escaping.safeURL("data:text/html,<b>") == nil)
        #expect(Escaping.safeURL("//evil.example/") == nil)
        #expect(Escaping.safeURL("https://a.example/\nx") == nil)
        #expect(Escaping.safeURL("vbscript:x") == nil)
    }
}

@Suite struct ThemeTests {
    static func compile(_ overrides: [String: String]) -> (Theme?, [Diagnostic]) {
        var files = DefaultTheme.allFiles.mapValues { ThemeFile(text: $0, origin: nil) }
        for (path, text) in overrides { files[path] = ThemeFile(text: text, origin: "templates/" + path) }
        return Theme.compile(files, language: .zhHans)
    }

    @Test func theDefaultThemeCompilesInBothLanguages() {
        let files = DefaultTheme.allFiles.mapValues { ThemeFile(text: $0, origin: nil) }
        for language in SiteLanguage.allCases {
            let (theme, problems) = Theme.compile(files, language: language)
            #expect(problems.isEmpty)
            #expect(theme?.layoutNames.isSuperset(of: ["base", "home", "page", "point", "timetable"]) == true)
        }
    }

    /// A theme template nested past the limit is an error at its place, not a parse that
    /// overflows the stack.
    @Test func aTemplateNestedTooDeepIsRefused() {
        let deep = "<p>\n" + String(repeating: "{{#title}}", count: 20_000)
        let (theme, problems) = Self.compile(["partials/deep.html": deep])
        #expect(theme == nil)
        #expect(
            problems == [
                .error(
                    .theme(.sectionsTooDeep(limit: 64)),
                    at: SourceLocation(path: "templates/partials/deep.html", line: 2, column: 641))
            ])
    }

    /// Found by building a page that used a partial including itself: rendering recursed
    /// until the stack overflowed (SIGSEGV). Such a loop is an error at the tag closing it.
    @Test func aPartialThatIncludesItselfIsRefused() {
        let (selfLoop, selfProblems) = Self.compile(["partials/loop.html": "<p>\n  {{> loop}}</p>"])
        #expect(selfLoop == nil)
        #expect(
            selfProblems == [
                .error(
                    .theme(.includesItself(template: "loop", loop: ["loop", "loop"])),
                    at: SourceLocation(path: "templates/partials/loop.html", line: 2, column: 3))
            ])
        let (_, pairProblems) = Self.compile([
            "partials/a.html": "{{#x}}{{> b}}{{/x}}", "partials/b.html": "<i>{{>a}}</i>",
        ])
        #expect(
            pairProblems == [
                .error(
                    .theme(.includesItself(template: "a", loop: ["a", "b", "a"])),
                    at: SourceLocation(path: "templates/partials/b.html", line: 1, column: 4))
            ])
    }

    /// Found by building a page whose body opened 20,000 sections: the engine's parser
    /// recursed once per section and the rendering thread crashed (SIGSEGV).
    @Test func aPageBodyNestedTooDeepThrowsInsteadOfCrashing() throws {
        let theme = try #require(Self.compile([:]).0)
        let nested = { (depth: Int) in
            String(repeating: "{{#title}}", count: depth) + "爱心食堂" + String(repeating: "{{/title}}", count: depth)
        }
        let body = SourceLocation(path: "content/pages/deep.md", line: 4, column: 1)
        #expect(
            try theme.renderMarkdownBody(nested(64), at: body, TitledPage(title: true), allowRawHTML: false)
                == "<p>爱心食堂</p>\n")
        #expect(throws: Theme.TemplateProblem.self) {
            try theme.renderMarkdownBody(nested(20_000), at: body, TitledPage(title: true), allowRawHTML: false)
        }
    }

    /// Both languages carry the same UI string keys, so no page shows a bare key.
    @Test func bothLanguagesHaveTheSameKeys() {
        let files = DefaultTheme.allFiles.mapValues { ThemeFile(text: $0, origin: nil) }
        let zh = Theme.compile(files, language: .zhHans).0!.strings.mapValues { Set($0.keys) }
        let en = Theme.compile(files, language: .en).0!.strings.mapValues { Set($0.keys) }
        #expect(zh == en)
    }

    @Test func aTemplateErrorNamesTheSiteFileAndLine() {
        let (theme, problems) = Self.compile([
            "layouts/page.html": "{{<base}}\n{{$main}}\n{{#oops}}\n{{/main}}\n{{/base}}\n"
        ])
        #expect(theme == nil)
        #expect(
            problems == [
                .error(
                    .theme(.syntax(.wrongSectionClose)),
                    at: SourceLocation(path: "templates/layouts/page.html", line: 4, column: 4))
            ])
    }

    /// A site's file replaces the default theme's file of the same path and no other.
    @Test func aSiteTemplateOverridesOneFile() throws {
        let (theme, _) = Self.compile([
            "layouts/page.html": "{{<base}}{{$main}}<h1 class=\"mine\">{{title}}</h1>{{/main}}{{/base}}"
        ])
        let page = try #require(theme).render(layout: "page", NamedPage(title: "关于", lang: "zh-Hans"))
        #expect(page.contains("<h1 class=\"mine\">关于</h1>"))
        #expect(page.contains("<!DOCTYPE html>"))
    }
}

/// A page model with one flag, `title`.
private struct TitledPage: FieldModel {
    var title: Bool
    static let fields = TemplateFields<Self>([.flag("title") { $0.title }])
}

/// A page model with a title and a language.
private struct NamedPage: FieldModel {
    var title: String
    var lang: String
    static let fields = TemplateFields<Self>([.text("title") { $0.title }, .text("lang") { $0.lang }])
}
