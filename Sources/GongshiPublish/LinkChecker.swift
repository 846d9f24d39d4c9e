import GongshiModel

/// Finds internal links and asset references in the built HTML that point at nothing, so a
/// broken link fails the build instead of reaching readers.
enum LinkChecker {
    static func brokenLinks(in tree: OutputTree, basePath: String, outputLabel: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for path in tree.sortedPaths where path.hasSuffix(".html") {
            let html = String(decoding: tree.files[path]!, as: UTF8.self)
            for target in references(in: html) where target.hasPrefix(basePath) {
                var file = String(target.dropFirst(basePath.count))
                if let cut = file.firstIndex(where: { $0 == "#" || $0 == "?" }) { file = String(file[..<cut]) }
                let candidates =
                    file.isEmpty || file.hasSuffix("/") ? [file + "index.html"] : [file, file + "/index.html"]
                if !candidates.contains(where: { tree.files[$0] != nil }) {
                    out.append(
                        .error(
                            "broken link to \(target)", at: .file(outputLabel + "/" + path),
                            hint: "no page or file is published there"))
                }
            }
        }
        return out
    }

    /// The values of `href="…"` and `src="…"` attributes, with `&amp;` decoded.
    static func references(in html: String) -> [String] {
        html.matches(of: /(?:href|src)="([^"]*)"/).map { String($0.1).replacing("&amp;", with: "&") }
    }
}
