import GongshiModel
import GongshiSite

/// What the open-data files are made from: the site, the build date (`--as-of`, which fixes
/// derived statuses) and the site's addresses.
struct OpenDataScope: Sendable {
    let site: Site
    let today: LocalDate
    let paths: SitePaths
    /// UI strings, for the few texts meant for people (HSDS descriptions).
    let words: Words

    init(site: Site, today: LocalDate, paths: SitePaths, words: Words) {
        self.site = site
        self.today = today
        self.paths = paths
        self.words = words
    }

    init(_ context: PageContext) {
        self.init(site: context.site, today: context.today, paths: context.paths, words: context.words)
    }

    /// `2026-11-28T09:00:00+08:00`: a local date-time with the site's offset (RFC 3339).
    func dateTime(_ moment: LocalDateTime) -> String {
        "\(moment.date)T\(moment.time):00\(site.settings.offset)"
    }
}

/// What a CSV column holds, as a Table Schema field type (Frictionless Data): the type of
/// the text `DataJSON.cellText` writes for the field's values. Lists of scalars are joined
/// with `;`, so they are strings.
enum OpenDataColumnType: String, Sendable {
    case string, integer, number, boolean, date, datetime
}

/// One CSV column: its name, type, and whether every row has a value.
struct OpenDataColumn: Sendable, Equatable {
    let name: String
    let type: OpenDataColumnType
    let required: Bool
}

/// One documented field of a dataset: its JSON key, the CSV columns it flattens to (with
/// their types), and how an item fills both. The data page and `datapackage.json` list these
/// same fields, so neither the documentation nor the column types can drift from the files.
struct OpenDataField<Item>: Sendable {
    let key: String
    let columns: [OpenDataColumn]
    let json: @Sendable (Item, OpenDataScope) -> DataJSON
    let cells: @Sendable (Item, OpenDataScope) -> [String]

    /// A scalar or a list of scalars: one CSV column named like the key, lists joined with `;`.
    /// `required`: the value is never null or empty.
    static func value(
        _ key: String, _ type: OpenDataColumnType, required: Bool = false,
        _ json: @escaping @Sendable (Item, OpenDataScope) -> DataJSON
    ) -> Self {
        Self(
            key: key, columns: [OpenDataColumn(name: key, type: type, required: required)], json: json,
            cells: { item, scope in [json(item, scope).cellText] })
    }

    /// A list of scalars (or an empty list): one text column, the values joined with `;`.
    static func values(_ key: String, _ json: @escaping @Sendable (Item, OpenDataScope) -> DataJSON) -> Self {
        value(key, .string, json)
    }

    /// An object with fixed members (or null): one CSV column per member, `key.member`.
    static func members(
        _ key: String, _ members: KeyValuePairs<String, OpenDataColumnType>,
        _ json: @escaping @Sendable (Item, OpenDataScope) -> DataJSON
    ) -> Self {
        let names = members.map(\.key)
        return Self(
            key: key,
            columns: members.map { OpenDataColumn(name: "\(key).\($0.key)", type: $0.value, required: false) },
            json: json,
            cells: { item, scope in
                guard case .object(let members) = json(item, scope) else { return names.map { _ in "" } }
                return names.map { members[$0]?.cellText ?? "" }
            })
    }

    /// A list of objects: structured in JSON, one CSV column of `;`-separated short texts
    /// (`mon-fri 10:30-12:30 午餐`), the forms the content files accept.
    static func list(
        _ key: String, _ json: @escaping @Sendable (Item, OpenDataScope) -> DataJSON,
        text: @escaping @Sendable (Item, OpenDataScope) -> [String]
    ) -> Self {
        Self(
            key: key, columns: [OpenDataColumn(name: key, type: .string, required: false)], json: json,
            cells: { item, scope in [text(item, scope).joined(separator: ";")] })
    }
}

/// A dataset published as `data/<name>.json` and `data/<name>.csv`, items in id order.
struct OpenDataSet<Item>: Sendable {
    let name: String
    let fields: [OpenDataField<Item>]
    let items: @Sendable (Site) -> [Item]

    /// The CSV header: every field's columns in field order.
    var header: [String] { fields.flatMap { $0.columns.map(\.name) } }

    /// Every CSV column with its type, in header order.
    var columns: [(field: String, column: OpenDataColumn)] {
        fields.flatMap { field in field.columns.map { (field.key, $0) } }
    }

    /// `{"count", "generated", "items", "license", …}`: the items with what a reuser must know.
    func json(_ scope: OpenDataScope) -> DataJSON {
        let rows = items(scope.site).map { item in
            DataJSON.object(Dictionary(uniqueKeysWithValues: fields.map { ($0.key, $0.json(item, scope)) }))
        }
        return OpenData.envelope(dataset: name, count: rows.count, scope, ["items": .array(rows)])
    }

    func csv(_ scope: OpenDataScope) -> [UInt8] {
        let numeric = Set(columns.indices.filter { [.integer, .number].contains(columns[$0].column.type) })
        var writer = CSVWriter(header: header, numericColumns: numeric)
        for item in items(scope.site) { writer.append(fields.flatMap { $0.cells(item, scope) }) }
        return writer.bytes
    }

    /// The fields as the data page lists them: JSON key and CSV columns.
    var documentation: [(key: String, columns: [String])] { fields.map { ($0.key, $0.columns.map(\.name)) } }
}

extension DataJSON {
    /// The value as one CSV cell: text as it is, lists of scalars joined with `;`, null empty.
    var cellText: String {
        switch self {
        case .null: return ""
        case .bool(let value): return value ? "true" : "false"
        case .number(let text), .string(let text): return text
        case .array(let items): return items.map(\.cellText).joined(separator: ";")
        case .object(let members):
            return members.keys.sorted().map { "\($0)=\(members[$0]!.cellText)" }.joined(separator: ";")
        }
    }
}

/// Facts shared by every open-data file.
enum OpenData {
    static let license = "CC-BY-4.0"
    static let licenseURL = "https://creativecommons.org/licenses/by-4.0/"
    /// The licence as a data package lists it (the one the `/data/` page states).
    static let licenses: DataJSON = .array([
        .object([
            "name": .string(license), "path": .string(licenseURL),
            "title": .string("Creative Commons Attribution 4.0 International"),
        ])
    ])

    /// The wrapper of the JSON files: generation date (the as-of date), licence, publisher,
    /// where the documentation is, and the item count.
    static func envelope(dataset: String, count: Int, _ scope: OpenDataScope, _ body: [String: DataJSON]) -> DataJSON {
        var members: [String: DataJSON] = [
            "dataset": .string(dataset),
            "generated": .string(scope.today.description),
            "license": .string(license),
            "license_url": .string(licenseURL),
            "publisher": .string(scope.site.settings.publisher.name),
            "documentation": .string(scope.paths.absolute(.data)),
            "count": .int(count),
        ]
        members.merge(body) { _, new in new }
        return .object(members)
    }

    /// An absolute link to a published media file, each path segment percent-encoded.
    static func mediaURL(_ path: String, _ scope: OpenDataScope) -> String {
        scope.paths.absolute(
            "media/" + path.split(separator: "/").map { Escaping.percentEncoded(String($0)) }.joined(separator: "/"))
    }
}
