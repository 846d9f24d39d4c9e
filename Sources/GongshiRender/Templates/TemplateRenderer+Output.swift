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
        case .html: appendHTML(text)
        case .mustacheHTML: appendMustacheHTML(text)
        case .markdown: out.append(contentsOf: Escaping.markdown(text).utf8)
        }
    }

    /// `& < > " '` as entities, byte by byte; runs without them are copied whole.
    private mutating func appendHTML(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var run = 0
            for (offset, byte) in bytes.enumerated() {
                guard let entity = Self.entity(byte) else { continue }
                out.append(contentsOf: bytes[run..<offset])
                out.append(contentsOf: entity)
                run = offset + 1
            }
            out.append(contentsOf: bytes[run...])
        }
    }

    /// swift-mustache's own HTML escaping, which compares whole characters: a `<` that a
    /// combining mark follows is another character and stays as it is.
    private mutating func appendMustacheHTML(_ text: String) {
        guard text.utf8.contains(where: { Self.entity($0) != nil }) else {
            out.append(contentsOf: text.utf8)
            return
        }
        for character in text {
            if character.utf8.count == 1, let entity = Self.entity(character.utf8.first!) {
                out.append(contentsOf: entity)
            } else {
                out.append(contentsOf: character.utf8)
            }
        }
    }

    private static let entities: [[UInt8]] = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].map { Array($0.utf8) }

    private static func entity(_ byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "&"): entities[0]
        case UInt8(ascii: "<"): entities[1]
        case UInt8(ascii: ">"): entities[2]
        case UInt8(ascii: "\""): entities[3]
        case UInt8(ascii: "'"): entities[4]
        default: nil
        }
    }
}
