import GongshiModel

/// A parsed document as a tree of positioned values, the common form of YAML, JSON, CSV
/// and front matter: every reader produces it, and the record decoders read only it.
public struct ContentValue: Sendable {
    public enum Kind: Sendable {
        /// Absent or empty (`~`, `null`, an empty CSV cell).
        case null
        /// Text as written, before any typing: `10:30` stays `10:30`.
        case scalar(String)
        /// A CSV cell: a scalar that also splits on `;` where a list is expected.
        case cell(String)
        case list([ContentValue])
        case mapping([Entry])
    }

    /// One key of a mapping, with where the key itself stands.
    public struct Entry: Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: ContentValue

        public init(key: String, keyLocation: SourceLocation, value: ContentValue) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The text of a scalar or cell.
    public var text: String? {
        switch kind {
        case .scalar(let s), .cell(let s): return s
        default: return nil
        }
    }

    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    public var entries: [Entry]? {
        if case .mapping(let entries) = kind { return entries }
        return nil
    }

    /// What kind of value this is, for messages that say what was expected instead.
    public var shape: ValueShape {
        switch kind {
        case .null: return .nothing
        case .scalar, .cell: return .text
        case .list: return .list
        case .mapping: return .mapping
        }
    }

    /// The records a file holds: one mapping, or the mappings of a list.
    public var records: [ContentValue] {
        switch kind {
        case .list(let items): return items
        case .null: return []
        default: return [self]
        }
    }
}
