import GongshiModel

/// Reads the fields of one record (a mapping) against its shape, collecting every problem:
/// wrong values where they stand, then at `finish()` the unknown fields (with "did you
/// mean") and the missing required ones.
struct RecordReader {
    let shape: RecordShape
    let value: ContentValue
    /// The record's id in messages, once it is known.
    var id: String?
    let offset: UTCOffset
    private(set) var diagnostics: [Diagnostic] = []
    /// The record's fields in file order. A record has a handful, so a field is found by
    /// comparing names, which costs less than hashing each; the first of a repeated key wins.
    private let list: [ContentValue.Entry]
    private var missing: [String] = []

    /// A reader, or nil with an error when the value is not a mapping.
    init?(_ value: ContentValue, shape: RecordShape, offset: UTCOffset, diagnostics: inout [Diagnostic]) {
        guard let list = value.entries else {
            diagnostics.append(.error(.record(.notFields(noun: shape.noun, found: value.shape)), at: value.location))
            return nil
        }
        self.shape = shape
        self.value = value
        self.offset = offset
        self.list = list
    }

    private func entry(_ name: String) -> ContentValue.Entry? {
        for index in list.indices where list[index].key == name { return list[index] }
        return nil
    }

    mutating func report(_ problem: Problem, at location: SourceLocation, severity: Severity = .error) {
        diagnostics.append(Diagnostic(severity, problem, at: location))
    }

    mutating func report(_ problem: ValueProblem, at location: SourceLocation, severity: Severity = .error) {
        report(.value(problem), at: location, severity: severity)
    }

    mutating func report(_ problem: RecordProblem, at location: SourceLocation, severity: Severity = .error) {
        report(.record(problem), at: location, severity: severity)
    }

    /// The value of a field, or nil when absent or empty; a required one is remembered as missing.
    mutating func field(_ name: String) -> ContentValue? {
        assert(shape[name] != nil, "field \(name) is not in the \(shape.noun) shape")
        guard let entry = entry(name), !entry.value.isNull else {
            if shape[name]?.isRequired == true { missing.append(name) }
            return nil
        }
        return entry.value
    }

    /// Where each present field's value stands.
    var places: [String: SourceLocation] {
        Dictionary(list.map { ($0.key, $0.value.location) }, uniquingKeysWith: { first, _ in first })
    }

    /// Where a field's value stands, or the record's start.
    func location(of name: String) -> SourceLocation { entry(name)?.value.location ?? value.location }

    /// Reads a field with a parser; a failure is reported where the value stands.
    mutating func read<T>(_ name: String, _ parse: (ContentValue, String) -> Result<T, ValueProblem>) -> T? {
        guard let v = field(name) else { return nil }
        switch parse(v, name) {
        case .success(let t):
            warnIfUncertain(v, name)
            return t
        case .failure(let problem):
            report(problem, at: v.location)
            return nil
        }
    }

    mutating func located<T>(_ name: String, _ parse: (ContentValue, String) -> Result<T, ValueProblem>) -> Located<T>?
    {
        let at = entry(name)?.value.location ?? value.location
        return read(name, parse).map { Located($0, at: at) }
    }

    /// Reads a list: a YAML list, a `;`-separated CSV cell, or one value standing alone.
    mutating func list<T>(_ name: String, _ parse: (ContentValue, String) -> Result<T, ValueProblem>) -> [Located<T>]? {
        guard let v = field(name) else { return nil }
        var out: [Located<T>] = []
        for item in Self.items(of: v) {
            switch parse(item, name) {
            case .success(let t):
                warnIfUncertain(item, name)
                out.append(Located(t, at: item.location))
            case .failure(let problem): report(problem, at: item.location)
            }
        }
        return out
    }

    /// A structured value read only after folding characters whose reading is not certain
    /// (`⑩` as 10) is a warning that says what was read.
    private mutating func warnIfUncertain(_ v: ContentValue, _ name: String) {
        guard shape[name]?.type.isStructured == true, let text = v.text,
            let read = ValueParsers.uncertainFolding(text)
        else { return }
        report(
            ValueProblem.readAs(field: name, value: text.trimmingSpaces(), read: read), at: v.location,
            severity: .warning)
    }

    /// Reads a list whose items are records of their own, decoded by `decode`.
    mutating func nestedList<T>(_ name: String, _ decode: (ContentValue, inout [Diagnostic]) -> T?) -> [T]? {
        guard let v = field(name) else { return nil }
        return Self.items(of: v).compactMap { decode($0, &diagnostics) }
    }

    static func items(of v: ContentValue) -> [ContentValue] {
        switch v.kind {
        case .list(let items): return items.filter { !$0.isNull }
        case .cell(let s):
            return s.split(whereSeparator: { $0 == ";" || $0 == "；" }).map {
                ContentValue(.cell($0.trimmingSpaces()), at: v.location)
            }
            .filter { $0.text?.isEmpty == false }
        default: return [v]
        }
    }

    /// Reads a nested object field with its own shape.
    mutating func object<T>(_ name: String, shape: RecordShape, _ build: (inout RecordReader) -> T?) -> T? {
        guard let v = field(name) else { return nil }
        return Self.readObject(v, shape: shape, offset: offset, into: &diagnostics, build)
    }

    static func readObject<T>(
        _ v: ContentValue, shape: RecordShape, offset: UTCOffset, into diagnostics: inout [Diagnostic],
        _ build: (inout RecordReader) -> T?
    ) -> T? {
        guard var sub = RecordReader(v, shape: shape, offset: offset, diagnostics: &diagnostics) else { return nil }
        let result = build(&sub)
        diagnostics += sub.finish()
        return result
    }

    /// The homes of a field that belongs inside an object field (`seats` → `meal.seats`), as
    /// spreadsheet columns are often named without their group.
    func nestedHomes(for key: String) -> [String] {
        shape.fields.compactMap { field -> String? in
            guard case .object(let inner) = field.type, let name = Suggestions.closest(to: key, in: inner.names) else {
                return nil
            }
            return "\(field.name).\(name)"
        }
    }

    /// Reports unknown fields and missing required ones; a misspelling of a missing
    /// required field is an error on the misspelt line instead of two separate problems.
    mutating func finish() -> [Diagnostic] {
        var claimed: Set<String> = []
        for entry in value.entries ?? [] where shape[entry.key] == nil {
            let guess = Suggestions.closest(to: entry.key, in: shape.names)
            if let guess, missing.contains(guess), !claimed.contains(guess) {
                claimed.insert(guess)
                diagnostics.append(
                    .error(.record(.misspeltRequired(field: entry.key, required: guess)), at: entry.keyLocation))
            } else {
                diagnostics.append(
                    .warning(
                        .record(
                            .unknownField(
                                noun: shape.noun, field: entry.key, suggestion: guess,
                                nested: guess == nil ? nestedHomes(for: entry.key) : [], fields: shape.names)),
                        at: entry.keyLocation))
            }
        }
        for name in missing where !claimed.contains(name) {
            let present = entry(name) != nil
            diagnostics.append(
                .error(
                    .record(
                        present
                            ? .emptyRequired(noun: shape.noun, id: id, field: name)
                            : .missingRequired(noun: shape.noun, id: id, field: name)),
                    at: present ? entry(name)!.value.location : value.location))
        }
        missing = []
        return diagnostics
    }
}
