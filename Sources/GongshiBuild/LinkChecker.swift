import Foundation
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
        // The page's own folder, which relative links start from (`/sub/points/p1/`).
        let folder = basePath + (route.path.lastIndex(of: "/").map { route.path[...$0] } ?? "")
        for target in Self.references(in: html) where !reported.contains(target) {
            guard let path = Self.sitePath(of: target, onPageIn: folder) else { continue }
            // A relative link that climbs out of the site leads nowhere it publishes.
            let file = path.hasPrefix(basePath) ? path.dropFirst(basePath.count) : nil
            let candidates = file.map {
                $0.isEmpty || $0.hasSuffix("/") ? [$0 + "index.html"] : [$0, $0 + "/index.html"]
            }
            if !(candidates ?? []).contains(where: { outputPaths.contains(String($0)) }) {
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

    /// The path on this host a link leads to, without its query and fragment: as written when it
    /// starts with `/`, resolved against the page's folder (`/sub/help/`) when it is relative
    /// (`../about/`, `meals.html`), percent-encoding decoded; nil for another site, another
    /// scheme and a fragment alone.
    static func sitePath(of target: String, onPageIn folder: String) -> String? {
        // Scanned by bytes: a page has dozens of links and a site tens of thousands of pages,
        // and the marks looked for are ASCII.
        var end = target.utf8.endIndex
        var hasPercent = false
        for index in target.utf8.indices {
            let byte = target.utf8[index]
            if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "?") {
                end = index
                break
            }
            hasPercent = hasPercent || byte == UInt8(ascii: "%")
        }
        var link = target[..<end]
        // cmark writes a Markdown link's non-ASCII as `%E5%85%BB`; the paths are plain text.
        if hasPercent, let decoded = link.removingPercentEncoding { link = Substring(decoded) }
        if link.hasPrefix("//") { return nil }
        if link.hasPrefix("/") { return String(link) }
        // `mailto:`, `tel:`, `https:`: a scheme is a colon before any slash.
        if let colon = link.firstIndex(of: ":"), !link[..<colon].contains("/") { return nil }
        if link.isEmpty { return nil }
        // As a browser resolves it: `..` climbs a folder (never above the host's root), `.`
        // and empty segments stay, the last segment is the file.
        var folders = folder.split(separator: "/").map(String.init)
        let parts = link.split(separator: "/", omittingEmptySubsequences: false)
        var file = ""
        for (index, part) in parts.enumerated() {
            let isLast = index == parts.count - 1
            switch part {
            case "..": _ = folders.popLast()
            case ".", "": break
            default: if isLast { file = String(part) } else { folders.append(String(part)) }
            }
        }
        return "/" + folders.map { $0 + "/" }.joined() + file
    }

    /// The values of `href="…"` and `src="…"` attributes, with `&amp;` decoded.
    static func references(in html: [UInt8]) -> [String] {
        LinkAttributes.valueRanges(in: html).map { range in
            let value = String(decoding: html[range], as: UTF8.self)
            return html[range].contains(UInt8(ascii: "&")) ? value.replacing("&amp;", with: "&") : value
        }
    }
}
