import GongshiModel

/// What in the content makes a route — a page file, a record — so that a problem found
/// while planning or rendering it is reported where the clerk can fix it, not at the
/// output file.
public struct RouteSource: Sendable {
    /// The file and line that make the route.
    public var location: SourceLocation
    /// The Markdown the page's own links are written in, and where it starts: a broken link
    /// is placed at the line that writes it.
    public var body: String?
    public var bodyStart: SourceLocation?

    public init(_ location: SourceLocation, body: String? = nil, bodyStart: SourceLocation? = nil) {
        self.location = location
        self.body = body
        self.bodyStart = bodyStart
    }

    /// A content page: its file, and its body for links.
    public static func page(_ page: Page) -> RouteSource {
        RouteSource(.file(page.bodyLocation.path), body: page.body, bodyStart: page.bodyLocation)
    }

    /// Where a link to `target` (as the rendered page has it, `/yanglao/help/`) is written:
    /// the first line of the body holding its address below the base path (`help/`, however
    /// it is written before that: `/yanglao/help/`, `{{home}}help/`), at that address's
    /// column; else the route's own place.
    public func place(ofLinkTo target: String, basePath: String) -> SourceLocation {
        let address = target.hasPrefix(basePath) ? String(target.dropFirst(basePath.count)) : target
        guard !address.isEmpty, let body, let start = bodyStart else { return location }
        for (index, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // A Markdown link's target, after its `(`, else the address anywhere on the line.
            let target = line.range(of: "(" + address).map { line.index(after: $0.lowerBound)..<$0.upperBound }
            guard let found = target ?? line.range(of: address) else { continue }
            let column = line.unicodeScalars[..<found.lowerBound].count + 1
            return SourceLocation(
                path: start.path, line: start.line + index, column: index == 0 ? start.column + column - 1 : column)
        }
        return location
    }
}
