import GongshiModel

/// Splits a Markdown file into its YAML front matter and body (`---` lines around the
/// front matter, as Hugo and Zola read it), keeping line numbers for both.
public struct FrontMatterDocument: Sendable {
    public var frontMatter: ContentValue
    public var body: String
    /// 1-based line where the body starts.
    public var bodyLine: Int

    public static func parse(text: String, path: String) -> Result<FrontMatterDocument, Diagnostic> {
        // "\r\n" is one Character in Swift, so split on scalars: LF and CRLF files alike.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            Substring($0.last == "\r" ? $0.dropLast() : $0)
        }
        if lines.first?.first == "\u{FEFF}" { lines[0] = lines[0].dropFirst() }
        let start = SourceLocation(path: path, line: 1, column: 1)
        guard lines.first?.trimmingSpaces() == "---" else {
            return .success(
                FrontMatterDocument(frontMatter: ContentValue(.null, at: start), body: text, bodyLine: 1))
        }
        guard
            let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingSpaces()) })
        else {
            return .failure(
                .error(.file(.frontMatterNeverClosed), at: start))
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        switch YAMLReader.parse(text: yaml, path: path, lineOffset: 1) {
        case .failure(let diagnostic):
            return .failure(diagnostic)
        case .success(var value):
            if value.isNull { value = ContentValue(.null, at: start) }
            let body = lines[(close + 1)...].joined(separator: "\n")
            return .success(FrontMatterDocument(frontMatter: value, body: body, bodyLine: close + 2))
        }
    }
}
