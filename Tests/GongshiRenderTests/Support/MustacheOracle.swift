import GongshiModel
import Mustache

@testable import GongshiRender

/// swift-mustache, which our renderer must match byte for byte, over the same typed values.
enum MustacheOracle {
    /// `text` rendered by swift-mustache over `root`, with `partials` by name.
    static func render(_ text: String, root: TemplateValue, partials: [String: String] = [:]) -> Result<
        String, MustacheTemplate.ParserError
    > {
        _ = MarkdownContentType.registered
        _ = HTMLContentType.registered
        do {
            var library = MustacheLibrary()
            for (name, partial) in partials { library.register(try MustacheTemplate(string: partial), named: name) }
            return .success(try MustacheTemplate(string: text).render(root.oracle, library: library))
        } catch let error as MustacheTemplate.ParserError {
            return .failure(error)
        } catch {
            fatalError("swift-mustache throws only parser errors: \(error)")
        }
    }

    /// The default theme as swift-mustache compiles it: HTML templates by short name, Markdown
    /// templates by path without extension.
    static func defaultTheme() throws -> (library: MustacheLibrary, markdown: [String: MustacheTemplate]) {
        _ = MarkdownContentType.registered
        _ = HTMLContentType.registered
        var library = MustacheLibrary()
        var markdown: [String: MustacheTemplate] = [:]
        for (path, text) in DefaultTheme.allFiles {
            let name = String(path.split(separator: ".").first!)
            if path.hasSuffix(".html") {
                let short = String(name.split(separator: "/").last!)
                library.register(try MustacheTemplate(string: HTMLContentType.pragma + text), named: short)
            } else if path.hasSuffix(".md") {
                markdown[name] = try MustacheTemplate(string: MarkdownContentType.pragma + text)
            }
        }
        return (library, markdown)
    }

    /// A swift-mustache parse error as our parser reports it. Running out of text inside a
    /// tag is an overflow to swift-mustache and an unclosed tag to us.
    static func syntaxError(_ error: MustacheTemplate.ParserError) -> TemplateParseError {
        let syntax: TemplateSyntax =
            switch error.error as? MustacheTemplate.Error {
            case .sectionCloseNameIncorrect: .wrongSectionClose
            case .unfinishedName: .unclosedTag
            case .expectedSectionEnd: .sectionNeverClosed
            case .invalidSetDelimiter: .badDelimiter
            case .transformAppliedToInheritanceSection: .transformOnInherited
            case .illegalTokenInsideInheritSection, .textInsideInheritSection: .onlyBlocksInsideParent
            case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: .unknownSetting
            case nil: .unclosedTag
            }
        return TemplateParseError(
            syntax: syntax,
            place: TemplatePlace(line: error.context.lineNumber, column: error.context.columnNumber))
    }

    /// Ours over the same text and partials.
    static func ours(_ text: String, root: TemplateValue, partials: [String: String] = [:]) -> Result<
        String, TemplateParseError
    > {
        var library = TemplateLibrary()
        for (name, partial) in partials {
            switch TemplateParser.parse(partial) {
            case .success(let template): library[name] = template
            case .failure(let error): return .failure(error)
            }
        }
        return TemplateParser.parse(text).map { $0.render(root: root, library: library) }
    }
}

/// A typed model as swift-mustache reads it. Models print nothing here, as in our renderer
/// (swift-mustache would print the Swift value's description, which no template wants).
struct OracleModel: MustacheParent, MustacheCustomRenderable, CustomStringConvertible,
    CustomDebugStringConvertible
{
    let model: any TemplateModel
    func child(named name: String) -> Any? { model.value(forKey: name)?.oracle }
    var renderText: String { "" }
    var isNull: Bool { false }
    var description: String { "" }
    var debugDescription: String { "" }
}

/// An absent fact: skips a section, shows an inverted one, prints nothing, stops the lookup.
struct OracleAbsent: MustacheCustomRenderable, CustomDebugStringConvertible {
    var renderText: String { "" }
    var isNull: Bool { true }
    var debugDescription: String { "" }
}

extension TemplateValue {
    var oracle: Any {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag
        case .model(let model): OracleModel(model: model)
        case .list(let items): items.map(\.oracle)
        case .absent: OracleAbsent()
        }
    }
}

// swift-mustache reads our two content types through its own protocol, registered by name.
extension MarkdownContentType: MustacheContentType {
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
        return true
    }()
}

extension HTMLContentType: MustacheContentType {
    static let registered: Bool = {
        MustacheContentTypes.register(HTMLContentType(), named: name)
        return true
    }()
}
