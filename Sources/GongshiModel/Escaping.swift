/// Escaping for each place a value lands (DESIGN §5), one function per output context and
/// the only implementation of each. Templates escape HTML and Markdown through their content
/// types, which call in here; so does every writer of XML, JSON, iCalendar, CSV and URLs.
///
/// Swift strings hold Unicode scalars only, never lone surrogates, so every function below
/// sees well-formed text and writes well-formed UTF-8.
public enum Escaping {}

// MARK: - HTML

extension Escaping {
    /// Text safe in HTML text and in double- or single-quoted attribute values: `&`, `<`,
    /// `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`; every other
    /// byte is copied as it is. The result holds none of `< > " '`, every `&` in it starts
    /// one of those five entities, and decoding them gives back the input exactly.
    public static func html(_ text: String) -> String {
        guard text.utf8.contains(where: { htmlEntity($0) != nil }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        html(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `html(_:)`, appended to UTF-8 output (the template renderer's buffer): runs without
    /// a special byte are copied whole.
    public static func html(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var run = 0
            for (offset, byte) in bytes.enumerated() {
                guard let entity = htmlEntity(byte) else { continue }
                out.append(contentsOf: bytes[run..<offset])
                out.append(contentsOf: entity)
                run = offset + 1
            }
            out.append(contentsOf: bytes[run...])
        }
    }

    /// swift-mustache's own HTML escaping, kept byte for byte for a template before any
    /// content-type pragma (every Gongshi theme file starts with `GONGSHI_HTML`'s, which
    /// uses `html(_:)`): the same five entities, but it compares whole characters, so a
    /// special character that a combining mark follows (`<` + U+0338) is another character
    /// and stays as it is. Such a `<` opens no tag, but such a `"` would close an attribute
    /// value: only `html(_:)` guarantees none of the five survives.
    public static func htmlByCharacter(_ text: String, into out: inout [UInt8]) {
        guard text.utf8.contains(where: { htmlEntity($0) != nil }) else {
            out.append(contentsOf: text.utf8)
            return
        }
        for character in text {
            if character.utf8.count == 1, let entity = htmlEntity(character.utf8.first!) {
                out.append(contentsOf: entity)
            } else {
                out.append(contentsOf: character.utf8)
            }
        }
    }

    private static let htmlEntities: [[UInt8]] = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].map { Array($0.utf8) }

    private static func htmlEntity(_ byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "&"): htmlEntities[0]
        case UInt8(ascii: "<"): htmlEntities[1]
        case UInt8(ascii: ">"): htmlEntities[2]
        case UInt8(ascii: "\""): htmlEntities[3]
        case UInt8(ascii: "'"): htmlEntities[4]
        default: nil
        }
    }
}

// MARK: - Markdown

extension Escaping {
    /// Text for a Markdown (CommonMark) template that stays text: every ASCII punctuation
    /// or symbol character gets a backslash, line breaks (CR, LF, U+2028, U+2029) and tabs
    /// become spaces, NUL is dropped, and leading blanks (spaces, tabs, line breaks) are
    /// dropped. Rendered, it is one paragraph of the same text (breaks as spaces): never a
    /// link, heading, list, code span or block, emphasis or raw HTML.
    public static func markdown(_ text: String) -> String {
        // Most names and addresses hold nothing to escape: they are returned as they are.
        if !needsMarkdownEscaping(text) { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        markdown(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `markdown(_:)`, appended to UTF-8 output (the template renderer's buffer). It reads
    /// bytes, not scalars: every character it changes is ASCII or U+2028/U+2029 (E2 80 A8,
    /// E2 80 A9), and no byte of a longer character is ASCII; runs to keep are copied whole.
    public static func markdown(_ text: String, into out: inout [UInt8]) {
        guard needsMarkdownEscaping(text) else {
            out.append(contentsOf: text.utf8)
            return
        }
        var text = text
        text.withUTF8 { bytes in
            // Everything that would print as a blank at the start goes, line breaks too: a
            // break turned into a space before `    x` would indent it into a code block.
            var start = 0
            while start < bytes.count, let width = leadingBlankWidth(bytes, at: start) { start += width }
            var run = start
            var offset = start
            while offset < bytes.count {
                let byte = bytes[offset]
                let width: Int
                switch byte {
                case 0x00, 0x09, 0x0A, 0x0D: width = 1
                case 0xE2 where isSeparator(bytes, at: offset): width = 3
                case _ where isMarkdownPunctuation(Unicode.Scalar(byte)): width = 1
                default:
                    offset += 1
                    continue
                }
                out.append(contentsOf: bytes[run..<offset])
                switch byte {
                case 0x00: break
                case 0x09, 0x0A, 0x0D, 0xE2: out.append(UInt8(ascii: " "))
                default:
                    out.append(UInt8(ascii: "\\"))
                    out.append(byte)
                }
                offset += width
                run = offset
            }
            out.append(contentsOf: bytes[run...])
        }
    }

    /// The bytes of the blank (space, tab, line break, NUL) at `offset`, or nil.
    private static func leadingBlankWidth(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        switch bytes[offset] {
        case 0x20, 0x09, 0x0A, 0x0D, 0x00: 1
        case 0xE2 where isSeparator(bytes, at: offset): 3
        default: nil
        }
    }

    /// Whether U+2028 (line separator) or U+2029 (paragraph separator) starts at `offset`.
    private static func isSeparator(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        offset + 2 < bytes.count && bytes[offset] == 0xE2 && bytes[offset + 1] == 0x80
            && (bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9)
    }

    /// ASCII characters with a meaning in CommonMark: `!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~`,
    /// the ASCII punctuation and symbols.
    static func isMarkdownPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
        default: false
        }
    }

    /// Whether `markdown` would change the text: a blank at its start, or anywhere a line
    /// break, tab, NUL or ASCII punctuation (U+2028 and U+2029 start with the byte E2).
    static func needsMarkdownEscaping(_ text: String) -> Bool {
        var first = true
        for byte in text.utf8 {
            if first, byte == UInt8(ascii: " ") { return true }
            first = false
            switch byte {
            case 0, 0x09, 0x0A, 0x0D, 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E, 0xE2: return true
            default: continue
            }
        }
        return false
    }
}

// MARK: - Links

extension Escaping {
    /// An address that may go in `href`, or nil. Trimmed of spaces, it passes when it is a
    /// site path (`/…` but not `//…` or `/\…`, with no C0 control) or an `http`, `https`,
    /// `mailto` or `tel` URL (scheme in any case) holding no space or C0 control; anything
    /// else (`javascript:`, `data:`, `vbscript:`, a scheme-relative `//host`, `/\t/host`
    /// that a browser reads as one) is nil and is not linked. It is not HTML-escaped: the
    /// template does that.
    public static func safeURL(_ url: String) -> String? {
        let trimmed = url.trimmingSpaces()
        // By bytes: `/` + U+0301 is one Character, which `hasPrefix("//")` did not see.
        if trimmed.utf8.first == UInt8(ascii: "/") {
            // `\` after the slash, or a control a browser strips (`/\t/host`), reads as `//host`.
            let second = trimmed.utf8.dropFirst().first
            guard second != UInt8(ascii: "/"), second != UInt8(ascii: "\\"),
                !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 })
            else { return nil }
            return trimmed
        }
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let scheme = trimmed[..<colon].lowercased()
        guard ["http", "https", "mailto", "tel"].contains(scheme) else { return nil }
        guard !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == " " }) else { return nil }
        return trimmed
    }

    /// A query value (or one path segment) percent-encoded: every UTF-8 byte but RFC 3986's
    /// unreserved characters (`A–Z a–z 0–9 - . _ ~`) is written `%XX` with upper-case hex.
    /// The result holds nothing else, so it cannot end the value or the URL, and
    /// `removingPercentEncoding` gives back the input.
    public static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            if isUnreserved(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                appendPercentEncoded(byte, to: &out)
            }
        }
        return out
    }

    /// Whether a byte is one of RFC 3986's unreserved characters, `A–Z a–z 0–9 - . _ ~`.
    public static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default: false
        }
    }

    /// `%XX` with upper-case hex for one byte.
    static func appendPercentEncoded(_ byte: UInt8, to out: inout String) {
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        out.unicodeScalars.append("%")
        out.unicodeScalars.append(hex[Int(byte >> 4)])
        out.unicodeScalars.append(hex[Int(byte & 15)])
    }
}

// MARK: - XML

extension Escaping {
    /// Text safe in XML 1.0 text and in quoted attribute values (sitemaps, Atom, SVG):
    /// `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&apos;`, and
    /// the characters XML 1.0 cannot hold at all are dropped: C0 controls other than tab,
    /// LF and CR, and U+FFFE and U+FFFF. (Lone surrogates cannot occur in a Swift string.)
    /// Tab, LF and CR are kept as they are, so a parser normalises them as XML says (CR LF
    /// to LF in text; all three to a space in an attribute). Decoding the five entities
    /// gives back the input without the dropped characters.
    public static func xml(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case _ where !isXMLCharacter(scalar): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether XML 1.0 can hold the character (its `Char` production, surrogates aside).
    public static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case ..<0x20: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
