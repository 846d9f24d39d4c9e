import GongshiModel
import Testing

@testable import GongshiRender

/// Where a template's mistake is reported: the kind and place swift-mustache gives, so
/// diagnostics stay where they were.
@Suite struct TemplateParseErrorTests {
    static let mistakes: [(text: String, syntax: TemplateSyntax, line: Int, column: Int)] = [
        ("{{#a}}\n{{/b}}", .wrongSectionClose, 2, 4),
        ("x {{/a}}", .wrongSectionClose, 1, 6),
        ("{{a b}}", .unclosedTag, 1, 5),
        ("a\n  {{b", .unclosedTag, 2, 6),
        ("{{{a}}", .unclosedTag, 1, 7),
        ("{{! never closed", .unclosedTag, 1, 4),
        ("text {", .unclosedTag, 1, 6),
        ("{{#a}}\n\n", .sectionNeverClosed, 3, 1),
        ("{{=<%>=}}", .badDelimiter, 1, 4),
        ("{{=<% %>}}", .badDelimiter, 1, 7),
        ("{{% FOO: x }}", .unknownSetting, 1, 14),
        ("{{% CONTENT_TYPE: NONE }}", .unknownSetting, 1, 26),
        ("{{<p}}\n{{x}}\n{{/p}}\nmore", .onlyBlocksInsideParent, 4, 1),
        ("{{$f(x)}}{{/x}}", .transformOnInherited, 1, 10),
    ]

    @Test func mistakesAreWhereSwiftMustacheFindsThem() {
        for mistake in Self.mistakes {
            let expected = TemplateParseError(
                syntax: mistake.syntax, place: TemplatePlace(line: mistake.line, column: mistake.column))
            guard case .failure(let found) = TemplateParser.parse(mistake.text) else {
                Issue.record("\(String(reflecting: mistake.text)) parses")
                continue
            }
            #expect(found == expected, "\(String(reflecting: mistake.text))")
            guard case .failure(let oracle) = MustacheOracle.render(mistake.text, root: .absent) else {
                Issue.record("swift-mustache parses \(String(reflecting: mistake.text))")
                continue
            }
            #expect(MustacheOracle.syntaxError(oracle) == expected, "\(String(reflecting: mistake.text))")
        }
    }

    /// Transforms need `Any` values; typed models have none, so a template naming one is
    /// refused at the name, where swift-mustache would print nothing.
    @Test(arguments: [
        ("{{uppercased(a)}}", 3), ("{{#first()}}x{{/first()}}", 4), ("{{{f(g(a))}}}", 4), ("{{&f(a)}}", 4),
    ])
    func aTransformIsRefusedAtItsName(text: String, column: Int) {
        let error = TemplateParser.parse(text).failure
        #expect(
            error == TemplateParseError(syntax: .transformUnsupported, place: TemplatePlace(line: 1, column: column)))
    }

    /// A page body's places count from where the body starts in its file, and the content
    /// type pragma put before it takes no columns.
    @Test func aBodyMistakeIsPlacedInItsFile() {
        let start = SourceLocation(path: "content/pages/a.md", line: 7, column: 1)
        let problem = { (body: String) in Theme.compileBody(body, at: start).failure?.diagnostic }
        #expect(
            problem("x {{a b}}")
                == .error(.theme(.syntax(.unclosedTag)), at: SourceLocation(path: start.path, line: 7, column: 7)))
        #expect(
            problem("one\n  {{#site}}\n")
                == .error(
                    .theme(.sectionNeverClosed(tag: "{{#site}}", name: "site")),
                    at: SourceLocation(path: start.path, line: 8, column: 3)))
        #expect(
            problem("{{upper(a)}}")
                == .error(
                    .theme(.syntax(.transformUnsupported)), at: SourceLocation(path: start.path, line: 7, column: 3)))
    }

    /// A block whose replacement holds a block of its own name would include itself
    /// forever; it stops.
    @Test func aBlockThatReplacesItselfStops() throws {
        var library = TemplateLibrary()
        library["base"] = try TemplateParser.parse("[{{$main}}{{/main}}]").get()
        let template = try TemplateParser.parse("{{<base}}{{$main}}a{{$main}}{{/main}}{{/main}}{{/base}}").get()
        #expect(template.render(root: .absent, library: library).hasPrefix("[aaa"))
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let failure) = self { failure } else { nil }
    }
}
