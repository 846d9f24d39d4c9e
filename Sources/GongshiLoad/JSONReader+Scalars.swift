import GongshiModel

/// The JSON reader's words, numbers and strings.
extension JSONReader.Parser {
    /// `true`, `false`, `null`, or a mistake: a word without quotes.
    mutating func word() throws(JSONReader.Stop) -> ContentValue {
        if let mark = lookalike(i) { throw fail(.missingValue(found: mark), at: i) }
        let end = wordEnd(from: i)
        guard end > i else {
            throw fail(.missingValue(found: found(i)), at: i)
        }
        let word = quoted(i, end)
        if bytes[i] == UInt8(ascii: "."), let next = byte(i + 1), Self.isDigit(next) {
            throw fail(.notANumber(word, .noDigitBeforePoint), at: i)
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
            throw fail(.notANumber(word, .unknown), at: i)
        default:
            if ["true", "false", "null"].contains(word.lowercased()) {
                throw fail(.wrongCase(word), at: i)
            }
            throw fail(.unquotedText(word), at: i)
        }
    }

    /// A number as RFC 8259 writes it, kept as written.
    mutating func number() throws(JSONReader.Stop) -> ContentValue {
        let first = i
        func notANumber(_ mistake: JSONNumberMistake) -> JSONReader.Stop {
            fail(.notANumber(quoted(first, max(wordEnd(from: first), first + 1)), mistake), at: first)
        }
        let usual = JSONNumberMistake.malformed
        var k = i
        if bytes[k] == Self.minus {
            k += 1
            if quoted(k, wordEnd(from: k)) == "Infinity" {
                throw fail(.notANumber("-Infinity", .unknown), at: first)
            }
            guard let b = byte(k), Self.isDigit(b) else { throw notANumber(usual) }
        }
        if bytes[k] == Self.zero {
            k += 1
            if let b = byte(k), Self.isDigit(b) {
                throw fail(.leadingZero(quoted(first, wordEnd(from: first))), at: first)
            }
            if let b = byte(k), b == UInt8(ascii: "x") || b == UInt8(ascii: "X") {
                throw fail(.hexNumber(quoted(first, wordEnd(from: first))), at: first)
            }
        } else {
            while let b = byte(k), Self.isDigit(b) { k += 1 }
        }
        if byte(k) == UInt8(ascii: ".") {
            k += 1
            guard let b = byte(k), Self.isDigit(b) else {
                throw notANumber(.noDigitAfterPoint)
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
    mutating func string() throws(JSONReader.Stop) -> String {
        let opening = i
        i += 1
        var segment = i
        var decoded: [UInt8]?
        while true {
            while i < bytes.count, bytes[i] != Self.quote, bytes[i] != Self.backslash, bytes[i] >= 0x20 { i += 1 }
            guard i < bytes.count else {
                throw fail(.unclosedText, at: opening)
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
                throw fail(.lineBreakInText, at: i)
            }
            if b == Self.tab {
                throw fail(.tabInText, at: i)
            }
            let code = String(b, radix: 16, uppercase: true)
            throw fail(.controlInText(code: "U+" + String(repeating: "0", count: 4 - code.count) + code), at: i)
        }
    }

    /// One escape, `i` at its backslash, appended as UTF-8.
    mutating func escape(into out: inout [UInt8]) throws(JSONReader.Stop) {
        let backslash = i
        guard let b = byte(i + 1) else {
            throw fail(.unclosedText, at: backslash)
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
            throw fail(.badEscape(quoted(backslash, end)), at: backslash)
        }
    }

    /// The four hex digits of a `\u` escape, `i` just after the `u`.
    mutating func hex4(escapeAt: Int) throws(JSONReader.Stop) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let b = byte(i), let digit = Self.hexValue(b) else {
                throw fail(
                    .badUnicodeEscape(quoted(escapeAt, min(escapeAt + 6, wordEnd(from: escapeAt + 1)))), at: escapeAt)
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

    func halfPair(at: Int) -> JSONReader.Stop {
        fail(.halfSurrogate(quoted(at, min(at + 6, bytes.count))), at: at)
    }
}
