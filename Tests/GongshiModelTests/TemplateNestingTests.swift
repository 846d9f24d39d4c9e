import GongshiModel
import Testing

/// Template sections are counted before the engine sees them: past the limit the first
/// section too deep is named, so no template can overflow the renderer's stack.
@Suite struct TemplateNestingTests {
    static func nested(_ depth: Int) -> String {
        String(repeating: "{{#a}}", count: depth) + "x" + String(repeating: "{{/a}}", count: depth)
    }

    @Test func sixtyFourLevelsAreAllowed() {
        #expect(TemplateNesting.firstExcess(in: Self.nested(64)) == nil)
    }

    @Test func theSixtyFifthSectionIsNamed() throws {
        let excess = try #require(TemplateNesting.firstExcess(in: Self.nested(20_000)))
        #expect(excess == (1, 64 * 6 + 1))
    }

    /// Closed sections do not add up, and inverted, block and parent sections count too.
    @Test func onlyOpenSectionsCount() {
        #expect(TemplateNesting.firstExcess(in: String(repeating: "{{#a}}x{{/a}}\n", count: 1_000)) == nil)
        let tags = (0..<70).map { ["{{^a}}", "{{$b}}", "{{<c}}", "{{# d }}"][$0 % 4] }
        #expect(TemplateNesting.firstExcess(in: tags.joined())?.column == tags.prefix(64).joined().count + 1)
    }

    /// The place counts lines and characters (not bytes), as an editor shows them.
    @Test func linesAndCharactersArePlaced() {
        let text = "第一行\n" + "长者食堂" + String(repeating: "{{#a}}", count: 65)
        #expect(TemplateNesting.firstExcess(in: text)! == (2, 5 + 64 * 6))
    }

    /// `{{=<% %>=}}` changes the delimiters; sections are then counted in the new ones.
    @Test func setDelimitersAreFollowed() {
        let text = "{{=<% %>=}}" + String(repeating: "<%#a%>", count: 65)
        #expect(TemplateNesting.firstExcess(in: text)! == (1, 12 + 64 * 6))
        #expect(TemplateNesting.firstExcess(in: "{{=<% %>=}}" + String(repeating: "{{#a}}", count: 65)) == nil)
    }

    /// An unclosed tag ends the count (the engine reports it); a million of them are read
    /// once, not once each.
    @Test func unclosedTagsEndTheCount() {
        #expect(TemplateNesting.firstExcess(in: String(repeating: "{{", count: 1_000_000)) == nil)
    }

}
