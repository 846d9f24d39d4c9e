import Foundation
import GongshiModel
import GongshiRender
import Testing

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

    /// Every menu entry has a hint in both languages, so the home page's tiles say what each
    /// section holds instead of repeating the menu.
    @Test func everyMenuEntryHasAHintInBothLanguages() {
        let files = DefaultTheme.allFiles.mapValues { ThemeFile(text: $0, origin: nil) }
        for language in SiteLanguage.allCases {
            let strings = Theme.compile(files, language: language).0?.strings ?? [:]
            let entries = Set(strings["nav", default: [:]].keys).subtracting(["home"])
            #expect(!entries.isEmpty)
            #expect(entries == Set(strings["nav-hint", default: [:]].keys), "\(language)")
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

    /// A site's partial named like a layout would have taken its place unseen.
    @Test func aPartialNamedLikeALayoutIsRefused() {
        let (theme, problems) = Self.compile(["partials/point.html": "<p>{{name}}</p>"])
        #expect(theme == nil)
        #expect(
            problems == [
                .error(
                    .theme(.sameTemplateName(name: "point", other: "(default theme) layouts/point.html")),
                    at: SourceLocation(path: "templates/partials/point.html", line: 1, column: 1))
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
