import CCmark
import GongshiModel

/// A Markdown text as an article for a WeChat official account's editor, which keeps only
/// inline styles and a few elements when HTML is pasted into it: every block is a `<section>`
/// or `<p>` with its style written on it, emphasis is `<strong>` or a styled `<span>`, lists are
/// paragraphs with their bullet written out (two levels at most), links other than to
/// `mp.weixin.qq.com` (which the editor refuses) become numbered footnotes that write their
/// address out, and images become placeholders naming the file to upload. Raw HTML is dropped.
public struct WeChatArticle: Sendable {
    /// The words the article adds itself, in the site's language.
    public struct Labels: Sendable {
        /// The footnotes' heading, 参考链接.
        public var references: String
        /// An image's placeholder; `{file}` is the image's address.
        public var image: String

        public init(references: String, image: String) {
            self.references = references
            self.image = image
        }
    }

    /// The article's HTML: one `<section>`.
    public let html: String
    /// The characters (Unicode scalars) of text a reader sees, which the editor's body limit
    /// counts.
    public let textLength: Int
    /// The footnotes' addresses, in number order.
    public let references: [String]

    /// The elements an article may hold; the editor keeps these with their inline styles.
    public static let elements: Set<String> = ["section", "p", "strong", "span", "br", "a"]

    /// `absolute` turns a link of the text into the address a reader can type (nil when the
    /// link leads nowhere safe, which then stays plain text).
    public init(markdown: String, labels: Labels, absolute: @escaping (String) -> String?) {
        var writer = Writer(labels: labels, absolute: absolute)
        let utf8 = Array(markdown.utf8)
        if let document = utf8.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_VALIDATE_UTF8)
            }
        }) {
            Markdown.joinChineseLines(document)
            writer.blocks(of: document)
            cmark_node_free(document)
        }
        writer.footnotes()
        html = "<section style=\"\(Style.article)\">" + String(decoding: writer.out, as: UTF8.self) + "</section>"
        textLength = writer.textLength
        references = writer.references
    }

    /// Inline styles: large, plain type with room between lines, as older readers need.
    enum Style {
        static let article = "font-size:17px;line-height:1.8;color:#1a1a1a;letter-spacing:0.5px;"
        static let paragraph = "margin:0 0 1em 0;"
        static let heading = "margin:1.4em 0 0.6em 0;font-size:20px;line-height:1.5;color:#000000;"
        static let item = "margin:0 0 0.5em 0;padding-left:1.5em;text-indent:-1.5em;"
        static let nestedItem = "margin:0 0 0.5em 0;padding-left:3em;text-indent:-1.5em;"
        static let quote = "margin:0 0 1em 0;padding:0.5em 1em;border-left:4px solid #999999;color:#333333;"
        static let code = "font-family:monospace;background-color:#f2f2f2;"
        static let codeBlock =
            "margin:0 0 1em 0;padding:0.5em;font-family:monospace;white-space:pre-wrap;background-color:#f2f2f2;"
        static let rule = "margin:1.5em 0;border-top:1px solid #cccccc;"
        static let emphasis = "font-style:italic;"
        static let marker = "font-size:13px;color:#666666;"
        static let image =
            "display:inline-block;margin:0.5em 0;padding:1em;border:1px dashed #999999;color:#666666;"
        static let notes = "margin:2em 0 0 0;font-size:15px;line-height:1.6;color:#555555;"
        static let note = "margin:0 0 0.4em 0;word-break:break-all;"
    }

    /// Walks cmark's tree, writing the article.
    struct Writer {
        let labels: Labels
        let absolute: (String) -> String?
        /// The article's HTML so far, as UTF-8 (a week's bulletin at prefecture scale writes
        /// 600 KB of it).
        var out: [UInt8] = []
        var textLength = 0
        var references: [String] = []
        /// Each footnote's number by its address: a week's bulletin links hundreds of pages.
        var numbers: [String: Int] = [:]
        /// The list levels open around the current item: for each, its next number, or nil
        /// for bullets.
        var lists: [Int?] = []

        init(labels: Labels, absolute: @escaping (String) -> String?) {
            self.labels = labels
            self.absolute = absolute
        }

        mutating func text(_ text: String) {
            // Scalars, not grapheme clusters: the same count for Chinese text, and no
            // segmentation pass over every run of a long bulletin.
            textLength += text.unicodeScalars.count
            Escaping.html(text, into: &out)
        }

        /// Markup the writer spells itself, copied as it is.
        mutating func markup(_ piece: String) { out.append(contentsOf: piece.utf8) }

        /// `<element style="style">`.
        mutating func open(_ element: String, style: String) {
            markup("<")
            markup(element)
            markup(" style=\"")
            markup(style)
            markup("\">")
        }

        /// A node's children in order.
        static func children(of parent: OpaquePointer) -> [OpaquePointer] {
            var out: [OpaquePointer] = []
            var node = cmark_node_first_child(parent)
            while let child = node {
                out.append(child)
                node = cmark_node_next(child)
            }
            return out
        }

        mutating func blocks(of parent: OpaquePointer) {
            for child in Self.children(of: parent) { block(child) }
        }

        mutating func block(_ node: OpaquePointer) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH:
                open("p", style: Style.paragraph)
                inlines(of: node)
                markup("</p>")
            case CMARK_NODE_HEADING:
                open("p", style: Style.heading)
                markup("<strong>")
                inlines(of: node)
                markup("</strong></p>")
            case CMARK_NODE_LIST:
                let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
                lists.append(ordered ? Int(cmark_node_get_list_start(node)) : nil)
                blocks(of: node)
                lists.removeLast()
            case CMARK_NODE_ITEM:
                item(node)
            case CMARK_NODE_BLOCK_QUOTE:
                open("section", style: Style.quote)
                blocks(of: node)
                markup("</section>")
            case CMARK_NODE_CODE_BLOCK:
                open("p", style: Style.codeBlock)
                text(String(literal(node).trimmingSuffix(while: { $0 == "\n" })))
                markup("</p>")
            case CMARK_NODE_THEMATIC_BREAK:
                open("p", style: Style.rule)
                markup("</p>")
            default:
                // Raw HTML blocks are dropped: the editor would keep none of it anyway.
                break
            }
        }

        /// A list item: its first paragraph carries the bullet or number; lists deeper than
        /// two levels are written at the second.
        mutating func item(_ node: OpaquePointer) {
            let level = lists.count
            let marker: String
            if let number = lists[level - 1] {
                marker = "\(number). "
                lists[level - 1] = number + 1
            } else {
                marker = level == 1 ? "• " : "◦ "
            }
            let style = level == 1 ? Style.item : Style.nestedItem
            for (index, block) in Self.children(of: node).enumerated() {
                if cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH {
                    open("p", style: style)
                    if index == 0 {
                        text(marker)
                    } else {
                        markup("<span style=\"display:inline-block;width:1.5em;\"></span>")
                    }
                    inlines(of: block)
                    markup("</p>")
                } else {
                    self.block(block)
                }
            }
        }

        mutating func inlines(of parent: OpaquePointer) {
            for child in Self.children(of: parent) { inline(child) }
        }

        mutating func inline(_ node: OpaquePointer) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT: text(literal(node))
            case CMARK_NODE_SOFTBREAK: text(" ")
            case CMARK_NODE_LINEBREAK: markup("<br>")
            case CMARK_NODE_CODE:
                open("span", style: Style.code)
                text(literal(node))
                markup("</span>")
            case CMARK_NODE_EMPH:
                open("span", style: Style.emphasis)
                inlines(of: node)
                markup("</span>")
            case CMARK_NODE_STRONG:
                markup("<strong>")
                inlines(of: node)
                markup("</strong>")
            case CMARK_NODE_LINK: link(node)
            case CMARK_NODE_IMAGE:
                let address = absolute(url(node)) ?? url(node)
                open("span", style: Style.image)
                text(labels.image.replacing("{file}", with: address))
                markup("</span>")
            default:
                // Raw inline HTML is dropped.
                break
            }
        }

        /// A link's text, then its footnote number; a link into the editor's own articles
        /// stays a link.
        mutating func link(_ node: OpaquePointer) {
            guard let address = absolute(url(node)) else { return inlines(of: node) }
            if WeChatArticle.isOfficialAccountLink(address) {
                markup("<a href=\"")
                Escaping.html(address, into: &out)
                markup("\">")
                inlines(of: node)
                markup("</a>")
                return
            }
            inlines(of: node)
            let number: Int
            if let known = numbers[address] {
                number = known
            } else {
                references.append(address)
                number = references.count
                numbers[address] = number
            }
            open("span", style: Style.marker)
            text("[\(number)]")
            markup("</span>")
        }

        mutating func footnotes() {
            guard !references.isEmpty else { return }
            open("section", style: Style.notes)
            open("p", style: Style.note)
            markup("<strong>")
            text(labels.references)
            markup("</strong></p>")
            for (index, address) in references.enumerated() {
                open("p", style: Style.note)
                text("[\(index + 1)] \(address)")
                markup("</p>")
            }
            markup("</section>")
        }

        func literal(_ node: OpaquePointer) -> String {
            cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        }

        func url(_ node: OpaquePointer) -> String {
            cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        }
    }

    /// Whether an address is an article of the official-account platform, the only links the
    /// editor keeps.
    static func isOfficialAccountLink(_ address: String) -> Bool {
        address.hasPrefix("https://mp.weixin.qq.com/") || address == "https://mp.weixin.qq.com"
    }
}

extension StringProtocol {
    /// The text without the characters that end it and match `drop`.
    fileprivate func trimmingSuffix(while drop: (Character) -> Bool) -> SubSequence {
        var end = endIndex
        while end > startIndex, drop(self[index(before: end)]) { end = index(before: end) }
        return self[..<end]
    }
}
