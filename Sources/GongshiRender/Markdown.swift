import CCmark

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
