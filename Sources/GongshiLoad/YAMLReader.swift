import GongshiModel
import Yams

/// Reads YAML (and front matter) into a `ContentValue`, keeping every node's line and column
/// from libyaml's marks. JSON has its own strict reader, `JSONReader`.
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
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, text: text, path: path, lineOffset: lineOffset))
        } catch {
            return .failure(.error(.file(.yamlUnreadable(detail: "\(error)")), at: .file(path)))
        }
        guard let root else { return .success(ContentValue(.null, at: SourceLocation(path: path, line: 1, column: 1))) }
        var converter = Converter(
            path: path, lineOffset: lineOffset,
            budget: max(minimumNodeBudget, text.utf8.count * nodesPerByte))
        guard let value = converter.convert(root) else {
            return .failure(
                .error(
                    .file(.tooManyAliases(limit: converter.initialBudget)),
                    at: location(root.mark, path: path, lineOffset: lineOffset)))
        }
        return .success(value)
    }

    static func location(_ mark: Mark?, path: String, lineOffset: Int) -> SourceLocation {
        guard let mark else { return .file(path) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    static func diagnostic(for error: YamlError, text: String, path: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { location(mark, path: path, lineOffset: lineOffset) }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.joined(separator: ": ")
            return .error(.file(.yamlSyntax(detail: text, cause: cause(ofYAMLProblem: text))), at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let second = duplicates.first.flatMap { repeatedKey($0, after: context.mark, in: text) }
            return .error(
                .file(.duplicateField(fields: duplicates)),
                at: second.map { SourceLocation(path: path, line: $0.line + lineOffset, column: $0.column) }
                    ?? at(context.mark))
        case .reader(let problem, _, _, _):
            return .error(.file(.textUnreadable(detail: problem)), at: .file(path))
        default:
            return .error(.file(.yamlUnreadable(detail: "\(error)")), at: .file(path))
        }
    }

    /// Where a key appears again after its first place. libyaml's duplicate-key report names
    /// only the first, but the second is the one to remove: a later key at the same column
    /// (block style) or later on the same line (flow style).
    static func repeatedKey(_ key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        let target = Array(key.unicodeScalars)
        func keyStarts(_ line: [Unicode.Scalar], at i: Int) -> Bool {
            guard i >= 0, i + target.count <= line.count, Array(line[i..<(i + target.count)]) == target else {
                return false
            }
            let rest = line[(i + target.count)...].drop { $0 == " " }
            return rest.first == ":"
        }
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let firstLine = lines[first.line - 1]
        var i = first.column - 1 + target.count
        while i < firstLine.count {
            if [",", "{", " "].contains(firstLine[i - 1]), keyStarts(firstLine, at: i) {
                return (first.line, i + 1)
            }
            i += 1
        }
        for (index, line) in lines.enumerated().dropFirst(first.line) where keyStarts(line, at: first.column - 1) {
            if line[..<(first.column - 1)].allSatisfy({ $0 == " " }) { return (index + 1, first.column) }
        }
        return nil
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

    /// Copies the Yams tree into `ContentValue`s while counting nodes, so an alias bomb is
    /// refused before it is expanded.
    struct Converter {
        let path: String
        let lineOffset: Int
        let initialBudget: Int
        var budget: Int

        init(path: String, lineOffset: Int, budget: Int) {
            self.path = path
            self.lineOffset = lineOffset
            self.initialBudget = budget
            self.budget = budget
        }

        mutating func convert(_ node: Node) -> ContentValue? {
            budget -= 1
            guard budget >= 0 else { return nil }
            let at = YAMLReader.location(node.mark, path: path, lineOffset: lineOffset)
            switch node {
            case .scalar(let scalar):
                if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                    return ContentValue(.null, at: at)
                }
                return ContentValue(.scalar(scalar.string), at: at)
            case .sequence(let sequence):
                var items: [ContentValue] = []
                items.reserveCapacity(sequence.count)
                for item in sequence {
                    guard let value = convert(item) else { return nil }
                    items.append(value)
                }
                return ContentValue(.list(items), at: at)
            case .mapping(let mapping):
                var entries: [ContentValue.Entry] = []
                entries.reserveCapacity(mapping.count)
                for (key, value) in mapping {
                    guard let converted = convert(value) else { return nil }
                    let keyText = key.scalar?.string ?? "\(key)"
                    let keyAt = YAMLReader.location(key.mark, path: path, lineOffset: lineOffset)
                    entries.append(.init(key: keyText, keyLocation: keyAt, value: converted))
                }
                return ContentValue(.mapping(Self.applyingMergeKeys(entries)), at: at)
            case .alias:
                return ContentValue(.null, at: at)
            }
        }

        /// YAML 1.1 merge keys (`<<: *defaults`): the merged mappings' fields come first and
        /// the record's own fields override them, as every YAML loader does.
        static func applyingMergeKeys(_ entries: [ContentValue.Entry]) -> [ContentValue.Entry] {
            guard entries.contains(where: { $0.key == "<<" }) else { return entries }
            let own = entries.filter { $0.key != "<<" }
            var merged: [ContentValue.Entry] = []
            for entry in entries where entry.key == "<<" {
                for source in entry.value.records {
                    for field in source.entries ?? []
                    where !own.contains(where: { $0.key == field.key })
                        && !merged.contains(where: { $0.key == field.key })
                    {
                        merged.append(field)
                    }
                }
            }
            return merged + own
        }
    }
}
