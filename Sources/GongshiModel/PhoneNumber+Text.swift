extension PhoneNumber {
    /// A phone number written in running text, where it stands and what it is.
    public struct Occurrence: Sendable, Equatable {
        public let range: Range<String.Index>
        public let number: PhoneNumber
    }

    /// The phone numbers written in running text (a bulletin's `请拨打 0575-8701 2345`):
    /// landlines with their area code, mobiles, 400/800 lines and the 123xx public hotlines
    /// (12345, 12349). Stricter than a phone field: in a sentence a bare 7–8-digit or other
    /// 5-digit number is more often a count, a sum or a date than a phone, so it stays text,
    /// as does a number joined to letters, digits or URL characters (`id=05750000000`).
    public static func occurrences(in text: String) -> [Occurrence] {
        let scalars = text.unicodeScalars
        var found: [Occurrence] = []
        var index = scalars.startIndex
        var previous: Unicode.Scalar?
        while index < scalars.endIndex {
            if !(previous.map(isJoining) ?? false), let end = writtenNumberEnd(scalars, from: index),
                isFree(scalars, after: end), let number = runningText(String(scalars[index..<end]))
            {
                found.append(Occurrence(range: index..<end, number: number))
                previous = scalars[scalars.index(before: end)]
                index = end
                continue
            }
            previous = scalars[index]
            index = scalars.index(after: index)
        }
        return found
    }

    /// The number when `written` is one a sentence may hold (see `occurrences`).
    static func runningText(_ written: String) -> PhoneNumber? {
        guard let number = PhoneNumber(text: written) else { return nil }
        switch number.kind {
        case .mobile: return number
        case .landline: return number.digits.hasPrefix("0") ? number : nil
        case .serviceLine where number.digits.count == 10: return number
        // `12345` written whole: `12 345` is a count.
        case .serviceLine: return number.digits.hasPrefix("123") && written == number.digits ? number : nil
        }
    }

    /// Where a number written from `start` ends: an optional `+86`, an optional area code in
    /// brackets, then groups of digits joined by one space or hyphen. Nil when none starts here.
    static func writtenNumberEnd(_ scalars: String.UnicodeScalarView, from start: String.Index) -> String.Index? {
        var index = start
        func at(_ i: String.Index) -> Unicode.Scalar? { i < scalars.endIndex ? scalars[i] : nil }
        func advance() { index = scalars.index(after: index) }
        func digits() -> Int {
            var count = 0
            while let s = at(index), s.isASCIIDigit, count <= 16 {
                count += 1
                advance()
            }
            return count
        }
        if at(index) == "+" {
            for expected in ["8", "6"] as [Unicode.Scalar] {
                advance()
                guard at(index) == expected else { return nil }
            }
            advance()
            if let s = at(index), s == " " || s == "-" { advance() }
        }
        if let open = at(index), open == "(" || open == "（" {
            advance()
            guard (3...4).contains(digits()), let close = at(index), close == ")" || close == "）" else { return nil }
            advance()
            if let s = at(index), s == " " || s == "\u{3000}" { advance() }
        }
        var count = digits()
        guard count > 0 else { return nil }
        while let s = at(index), s == " " || s == "-" || s == "\u{3000}" {
            let separator = index
            advance()
            let more = digits()
            guard more > 0 else {
                index = separator
                break
            }
            count += more
            guard count <= 16 else { return nil }
        }
        return index
    }

    /// Whether the number ends where the word does: not followed by a letter or digit, nor
    /// by `.`, `/`, `@`… that goes on into one (a decimal, a path, an address).
    static func isFree(_ scalars: String.UnicodeScalarView, after end: String.Index) -> Bool {
        guard end < scalars.endIndex else { return true }
        let next = scalars[end]
        if next.isASCIILetterOrDigit { return false }
        guard isJoining(next) else { return true }
        let after = scalars.index(after: end)
        return after == scalars.endIndex || !scalars[after].isASCIILetterOrDigit
    }

    /// Characters that make a number part of a longer token when they stand right before it.
    static func isJoining(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCIILetterOrDigit || "-._/+@#%&=?~\\".unicodeScalars.contains(scalar)
    }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    var isASCIILetterOrDigit: Bool { isASCIIDigit || ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
