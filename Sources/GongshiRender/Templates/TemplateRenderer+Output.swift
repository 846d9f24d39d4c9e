import GongshiModel

/// Printing values, escaped for the content type, straight into the output.
extension TemplateRenderer {
    /// A value as `{{name}}` prints it: text, `true`/`false`, or a list as Swift describes
    /// an array; models and absent facts print nothing.
    mutating func write(_ value: TemplateValue, _ escaping: TemplateEscaping) {
        switch value {
        case .text(let text): append(text, escaping)
        case .flag(let flag): append(flag ? "true" : "false", escaping)
        case .list(let items): append(Self.describe(items), escaping)
        case .model, .absent: break
        }
    }

    /// `["a", true, []]`, as swift-mustache prints an array it was given.
    private static func describe(_ items: [TemplateValue]) -> String {
        let parts = items.map { item -> String in
            switch item {
            case .text(let text): String(reflecting: text)
            case .flag(let flag): flag ? "true" : "false"
            case .list(let inner): describe(inner)
            case .model, .absent: ""
            }
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }

    private mutating func append(_ text: String, _ escaping: TemplateEscaping) {
        switch escaping {
        case .none: out.append(contentsOf: text.utf8)
        case .html: Escaping.html(text, into: &out)
        case .mustacheHTML: Escaping.htmlByCharacter(text, into: &out)
        case .markdown: Escaping.markdown(text, into: &out)
        }
    }
}
