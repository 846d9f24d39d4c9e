/// How a JSON file breaks RFC 8259, with what stands at the place (`FileProblem.jsonSyntax`).
public enum JSONSyntax: Hashable, Sendable, Codable {
    case emptyFile
    /// A list `[` (or an object `{`) that starts at the place is never closed.
    case neverClosed(list: Bool)
    case comment(JSONComment)
    case textAfterValue(found: JSONMark)
    case singleQuotedText
    case plusSign
    /// A value was expected; `found` stands there instead (`,`, `]`, the end, a look-alike mark).
    case missingValue(found: JSONMark)
    case trailingComma(list: Bool)
    /// After an item (`list`) or a field's value, neither a comma nor the closing bracket.
    case missingComma(list: Bool, found: JSONMark)
    case missingColon(field: String, found: JSONMark)
    case singleQuotedName
    case unquotedName(String)
    case missingName(found: JSONMark)
    case notANumber(String, JSONNumberMistake)
    case leadingZero(String)
    case hexNumber(String)
    /// `True`, `NULL`: a JSON word in the wrong case.
    case wrongCase(String)
    case unquotedText(String)
    case unclosedText
    case lineBreakInText
    case tabInText
    /// A control character inside text, as `U+0007`.
    case controlInText(code: String)
    case badEscape(String)
    case badUnicodeEscape(String)
    case halfSurrogate(String)

    public static let examples: [JSONSyntax] = [
        .emptyFile, .neverClosed(list: true), .comment(.slashes), .textAfterValue(found: .text("{")),
        .singleQuotedText, .plusSign, .missingValue(found: .text(",")), .trailingComma(list: false),
        .missingComma(list: true, found: .fullWidthComma("，")), .missingColon(field: "name", found: .text("\"x\"")),
        .singleQuotedName, .unquotedName("name"), .missingName(found: .endOfFile), .notANumber("NaN", .unknown),
        .leadingZero("0575"), .hexNumber("0x1F"), .wrongCase("True"), .unquotedText("运营中"), .unclosedText,
        .lineBreakInText, .tabInText, .controlInText(code: "U+0007"), .badEscape("\\x"),
        .badUnicodeEscape("\\u12G4"), .halfSurrogate("\\uD83D"),
    ]
}

public enum JSONComment: Hashable, Sendable, Codable {
    case slashes, block, hash
}

/// Why a word is not a JSON number.
public enum JSONNumberMistake: Hashable, Sendable, Codable {
    /// `NaN`, `Infinity`: no such number in JSON.
    case unknown
    /// `.5`
    case noDigitBeforePoint
    /// `1.`
    case noDigitAfterPoint
    /// `12abc`, `1e`
    case malformed
}

/// What stands where the JSON reader expected something else: text as written, the end of
/// the file, or a mark a Chinese input method types in place of JSON's own.
public enum JSONMark: Hashable, Sendable, Codable {
    case endOfFile
    case text(String)
    case curlyQuote(String)
    case fullWidthComma(String)
    case fullWidthColon
    case noBreakSpace
    case fullWidthSpace

    /// A mark an input method typed for JSON's own.
    public var isLookalike: Bool {
        switch self {
        case .endOfFile, .text: false
        default: true
        }
    }
}
