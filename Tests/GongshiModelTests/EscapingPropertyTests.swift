import Foundation
import GongshiModel
import GongshiTestSupport
import PropertyBased
import Testing

/// Every escaping context in `Escaping`, checked on arbitrary Unicode text: what each output
/// may never hold, and that the reader of that format gets the input back. (Markdown is
/// checked through cmark in GongshiRenderTests' `MarkdownEscapingPropertyTests`.)
@Suite struct EscapingPropertyTests {
    // MARK: Input

    /// Pieces that break formats: markup, quotes, entities, line breaks, controls,
    /// noncharacters, combining marks, formula starts, CJK, astral scalars.
    static let hostile = [
        "<", ">", "&", "\"", "'", "&amp;", "&#39;", "&lt", "\r", "\n", "\r\n", "\t", "\u{0}", "\u{1}", "\u{1B}",
        "\u{7F}", "\u{85}", "\\", "\\n", ";", ",", ":", "=", "+", "-", "@", "%", "%2F", "#", "*", "_", "`", "[", "]",
        "(", ")", "!", "|", "~", "/", "?", " ", "    ", "</script>", "<!--", "]]>", "\u{2028}", "\u{2029}",
        "\u{FFFE}", "\u{FFFF}", "\u{FEFF}", "\u{202E}", "e\u{301}", "<\u{338}", "\"\u{301}", "书", "诸暨市，枫桥镇；",
        "\u{3000}", "😀", "\u{20000}", "\u{10FFFF}", "javascript:", "https://", "www.example.org",
    ]

    /// Any text: hostile pieces, ASCII (controls included), CJK and any scalar (never a
    /// surrogate, which a Swift string cannot hold), from 0 to 60 pieces.
    static let anyText = Gen.int(in: 0...3_999_999).array(of: 0...60).map { picks in
        var out = String.UnicodeScalarView()
        for pick in picks {
            switch pick {
            case ..<1_000_000: out.append(contentsOf: hostile[pick % hostile.count].unicodeScalars)
            case ..<2_000_000: out.append(Unicode.Scalar(UInt8(pick % 128)))
            case ..<3_000_000: out.append(Unicode.Scalar(UInt32(0x4E00 + pick % (0x9FFF - 0x4E00 + 1)))!)
            default:
                let value = UInt32(pick % (0x110000 - 0x800))
                out.append(Unicode.Scalar(value < 0xD800 ? value : value + 0x800)!)
            }
        }
        return String(out)
    }

    /// Equal scalar for scalar: `==` on strings compares canonical equivalence, so `é` and
    /// `e` + U+0301 would pass as the same.
    static func same(_ a: String?, _ b: String?) -> Bool {
        a.map { Array($0.unicodeScalars) } == b.map { Array($0.unicodeScalars) }
    }

    /// `text` with the scalars `keep` refuses left out.
    static func filtered(_ text: String, _ keep: (Unicode.Scalar) -> Bool) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter(keep)))
    }

    /// Decodes the named entities in `entities`, scalar by scalar; nil when an `&` starts
    /// none of them.
    static func decodeEntities(_ text: String, _ entities: [String: String]) -> String? {
        var out = String.UnicodeScalarView()
        var rest = text.unicodeScalars[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let tail = rest[amp...]
            guard let (entity, scalar) = entities.first(where: { tail.starts(with: $0.key.unicodeScalars) }) else {
                return nil
            }
            out += scalar.unicodeScalars
            rest = tail.dropFirst(entity.unicodeScalars.count)
        }
        return String(out + rest)
    }

    /// `decodeEntities` as a reader of whole characters decodes: an `&` that a combining mark
    /// follows (`&` + U+110B0) is another character, which `htmlByCharacter` leaves as it is.
    static func decodeEntitiesByCharacter(_ text: String, _ entities: [String: String]) -> String? {
        var out = ""
        var entity: String?
        for character in text {
            if var name = entity {
                name.append(character)
                guard character == ";" else {
                    entity = name
                    continue
                }
                guard let decoded = entities[name] else { return nil }
                out += decoded
                entity = nil
            } else if character == "&" {
                entity = "&"
            } else {
                out.append(character)
            }
        }
        return entity == nil ? out : nil
    }

    /// `text` as Foundation's `removingPercentEncoding` gives it back on Linux, which drops
    /// leading U+FEFF as byte order marks; the byte decoder beside it keeps them.
    static func asFoundationReads(_ text: String?) -> String? {
        text.map { String($0.unicodeScalars.drop { $0 == "\u{FEFF}" }) }
    }

    // MARK: HTML

    static let htmlEntities = ["&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'"]

    /// No `<`, `>` or quote survives, every `&` starts one of the five entities, and decoding
    /// them gives back the input; the byte-buffer form writes the same bytes.
    @Test func htmlHoldsNoMarkupAndDecodesBack() async {
        await propertyCheck(count: 500, input: Self.anyText) { text in
            let escaped = Escaping.html(text)
            #expect(!escaped.unicodeScalars.contains { "<>\"'".unicodeScalars.contains($0) }, "\(escaped)")
            #expect(Self.same(Self.decodeEntities(escaped, Self.htmlEntities), text), "\(escaped)")
            var bytes: [UInt8] = []
            Escaping.html(text, into: &bytes)
            #expect(bytes == Array(escaped.utf8))
        }
    }

    /// swift-mustache's character-wise escaping decodes back too, and equals `html` for any
    /// text without a combining mark after a special character.
    @Test func htmlByCharacterDecodesBack() async {
        // Specials that a combining mark follows stay as they are (found by this test once).
        for text in ["&\u{110B0}", "a&\u{301}<b", "\"\u{338}'", "&amp;\u{110B0}"] {
            var bytes: [UInt8] = []
            Escaping.htmlByCharacter(text, into: &bytes)
            #expect(
                Self.same(
                    Self.decodeEntitiesByCharacter(String(decoding: bytes, as: UTF8.self), Self.htmlEntities), text))
        }
        await propertyCheck(count: 300, input: Self.anyText) { text in
            var bytes: [UInt8] = []
            Escaping.htmlByCharacter(text, into: &bytes)
            let escaped = String(decoding: bytes, as: UTF8.self)
            #expect(Self.same(Self.decodeEntitiesByCharacter(escaped, Self.htmlEntities), text), "\(escaped)")
            if text.allSatisfy({ $0.unicodeScalars.count == 1 }) { #expect(escaped == Escaping.html(text)) }
        }
    }

    // MARK: XML

    static let xmlEntities = ["&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&apos;": "'"]

    /// XML 1.0's `Char`: tab, LF, CR, and U+0020 up, less surrogates, U+FFFE and U+FFFF.
    static func isXMLChar(_ s: Unicode.Scalar) -> Bool {
        s == "\t" || s == "\n" || s == "\r" || (0x20...0xD7FF).contains(s.value) || (0xE000...0xFFFD).contains(s.value)
            || (0x10000...0x10FFFF).contains(s.value)
    }

    /// No markup or quote survives, no character XML 1.0 forbids (C0 controls but tab, LF
    /// and CR; U+FFFE, U+FFFF) is written, and decoding the five entities gives back the
    /// input without those characters, which are dropped. Tab, LF and CR are kept.
    @Test func xmlHoldsNoMarkupNorForbiddenCharactersAndDecodesBack() async {
        await propertyCheck(count: 500, input: Self.anyText) { text in
            let escaped = Escaping.xml(text)
            #expect(!escaped.unicodeScalars.contains { "<>\"'".unicodeScalars.contains($0) }, "\(escaped)")
            #expect(escaped.unicodeScalars.allSatisfy(Self.isXMLChar), "\(escaped)")
            #expect(Self.same(Self.decodeEntities(escaped, Self.xmlEntities), Self.filtered(text, Self.isXMLChar)))
        }
    }

    @Test func xmlDropsWhatXMLCannotHold() {
        #expect(Escaping.xml("a\u{0}b\u{8}c\u{B}\u{C}d\u{1F}e\u{FFFE}\u{FFFF}f") == "abcdef")
        #expect(Escaping.xml("\t\n\r\u{7F}\u{85}\u{FFFD}") == "\t\n\r\u{7F}\u{85}\u{FFFD}")
        #expect(Escaping.xml("<a href='x'>&</a>") == "&lt;a href=&apos;x&apos;&gt;&amp;&lt;/a&gt;")
    }

    // MARK: JSON

    /// A JSON string reads back as the input, scalar for scalar, through JSONDecoder, and
    /// holds no raw control character, U+2028 or U+2029. (JSONSerialization on Linux goes
    /// through NSString, which loses U+FEFF next to some controls: not an exact reader.)
    @Test func jsonStringRoundTrips() async throws {
        await propertyCheck(count: 500, input: Self.anyText) { text in
            let quoted = Escaping.jsonString(text)
            #expect(!quoted.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" })
            let decoded = try? JSONDecoder().decode([String].self, from: Data("[\(quoted)]".utf8))
            #expect(decoded?.count == 1 && Self.same(decoded?.first, text), "\(quoted)")
            var appended = "x"
            Escaping.jsonString(text, into: &appended)
            #expect(appended == "x" + quoted)
            var bytes = Array("x".utf8)
            Escaping.jsonString(text, into: &bytes)
            #expect(bytes == Array(appended.utf8))
        }
    }

    /// The value `jsonForScriptCannotCloseTheScriptAndKeepsTheValue` writes.
    struct ScriptValue: Decodable {
        var list: [String]
        var map: [String: String]
        var n: Int
    }

    /// JSON for a script element holds no `<`, `>` or `&` and still decodes to the same
    /// strings, keys included.
    @Test func jsonForScriptCannotCloseTheScriptAndKeepsTheValue() async {
        await propertyCheck(count: 300, input: Self.anyText.array(of: 0...4)) { texts in
            let members = texts.enumerated().map {
                Escaping.jsonString("\($0.offset)" + $0.element) + ":" + Escaping.jsonString($0.element)
            }
            let json =
                "{\"list\":[" + texts.map(Escaping.jsonString).joined(separator: ",") + "],\"map\":{"
                + members.joined(separator: ",") + "},\"n\":1}"
            let script = Escaping.jsonForScript(json)
            #expect(!script.unicodeScalars.contains { $0 == "<" || $0 == ">" || $0 == "&" }, "\(script)")
            let value = try? JSONDecoder().decode(ScriptValue.self, from: Data(script.utf8))
            #expect(value?.list.count == texts.count && value?.map.count == texts.count && value?.n == 1)
            for (i, text) in texts.enumerated() {
                #expect(Self.same(value?.list[i], text))
                #expect(Self.same(value?.map["\(i)" + text], text))
            }
        }
    }

    // MARK: iCalendar

    /// RFC 5545 TEXT unescaping; nil for a bare `;` or `,`, a backslash before anything but
    /// `\ ; , n N`, or a trailing backslash.
    static func icalUnescape(_ text: String) -> String? {
        var out = String.UnicodeScalarView()
        var escaped = false
        for scalar in text.unicodeScalars {
            if escaped {
                switch scalar {
                case "n", "N": out.append("\n")
                case "\\", ";", ",": out.append(scalar)
                default: return nil
                }
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else if scalar == ";" || scalar == "," {
                return nil
            } else {
                out.append(scalar)
            }
        }
        return escaped ? nil : String(out)
    }

    /// TEXT never holds CR, LF, a control but tab, or an unescaped `;` or `,`, and unescapes
    /// back to the input (line breaks as LF, controls dropped).
    @Test func icalTextStaysOneValueAndUnescapesBack() async {
        await propertyCheck(count: 500, input: Self.anyText) { text in
            let escaped = Escaping.icalText(text)
            #expect(!escaped.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F })
            #expect(Self.same(Self.icalUnescape(escaped), CalendarText.expected(text)), "\(escaped)")
        }
    }

    /// A parameter value holds no quote inside, no control, and is quoted whenever it holds
    /// `:`, `;` or `,`, so it cannot end the parameter.
    @Test func icalParameterValueCannotEndTheParameter() async {
        await propertyCheck(count: 300, input: Self.anyText) { text in
            let value = Escaping.icalParameterValue(text)
            let clean = Self.filtered(text) { $0 != "\"" && !(($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F) }
            if clean.unicodeScalars.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) {
                #expect(Self.same(value, "\"" + clean + "\""))
            } else {
                #expect(Self.same(value, clean))
            }
        }
    }

    @Test func icalEscapesTextSpecials() {
        #expect(Escaping.icalText("a,b;c\\d") == "a\\,b\\;c\\\\d")
        #expect(Escaping.icalText("一\r\n二\n三\r四") == "一\\n二\\n三\\n四")
        #expect(Escaping.icalText("</script><b>\"x\"</b>: 1") == "</script><b>\"x\"</b>: 1")
        #expect(Escaping.icalText("a\u{0}b\u{7}c\u{1B}[31md\u{7F}\te") == "abc[31md\te")
        #expect(Escaping.icalText("\u{202E}反转\u{202C}") == "\u{202E}反转\u{202C}")
        #expect(Escaping.icalText("\\n") == "\\\\n", "a literal backslash-n is not a line break")
        #expect(Escaping.icalParameterValue("a:b") == "\"a:b\"")
        #expect(Escaping.icalParameterValue("a\"b") == "ab")
    }

    // MARK: CSV

    /// A strict RFC 4180 reader: records of fields, CRLF between records; nil for a quote
    /// inside an unquoted field, an unclosed quote, or a bare CR or LF outside quotes.
    static func readCSV(_ text: String) -> [[String]]? {
        var records: [[String]] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var quoted = false
        var wasQuoted = false
        while i < scalars.count {
            let s = scalars[i]
            if quoted {
                if s == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(s)
                }
            } else if s == "\"" {
                guard field.isEmpty, !wasQuoted else { return nil }
                quoted = true
                wasQuoted = true
            } else if s == "," {
                fields.append(String(field))
                field = .init()
                wasQuoted = false
            } else if s == "\r" {
                guard i + 1 < scalars.count, scalars[i + 1] == "\n" else { return nil }
                fields.append(String(field))
                records.append(fields)
                (fields, field, wasQuoted) = ([], .init(), false)
                i += 1
            } else if s == "\n" || wasQuoted {
                return nil
            } else {
                field.append(s)
            }
            i += 1
        }
        guard !quoted, fields.isEmpty, field.isEmpty else { return nil }
        return records
    }

    /// A row of fields reads back field for field through an RFC 4180 reader, each value
    /// whole, with an apostrophe before any that a spreadsheet would run as a formula; no
    /// field read back starts a formula.
    @Test func csvFieldsReadBackAndNeverStartAFormula() async {
        await propertyCheck(count: 500, input: Self.anyText.array(of: 1...5)) { row in
            let line = row.map(Escaping.csvField).joined(separator: ",") + "\r\n"
            let read = Self.readCSV(line)
            let expected = row.map { value in
                value.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } == true ? "'" + value : value
            }
            #expect(read?.count == 1 && read?[0].count == row.count, "\(line)")
            for (got, want) in zip(read?[0] ?? [], expected) { #expect(Self.same(got, want)) }
            for field in read?[0] ?? [] {
                #expect(field.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } != true)
            }
        }
    }

    @Test func csvQuotesFieldsWithCommasQuotesAndLineBreaks() {
        #expect(Escaping.csvField("plain") == "plain")
        #expect(Escaping.csvField("诸暨市暨阳街道") == "诸暨市暨阳街道")
        #expect(Escaping.csvField("a,b") == "\"a,b\"")
        #expect(Escaping.csvField("他说\"你好\"") == "\"他说\"\"你好\"\"\"")
        #expect(Escaping.csvField("两行\n文字") == "\"两行\n文字\"")
        #expect(Escaping.csvField("a\r\nb") == "\"a\r\nb\"")
        #expect(Escaping.csvField("全角，逗号") == "全角，逗号")
        #expect(Escaping.csvField("") == "")
    }

    @Test func csvNeutralisesFieldsThatStartAFormula() {
        #expect(Escaping.csvField("=1+1") == "'=1+1")
        #expect(Escaping.csvField("+cmd") == "'+cmd")
        #expect(Escaping.csvField("-2") == "'-2")
        #expect(Escaping.csvField("@SUM(A1:A9)") == "'@SUM(A1:A9)")
        #expect(Escaping.csvField("\t=1") == "'\t=1")
        #expect(Escaping.csvField("\r=1") == "\"'\r=1\"")
        #expect(Escaping.csvField("=HYPERLINK(\"http://x\",\"点我\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"")
        #expect(Escaping.csvField("=1,2") == "\"'=1,2\"")
        // Only the first character counts: text with a sign inside is left alone.
        #expect(Escaping.csvField("a=1") == "a=1")
        #expect(Escaping.csvField("10-12") == "10-12")
    }

    // MARK: Percent-encoding

    /// Only unreserved characters and `%XX` (upper-case hex) are written, and
    /// `removingPercentEncoding` gives back the input.
    @Test func percentEncodingWritesOnlyUnreservedAndDecodesBack() async {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
        let hex = Set("0123456789ABCDEF".utf8)
        await propertyCheck(count: 500, input: Self.anyText) { text in
            let encoded = Escaping.percentEncoded(text)
            var scan = encoded.utf8[...]
            while let byte = scan.popFirst() {
                if byte == UInt8(ascii: "%") {
                    #expect(scan.prefix(2).count == 2 && scan.prefix(2).allSatisfy(hex.contains), "\(encoded)")
                    scan = scan.dropFirst(2)
                } else {
                    #expect(unreserved.contains(byte), "\(encoded)")
                }
            }
            let decoded = Self.asFoundationReads(encoded.removingPercentEncoding)
            #expect(Self.same(decoded, Self.asFoundationReads(text)), "\(encoded)")
            var bytes: [UInt8] = []
            var rest = encoded.utf8[...]
            while let byte = rest.popFirst() {
                guard byte == UInt8(ascii: "%") else {
                    bytes.append(byte)
                    continue
                }
                bytes.append(UInt8(String(decoding: rest.prefix(2), as: UTF8.self), radix: 16) ?? 0)
                rest = rest.dropFirst(2)
            }
            #expect(bytes == Array(text.utf8))
        }
    }

    // MARK: Links

    /// What a browser makes of an `href`: leading and trailing C0 controls and spaces
    /// stripped, tabs and line breaks removed, `\` read as `/`, the scheme in lower case.
    static func asBrowserReads(_ url: String) -> String {
        let isC0OrSpace: (Unicode.Scalar) -> Bool = { $0.value <= 0x20 }
        var scalars = Array(url.unicodeScalars)
        while let first = scalars.first, isC0OrSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, isC0OrSpace(last) { scalars.removeLast() }
        scalars.removeAll { $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return String(String.UnicodeScalarView(scalars.map { $0 == "\\" ? "/" : $0 })).lowercased()
    }

    /// Whatever text goes in, a link that passes is, as a browser reads it, a path on this
    /// site or an http, https, mailto or tel URL: never another scheme, never `//host`.
    @Test func safeURLPassesOnlySitePathsAndWebMailAndPhoneLinks() async {
        let schemes = Gen<String?>.element(of: [
            "", "/", "//", "http:", "https://", "javascript:", "JaVa\tscript:", "data:", "mailto:", "tel:", " ",
            "\u{3000}", "/\\", "/\t/",
        ]).map { $0 ?? "" }
        await propertyCheck(count: 500, input: zip(schemes, Self.anyText)) { scheme, rest in
            guard let url = Escaping.safeURL(scheme + rest) else { return }
            let read = Self.asBrowserReads(url)
            let isPath = read.hasPrefix("/") && !read.hasPrefix("//")
            let scheme = read.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
            #expect(isPath || ["http", "https", "mailto", "tel"].contains(scheme), "\(url)")
        }
    }

    @Test func safeURLPassesOnlyWebMailAndPhoneLinks() {
        #expect(Escaping.safeURL("https://example.org/a?b=1") == "https://example.org/a?b=1")
        #expect(Escaping.safeURL("tel:+8657500000000") == "tel:+8657500000000")
        #expect(Escaping.safeURL("mailto:a@example.org") == "mailto:a@example.org")
        #expect(Escaping.safeURL("/sub/points/a/") == "/sub/points/a/")
        #expect(Escaping.safeURL(" \u{3000}/sub/ ") == "/sub/")
        #expect(Escaping.safeURL("javascript:alert(1)") == nil)
        #expect(Escaping.safeURL("JavaScript:alert(1)") == nil)
        #expect(Escaping.safeURL("data:text/html,<b>") == nil)
        #expect(Escaping.safeURL("//evil.example/") == nil)
        #expect(Escaping.safeURL("https://a.example/\nx") == nil)
        #expect(Escaping.safeURL("vbscript:x") == nil)
    }
}
