import GongshiModel

/// Every text that will be published, read once for what must not reach a page: personal
/// numbers (`PrivacyGate`) and control characters, which no web page, feed or calendar can
/// carry (a NUL or a bell pasted from a spreadsheet would make the HTML invalid).
public enum PublishedText {
    /// A text file as it is published (a Markdown body, a template), line by line.
    public static func problems(inLines text: String, path: String, firstLine: Int = 1, rules: PrivacyGate.Rules)
        -> [Diagnostic]
    {
        SourceText.lines(of: text).enumerated().flatMap { index, line in
            problems(
                in: String(String.UnicodeScalarView(line)),
                at: SourceLocation(path: path, line: firstLine + index, column: 1), source: nil,
                rules: rules)
        }
    }

    /// A parsed document: every key and scalar, except that declared `phone` fields are public
    /// numbers by definition.
    static func problems(in value: ContentValue, source: SourceText?, rules: PrivacyGate.Rules) -> [Diagnostic] {
        switch value.kind {
        case .null: return []
        case .scalar(let text), .cell(let text):
            return problems(in: text, at: value.location, source: source, rules: rules)
        case .list(let items): return items.flatMap { problems(in: $0, source: source, rules: rules) }
        case .mapping(let entries):
            // A record's own public line may appear in its other fields too.
            var recordRules = rules
            for entry in entries where entry.key == "phone" {
                if let number = entry.value.text { recordRules.allowed.insert(PrivacyGate.digits(number)) }
            }
            return entries.flatMap { entry -> [Diagnostic] in
                problems(in: entry.key, at: entry.keyLocation, source: source, rules: recordRules)
                    + (entry.key == "phone" ? [] : problems(in: entry.value, source: source, rules: recordRules))
            }
        }
    }

    static func problems(in text: String, at location: SourceLocation, source: SourceText?, rules: PrivacyGate.Rules)
        -> [Diagnostic]
    {
        controlCharacter(in: text, at: location)
            + PrivacyGate.problems(in: text, at: location, source: source, rules: rules)
    }

    /// The first control character of a text (tab, line feed and carriage return are text).
    static func controlCharacter(in text: String, at location: SourceLocation) -> [Diagnostic] {
        guard let scalar = firstControl(in: text) else { return [] }
        let code = String(scalar.value, radix: 16, uppercase: true)
        return [
            .error(
                .file(.controlCharacter(code: String(repeating: "0", count: max(0, 4 - code.count)) + code)),
                at: location)
        ]
    }

    /// The first C0 control but tab, line feed and carriage return, DEL, or C1 control
    /// (U+0080–U+009F), found by bytes: every text is read, and a C1 control is the only one
    /// of them written in two bytes (C2 80–C2 9F; no byte of a longer character is ASCII).
    static func firstControl(in text: String) -> Unicode.Scalar? {
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                switch byte {
                case 0x09, 0x0A, 0x0D: break
                case 0x00...0x1F, 0x7F: return Unicode.Scalar(byte)
                case 0x80...0x9F where previous == 0xC2: return Unicode.Scalar(UInt32(byte))
                default: break
                }
                previous = byte
            }
            return nil
        }
    }
}
