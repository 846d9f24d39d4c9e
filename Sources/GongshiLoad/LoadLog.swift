import GongshiModel

/// What reading the files found besides the records: problems, every id declared and every
/// reference made. Ids and references are kept even from records too broken to use, so the
/// resolver can report a duplicate or unknown id in the same run as the record's other problems.
public struct LoadLog: Sendable {
    public enum RecordKind: String, Sendable, Hashable {
        case region, `operator`, point, course, activity, term

        public var noun: RecordNoun {
            switch self {
            case .region: .region
            case .operator: .operator
            case .point: .point
            case .course: .course
            case .activity: .activity
            case .term: .term
            }
        }
    }

    public struct Declaration: Sendable {
        public var kind: RecordKind
        public var id: String
        public var location: SourceLocation
    }

    public struct Reference: Sendable {
        public var kind: RecordKind
        /// The word used in a message: region, venue, term.
        public var noun: RecordNoun
        public var id: Located<String>
    }

    public var diagnostics: [Diagnostic] = []
    public var declarations: [Declaration] = []
    public var references: [Reference] = []
    /// Files that could not be read into records at all (a syntax error, an undecodable
    /// text): what ids they declare is unknown.
    public var unreadableFiles: [String] = []

    public init() {}

    mutating func declare(_ kind: RecordKind, _ id: String?, at location: SourceLocation) {
        if let id { declarations.append(Declaration(kind: kind, id: id, location: location)) }
    }

    mutating func refer(_ kind: RecordKind, _ id: Located<String>?, noun: RecordNoun? = nil) {
        if let id { references.append(Reference(kind: kind, noun: noun ?? kind.noun, id: id)) }
    }

    mutating func append(_ other: LoadLog) {
        diagnostics += other.diagnostics
        declarations += other.declarations
        references += other.references
        unreadableFiles += other.unreadableFiles
    }
}
