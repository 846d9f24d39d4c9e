import GongshiLoad
import GongshiModel
import Testing

/// JSON is read as RFC 8259 writes it: each fixture under Tests/Fixtures/json-<rule>/ breaks one
/// rule in `content/points/west.json` (the same canteen each time), and the file's one error
/// stands at the mistake's own line and column.
@Suite struct JSONFixtureTests {
    static let path = "content/points/west.json"

    /// The one error a fixture should give: a JSON syntax mistake at a line and column.
    func syntax(_ syntax: JSONSyntax, _ line: Int, _ column: Int) -> [Diagnostic] {
        [.error(.file(.jsonSyntax(syntax)), at: at(Self.path, line, column))]
    }

    /// The case: a comma after the last field passed `check` when libyaml read JSON.
    @Test func aTrailingCommaIsAnError() {
        #expect(
            Fixtures.check("json-trailing-comma").diagnostics
                == syntax(.trailingComma(list: false), 7, 22))
    }

    @Test func aCommentIsAnError() {
        #expect(
            Fixtures.check("json-comments").diagnostics
                == syntax(.comment(.slashes), 7, 3))
    }

    @Test func singleQuotesAreAnError() {
        #expect(
            Fixtures.check("json-single-quotes").diagnostics
                == syntax(.singleQuotedText, 4, 11))
    }

    @Test func anUnquotedFieldNameIsAnError() {
        #expect(
            Fixtures.check("json-unquoted-key").diagnostics
                == syntax(.unquotedName("address"), 6, 3))
    }

    @Test func nanIsAnError() {
        #expect(
            Fixtures.check("json-nan").diagnostics
                == syntax(.notANumber("NaN", .unknown), 8, 25)
        )
    }

    /// The likely case: a phone number written without quotes.
    @Test func aLeadingZeroIsAnError() {
        #expect(
            Fixtures.check("json-leading-zero").diagnostics
                == syntax(.leadingZero("057587012345"), 8, 12))
    }

    @Test func aLeadingPlusIsAnError() {
        #expect(
            Fixtures.check("json-leading-plus").diagnostics
                == syntax(.plusSign, 8, 25))
    }

    @Test func aHexadecimalNumberIsAnError() {
        #expect(
            Fixtures.check("json-hex-number").diagnostics
                == syntax(.hexNumber("0x28"), 8, 25))
    }

    /// The column counts the Chinese characters before the backslash one each.
    @Test func anInvalidEscapeIsAnError() {
        #expect(
            Fixtures.check("json-invalid-escape").diagnostics
                == syntax(.badEscape("\\楼"), 6, 20))
    }

    /// A raw line break inside quotes, as when a closing quote is forgotten.
    @Test func aControlCharacterInTextIsAnError() {
        #expect(
            Fixtures.check("json-control-character").diagnostics
                == syntax(.lineBreakInText, 6, 18))
    }

    @Test func anUnpairedSurrogateIsAnError() {
        #expect(
            Fixtures.check("json-lone-surrogate").diagnostics
                == syntax(.halfSurrogate("\\ud83d"), 4, 19))
    }

    @Test func aMissingCommaIsAnError() {
        #expect(
            Fixtures.check("json-missing-comma").diagnostics
                == syntax(.missingComma(list: false, found: .text("\"address\"")), 6, 3))
    }

    @Test func aMissingColonIsAnError() {
        #expect(
            Fixtures.check("json-missing-colon").diagnostics
                == syntax(.missingColon(field: "kind", found: .text("\"canteen\"")), 3, 10))
    }

    /// Two records one after the other, not in a list.
    @Test func contentAfterTheValueIsAnError() {
        #expect(
            Fixtures.check("json-trailing-content").diagnostics
                == syntax(.textAfterValue(found: .text("{")), 9, 1))
    }

    @Test func anEmptyFileIsAnError() {
        #expect(
            Fixtures.check("json-empty-file").diagnostics
                == syntax(.emptyFile, 1, 1))
    }

    /// A field given twice is an error at the second, naming the line of the first.
    @Test func aRepeatedFieldIsAnError() {
        #expect(
            Fixtures.check("json-duplicate-key").diagnostics == [
                .error(
                    .file(.jsonDuplicateField(field: "name", firstLine: 4, firstColumn: 3, sameLine: false)),
                    at: at(Self.path, 8, 3))
            ])
    }

    @Test func anUnclosedListIsAnErrorWhereItOpens() {
        #expect(
            Fixtures.check("json-unclosed").diagnostics
                == syntax(.neverClosed(list: true), 1, 1))
    }

    /// A Chinese input method's comma in place of the ASCII one is named as such.
    @Test func aFullWidthCommaIsNamed() {
        #expect(
            Fixtures.check("json-full-width-comma").diagnostics
                == syntax(.missingComma(list: false, found: .fullWidthComma("，")), 3, 20))
    }

    /// RFC 8259 lets a file start with a byte-order mark; it takes no column.
    @Test func aByteOrderMarkIsAllowed() {
        #expect(
            Fixtures.check("json-bom").diagnostics == [
                .error(
                    .value(.unknownWord(field: "kind", value: "canten", suggestion: "canteen", words: PointKind.words)),
                    at: at(Self.path, 3, 11))
            ])
    }
}
