import GongshiModel

/// Where a tag starts in its template's text: line and column from 1, columns counted in
/// characters.
public struct TemplatePlace: Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// The name a tag reads. `a.b.c` finds `a` up the context stack, then `b` and `c` inside it
/// with no fallback; `.a` starts at the top frame only; `.` (and the empty name) is the top
/// frame itself.
struct TemplateName: Hashable, Sendable {
    var parts: [String]
    var fromTop: Bool

    init(_ text: String) {
        fromTop = text.first == "."
        parts = text.split(separator: ".").map(String.init)
    }
}

/// How a content type escapes printed values (`{{% CONTENT_TYPE: NAME }}`).
enum TemplateEscaping: Sendable {
    /// swift-mustache's own `HTML`, character by character (`Escaping.htmlByCharacter`): what a template starts with
    /// before any pragma, and what every partial starts with.
    case mustacheHTML
    /// Our `GONGSHI_HTML`: `Escaping.html`, the same five entities on bytes.
    case html
    /// `MARKDOWN`: `Escaping.markdown`.
    case markdown
    /// `TEXT`: printed as it is.
    case none

    /// The content type a pragma names, nil for an unknown name.
    init?(contentType name: String) {
        switch name {
        case "HTML": self = .mustacheHTML
        case HTMLContentType.name: self = .html
        case MarkdownContentType.name: self = .markdown
        case "TEXT": self = .none
        default: return nil
        }
    }
}

/// A partial's or parent's name: fixed, or read from the model (`{{>*name}}`).
enum TemplateReference: Hashable, Sendable {
    case fixed(String)
    case dynamic(TemplateName)
}

/// One piece of a compiled template.
enum TemplateNode: Sendable {
    /// Text copied as it is, as UTF-8.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}`/`{{&name}}`.
    case variable(TemplateName, escaped: Bool, at: TemplatePlace)
    /// `{{#name}}…{{/name}}`.
    case section(TemplateName, body: [TemplateNode], at: TemplatePlace)
    /// `{{^name}}…{{/name}}`.
    case inverted(TemplateName, body: [TemplateNode], at: TemplatePlace)
    /// `{{>name}}`; a partial alone on its line indents each of its lines by the blanks
    /// before it (`indentation`), one inline does not (nil).
    case partial(TemplateReference, indentation: [UInt8]?, at: TemplatePlace)
    /// `{{<name}}{{$block}}…{{/block}}{{/name}}`: the named template with these blocks.
    case parent(TemplateReference, indentation: [UInt8], blocks: [String: [TemplateNode]], at: TemplatePlace)
    /// `{{$name}}default{{/name}}`: what a child's block of that name replaces.
    case block(String, default: [TemplateNode], indentation: [UInt8], at: TemplatePlace)
    /// `{{% CONTENT_TYPE: NAME }}`: the escaping of the tags after it.
    case contentType(TemplateEscaping)
}

/// A template read into nodes, ready to render over typed models.
public struct CompiledTemplate: Sendable {
    let nodes: [TemplateNode]
}

/// Why a template does not parse, and where (in the text after any pragma).
public struct TemplateParseError: Error, Hashable, Sendable {
    public var syntax: TemplateSyntax
    public var place: TemplatePlace
}
