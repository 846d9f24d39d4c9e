import Foundation
import GongshiModel
import GongshiRender
import PropertyBased
import Testing

/// `Escaping.markdown`, checked through cmark (`Markdown.html`): the Markdown context of
/// GongshiModelTests' `EscapingPropertyTests`, here because only this target sees cmark.
@Suite struct MarkdownEscapingPropertyTests {
    /// Everything CommonMark gives a meaning, at the start of a line or inside one.
    static let syntax = [
        "<script>alert(1)</script>", "[点我](javascript:alert(1))", "# ", "> ", "- ", "1. ", "1) ", "+ ", "**", "__",
        "*", "_", "`", "```", "~~~", "<img src=x onerror=alert(1)>", "&amp;", "&#60;", "&lt", "![图](x.png)",
        "<https://evil.example>", "---", "===", "    ", "\t", "\n", "\r", "\r\n", "\u{2028}", "\u{2029}", "\\",
        "\\*", "|", "~~", "[ref]: https://evil.example", "[ref]", "<!-- -->", "<?x?>", "\u{0}", "\u{1}", "\u{7F}",
        "  \n", "\"", "'", "书", "，", "😀", "e\u{301}", "\u{3000}", " ", "!", "[", "]", "(", ")",
    ]

    /// Syntax pieces, printable ASCII, CJK and any other scalar (never a surrogate).
    static let anyText = Gen.int(in: 0...3_999_999).array(of: 0...40).map { picks in
        var out = String.UnicodeScalarView()
        for pick in picks {
            switch pick {
            case ..<1_500_000: out.append(contentsOf: syntax[pick % syntax.count].unicodeScalars)
            case ..<2_500_000: out.append(Unicode.Scalar(UInt8(0x20 + pick % 95)))
            case ..<3_000_000: out.append(Unicode.Scalar(UInt32(0x4E00 + pick % 0x5200))!)
            default:
                let value = UInt32(0x80 + pick % (0x110000 - 0x880))
                out.append(Unicode.Scalar(value < 0xD800 ? value : value + 0x800)!)
            }
        }
        return String(out)
    }

    /// The text as the paragraph should hold it: line breaks and tabs as spaces, NUL gone,
    /// and the blanks cmark trims from a paragraph's ends (space, tab, VT, FF) trimmed.
    static func expectedText(_ text: String) -> String {
        var scalars = text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
            switch scalar {
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": " "
            case "\u{0}": nil
            default: scalar
            }
        }
        let blank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\u{B}" || $0 == "\u{C}" }
        while let first = scalars.first, blank(first) { scalars.removeFirst() }
        while let last = scalars.last, blank(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// cmark's escaping of text: `& < > "`.
    static func cmarkEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escaped text renders as one paragraph of the same text, or nothing when it is
    /// blank: never a link, heading, list, code, emphasis, entity or HTML.
    @Test func anyTextRendersAsOneParagraphOfItself() async {
        for found in Self.syntax { Self.check(found) }
        await propertyCheck(count: 500, input: Self.anyText) { text in Self.check(text) }
    }

    static func check(_ text: String) {
        let html = Markdown.html(Escaping.markdown(text))
        let expected = expectedText(text)
        let want = expected.isEmpty ? "" : "<p>" + cmarkEscaped(expected) + "</p>\n"
        #expect(Array(html.unicodeScalars) == Array(want.unicodeScalars), "\(text.debugDescription) → \(html)")
    }
}
