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
        guard let rendered = cmark_markdown_to_html(utf8.map { CChar(bitPattern: $0) }, utf8.count, options) else {
            return ""
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
