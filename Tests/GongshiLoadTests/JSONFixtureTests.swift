import GongshiLoad
import GongshiModel
import Testing

/// JSON is read as RFC 8259 writes it: each fixture under Tests/Fixtures/json-<rule>/ breaks one
/// rule in `content/points/west.json` (the same canteen each time), and the file's one error
/// stands at the mistake's own line and column.
@Suite struct JSONFixtureTests {
    static let path = "content/points/west.json"

    /// The one error a fixture should give, with the "JSON syntax: " every syntax message starts with.
    func syntax(_ message: String, _ line: Int, _ column: Int, hint: String) -> [Diagnostic] {
        [.error("JSON syntax: " + message, at: at(Self.path, line, column), hint: hint)]
    }

    /// The case: a comma after the last field passed `check` when libyaml read JSON.
    @Test func aTrailingCommaIsAnError() {
        #expect(
            Fixtures.check("json-trailing-comma").diagnostics
                == syntax(
                    "a comma after the last field of an object", 7, 22, hint: "remove the comma after the last field"))
    }

    @Test func aCommentIsAnError() {
        #expect(
            Fixtures.check("json-comments").diagnostics
                == syntax(
                    "comments are not allowed in JSON", 7, 3,
                    hint: "remove the comment, from // to the end of the line (a YAML file may hold # comments)"))
    }

    @Test func singleQuotesAreAnError() {
        #expect(
            Fixtures.check("json-single-quotes").diagnostics
                == syntax("text in single quotes", 4, 11, hint: "put text in double quotes \" … \""))
    }

    @Test func anUnquotedFieldNameIsAnError() {
        #expect(
            Fixtures.check("json-unquoted-key").diagnostics
                == syntax("the field name 'address' is not in double quotes", 6, 3, hint: "write it as \"address\""))
    }

    @Test func nanIsAnError() {
        #expect(
            Fixtures.check("json-nan").diagnostics
                == syntax(
                    "'NaN' is not a number in JSON", 8, 25, hint: "write a number, or null when the value is not known")
        )
    }

    /// The likely case: a phone number written without quotes.
    @Test func aLeadingZeroIsAnError() {
        #expect(
            Fixtures.check("json-leading-zero").diagnostics
                == syntax(
                    "a number starts with 0 followed by digits (057587012345)", 8, 12,
                    hint:
                        "put codes and phone numbers in double quotes (\"0575\"); write other numbers without leading zeros"
                ))
    }

    @Test func aLeadingPlusIsAnError() {
        #expect(
            Fixtures.check("json-leading-plus").diagnostics
                == syntax(
                    "a number starts with '+'", 8, 25,
                    hint: "remove the +, or put the value in double quotes if it is text (\"+86 …\")"))
    }

    @Test func aHexadecimalNumberIsAnError() {
        #expect(
            Fixtures.check("json-hex-number").diagnostics
                == syntax(
                    "hexadecimal number '0x28'", 8, 25,
                    hint: "write the number in decimal, or put it in double quotes if it is text"))
    }

    /// The column counts the Chinese characters before the backslash one each.
    @Test func anInvalidEscapeIsAnError() {
        #expect(
            Fixtures.check("json-invalid-escape").diagnostics
                == syntax("'\\楼' is not an escape in JSON", 6, 20, hint: Hint.jsonEscapes))
    }

    /// A raw line break inside quotes, as when a closing quote is forgotten.
    @Test func aControlCharacterInTextIsAnError() {
        #expect(
            Fixtures.check("json-control-character").diagnostics
                == syntax(
                    "a line break inside text in quotes", 6, 18,
                    hint: "close the text with \" before the line ends; inside text write a line break as \\n"))
    }

    @Test func anUnpairedSurrogateIsAnError() {
        #expect(
            Fixtures.check("json-lone-surrogate").diagnostics
                == syntax("'\\ud83d' is half of a surrogate pair", 4, 19, hint: Hint.surrogates))
    }

    @Test func aMissingCommaIsAnError() {
        #expect(
            Fixtures.check("json-missing-comma").diagnostics
                == syntax(
                    "expected ',' or '}' after a field's value, found '\"address\"'", 6, 3, hint: Hint.jsonFieldComma))
    }

    @Test func aMissingColonIsAnError() {
        #expect(
            Fixtures.check("json-missing-colon").diagnostics
                == syntax(
                    "expected ':' after the field name 'kind', found '\"canteen\"'", 3, 10,
                    hint: "write a colon between a field's name and its value: \"kind\": …"))
    }

    /// Two records one after the other, not in a list.
    @Test func contentAfterTheValueIsAnError() {
        #expect(
            Fixtures.check("json-trailing-content").diagnostics
                == syntax(
                    "more text after the end of the JSON value: '{'", 9, 1,
                    hint: "a file holds one value: put several records in one list [ {…}, {…} ], or remove what follows"
                ))
    }

    @Test func anEmptyFileIsAnError() {
        #expect(
            Fixtures.check("json-empty-file").diagnostics
                == syntax("the file is empty", 1, 1, hint: "write the records as a list [ {…}, {…} ]; [] holds none"))
    }

    /// A field given twice is an error at the second, naming the line of the first.
    @Test func aRepeatedFieldIsAnError() {
        #expect(
            Fixtures.check("json-duplicate-key").diagnostics.english == [
                .error(
                    "field 'name' is given twice in one record", at: at(Self.path, 8, 3),
                    hint: "it is first given on line 4; keep one of them")
            ])
    }

    @Test func anUnclosedListIsAnErrorWhereItOpens() {
        #expect(
            Fixtures.check("json-unclosed").diagnostics
                == syntax("the list [ that starts here is never closed", 1, 1, hint: "add ] after its last item"))
    }

    /// A Chinese input method's comma in place of the ASCII one is named as such.
    @Test func aFullWidthCommaIsNamed() {
        #expect(
            Fixtures.check("json-full-width-comma").diagnostics
                == syntax(
                    "expected ',' or '}' after a field's value, found a full-width comma '，'", 3, 20,
                    hint: "JSON needs the ASCII comma , (type it with the input method in English mode)"))
    }

    /// RFC 8259 lets a file start with a byte-order mark; it takes no column.
    @Test func aByteOrderMarkIsAllowed() {
        #expect(
            Fixtures.check("json-bom").diagnostics.english == [
                .error(
                    "unknown kind 'canten'", at: at(Self.path, 3, 11),
                    hint: Hint.vocabulary(PointKind.self, didYouMean: "canteen"))
            ])
    }
}
