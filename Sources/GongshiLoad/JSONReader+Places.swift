import GongshiModel

/// Where the JSON reader stands, and how it words a mistake there.
extension JSONReader.Parser {
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

    func fail(_ syntax: JSONSyntax, at: Int) -> JSONReader.Stop {
        JSONReader.Stop(diagnostic: .error(.file(.jsonSyntax(syntax)), at: anyLocation(at)))
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
    /// ASCII ones (and spaces JSON does not count as spaces).
    func lookalike(_ k: Int) -> JSONMark? {
        guard k + 1 < bytes.count, bytes[k] >= 0xC2 else { return nil }
        if bytes[k] == 0xC2 { return bytes[k + 1] == 0xA0 ? .noBreakSpace : nil }
        guard k + 2 < bytes.count else { return nil }
        switch (bytes[k], bytes[k + 1], bytes[k + 2]) {
        case (0xE2, 0x80, 0x9C), (0xE2, 0x80, 0x9D), (0xE2, 0x80, 0x98), (0xE2, 0x80, 0x99):
            return .curlyQuote(quoted(k, k + 3))
        case (0xEF, 0xBC, 0x8C), (0xE3, 0x80, 0x81):
            return .fullWidthComma(quoted(k, k + 3))
        case (0xEF, 0xBC, 0x9A):
            return .fullWidthColon
        case (0xE3, 0x80, 0x80):
            return .fullWidthSpace
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
    func found(_ k: Int) -> JSONMark {
        guard k < bytes.count else { return .endOfFile }
        if let mark = lookalike(k) { return mark }
        if bytes[k] == Self.quote {
            var end = k + 1
            while end < bytes.count, ![Self.quote, Self.lf, Self.cr].contains(bytes[end]) { end += 1 }
            return .text(quoted(k, min(end + 1, bytes.count)))
        }
        return .text(quoted(k, max(wordEnd(from: k), k + 1)))
    }

    /// The error for the file ending inside a bracket (or, outside every bracket, before a value).
    func endOfFile() -> JSONReader.Stop {
        guard let opener = open.last else { return fail(.emptyFile, at: start) }
        return fail(.neverClosed(list: opener.isList), at: opener.at)
    }
}
