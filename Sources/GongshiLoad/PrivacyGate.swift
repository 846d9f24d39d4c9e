import GongshiModel

/// Keeps personal data off the public site (SPEC §12): a mainland resident ID number or a
/// mobile number anywhere in published text is an error at the place it stands, unless it is
/// a record's declared public contact number (a `phone` field) or listed in `privacy.allow`.
/// A bank card number (16–19 digits passing the Luhn check) is a warning: account numbers
/// for donations can be public, card numbers of people cannot.
public enum PrivacyGate {
    /// What the gate lets through: `privacy.allow` and the declared public numbers, both
    /// compared by their digits.
    public struct Rules: Equatable, Sendable {
        public var allowed: Set<String>

        public init(allow: [String] = [], publicNumbers: [String] = []) {
            allowed = Set((allow + publicNumbers).map(PrivacyGate.digits).filter { !$0.isEmpty })
        }
    }

    public enum Kind: Equatable, Sendable {
        case residentID, mobile, bankCard
    }

    /// One number found in a text: its kind and the text as written (with any separators).
    public struct Finding: Equatable, Sendable {
        public var kind: Kind
        public var text: String
        /// Offset of the first character in the scanned text, in characters.
        public var offset: Int
    }

    /// Every resident ID, mobile and card number in a text, in order.
    public static func findings(in text: String) -> [Finding] {
        // Every number the gate looks for is a run of at least 11 digits with at most spaces
        // and hyphens between them; most texts, dates and times included, have none.
        guard hasLongDigitRun(text) else { return [] }
        return scan(text)
    }

    /// Every number a detector accepts, looked for at each start in the text.
    static func scan(_ text: String) -> [Finding] {
        let characters = Array(text)
        var out: [Finding] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigit || characters[index] == "+",
                index == 0 || !(characters[index - 1].isASCIIDigit || characters[index - 1].isASCIILetter)
            else {
                index += 1
                continue
            }
            if let found = residentID(characters, at: index) ?? mobile(characters, at: index)
                ?? bankCard(characters, at: index)
            {
                out.append(found)
                index = found.offset + found.text.count
            } else {
                index += 1
            }
        }
        return out
    }

    /// The gate's problems in one text that stands at `location` in a file whose source is
    /// `source` (to find each number's own line and column); without a source the text is
    /// taken to be one line as written there.
    static func problems(in text: String, at location: SourceLocation, source: SourceText?, rules: Rules)
        -> [Diagnostic]
    {
        findings(in: text).compactMap { finding -> Diagnostic? in
            guard !rules.allowed.contains(digits(finding.text)) else { return nil }
            let place =
                source.map { $0.locate(finding.text, from: location) ?? location }
                ?? (location.sheet != nil
                    ? location  // a workbook cell: the cell itself is the place
                    : SourceLocation(path: location.path, line: location.line, column: location.column + finding.offset))
            switch finding.kind {
            case .residentID:
                return .error(.privacy(.residentID(masked: masked(finding.text))), at: place)
            case .mobile:
                return .error(.privacy(.mobileNumber(masked: masked(finding.text))), at: place)
            case .bankCard:
                return .warning(.privacy(.bankCard(masked: masked(finding.text))), at: place)
            }
        }
    }

    /// Whether some stretch of digits, spaces and hyphens holds 11 digits or more.
    static func hasLongDigitRun(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var digits = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    digits += 1
                    if digits >= 11 { return true }
                case UInt8(ascii: " "), UInt8(ascii: "-"): continue
                default: digits = 0
                }
            }
            return false
        }
    }

    /// The digits of a number as written (and a final X of an ID), without a +86/0086 prefix.
    static func digits(_ text: String) -> String {
        var out = String(text.filter { $0.isASCIIDigit || $0 == "X" || $0 == "x" }).uppercased()
        if text.hasPrefix("+86") { out.removeFirst(2) } else if text.hasPrefix("0086") { out.removeFirst(4) }
        return out
    }

    /// The number with its middle hidden, so the report does not spread it further.
    static func masked(_ text: String) -> String {
        let chars = Array(text)
        guard chars.count > 7 else { return text }
        return String(chars.prefix(3)) + String(repeating: "*", count: chars.count - 7) + String(chars.suffix(4))
    }

    // MARK: - Detectors

    /// 18 characters (17 digits and a check character) with a valid ISO 7064 MOD 11-2 check
    /// and a real birth date, or the old 15-digit form with a real birth date.
    static func residentID(_ c: [Character], at start: Int) -> Finding? {
        func digitRun(_ count: Int) -> Bool {
            start + count <= c.count && c[start..<(start + count)].allSatisfy(\.isASCIIDigit)
        }
        func endsAt(_ end: Int) -> Bool { end == c.count || !(c[end].isASCIIDigit || c[end].isASCIILetter) }
        if digitRun(17), start + 17 < c.count,
            c[start + 17].isASCIIDigit || c[start + 17] == "X" || c[start + 17] == "x",
            endsAt(start + 18)
        {
            let body = c[start..<(start + 17)].map { Int($0.wholeNumberValue!) }
            let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
            let check = Array("10X98765432")[zip(body, weights).map(*).reduce(0, +) % 11]
            let birth = String(c[(start + 6)..<(start + 14)])
            if check == Character(c[start + 17].uppercased()), isBirthDate(birth), c[start] != "0" {
                return Finding(kind: .residentID, text: String(c[start..<(start + 18)]), offset: start)
            }
        }
        if digitRun(15), endsAt(start + 15), c[start] != "0", isBirthDate("19" + String(c[(start + 6)..<(start + 12)]))
        {
            return Finding(kind: .residentID, text: String(c[start..<(start + 15)]), offset: start)
        }
        return nil
    }

    static func isBirthDate(_ yyyymmdd: String) -> Bool {
        guard let year = Int(yyyymmdd.prefix(4)), (1900...2099).contains(year) else { return false }
        return LocalDate(iso: "\(yyyymmdd.prefix(4))-\(yyyymmdd.dropFirst(4).prefix(2))-\(yyyymmdd.suffix(2))") != nil
    }

    /// 1[3-9] and 9 more digits, as `13812345678`, `138 1234 5678`, `138-1234-5678`, with or
    /// without `+86`/`0086` in front.
    static func mobile(_ c: [Character], at start: Int) -> Finding? {
        var i = start
        func take(_ prefix: String) -> Bool {
            let p = Array(prefix)
            guard i + p.count <= c.count, Array(c[i..<(i + p.count)]) == p else { return false }
            i += p.count
            return true
        }
        if take("+86") || take("0086") { _ = take(" ") || take("-") }
        guard i + 1 < c.count, c[i] == "1", ("3"..."9").contains(c[i + 1]) else { return nil }
        var count = 0
        var end = i
        while end < c.count, count < 11 {
            if c[end].isASCIIDigit {
                count += 1
            } else if c[end] == " " || c[end] == "-", count == 3 || count == 7, end + 1 < c.count,
                c[end + 1].isASCIIDigit
            {
                // a separator after the 3rd or 7th digit
            } else {
                break
            }
            end += 1
        }
        guard count == 11, end == c.count || !(c[end].isASCIIDigit || c[end].isASCIILetter) else { return nil }
        return Finding(kind: .mobile, text: String(c[start..<end]), offset: start)
    }

    /// 16 to 19 digits, possibly in groups of four, passing the Luhn check.
    static func bankCard(_ c: [Character], at start: Int) -> Finding? {
        var digits: [Int] = []
        var end = start
        while end < c.count, digits.count < 19 {
            if let value = c[end].isASCIIDigit ? c[end].wholeNumberValue : nil {
                digits.append(value)
            } else if c[end] == " ", digits.count % 4 == 0, digits.count > 0, end + 1 < c.count, c[end + 1].isASCIIDigit
            {
                // a space between groups of four
            } else {
                break
            }
            end += 1
        }
        guard (16...19).contains(digits.count), end == c.count || !c[end].isASCIIDigit else { return nil }
        let sum = digits.reversed().enumerated().reduce(0) { total, item in
            let (position, digit) = item
            guard position % 2 == 1 else { return total + digit }
            let doubled = digit * 2
            return total + (doubled > 9 ? doubled - 9 : doubled)
        }
        return sum % 10 == 0 ? Finding(kind: .bankCard, text: String(c[start..<end]), offset: start) : nil
    }
}

/// A file's text split into lines, to place a number found inside a value at its own line and
/// column (a value's node knows only where the value starts). Split only when a number is
/// found, which in most files is never. Lines end at LF, CRLF or a lone CR, and columns count
/// Unicode scalars, as the readers count them (a CSV saved with lone CRs once sent a value's
/// line past the last line found here, and the search crashed).
final class SourceText {
    private let text: String
    private lazy var lines: [[Unicode.Scalar]] = Self.lines(of: text)

    init(_ text: String) { self.text = text }

    static func lines(of text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [[]]
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\n" where afterCR: continue
            case "\n", "\r": lines.append([])
            default: lines[lines.count - 1].append(scalar)
            }
        }
        return lines
    }

    /// Where `needle` first stands at or after `start` (1-based lines and columns).
    func locate(_ needle: String, from start: SourceLocation) -> SourceLocation? {
        let target = Array(needle.unicodeScalars)
        guard !target.isEmpty, start.line >= 1, start.line <= lines.count else { return nil }
        for lineIndex in (start.line - 1)..<lines.count {
            let line = lines[lineIndex]
            let first = lineIndex == start.line - 1 ? max(0, start.column - 1) : 0
            guard line.count >= target.count, first <= line.count - target.count else { continue }
            for column in first...(line.count - target.count) where line[column] == target[0] {
                if line[column..<(column + target.count)].elementsEqual(target) {
                    return SourceLocation(path: start.path, line: lineIndex + 1, column: column + 1)
                }
            }
        }
        return nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
    fileprivate var isASCIILetter: Bool { isASCII && isLetter }
}
