import GongshiModel

/// Reads YAML (and front matter) into a `ContentValue`, keeping every node's line and column
/// from libyaml's marks (`YAMLEventReader`). JSON has its own strict reader, `JSONReader`.
public enum YAMLReader {
    /// The most nodes a document may expand to, per byte of its text. Aliases let a short
    /// file stand for a huge tree (the "billion laughs"); real content expands by far less.
    static let nodesPerByte = 4
    static let minimumNodeBudget = 10_000

    /// Parses a document. `lineOffset` shifts positions, for front matter that starts
    /// below the first line of its file.
    public static func parse(text: String, path: String, lineOffset: Int = 0) -> Result<ContentValue, Diagnostic> {
        if let excess = NestingDepth.firstExcess(in: text) {
            return .failure(NestingDepth.diagnostic(at: excess, path: path, lineOffset: lineOffset))
        }
        let reader = YAMLEventReader(
            path: path, lineOffset: lineOffset, budget: max(minimumNodeBudget, text.utf8.count * nodesPerByte))
        do {
            let root = try reader.read(text)
            return .success(root ?? ContentValue(.null, at: SourceLocation(path: path, line: 1, column: 1)))
        } catch {
            return .failure(error)
        }
    }

    /// Plain words for libyaml's commonest complaints.
    static func cause(ofYAMLProblem text: String) -> YAMLCause? {
        if text.contains("found character that cannot start any token") { return .tabOrStrayCharacter }
        if text.contains("mapping values are not allowed") { return .colonInValue }
        if text.contains("did not find expected key") || text.contains("did not find expected '-'") {
            return .indentation
        }
        if text.contains("found undefined alias") { return .undefinedAlias }
        return nil
    }
}
