import GongshiModel
import PropertyBased
import Testing

@testable import GongshiRender

/// Our renderer against swift-mustache over the same typed values, byte for byte: random
/// templates of every tag kind, and the default theme's own templates.
@Suite struct RendererDifferentialTests {
    /// One seed's template, partials and data through both renderers; parse errors must
    /// agree in kind and place.
    /// Whether both parsed: the tests check they try both ways.
    @discardableResult
    static func compare(seed: UInt64, mistakesPerMille: Int) -> Bool {
        var random = RandomTemplates(seed: seed, mistakesPerMille: mistakesPerMille)
        let partials = [
            "q": random.template(length: 4, depth: 2, partials: []),
            "base": random.template(length: 5, depth: 2, partials: []),
            "p": random.template(length: 5, depth: 2, partials: ["q", "base"]),
        ]
        let text = random.template(length: 8, depth: 3, partials: ["p", "q", "base"])
        let root = TemplateValue.model(random.model(depth: 3))
        let oracle = MustacheOracle.render(text, root: root, partials: partials)
        let ours = MustacheOracle.ours(text, root: root, partials: partials)
        switch (oracle, ours) {
        case (.success(let expected), .success(let found)):
            #expect(found == expected, "seed \(seed): \(String(reflecting: text)) partials \(partials)")
            return true
        case (.failure(let expected), .failure(let found)):
            #expect(found == MustacheOracle.syntaxError(expected), "seed \(seed): \(String(reflecting: text))")
        default:
            Issue.record(
                "seed \(seed): one parsed, one did not: \(oracle) \(ours) \(String(reflecting: text)) \(partials)")
        }
        return false
    }

    @Test func randomTemplatesRenderAsSwiftMustacheDoes() async {
        var parsed = 0
        await propertyCheck(count: 2_000, input: Gen.uint64()) { seed in
            if Self.compare(seed: seed, mistakesPerMille: 0) { parsed += 1 }
        }
        #expect(parsed > 1_000)
    }

    @Test func randomMistakesAreReportedWhereSwiftMustacheReportsThem() async {
        var refused = 0
        await propertyCheck(count: 2_000, input: Gen.uint64()) { seed in
            if !Self.compare(seed: seed, mistakesPerMille: 60) { refused += 1 }
        }
        #expect(refused > 500)
    }

    /// A few seeds' templates, to see what the generator writes.
    @Test func theGeneratorWritesEveryTagKind() {
        var all = ""
        for seed in 0..<200 as Range<UInt64> {
            var random = RandomTemplates(seed: seed)
            all += random.template(length: 8, depth: 3, partials: ["p", "q", "base"])
        }
        for tag in ["{{#", "{{^", "{{/", "{{!", "{{>", "{{<", "{{$", "{{=", "{{%", "{{{", "{{&", "<%#", "\r\n"] {
            #expect(all.contains(tag), "\(tag)")
        }
    }

    /// Every key any default-theme template names.
    static func keys(in nodes: [TemplateNode]) -> Set<String> {
        var keys: Set<String> = []
        for node in nodes {
            switch node {
            case .variable(let name, _, _): keys.formUnion(name.parts)
            case .section(let name, let body, _), .inverted(let name, let body, _):
                keys.formUnion(name.parts)
                keys.formUnion(Self.keys(in: body))
            case .parent(_, _, let blocks, _): for block in blocks.values { keys.formUnion(Self.keys(in: block)) }
            case .block(_, let body, _, _): keys.formUnion(Self.keys(in: body))
            case .text, .partial, .contentType: break
            }
        }
        return keys
    }

    /// Each layout, partial and Markdown template of the default theme over random models of
    /// the keys the theme reads.
    @Test(arguments: SiteLanguage.allCases) func theDefaultThemeRendersAsSwiftMustacheDoes(language: SiteLanguage)
        async throws
    {
        let files = DefaultTheme.allFiles.mapValues { ThemeFile(text: $0, origin: nil) }
        let theme = try #require(Theme.compile(files, language: language).0)
        let oracle = try MustacheOracle.defaultTheme()
        let names = theme.templates.templates.keys.sorted()
        let keys = names.reduce(into: Set<String>()) { $0.formUnion(Self.keys(in: theme.templates[$1]!.nodes)) }
            .union(theme.markdown.values.reduce(into: Set<String>()) { $0.formUnion(Self.keys(in: $1.nodes)) })
            .subtracting(["t"]).sorted()
        // Every layout and partial of the theme is compiled, and so checked here.
        let htmlTemplates = DefaultTheme.allFiles.keys.count { $0.hasPrefix("layouts/") || $0.hasPrefix("partials/") }
        #expect(theme.markdown.count == 1 && names.count == htmlTemplates && names.count >= 18)
        await propertyCheck(count: 60, input: Gen.uint64()) { seed in
            var random = RandomTemplates(seed: seed)
            random.keys = keys
            var fields = random.model(depth: 3).fields
            fields["t"] = .model(UIStrings(theme.strings))
            let model = JSONModel(fields: fields)
            for name in names {
                let expected = oracle.library.render(OracleModel(model: model), withTemplate: name)
                #expect(theme.render(layout: name, model) == expected, "\(name), seed \(seed)")
            }
            for (name, template) in theme.markdown {
                let expected = oracle.markdown[name]!.render(OracleModel(model: model), library: oracle.library)
                #expect(template.render(model, library: theme.templates) == expected, "\(name), seed \(seed)")
            }
        }
    }
}
