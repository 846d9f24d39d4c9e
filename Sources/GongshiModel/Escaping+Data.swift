// MARK: - JSON

extension Escaping {
    /// A JSON string literal (RFC 8259), quotes included, as every JSON file Gongshi writes
    /// spells it: `"` and `\` get a backslash, LF, CR and tab are `\n`, `\r` and `\t`, other
    /// C0 controls are `\u00XX` (lower-case hex), and U+2028 and U+2029 are `\u2028` and
    /// `\u2029` for readers that eval JSON; everything else, Chinese included, is copied as
    /// UTF-8. Any JSON parser reads it back as the input exactly.
    public static func jsonString(_ text: String) -> String {
        var out: [UInt8] = []
        jsonString(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `jsonString(_:)`, appended to `out`.
    public static func jsonString(_ text: String, into out: inout String) { out += jsonString(text) }

    /// `jsonString(_:)`, appended to `out` as UTF-8 (the open-data writers build bytes).
    public static func jsonString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() {
                let escape: StaticString
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0..<0x20: escape = ""  // `\u00XX`, written below
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                default: continue
                }
                out.append(contentsOf: bytes[start..<index])
                if escape.utf8CodeUnitCount == 0 {
                    out.append(contentsOf: Array("\\u00".utf8))
                    out.append(hexDigits[Int(byte >> 4)])
                    out.append(hexDigits[Int(byte & 0xF)])
                } else {
                    out.append(
                        contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                }
                start = index + (byte == 0xE2 ? 3 : 1)
            }
            if start < bytes.count { out.append(contentsOf: bytes[start...]) }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// JSON text (as `jsonString` and the JSON writers make it) made safe inside
    /// `<script type="application/ld+json">`: `<`, `>` and `&` become `\u003c`, `\u003e` and
    /// `\u0026`. Outside strings valid JSON holds none of them, so the value is unchanged;
    /// the result holds none of them, so no text can close the script element
    /// (`</script>`) or open a comment (`<!--`) in it.
    public static func jsonForScript(_ json: String) -> String {
        guard json.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 }) else { return json }
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

// MARK: - iCalendar

extension Escaping {
    /// An iCalendar TEXT value (RFC 5545 §3.3.11): `\`, `;` and `,` get a backslash, every
    /// line break (CRLF, CR or LF) becomes `\n`, and C0 controls other than tab, and DEL,
    /// which a value cannot hold, are dropped. The result holds no CR or LF and no `;` or `,`
    /// without its backslash, so it stays one value of one property; unescaping it gives back
    /// the input with line breaks as LF and without those controls.
    ///
    /// Folding at 75 octets stays with `ICalendar`: it frames whole content lines (name and
    /// parameters too) when the document is written, it does not escape a value.
    public static func icalText(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 8)
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n" where afterCR: continue
            case "\n": out += "\\n"
            case "\t": out.unicodeScalars.append(scalar)
            case _ where isICalControl(scalar): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An iCalendar parameter value (RFC 5545 §3.2): `"` and the controls `icalText` drops,
    /// which no parameter value can hold, are dropped, and the value is double-quoted when it
    /// holds `:`, `;` or `,`, so it cannot end the parameter or start the property's value.
    public static func icalParameterValue(_ value: String) -> String {
        let clean = String(String.UnicodeScalarView(value.unicodeScalars.filter { $0 != "\"" && !isICalControl($0) }))
        // By scalars: `;` + U+0301 is one Character that equals none of the three.
        let special = clean.unicodeScalars.contains { $0 == ":" || $0 == ";" || $0 == "," }
        return special ? "\"" + clean + "\"" : clean
    }

    /// C0 controls but tab, and DEL: what RFC 5545 values cannot carry.
    public static func isICalControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }
}

// MARK: - CSV

extension Escaping {
    /// One CSV field (RFC 4180) as spreadsheets open it safely (DESIGN.md §5): a value
    /// starting with `=`, `+`, `-`, `@`, tab or CR, which Excel, LibreOffice or Sheets would
    /// run as a formula, gets an apostrophe in front; then the field is double-quoted, its
    /// quotes doubled, when it holds a comma, quote, CR or LF. An RFC 4180 reader gets back
    /// the value (with that apostrophe), whole, as one field.
    public static func csvField(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, csvFormulaStarts.contains(first) { value = "'" + value }
        guard value.unicodeScalars.contains(where: { csvNeedsQuotes.contains($0) }) else { return value }
        // By scalars: a quote that a combining mark follows is one Character with it, and
        // Character-wise replacing left it single, ending the field early.
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in value.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// First characters that make a spreadsheet read a cell as a formula.
    public static let csvFormulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    private static let csvNeedsQuotes: Set<Unicode.Scalar> = [",", "\"", "\r", "\n"]
}

// MARK: - URI from IRI

extension Escaping {
    /// An address as a URI (RFC 3987 §3.1): every byte of a character outside ASCII, and
    /// spaces and controls, written `%XX`; ASCII is kept as it is. A QR code holds this form,
    /// which every scanner opens as it is, where a Chinese path in raw UTF-8 may be misread.
    public static func uri(_ iri: String) -> String {
        var out = ""
        for byte in iri.utf8 {
            if byte > 0x20 && byte < 0x7F {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                appendPercentEncoded(byte, to: &out)
            }
        }
        return out
    }
}
