import GongshiModel
import GongshiSite

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

    /// The values of `href="…"` and `src="…"` attributes, with `&amp;` decoded.
    static func references(in html: [UInt8]) -> [String] {
        LinkAttributes.valueRanges(in: html).map { range in
            let value = String(decoding: html[range], as: UTF8.self)
            return html[range].contains(UInt8(ascii: "&")) ? value.replacing("&amp;", with: "&") : value
        }
    }
}
