import Testing

@testable import GongshiModel

/// The byte ranges Markdown escaping tests are Unicode's ASCII punctuation and symbols, and
/// the quick look that skips texts with nothing to escape skips only those.
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
}
