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
                    throw fail(.comment(next == Self.slash ? .slashes : .block), at: i)
                } else if b == UInt8(ascii: "#") {
                    throw fail(.comment(.hash), at: i)
                } else {
                    return
                }
            }
        }

        // MARK: Grammar

        mutating func document() throws(Stop) -> ContentValue {
            try skipWhitespace()
            guard !atEnd else { throw endOfFile() }
            let value = try value(depth: 0)
            try skipWhitespace()
            guard atEnd else {
                throw fail(.textAfterValue(found: found(i)), at: i)
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
                throw fail(.singleQuotedText, at: i)
            case UInt8(ascii: "+"):
                throw fail(.plusSign, at: i)
            case Self.comma:
                throw fail(.missingValue(found: .text(",")), at: i)
            case Self.closeList, Self.closeObject, Self.colon:
                throw fail(.missingValue(found: found(i)), at: i)
            default:
                return try word()
            }
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
                if try closesAfterElement(isList: true) { return ContentValue(.list(items), at: at) }
            }
        }

        /// After an item or a field's value: a comma, when another follows (false), or the
        /// closing bracket (true). A comma before the closing bracket, or anything else, is a
        /// mistake.
        mutating func closesAfterElement(isList: Bool) throws(Stop) -> Bool {
            let close = isList ? Self.closeList : Self.closeObject
            try skipWhitespace()
            guard i < bytes.count else { throw endOfFile() }
            if bytes[i] == Self.comma {
                let comma = i
                i += 1
                try skipWhitespace()
                if byte(i) == close { throw fail(.trailingComma(list: isList), at: comma) }
                return false
            }
            guard bytes[i] == close else { throw fail(.missingComma(list: isList, found: found(i)), at: i) }
            i += 1
            open.removeLast()
            return true
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
                            .file(
                                .jsonDuplicateField(
                                    field: key, firstLine: first.line, firstColumn: first.column,
                                    sameLine: first.line == keyAt.line)), at: keyAt))
                }
                try skipWhitespace()
                guard byte(i) == Self.colon else {
                    guard i < bytes.count else { throw endOfFile() }
                    throw fail(.missingColon(field: key, found: found(i)), at: i)
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
                if try closesAfterElement(isList: false) { return ContentValue(.mapping(entries), at: at) }
            }
        }

        /// A field name in double quotes; a name in single quotes or none is a mistake.
        mutating func fieldName() throws(Stop) -> String {
            guard i < bytes.count else { throw endOfFile() }
            switch bytes[i] {
            case Self.quote:
                return try string()
            case UInt8(ascii: "'"):
                throw fail(.singleQuotedName, at: i)
            default:
                if let mark = lookalike(i) { throw fail(.missingName(found: mark), at: i) }
                let end = wordEnd(from: i)
                if end > i {
                    let name = quoted(i, end)
                    throw fail(.unquotedName(name), at: i)
                }
                throw fail(.missingName(found: found(i)), at: i)
            }
        }
    }
}
