import GongshiModel

/// Escaping for each place a value lands (DESIGN §5). Templates escape HTML through their
/// content type; these cover the other contexts, and HTML written outside a template.
public enum Escaping {
    /// `& < > " '` as entities: text safe in HTML text and quoted attributes.
    public static func html(_ text: String) -> String { HTMLContentType().escapeText(text) }

    /// Backslash-escapes every ASCII punctuation character, folds line breaks and drops
    /// leading blanks, so text placed in a Markdown template stays text: never a link,
    /// heading, list, code block or raw HTML.
    public static func markdown(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars.drop(while: { $0 == " " || $0 == "\t" }) {
            switch scalar {
            case "\n", "\r", "\u{2028}", "\u{2029}":
                out.append(" ")
            case "\u{0}":
                continue
            case "\t":
                out.append(" ")
            case _ where scalar.isASCII && scalar.properties.isPunctuationOrSymbolASCII:
                out.append("\\")
                out.unicodeScalars.append(scalar)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An address for `href`: internal paths and http(s), mailto and tel URLs pass; anything
    /// else (`javascript:`, `data:`, …) becomes nil and is not linked.
    public static func safeURL(_ url: String) -> String? {
        let trimmed = url.trimmingSpaces()
        if trimmed.hasPrefix("/") && !trimmed.hasPrefix("//") { return trimmed }
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let scheme = trimmed[..<colon].lowercased()
        guard ["http", "https", "mailto", "tel"].contains(scheme) else { return nil }
        guard !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == " " }) else { return nil }
        return trimmed
    }
}

extension Unicode.Scalar.Properties {
    /// ASCII characters with a meaning in CommonMark: `!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~`.
    fileprivate var isPunctuationOrSymbolASCII: Bool {
        switch generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}

/// The `MARKDOWN` content type for Markdown templates: `{{value}}` is Markdown-escaped.
struct MarkdownContentType {
    func escapeText(_ text: String) -> String { Escaping.markdown(text) }

    static let name = "MARKDOWN"

    /// The pragma that starts every Markdown template.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"
}

/// HTML escaping as swift-mustache's default (`& < > " '`), done on UTF-8 bytes: its own
/// escaper looks each character up in a dictionary, which was a twentieth of a site's build.
struct HTMLContentType {
    static let name = "GONGSHI_HTML"

    /// The pragma that starts every HTML template.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"

    func escapeText(_ text: String) -> String {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: Self.needsEscape) else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
