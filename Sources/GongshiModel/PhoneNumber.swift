/// A Chinese phone number as staff write it (`0575-8701 2345`, `+86 138 0000 0000`,
/// `12345`), checked for shape and reduced to digits for `tel:` links.
public struct PhoneNumber: Hashable, Sendable {
    public enum Kind: Sendable { case landline, mobile, serviceLine }

    /// Digits without the country code.
    public let digits: String
    public let kind: Kind

    public init?(text: String) {
        let allowed: Set<Character> = [" ", "-", "(", ")", "（", "）", "\u{3000}"]
        var body = Substring(text.trimmingSpaces())
        if body.hasPrefix("+86") { body = body.dropFirst(3) }
        guard body.allSatisfy({ $0.isASCIIDigit || allowed.contains($0) }) else { return nil }
        let digits = String(body.filter(\.isASCIIDigit))
        switch digits.count {
        case 11 where digits.hasPrefix("1") && "3456789".contains(digits.dropFirst().first!):
            kind = .mobile
        case 10...12 where digits.hasPrefix("0") && !digits.hasPrefix("00"):
            kind = .landline  // area code (3–4 digits with the 0) + 7–8 digits
        case 7...8 where !digits.hasPrefix("0") && !digits.hasPrefix("1"):
            kind = .landline  // local number without area code
        case 5 where digits.hasPrefix("1") || digits.hasPrefix("9"):
            kind = .serviceLine  // 12345, 12349, 96345
        case 10 where digits.hasPrefix("400") || digits.hasPrefix("800"):
            kind = .serviceLine
        default:
            return nil
        }
        self.digits = digits
    }

    /// `tel:` URI with the country code for mobiles and landlines, as dialers expect.
    public var telURI: String {
        switch kind {
        case .serviceLine: return "tel:\(digits)"
        case .mobile: return "tel:+86\(digits)"
        case .landline: return digits.hasPrefix("0") ? "tel:+86\(digits.dropFirst())" : "tel:\(digits)"
        }
    }
}
