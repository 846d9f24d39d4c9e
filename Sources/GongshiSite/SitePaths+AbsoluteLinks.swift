import Foundation

extension SitePaths {
    /// HTML whose `href` and `src` addresses are all absolute, resolved against the page at
    /// `folder`: feeds carry a page's HTML away from the site, JSON Feed has no base URL and
    /// many Atom readers ignore `xml:base`. Addresses that already have a scheme stay as
    /// they are, and so does HTML holding no relative address.
    public func absoluteLinks(inHTML html: String, page folder: String) -> String {
        guard let base = URL(string: absolute(folder)) else { return html }
        // One pass over the bytes: a bulletin's HTML holds thousands of links, and searching
        // the rest of the text again for each one made feeds quadratic in their length.
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var copied = 0
        for range in LinkAttributes.valueRanges(in: bytes) {
            out += bytes[copied..<range.lowerBound]
            let address = String(decoding: bytes[range], as: UTF8.self)
            out += (Self.hasScheme(address) ? address : Self.resolve(address, against: base)).utf8
            copied = range.upperBound
        }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
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
