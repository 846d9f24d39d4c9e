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
        let model = FuzzPage(
            title: text, items: [.init(name: text), .init(name: "<b>")], strings: UIStrings(theme.strings))
        _ = try? theme.renderMarkdownBody(
            text, at: SourceLocation(path: "content/pages/fuzz.md", line: 5, column: 1), model, allowRawHTML: false)
        _ = Markdown.html(text)
        _ = Markdown.html(Escaping.markdown(text))
        return 0
    }
}

/// A page model with a text, a list and the UI strings: what a fuzzed body may name.
struct FuzzPage: FieldModel {
    var title: String
    var items: [Item]
    var strings: UIStrings

    static let fields = TemplateFields<Self>([
        .text("title") { $0.title }, .list("items") { $0.items }, .strings("t") { $0.strings },
    ])

    struct Item: FieldModel {
        var name: String
        static let fields = TemplateFields<Self>([.text("name") { $0.name }])
    }
}
