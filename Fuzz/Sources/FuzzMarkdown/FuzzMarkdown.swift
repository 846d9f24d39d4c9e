import FuzzSupport
import GongshiModel
import GongshiRender

/// The default theme, compiled once: page bodies are Mustache templates over the site's
/// data in the MARKDOWN content type, then CommonMark through libcmark.
let theme = Theme.compile(Theme.files(siteDirectory: .init(fileURLWithPath: "/nonexistent")), language: .zhHans).0!

@_cdecl("FuzzMarkdown_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv) { data, count in
        let text = String(decoding: UnsafeRawBufferPointer(start: data, count: count), as: UTF8.self)
        let context: [String: Any] = ["title": text, "items": [["name": text], ["name": "<b>"]], "t": theme.strings]
        _ = try? theme.renderMarkdownBody(text, at: SourceLocation(path: "content/pages/fuzz.md", line: 5, column: 1), context, allowRawHTML: false)
        _ = Markdown.html(text)
        _ = Markdown.html(Escaping.markdown(text))
        return 0
    }
}
