import Foundation

extension SitePaths {
    /// HTML whose `href` and `src` addresses are all absolute, resolved against the page at
    /// `folder`: feeds carry a page's HTML away from the site, JSON Feed has no base URL and
    /// many Atom readers ignore `xml:base`. Addresses that already have a scheme stay as
    /// they are, and so does HTML holding no relative address.
    public func absoluteLinks(inHTML html: String, page folder: String) -> String {
        guard let base = URL(string: absolute(folder)) else { return html }
        var out = ""
        var rest = html[...]
        while let open = Self.nextAttribute(in: rest) {
            guard let close = rest[open.upperBound...].firstIndex(of: "\"") else { break }
            out += rest[..<open.upperBound]
            let address = String(rest[open.upperBound..<close])
            out += Self.hasScheme(address) ? address : Self.resolve(address, against: base)
            rest = rest[close...]
        }
        return out + rest
    }

    /// The next ` href="` or ` src="`, whichever comes first.
    static func nextAttribute(in text: Substring) -> Range<Substring.Index>? {
        [text.range(of: " href=\""), text.range(of: " src=\"")].compactMap { $0 }.min { $0.lowerBound < $1.lowerBound }
    }

    /// `https:`, `mailto:`, `tel:`: a scheme is letters, digits, `+`, `-` or `.` before the
    /// first `:`, which comes before any `/`, `?` or `#`.
    static func hasScheme(_ address: String) -> Bool {
        guard let colon = address.firstIndex(of: ":"), colon != address.startIndex else { return false }
        return address[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// An address as it stands in the HTML (`&amp;` and all) resolved against the page; left
    /// as it is if it is not a URL at all.
    static func resolve(_ address: String, against base: URL) -> String {
        URL(string: address, relativeTo: base)?.absoluteString ?? address
    }
}
