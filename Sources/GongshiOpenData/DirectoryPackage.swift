import GongshiModel
import GongshiSite

/// `data/datapackage.json`: the three CSV tables as a Frictionless Tabular Data Package
/// (https://specs.frictionlessdata.io/data-package/), so a reuser's tools know each column's
/// type. Made from the datasets' own field lists, the ones the CSV writer writes, so the
/// columns, their order and their types cannot drift from the files.
enum DirectoryPackage {
    /// The CSV dialect `CSVWriter` writes (RFC 4180 with CRLF and doubled quotes).
    static let dialect: DataJSON = .object([
        "delimiter": .string(","), "lineTerminator": .string("\r\n"), "quoteChar": .string("\""),
        "doubleQuote": .bool(true), "header": .bool(true),
    ])

    static func package(_ scope: OpenDataScope) -> DataJSON {
        let site = scope.site
        let settings = site.settings
        return .object([
            "profile": .string("tabular-data-package"),
            "name": .string("directory"),
            "title": .string(settings.title),
            "description": .string(scope.words["data.intro"]),
            "homepage": .string(scope.paths.absolute(.data)),
            "created": .string(scope.dateTime(LocalDateTime(date: scope.today, time: LocalTime(hour: 0, minute: 0)!))),
            "licenses": OpenData.licenses,
            "contributors": .array([.object(["title": .string(settings.publisher.name), "role": .string("publisher")])]
            ),
            "resources": .array([
                resource(DirectoryData.points, scope, count: site.points.count),
                resource(DirectoryData.courses, scope, count: site.courses.count),
                resource(DirectoryData.activities, scope, count: site.activities.count),
            ]),
        ])
    }

    static func resource<Item>(_ set: OpenDataSet<Item>, _ scope: OpenDataScope, count: Int) -> DataJSON {
        let page = DataPageModel(scope)
        return .object([
            "profile": .string("tabular-data-resource"),
            "name": .string(set.name),
            "path": .string("\(set.name).csv"),
            "title": .string(scope.words["data.\(set.name)-heading"]),
            "description": .string(scope.words["data.\(set.name)-about"] + " " + page.count(count)),
            "format": .string("csv"),
            "mediatype": .string("text/csv"),
            // The files start with a byte order mark for Excel; `utf-8-sig` is how Python's
            // codecs (and so Frictionless) name UTF-8 read past one.
            "encoding": .string("utf-8-sig"),
            "dialect": dialect,
            "licenses": OpenData.licenses,
            "schema": .object([
                "fields": .array(
                    set.columns.map { field(key: $0.field, $0.column, meaning: page.meaning(set.name, $0.field)) }),
                "primaryKey": .array([.string("id")]),
                "missingValues": .array([.string("")]),
            ]),
        ])
    }

    /// One column: its Table Schema type, as `DataJSON.cellText` writes the values.
    static func field(key: String, _ column: OpenDataColumn, meaning: String) -> DataJSON {
        var members: [String: DataJSON] = [
            "name": .string(column.name), "type": .string(column.type.rawValue), "description": .string(meaning),
        ]
        switch column.type {
        case .boolean:
            members["trueValues"] = .array([.string("true")])
            members["falseValues"] = .array([.string("false")])
        case .date, .datetime: members["format"] = .string("default")
        case .string, .integer, .number: break
        }
        var constraints: [String: DataJSON] = [:]
        if column.required { constraints["required"] = .bool(true) }
        if column.name == "id" { constraints["unique"] = .bool(true) }
        if !constraints.isEmpty { members["constraints"] = .object(constraints) }
        return .object(members)
    }
}
