import GongshiModel

/// A record as the public reads it, for the change record (变更公示): what it is, its id and
/// name, and each public field in the words its page prints (运营中, 周一至周五 10:30–12:30), in
/// the order a reader meets them. Two publications are compared through these, so an edit
/// that changes nothing a reader sees is no change.
public struct PublicRecord: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case point, course, activity
    }

    /// One public field: a stable key, the label as printed, and the value in words.
    public struct Field: Sendable, Equatable {
        public var key: String
        public var label: String
        public var value: String

        public init(key: String, label: String, value: String) {
            (self.key, self.label, self.value) = (key, label, value)
        }
    }

    public var kind: Kind
    public var id: String
    /// The public fields; the first is always the record's name or title.
    public var fields: [Field]

    public init(kind: Kind, id: String, fields: [Field]) {
        (self.kind, self.id, self.fields) = (kind, id, fields)
    }

    /// The name a reader knows it by (`枫桥镇杨村爱心食堂`).
    public var name: String { fields.first?.value ?? id }

    /// The value of a field, nil when the record has none.
    public func value(_ key: String) -> String? { fields.first { $0.key == key }?.value }

    /// Fields whose text is too long to quote in a change (a description): the record keeps
    /// a digest of the text, and a change says only that it was edited.
    public static let quotedByDigest: Set<String> = ["description"]

    /// Identifies the record across publications: its kind and id.
    public var key: String { kind.rawValue + ":" + id }

    /// SHA-256 of the public fields (each key and value, in order, as compact JSON): equal
    /// digests mean a reader sees the same record.
    public var digest: String {
        let pairs = fields.map { DataJSON.array([.string($0.key), .string($0.value)]) }
        return Digest.sha256Hex(DataJSON.array(pairs).compactBytes)
    }

    /// The record as a member of `data/manifest.json`: its fields as `[key, value]` pairs in
    /// order (their labels are given once per kind).
    package var manifestEntry: DataJSON {
        .object([
            "kind": .string(kind.rawValue), "id": .string(id), "digest": .string(digest),
            "fields": .array(fields.map { .array([.string($0.key), .string($0.value)]) }),
        ])
    }
}
