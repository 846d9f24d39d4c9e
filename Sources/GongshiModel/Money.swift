/// An amount in yuan kept as whole fen, so prices add up and print exactly.
public struct Yuan: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let fen: Int

    public init(fen: Int) { self.fen = fen }

    /// Parses `10`, `10.5`, `10.50`, optionally with a leading `¥` or a trailing `元`.
    public init?(text: some StringProtocol) {
        var t = Substring(text.trimmingSpaces())
        if t.hasPrefix("¥") || t.hasPrefix("￥") { t = t.dropFirst() }
        if t.hasSuffix("元") { t = t.dropLast() }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
            whole.count <= 9, whole.allSatisfy(\.isASCIIDigit)
        else { return nil }
        var fen = Int(whole)! * 100
        if parts.count == 2 {
            let frac = parts[1]
            guard (1...2).contains(frac.count), frac.allSatisfy(\.isASCIIDigit) else { return nil }
            fen += Int(frac)! * (frac.count == 1 ? 10 : 1)
        }
        self.fen = fen
    }

    public var isFree: Bool { fen == 0 }

    /// `10`, `10.5`, `10.05`: no trailing zeros, as prices are said.
    public var description: String {
        let whole = fen / 100
        let part = fen % 100
        if part == 0 { return "\(whole)" }
        if part % 10 == 0 { return "\(whole).\(part / 10)" }
        return "\(whole).\(String(pad2: part))"
    }

    public static func < (a: Yuan, b: Yuan) -> Bool { a.fen < b.fen }
}
