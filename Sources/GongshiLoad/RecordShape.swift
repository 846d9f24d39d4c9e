import GongshiModel

/// The fields a kind of record may have: the one list the loader checks unknown and missing
/// fields against and the JSON Schemas for editors are generated from.
public struct RecordShape: Sendable {
    /// What a person calls one record of this kind ("point", "course").
    public let noun: RecordNoun
    public let fields: [FieldSpec]

    public init(_ noun: RecordNoun, _ fields: [FieldSpec]) {
        self.noun = noun
        self.fields = fields
    }

    public subscript(name: String) -> FieldSpec? { fields.first { $0.name == name } }
    public var names: [String] { fields.map(\.name) }
}

public struct FieldSpec: Sendable {
    public let name: String
    public let isRequired: Bool
    public let type: FieldType
    /// One line for editors' tooltips.
    public let summary: String

    public init(_ name: String, _ type: FieldType, required: Bool = false, _ summary: String) {
        self.name = name
        self.isRequired = required
        self.type = type
        self.summary = summary
    }
}

/// What a field holds, as far as reading and schemas need to know.
public indirect enum FieldType: Sendable {
    case text
    case markdown
    case slug
    case date
    case time
    case dateTime
    /// A whole number ≥ 0.
    case count
    /// Any whole number (page weights).
    case integer
    /// A share between 0 and 1.
    case ratio
    case price
    case latitude
    case longitude
    case boolean
    case url
    case phone
    /// An IANA zone name (`Asia/Shanghai`) or an offset (`+08:00`).
    case timeZone
    /// A Chinese postal code: six digits.
    case postalCode
    /// An id of another record; the word names which kind.
    case reference(String)
    /// The values, and for each the Chinese words read as it (`运营中` → `operating`).
    case vocabulary([String], chinese: [String: [String]] = [:])
    /// `mon-fri`, `sat` or `[mon, wed]`.
    case weekdays
    case weekday
    /// A date or an inclusive range `2026-10-01..2026-10-07`.
    case dateOrRange
    /// A path under `content/media/`.
    case mediaPath
    case list(FieldType)
    case object(RecordShape)
    /// An object that may also be written on one line (for CSV cells), e.g.
    /// `mon-fri 10:30-12:30 午餐`; the string names the compact form for messages.
    case compactObject(RecordShape, example: String)
}

extension FieldType {
    /// Whether values of this type are folded (NFKC) before reading: everything but free
    /// text, Markdown, media paths, web addresses, time zones and nested records.
    var isStructured: Bool {
        switch self {
        case .text, .markdown, .mediaPath, .url, .timeZone, .object, .compactObject: false
        case .list(let item): item.isStructured
        default: true
        }
    }

    /// A vocabulary with its table of accepted Chinese words.
    static func words<T: AcceptedWords>(_: T.Type) -> FieldType {
        .vocabulary(T.words, chinese: Dictionary(uniqueKeysWithValues: T.table.map { ($0.value, $0.words) }))
    }
}
