import GongshiModel

/// Finds internal links and asset references in built HTML that point at nothing, so a broken
/// link fails the build instead of reaching readers. Each page is checked on its own against
/// the planned output paths, right after it is rendered, so no page has to stay in memory.
struct LinkChecker: Sendable {
    /// Every path the build publishes, below the output folder.
    let outputPaths: Set<String>
    let basePath: String
    let outputLabel: String

    /// Each broken link of a route's page, placed at the line of its content that writes the
    /// link, else at what makes the page (its record, its layout).
    func brokenLinks(in html: [UInt8], of route: Route) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var reported: Set<String> = []
        for target in Self.references(in: html) where target.hasPrefix(basePath) && !reported.contains(target) {
            var file = Substring(target.dropFirst(basePath.count))
            if let cut = file.firstIndex(where: { $0 == "#" || $0 == "?" }) { file = file[..<cut] }
            let candidates = file.isEmpty || file.hasSuffix("/") ? [file + "index.html"] : [file, file + "/index.html"]
            if !candidates.contains(where: { outputPaths.contains(String($0)) }) {
                reported.insert(target)
                out.append(
                    .error(
                        .output(.brokenLink(target: target)),
                        at: route.source?.place(ofLinkTo: target, basePath: basePath)
                            ?? route.place(outputLabel: outputLabel)))
            }
        }
        return out
    }

    /// The values of `href="…"` and `src="…"` attributes, with `&amp;` decoded. A byte scan:
    /// the templates always quote attributes with `"`, and the names are ASCII.
    static func references(in html: [UInt8]) -> [String] {
        var out: [String] = []
        let quote = UInt8(ascii: "\"")
        html.withUnsafeBufferPointer { bytes in
            var index = 0
            while let equals = nextAttributeValue(in: bytes, from: index) {
                var end = equals + 2
                while end < bytes.count, bytes[end] != quote { end += 1 }
                guard end < bytes.count else { return }
                let raw = UnsafeBufferPointer(rebasing: bytes[(equals + 2)..<end])
                let value = String(decoding: raw, as: UTF8.self)
                out.append(raw.contains(UInt8(ascii: "&")) ? value.replacing("&amp;", with: "&") : value)
                index = end + 1
            }
        }
        return out
    }

    /// The position of the `=` of the next `href="` or `src="` at or after `start`.
    private static func nextAttributeValue(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = max(start, 3)
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "="), bytes[index + 1] == UInt8(ascii: "\""),
                endsWithName(bytes, before: index)
            {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func endsWithName(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        func matches(_ name: StaticString) -> Bool {
            let count = name.utf8CodeUnitCount
            guard index > count else { return false }
            for offset in 0..<count where bytes[index - count + offset] != name.utf8Start[offset] { return false }
            let before = bytes[index - count - 1]
            return before == UInt8(ascii: " ") || before == UInt8(ascii: "\n") || before == UInt8(ascii: "\t")
        }
        return matches("href") || matches("src")
    }
}
