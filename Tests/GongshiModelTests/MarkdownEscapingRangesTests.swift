import PropertyBased
import Testing

@testable import GongshiModel

/// The byte ranges Markdown escaping tests are Unicode's ASCII punctuation and symbols, the
/// quick look that skips texts with nothing to escape skips only those, and reading bytes
/// escapes what reading scalars did.
@Suite struct MarkdownEscapingRangesTests {
    @Test func theRangesAreTheASCIIPunctuationAndSymbols() {
        for value in UInt32(0)..<128 {
            let scalar = Unicode.Scalar(value)!
            let category = scalar.properties.generalCategory
            let punctuation: Bool
            switch category {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
                punctuation = true
            default:
                punctuation = false
            }
            #expect(Escaping.isMarkdownPunctuation(scalar) == punctuation, "U+\(value)")
        }
    }

    @Test func textSkippedByTheQuickLookIsLeftAsItIs() {
        let texts = [
            "枫桥镇杨村爱心食堂", "甲村1号", " 前面有空格", "a_b", "行\n行", "\u{2028}", "价格10元", "周一至周五", "",
            "tab\there", "#1", "abc", "一、二", "中文（括号）",
        ]
        for text in texts {
            let skipped = !Escaping.needsMarkdownEscaping(text)
            if skipped { #expect(Escaping.markdown(text) == text, "\(text.debugDescription)") }
        }
        #expect(!Escaping.needsMarkdownEscaping("枫桥镇杨村爱心食堂") && Escaping.needsMarkdownEscaping("a_b"))
    }

    /// Markdown escaping scalar by scalar, as it was written before it read bytes.
    static func escapedByScalars(_ text: String) -> String {
        var out = ""
        let blanks: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\u{2028}", "\u{2029}", "\u{0}"]
        for scalar in text.unicodeScalars.drop(while: blanks.contains) {
            switch scalar {
            case "\n", "\r", "\u{2028}", "\u{2029}", "\t": out.append(" ")
            case "\u{0}": continue
            case _ where Escaping.isMarkdownPunctuation(scalar):
                out.append("\\")
                out.unicodeScalars.append(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test func readingBytesEscapesAsReadingScalars() async {
        let edges = [
            "\u{2028}\u{2029} a", "\u{2027}\u{202A}\u{2068}", "a\u{2028}", "\u{0} \t\n\r x", "   ", "\u{E2}", "€",
            "\u{20AC}!",
        ]
        for text in edges + EscapingPropertyTests.hostile {
            #expect(Array(Escaping.markdown(text).unicodeScalars) == Array(Self.escapedByScalars(text).unicodeScalars))
        }
        await propertyCheck(count: 1_000, input: EscapingPropertyTests.anyText) { text in
            var appended = Array("前".utf8)
            Escaping.markdown(text, into: &appended)
            #expect(
                Array(Escaping.markdown(text).unicodeScalars) == Array(Self.escapedByScalars(text).unicodeScalars),
                "\(text.debugDescription)")
            #expect(appended == Array(("前" + Self.escapedByScalars(text)).utf8), "\(text.debugDescription)")
        }
    }
}
