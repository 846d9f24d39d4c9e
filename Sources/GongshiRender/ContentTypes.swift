import GongshiModel

/// The `MARKDOWN` content type for Markdown templates: `{{value}}` is `Escaping.markdown`.
struct MarkdownContentType {
    func escapeText(_ text: String) -> String { Escaping.markdown(text) }

    static let name = "MARKDOWN"

    /// The pragma that starts every Markdown template.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"
}

/// The `GONGSHI_HTML` content type for HTML templates: `{{value}}` is `Escaping.html`, the
/// entities swift-mustache's default writes (`& < > " '`), done on UTF-8 bytes: its own
/// escaper looks each character up in a dictionary, which was a twentieth of a site's build.
struct HTMLContentType {
    static let name = "GONGSHI_HTML"

    /// The pragma that starts every HTML template.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"

    func escapeText(_ text: String) -> String { Escaping.html(text) }
}
