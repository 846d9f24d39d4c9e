import CYaml
import GongshiModel

/// Builds a `ContentValue` straight from libyaml's event stream: no intermediate node tree,
/// one pass. Content files are small trees of plain scalars, so a tree of Yams nodes (each a
/// boxed enum with tag, style and mark, then copied once more into `ContentValue`) cost more
/// than the parse itself. Aliases share the anchored value, and every value an alias expands
/// to counts against a node budget, so an alias bomb is refused before it grows.
final class YAMLEventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private var event = yaml_event_t()
    private let path: String
    private let lineOffset: Int
    let initialBudget: Int
    private var budget: Int
    /// Anchored values with how many nodes each stands for; a later anchor of the same name
    /// replaces an earlier one, as in YAML.
    private var anchors: [String: (value: ContentValue, nodes: Int)] = [:]
    /// Where the document's value starts: an alias bomb is reported there.
    private var rootLocation: SourceLocation?

    init(path: String, lineOffset: Int, budget: Int) {
        self.path = path
        self.lineOffset = lineOffset
        self.initialBudget = budget
        self.budget = budget
        parser = .allocate(capacity: 1)
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// Reads the single document of `text`; nil for a stream without one.
    func read(_ text: String) throws(Diagnostic) -> ContentValue? {
        var text = text
        // The input must stay in place while libyaml reads it; a native string is contiguous.
        let result = text.withUTF8 { bytes in
            yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
            return Result { () throws(Diagnostic) in try readDocument() }
        }
        return try result.get()
    }

    private func readDocument() throws(Diagnostic) -> ContentValue? {
        try advance()  // stream start
        try advance()
        guard event.type != YAML_STREAM_END_EVENT else { return nil }
        try advance()  // document start
        let root = try readNode().value
        try advance()  // document end
        try advance()
        if event.type != YAML_STREAM_END_EVENT {
            throw composerError(
                context: "expected a single document in the stream", problem: "but found another document",
                at: mark(event.start_mark))
        }
        return root
    }

    // MARK: - Events

    /// Moves to the next event, releasing the current one.
    private func advance() throws(Diagnostic) {
        yaml_event_delete(&event)
        guard yaml_parser_parse(parser, &event) == 1 else { throw parserError() }
    }

    /// Reads the value that starts at the current event, leaving the event on its last one.
    private func readNode() throws(Diagnostic) -> (value: ContentValue, nodes: Int) {
        let at = location(mark(event.start_mark))
        if rootLocation == nil { rootLocation = at }
        let read: (value: ContentValue, nodes: Int)
        let anchor: String?
        switch event.type {
        case YAML_ALIAS_EVENT:
            let name = text(event.data.alias.anchor) ?? ""
            guard let anchored = anchors[name] else {
                throw composerError(context: nil, problem: "found undefined alias", at: mark(event.start_mark))
            }
            try spend(anchored.nodes)
            return anchored
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            anchor = text(scalar.anchor)
            let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let isNull = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.length <= 4 && Self.nullWords.contains(value)
            try spend(1)
            read = (ContentValue(isNull ? .null : .scalar(value), at: at), 1)
        case YAML_SEQUENCE_START_EVENT:
            anchor = text(event.data.sequence_start.anchor)
            try spend(1)
            var items: [ContentValue] = []
            var nodes = 1
            try advance()
            while event.type != YAML_SEQUENCE_END_EVENT {
                let item = try readNode()
                items.append(item.value)
                nodes += item.nodes
                try advance()
            }
            read = (ContentValue(.list(items), at: at), nodes)
        case YAML_MAPPING_START_EVENT:
            anchor = text(event.data.mapping_start.anchor)
            try spend(1)
            var entries: [ContentValue.Entry] = []
            var nodes = 1
            try advance()
            while event.type != YAML_MAPPING_END_EVENT {
                let keyAt = location(mark(event.start_mark))
                let key = try readNode()
                try advance()
                let value = try readNode()
                nodes += key.nodes + value.nodes
                entries.append(.init(key: Self.keyText(key.value), keyLocation: keyAt, value: value.value))
                try advance()
            }
            try Self.refuseRepeatedKeys(entries)
            read = (ContentValue(.mapping(Self.applyingMergeKeys(entries)), at: at), nodes)
        default:
            throw Diagnostic.error(.file(.yamlUnreadable(detail: "unexpected event \(event.type)")), at: at)
        }
        if let anchor { anchors[anchor] = read }
        return read
    }

    private func spend(_ nodes: Int) throws(Diagnostic) {
        budget -= nodes
        if budget < 0 {
            throw Diagnostic.error(.file(.tooManyAliases(limit: initialBudget)), at: rootLocation ?? .file(path))
        }
    }

    /// The words YAML reads as nothing when written plain; quoted, they are text.
    private static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    // MARK: - Keys

    /// A key as the decoders see it: its text, or for a list or mapping used as a key (which
    /// no record field is), a short sketch so the unknown-field message can name it.
    static func keyText(_ key: ContentValue) -> String {
        switch key.kind {
        case .null: return ""
        case .scalar(let text), .cell(let text): return text
        case .list(let items): return "[" + items.map(keyText).joined(separator: ", ") + "]"
        case .mapping(let entries):
            return "{" + entries.map { "\($0.key): \(keyText($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    /// A key given twice is refused at its second place, which is the one to remove. All
    /// repeated keys are named, in order.
    static func refuseRepeatedKeys(_ entries: [ContentValue.Entry]) throws(Diagnostic) {
        guard entries.count > 1 else { return }
        var repeated: [(key: String, at: SourceLocation)] = []
        func note(_ entry: ContentValue.Entry) {
            if !repeated.contains(where: { $0.key == entry.key }) { repeated.append((entry.key, entry.keyLocation)) }
        }
        if entries.count <= 24 {
            // A record's handful of keys: comparing pairs costs less than hashing each.
            for i in 1..<entries.count where entries[..<i].contains(where: { $0.key == entries[i].key }) {
                note(entries[i])
            }
        } else {
            var seen = Set<String>()
            for entry in entries where !seen.insert(entry.key).inserted { note(entry) }
        }
        guard let first = repeated.min(by: { $0.key < $1.key }) else { return }
        throw Diagnostic.error(.file(.duplicateField(fields: repeated.map(\.key).sorted())), at: first.at)
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

    // MARK: - Places and errors

    private func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private func mark(_ mark: yaml_mark_t) -> (line: Int, column: Int) { (mark.line + 1, mark.column + 1) }

    private func location(_ mark: (line: Int, column: Int)) -> SourceLocation {
        SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    private func composerError(context: String?, problem: String, at mark: (line: Int, column: Int)) -> Diagnostic {
        let detail = [context, problem].compactMap { $0 }.joined(separator: ": ")
        return .error(
            .file(.yamlSyntax(detail: detail, cause: YAMLReader.cause(ofYAMLProblem: detail))), at: location(mark))
    }

    /// libyaml's own complaint, in its words, at the place it names.
    private func parserError() -> Diagnostic {
        let p = parser.pointee
        let problem = p.problem.map { String(cString: $0) } ?? ""
        switch p.error {
        case YAML_READER_ERROR:
            return .error(.file(.textUnreadable(detail: problem)), at: .file(path))
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let context = p.context.map { String(cString: $0) }
            return composerError(context: context, problem: problem, at: mark(p.problem_mark))
        default:
            return .error(.file(.yamlUnreadable(detail: problem)), at: .file(path))
        }
    }
}
