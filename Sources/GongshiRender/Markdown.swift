import CCmark
import GongshiModel

#if canImport(Glibc)
    import Glibc
#endif

/// CommonMark to HTML through libcmark, the reference implementation: safe by default
/// (raw HTML dropped, `javascript:` and similar links emptied) unless a site opts in.
public enum Markdown {
    public static func html(_ markdown: String, allowRawHTML: Bool = false) -> String {
        var options = CMARK_OPT_VALIDATE_UTF8
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        let utf8 = Array(markdown.utf8)
        guard
            let document = utf8.withUnsafeBufferPointer({ buffer in
                buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, options) }
            })
        else { return "" }
        defer { cmark_node_free(document) }
        joinChineseLines(document)
        linkPhoneNumbers(document, rawHTML: allowRawHTML)
        guard let rendered = cmark_render_html(document, options) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// A line break inside a paragraph renders as a space, which is right between words but
    /// wrong between Chinese characters ("就餐， 高龄"). Soft breaks with Chinese text on both
    /// sides are removed, as Chinese writers expect when they wrap long lines.
    static func joinChineseLines(_ document: OpaquePointer) {
        var breaks: [OpaquePointer] = []
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK {
                breaks.append(node)
            }
        }
        for node in breaks {
            guard let before = edgeText(cmark_node_previous(node), last: true)?.unicodeScalars.last,
                let after = edgeText(cmark_node_next(node), last: false)?.unicodeScalars.first,
                isChinese(before), isChinese(after)
            else { continue }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// Phone numbers in the text become `tel:` links (a bulletin's `请拨打 0575-00000000`), as
    /// a point's phone is. Not inside a link, Markdown's or (with raw HTML on) an `<a>` the
    /// writer opened, where a link cannot nest; code and HTML are not text, so never there.
    /// cmark escapes the new nodes as it does the rest.
    static func linkPhoneNumbers(_ document: OpaquePointer, rawHTML: Bool) {
        // A number split over text nodes (`0575\-…`, an escaped hyphen) is found once they are one.
        cmark_consolidate_text_nodes(document)
        var texts: [OpaquePointer] = []
        var enclosingLinks = 0
        var rawLinkDepth = 0
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            defer { event = cmark_iter_next(iterator) }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: enclosingLinks += event == CMARK_EVENT_ENTER ? 1 : -1
            case CMARK_NODE_HTML_INLINE, CMARK_NODE_HTML_BLOCK:
                if rawHTML, let literal = cmark_node_get_literal(node) {
                    rawLinkDepth = max(0, rawLinkDepth + anchorBalance(String(cString: literal)))
                }
            case CMARK_NODE_TEXT where enclosingLinks == 0 && rawLinkDepth == 0: texts.append(node)
            default: break
            }
        }
        for node in texts { linkPhoneNumbers(inText: node) }
    }

    /// Splits a text node around the phone numbers in it, each becoming a `tel:` link.
    static func linkPhoneNumbers(inText node: OpaquePointer) {
        guard let literal = cmark_node_get_literal(node) else { return }
        let text = String(cString: literal)
        let found = PhoneNumber.occurrences(in: text)
        guard !found.isEmpty else { return }
        func textNode(_ part: Substring) -> OpaquePointer? {
            let new = cmark_node_new(CMARK_NODE_TEXT)
            cmark_node_set_literal(new, String(part))
            return new
        }
        var rest = text.startIndex
        for occurrence in found {
            if rest < occurrence.range.lowerBound {
                cmark_node_insert_before(node, textNode(text[rest..<occurrence.range.lowerBound]))
            }
            let link = cmark_node_new(CMARK_NODE_LINK)
            cmark_node_set_url(link, occurrence.number.telURI)
            cmark_node_append_child(link, textNode(text[occurrence.range]))
            cmark_node_insert_before(node, link)
            rest = occurrence.range.upperBound
        }
        if rest < text.endIndex {
            cmark_node_set_literal(node, String(text[rest...]))
        } else {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// How many `<a …>` a piece of raw HTML opens, less the `</a>` it closes.
    static func anchorBalance(_ html: String) -> Int {
        let lower = Array(html.lowercased().utf8)
        var balance = 0
        for (index, byte) in lower.enumerated() where byte == UInt8(ascii: "<") {
            let rest = lower[(index + 1)...]
            let closing = rest.first == UInt8(ascii: "/")
            let name = closing ? rest.dropFirst() : rest
            guard name.first == UInt8(ascii: "a"), let after = name.dropFirst().first, ">/ \t\n".utf8.contains(after)
            else { continue }
            balance += closing ? -1 : 1
        }
        return balance
    }

    /// The text at the end (or start) of a node, looking into emphasis and links.
    static func edgeText(_ node: OpaquePointer?, last: Bool) -> String? {
        guard let node else { return nil }
        if cmark_node_get_type(node) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node) {
            return String(cString: literal)
        }
        return edgeText(last ? cmark_node_last_child(node) : cmark_node_first_child(node), last: last)
    }

    /// CJK ideographs and the full-width punctuation written around them.
    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x3134F:
            return true
        default:
            return false
        }
    }
}
