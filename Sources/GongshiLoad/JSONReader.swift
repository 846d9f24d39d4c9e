import GongshiModel

/// Reads JSON into a `ContentValue`, strictly as RFC 8259 defines it, with every value's
/// line and column. This small parser is ours because no JSON library gives positions for
/// every value, and the ones at hand accept more than the RFC (Foundation's takes trailing
/// commas and repeated keys; libyaml, which read JSON as YAML before, takes comments,
/// single quotes and unquoted keys). It reads the UTF-8 bytes once, stops at the first
/// mistake and says what it is and how to fix it, at the mistake's own line and column.
///
/// Values are kept as text, as the other readers keep them: `12.50` stays `12.50`, `true`
/// stays `true`; `null` is absent. Columns count Unicode scalars (a tab is one); lines end
/// at LF, CRLF or a lone CR. A leading byte-order mark is skipped.
public enum JSONReader {
    public static func parse(text: String, path: String) -> Result<ContentValue, Diagnostic> {
        var text = text
        return text.withUTF8 { bytes in
            var parser = Parser(bytes: bytes, path: path)
            do throws(Stop) {
                return .success(try parser.document())
            } catch {
                return .failure(error.diagnostic)
            }
        }
    }

    /// The first mistake, which ends the reading.
    struct Stop: Error {
        var diagnostic: Diagnostic
    }

    /// An object with more fields than this finds repeated keys through a dictionary
    /// rather than by looking through its fields.
    static let linearKeySearch = 8

    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        let path: String
        /// The first byte after a byte-order mark.
        let start: Int
        var i: Int
        var line = 1
        /// A byte on the current line whose column is known, to count the next column from.
        var columnByte: Int
        var column = 1
        /// The brackets that are open, innermost last: whether a list, and where.
        var open: [(isList: Bool, at: Int)] = []

        init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
            self.bytes = bytes
            self.path = path
            start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            i = start
            columnByte = start
        }

        // MARK: Bytes

        static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), comma = UInt8(ascii: ","),
            colon = UInt8(ascii: ":"), openList = UInt8(ascii: "["), closeList = UInt8(ascii: "]"),
            openObject = UInt8(ascii: "{"), closeObject = UInt8(ascii: "}"), lf = UInt8(ascii: "\n"),
            cr = UInt8(ascii: "\r"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), slash = UInt8(ascii: "/"),
            minus = UInt8(ascii: "-"), zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")

        var atEnd: Bool { i >= bytes.count }

        func byte(_ at: Int) -> UInt8? { at < bytes.count ? bytes[at] : nil }

        static func isDigit(_ b: UInt8) -> Bool { b >= zero && b <= nine }

        /// Skips spaces, tabs and line ends, keeping count of lines; a comment is an error.
        mutating func skipWhitespace() throws(Stop) {
            while i < bytes.count {
                let b = bytes[i]
                if b == Self.space || b == Self.tab {
                    i += 1
                } else if b == Self.lf || b == Self.cr {
                    i += 1
                    if b == Self.cr, i < bytes.count, bytes[i] == Self.lf { i += 1 }
                    line += 1
                    columnByte = i
                    column = 1
                } else if b == Self.slash, let next = byte(i + 1), next == Self.slash || next == UInt8(ascii: "*") {
                    throw fail(
                        "comments are not allowed in JSON", at: i,
                        hint: next == Self.slash
                            ? "remove the comment, from // to the end of the line (a YAML file may hold # comments)"
                            : "remove the comment, from /* to */ (a YAML file may hold # comments)")
                } else if b == UInt8(ascii: "#") {
                    throw fail(
                        "comments are not allowed in JSON", at: i,
                        hint: "remove the comment, from # to the end of the line (a YAML file may hold # comments)")
                } else {
                    return
                }
            }
        }

        // MARK: Places

        /// The place of a byte at or after the last one placed on the current line: counted
        /// on from there, so placing every value of a long line costs the line once.
        mutating func location(_ at: Int) -> SourceLocation {
            var n = column
            var k = columnByte
            while k < at {
                if bytes[k] & 0xC0 != 0x80 { n += 1 }
                k += 1
            }
            columnByte = at
            column = n
            return SourceLocation(path: path, line: line, column: n)
        }

        /// The place of any byte, counted from the file's start (for errors, once).
        func anyLocation(_ at: Int) -> SourceLocation {
            var line = 1
            var column = 1
            var k = start
            while k < at, k < bytes.count {
                let b = bytes[k]
                if b == Self.lf || (b == Self.cr && byte(k + 1) != Self.lf) {
                    line += 1
                    column = 1
                } else if b != Self.cr, b & 0xC0 != 0x80 {
                    column += 1
                }
                k += 1
            }
            return SourceLocation(path: path, line: line, column: column)
        }

        func fail(_ message: String, at: Int, hint: String?) -> Stop {
            Stop(diagnostic: .error("JSON syntax: \(message)", at: anyLocation(at), hint: hint))
        }

        /// The text of bytes as they stand, for messages, cut at 40 characters.
        func quoted(_ from: Int, _ to: Int) -> String {
            var to = min(to, bytes.count)
            while to < bytes.count, bytes[to] & 0xC0 == 0x80 { to += 1 }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
            let scalars = text.unicodeScalars
            return scalars.count > 40 ? String(String.UnicodeScalarView(scalars.prefix(40))) + "…" : text
        }

        /// Full-width and curly marks that a Chinese input method types in place of JSON's
        /// ASCII ones (and spaces JSON does not count as spaces): a name and the fix.
        func lookalike(_ k: Int) -> (name: String, hint: String)? {
            guard k + 1 < bytes.count, bytes[k] >= 0xC2 else { return nil }
            let english = "(type it with the input method in English mode)"
            if bytes[k] == 0xC2 {
                return bytes[k + 1] == 0xA0
                    ? ("a no-break space", "JSON allows only ordinary spaces between values: retype it as a space")
                    : nil
            }
            guard k + 2 < bytes.count else { return nil }
            switch (bytes[k], bytes[k + 1], bytes[k + 2]) {
            case (0xE2, 0x80, 0x9C), (0xE2, 0x80, 0x9D), (0xE2, 0x80, 0x98), (0xE2, 0x80, 0x99):
                return ("a curly quote '\(quoted(k, k + 3))'", "JSON needs the straight double quote \" \(english)")
            case (0xEF, 0xBC, 0x8C), (0xE3, 0x80, 0x81):
                return ("a full-width comma '\(quoted(k, k + 3))'", "JSON needs the ASCII comma , \(english)")
            case (0xEF, 0xBC, 0x9A):
                return ("a full-width colon '：'", "JSON needs the ASCII colon : \(english)")
            case (0xE3, 0x80, 0x80):
                return ("a full-width space", "JSON allows only ordinary spaces between values: retype it as a space")
            default:
                return nil
            }
        }

        /// Where a word written without quotes ends: letters, digits and other characters up
        /// to the next space, mark or look-alike mark.
        func wordEnd(from: Int) -> Int {
            var k = from
            while k < bytes.count {
                let b = bytes[k]
                if b >= 0x80 {
                    if lookalike(k) != nil { break }
                } else if !(b == UInt8(ascii: "_") || b == UInt8(ascii: "$") || b == UInt8(ascii: "-")
                    || b == UInt8(ascii: "+") || b == UInt8(ascii: ".") || Self.isDigit(b)
                    || ((b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")))
                {
                    break
                }
                k += 1
            }
            return k
        }

        /// What stands at a place, for "expected …, found …".
        func found(_ k: Int) -> String {
            guard k < bytes.count else { return "the end of the file" }
            if let mark = lookalike(k) { return mark.name }
            if bytes[k] == Self.quote {
                var end = k + 1
                while end < bytes.count, ![Self.quote, Self.lf, Self.cr].contains(bytes[end]) { end += 1 }
                return "'\(quoted(k, min(end + 1, bytes.count)))'"
            }
            return "'\(quoted(k, max(wordEnd(from: k), k + 1)))'"
        }

        /// The error for the file ending inside a bracket (or, outside every bracket, before a value).
        func endOfFile() -> Stop {
            guard let opener = open.last else {
                return fail(
                    "the file is empty", at: start, hint: "write the records as a list [ {…}, {…} ]; [] holds none")
            }
            return opener.isList
                ? fail("the list [ that starts here is never closed", at: opener.at, hint: "add ] after its last item")
                : fail(
                    "the object { that starts here is never closed", at: opener.at, hint: "add } after its last field")
        }

        // MARK: Grammar

        mutating func document() throws(Stop) -> ContentValue {
            try skipWhitespace()
            guard !atEnd else { throw endOfFile() }
            let value = try value(depth: 0)
            try skipWhitespace()
            guard atEnd else {
                throw fail(
                    "more text after the end of the JSON value: \(found(i))", at: i,
                    hint: "a file holds one value: put several records in one list [ {…}, {…} ], or remove what follows"
                )
            }
            return value
        }

        mutating func value(depth: Int) throws(Stop) -> ContentValue {
            guard i < bytes.count else { throw endOfFile() }
            let b = bytes[i]
            switch b {
            case Self.openObject: return try object(depth: depth + 1)
            case Self.openList: return try list(depth: depth + 1)
            case Self.quote:
                let at = location(i)
                let text = try string()
                return ContentValue(.scalar(text), at: at)
            case Self.minus, Self.zero...Self.nine: return try number()
            case UInt8(ascii: "'"):
                throw fail("text in single quotes", at: i, hint: "put text in double quotes \" … \"")
            case UInt8(ascii: "+"):
                throw fail(
                    "a number starts with '+'", at: i,
                    hint: "remove the +, or put the value in double quotes if it is text (\"+86 …\")")
            case Self.comma:
                throw fail(
                    "expected a value, found ','", at: i, hint: "remove the extra comma, or write the missing value")
            case Self.closeList, Self.closeObject, Self.colon:
                throw fail("expected a value, found \(found(i))", at: i, hint: "write the missing value")
            default:
                return try word()
            }
        }

        /// `true`, `false`, `null`, or a mistake: a word without quotes.
        mutating func word() throws(Stop) -> ContentValue {
            if let mark = lookalike(i) { throw fail("expected a value, found \(mark.name)", at: i, hint: mark.hint) }
            let end = wordEnd(from: i)
            guard end > i else {
                throw fail("expected a value, found \(found(i))", at: i, hint: "put text in double quotes \" … \"")
            }
            let word = quoted(i, end)
            if bytes[i] == UInt8(ascii: "."), let next = byte(i + 1), Self.isDigit(next) {
                throw fail(
                    "'\(word)' is not a number in JSON", at: i, hint: "write a digit before the point: 0.5, not .5")
            }
            switch word {
            case "true", "false":
                let at = location(i)
                i = end
                return ContentValue(.scalar(word), at: at)
            case "null":
                let at = location(i)
                i = end
                return ContentValue(.null, at: at)
            case "NaN", "Infinity", "inf", "nan":
                throw fail(
                    "'\(word)' is not a number in JSON", at: i,
                    hint: "write a number, or null when the value is not known")
            default:
                if ["true", "false", "null"].contains(word.lowercased()) {
                    throw fail(
                        "'\(word)' is not a JSON value", at: i,
                        hint: "write \(word.lowercased()) in lowercase, or put text in double quotes")
                }
                throw fail(
                    "text \(found(i)) is not in double quotes", at: i,
                    hint: "put text in double quotes: \"\(word)\"")
            }
        }

        /// A number as RFC 8259 writes it, kept as written.
        mutating func number() throws(Stop) -> ContentValue {
            let first = i
            func notANumber(_ hint: String) -> Stop {
                let end = max(wordEnd(from: first), first + 1)
                return fail("'\(quoted(first, end))' is not a number in JSON", at: first, hint: hint)
            }
            let usual = "write a number like 12, 12.5 or 1.5e3, or put text in double quotes"
            var k = i
            if bytes[k] == Self.minus {
                k += 1
                if quoted(k, wordEnd(from: k)) == "Infinity" {
                    throw fail(
                        "'-Infinity' is not a number in JSON", at: first,
                        hint: "write a number, or null when the value is not known")
                }
                guard let b = byte(k), Self.isDigit(b) else { throw notANumber(usual) }
            }
            if bytes[k] == Self.zero {
                k += 1
                if let b = byte(k), Self.isDigit(b) {
                    throw fail(
                        "a number starts with 0 followed by digits (\(quoted(first, wordEnd(from: first))))", at: first,
                        hint:
                            "put codes and phone numbers in double quotes (\"0575\"); write other numbers without leading zeros"
                    )
                }
                if let b = byte(k), b == UInt8(ascii: "x") || b == UInt8(ascii: "X") {
                    throw fail(
                        "hexadecimal number '\(quoted(first, wordEnd(from: first)))'", at: first,
                        hint: "write the number in decimal, or put it in double quotes if it is text")
                }
            } else {
                while let b = byte(k), Self.isDigit(b) { k += 1 }
            }
            if byte(k) == UInt8(ascii: ".") {
                k += 1
                guard let b = byte(k), Self.isDigit(b) else {
                    throw notANumber("write a digit after the point: 1.0, not 1.")
                }
                while let b = byte(k), Self.isDigit(b) { k += 1 }
            }
            if let e = byte(k), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
                k += 1
                if let sign = byte(k), sign == UInt8(ascii: "+") || sign == Self.minus { k += 1 }
                guard let b = byte(k), Self.isDigit(b) else { throw notANumber(usual) }
                while let b = byte(k), Self.isDigit(b) { k += 1 }
            }
            // `12abc`, `1.2.3`: one word that is not a number, rather than "a comma is missing".
            if wordEnd(from: k) > k { throw notANumber(usual) }
            let at = location(first)
            i = k
            return ContentValue(
                .scalar(String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<k]), as: UTF8.self)), at: at)
        }

        /// A string's text, escapes decoded; `i` is at its opening quote and ends after the closing one.
        mutating func string() throws(Stop) -> String {
            let opening = i
            i += 1
            var segment = i
            var decoded: [UInt8]?
            while true {
                while i < bytes.count, bytes[i] != Self.quote, bytes[i] != Self.backslash, bytes[i] >= 0x20 { i += 1 }
                guard i < bytes.count else {
                    throw fail(
                        "the text in quotes that starts here is never closed", at: opening, hint: "add the closing \"")
                }
                let b = bytes[i]
                if b == Self.quote {
                    let raw = UnsafeBufferPointer(rebasing: bytes[segment..<i])
                    i += 1
                    guard var decoded else { return String(decoding: raw, as: UTF8.self) }
                    decoded.append(contentsOf: raw)
                    return String(decoding: decoded, as: UTF8.self)
                }
                if b == Self.backslash {
                    if decoded == nil { decoded = [] }
                    decoded!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<i]))
                    try escape(into: &decoded!)
                    segment = i
                    continue
                }
                if b == Self.lf || b == Self.cr {
                    throw fail(
                        "a line break inside text in quotes", at: i,
                        hint: "close the text with \" before the line ends; inside text write a line break as \\n")
                }
                if b == Self.tab {
                    throw fail("a tab inside text in quotes", at: i, hint: "write a tab as \\t, or use spaces")
                }
                let code = String(b, radix: 16, uppercase: true)
                throw fail(
                    "a control character (U+\(String(repeating: "0", count: 4 - code.count))\(code)) inside text in quotes",
                    at: i, hint: "remove it; such characters come from copying out of other programs")
            }
        }

        /// One escape, `i` at its backslash, appended as UTF-8.
        mutating func escape(into out: inout [UInt8]) throws(Stop) {
            let backslash = i
            guard let b = byte(i + 1) else {
                throw fail(
                    "the text in quotes that starts here is never closed", at: backslash, hint: "add the closing \"")
            }
            i += 2
            switch b {
            case Self.quote, Self.backslash, Self.slash: out.append(b)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(Self.lf)
            case UInt8(ascii: "r"): out.append(Self.cr)
            case UInt8(ascii: "t"): out.append(Self.tab)
            case UInt8(ascii: "u"):
                var code = try hex4(escapeAt: backslash)
                if (0xDC00...0xDFFF).contains(code) { throw halfPair(at: backslash) }
                if (0xD800...0xDBFF).contains(code) {
                    guard byte(i) == Self.backslash, byte(i + 1) == UInt8(ascii: "u") else {
                        throw halfPair(at: backslash)
                    }
                    let lowAt = i
                    i += 2
                    let low = try hex4(escapeAt: lowAt)
                    guard (0xDC00...0xDFFF).contains(low) else { throw halfPair(at: backslash) }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                UTF8.encode(Unicode.Scalar(code)!) { out.append($0) }
            default:
                var end = i
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                throw fail(
                    "'\(quoted(backslash, end))' is not an escape in JSON", at: backslash,
                    hint:
                        "write a backslash as \\\\; JSON's escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with four hex digits"
                )
            }
        }

        /// The four hex digits of a `\u` escape, `i` just after the `u`.
        mutating func hex4(escapeAt: Int) throws(Stop) -> UInt32 {
            var code: UInt32 = 0
            for _ in 0..<4 {
                guard let b = byte(i), let digit = Self.hexValue(b) else {
                    throw fail(
                        "'\(quoted(escapeAt, min(escapeAt + 6, wordEnd(from: escapeAt + 1))))' is not an escape in JSON",
                        at: escapeAt, hint: "\\u is followed by four hex digits 0–9 and A–F, like \\u7532")
                }
                code = code << 4 | UInt32(digit)
                i += 1
            }
            return code
        }

        static func hexValue(_ b: UInt8) -> UInt8? {
            switch b {
            case zero...nine: return b - zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
            default: return nil
            }
        }

        func halfPair(at: Int) -> Stop {
            fail(
                "'\(quoted(at, min(at + 6, bytes.count)))' is half of a surrogate pair", at: at,
                hint: "follow a \\uD800–\\uDBFF escape with a \\uDC00–\\uDFFF one, or write the character itself")
        }

        /// Refuses a bracket that opens a level past the limit, before reading into it.
        mutating func opening(depth: Int, isList: Bool) throws(Stop) -> SourceLocation {
            let at = location(i)
            guard depth <= NestingDepth.limit else {
                throw Stop(diagnostic: NestingDepth.diagnostic(at: (at.line, at.column), path: path))
            }
            open.append((isList, i))
            i += 1
            try skipWhitespace()
            return at
        }

        mutating func list(depth: Int) throws(Stop) -> ContentValue {
            let at = try opening(depth: depth, isList: true)
            var items: [ContentValue] = []
            if byte(i) == Self.closeList {
                i += 1
                open.removeLast()
                return ContentValue(.list(items), at: at)
            }
            while true {
                items.append(try value(depth: depth))
                try skipWhitespace()
                guard i < bytes.count else { throw endOfFile() }
                if bytes[i] == Self.comma {
                    let comma = i
                    i += 1
                    try skipWhitespace()
                    if byte(i) == Self.closeList {
                        throw fail(
                            "a comma after the last item of a list", at: comma,
                            hint: "remove the comma after the last item")
                    }
                    continue
                }
                if bytes[i] == Self.closeList {
                    i += 1
                    open.removeLast()
                    return ContentValue(.list(items), at: at)
                }
                throw fail(
                    "expected ',' or ']' after an item of a list, found \(found(i))", at: i,
                    hint: lookalike(i)?.hint
                        ?? "add a comma between two items, or ] to close the list; or check for a missing quote just before this place"
                )
            }
        }

        mutating func object(depth: Int) throws(Stop) -> ContentValue {
            let at = try opening(depth: depth, isList: false)
            var entries: [ContentValue.Entry] = []
            var index: [String: Int]?
            if byte(i) == Self.closeObject {
                i += 1
                open.removeLast()
                return ContentValue(.mapping(entries), at: at)
            }
            while true {
                let keyAt = location(i)
                let key = try fieldName()
                let earlier = index.map { $0[key] } ?? entries.firstIndex { $0.key == key }
                if let earlier {
                    let first = entries[earlier].keyLocation
                    throw Stop(
                        diagnostic: .error(
                            "field '\(key)' is given twice in one record", at: keyAt,
                            hint: first.line == keyAt.line
                                ? "it is first given earlier on this line, at column \(first.column); keep one of them"
                                : "it is first given on line \(first.line); keep one of them"))
                }
                try skipWhitespace()
                guard byte(i) == Self.colon else {
                    guard i < bytes.count else { throw endOfFile() }
                    throw fail(
                        "expected ':' after the field name '\(key)', found \(found(i))", at: i,
                        hint: lookalike(i)?.hint ?? "write a colon between a field's name and its value: \"\(key)\": …")
                }
                i += 1
                try skipWhitespace()
                let value = try value(depth: depth)
                entries.append(.init(key: key, keyLocation: keyAt, value: value))
                if index != nil {
                    index![key] = entries.count - 1
                } else if entries.count > JSONReader.linearKeySearch {
                    index = Dictionary(entries.indices.map { (entries[$0].key, $0) }) { first, _ in first }
                }
                try skipWhitespace()
                guard i < bytes.count else { throw endOfFile() }
                if bytes[i] == Self.comma {
                    let comma = i
                    i += 1
                    try skipWhitespace()
                    if byte(i) == Self.closeObject {
                        throw fail(
                            "a comma after the last field of an object", at: comma,
                            hint: "remove the comma after the last field")
                    }
                    continue
                }
                if bytes[i] == Self.closeObject {
                    i += 1
                    open.removeLast()
                    return ContentValue(.mapping(entries), at: at)
                }
                throw fail(
                    "expected ',' or '}' after a field's value, found \(found(i))", at: i,
                    hint: lookalike(i)?.hint
                        ?? "add a comma between two fields, or } to close the object; or check for a missing quote just before this place"
                )
            }
        }

        /// A field name in double quotes; a name in single quotes or none is a mistake.
        mutating func fieldName() throws(Stop) -> String {
            guard i < bytes.count else { throw endOfFile() }
            switch bytes[i] {
            case Self.quote:
                return try string()
            case UInt8(ascii: "'"):
                throw fail("a field name in single quotes", at: i, hint: "put field names in double quotes: \"name\"")
            default:
                if let mark = lookalike(i) {
                    throw fail("expected a field name in double quotes, found \(mark.name)", at: i, hint: mark.hint)
                }
                let end = wordEnd(from: i)
                if end > i {
                    let name = quoted(i, end)
                    throw fail(
                        "the field name '\(name)' is not in double quotes", at: i, hint: "write it as \"\(name)\"")
                }
                throw fail(
                    "expected a field name in double quotes, found \(found(i))", at: i,
                    hint: "write the field as \"name\": value")
            }
        }
    }
}
