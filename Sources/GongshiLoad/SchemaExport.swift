import Foundation
import GongshiModel

/// JSON Schemas (draft 2020-12) for the content files, generated from the same `Shapes`
/// the loader checks against, so an editor's YAML language server completes and checks
/// fields exactly as `gongshi check` will.
public enum SchemaExport {
    /// File name → schema document, for every file kind staff edit.
    public static func all(baseURL: String = "https://gongshi.example/schemas/") -> [(name: String, json: String)] {
        let records: [(String, String, RecordShape)] = [
            ("point.schema.json", "Service points (content/points/)", Shapes.point),
            ("course.schema.json", "Senior-university courses (content/courses/)", Shapes.course),
            ("activity.schema.json", "Volunteer activities (content/activities/)", Shapes.activity),
            ("operators.schema.json", "Operators (content/operators.yaml)", Shapes.operator),
        ]
        var out = records.map { name, title, shape in
            (name, render(oneOrMany(shape, title: title, id: baseURL + name)))
        }
        out.append(("regions.schema.json", render(regions(id: baseURL + "regions.schema.json"))))
        var site = object(Shapes.site)
        site["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        site["$id"] = baseURL + "site.schema.json"
        site["title"] = "Site settings (content/site.yaml)"
        out.append(("site.schema.json", render(site)))
        return out.sorted { $0.0 < $1.0 }
    }

    static func oneOrMany(_ shape: RecordShape, title: String, id: String) -> [String: Any] {
        [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": id,
            "title": title,
            "description": "One \(shape.noun.rawValue) or a list of them.",
            "$defs": [shape.noun.rawValue: object(shape)],
            "anyOf": [
                ["$ref": "#/$defs/\(shape.noun.rawValue)"],
                ["type": "array", "items": ["$ref": "#/$defs/\(shape.noun.rawValue)"]],
            ],
        ]
    }

    /// Regions nest through `children`, so the region definition refers to itself.
    static func regions(id: String) -> [String: Any] {
        var region = object(Shapes.region)
        var properties = region["properties"] as! [String: Any]
        properties["children"] = [
            "type": "array", "items": ["$ref": "#/$defs/region"], "description": "regions inside this one",
        ]
        region["properties"] = properties
        return [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": id,
            "title": "Regions (content/regions.yaml)",
            "$defs": ["region": region],
            "type": "array",
            "items": ["$ref": "#/$defs/region"],
        ]
    }

    static func object(_ shape: RecordShape) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in shape.fields {
            var schema = type(field.type)
            // A vocabulary's own description lists its Chinese words after the field's summary.
            if case .vocabulary = field.type, let words = schema["description"] as? String {
                schema["description"] = field.summary + ". " + words
            } else {
                schema["description"] = field.summary
            }
            properties[field.name] = schema
        }
        var out: [String: Any] = [
            "type": "object",
            "properties": properties,
            "additionalProperties": false,
        ]
        let required = shape.fields.filter(\.isRequired).map(\.name)
        if !required.isEmpty { out["required"] = required }
        return out
    }

    static let weekdayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// The values and then their Chinese words, each described: a value by its label, a word
    /// by the value it reads as (`enumDescriptions`, as editors' YAML language servers show them).
    static func vocabulary(_ values: [String], chinese: [String: [String]]) -> [String: Any] {
        var out: [String: Any] = ["enum": values]
        let words = values.flatMap { chinese[$0] ?? [] }
        guard !words.isEmpty else { return out }
        out["enum"] = values + words
        out["enumDescriptions"] =
            values.map { chinese[$0]?.first ?? $0 } + values.flatMap { v in (chinese[v] ?? []).map { _ in "= \(v)" } }
        out["description"] =
            "也可以写中文 (Chinese words accepted): "
            + values.compactMap { v in chinese[v].map { "\(v) = " + $0.joined(separator: "/") } }.joined(
                separator: "; ")
        return out
    }

    /// A date as the loader reads it: `2026-09-07`, `2026-9-7`, `2026/9/7`, `2026.9.7`, `2026年9月7日`.
    static let writtenDatePattern =
        "[0-9]{4}(-[0-9]{1,2}-[0-9]{1,2}|/[0-9]{1,2}/[0-9]{1,2}|\\.[0-9]{1,2}\\.[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}[日号]?)"

    /// Weekday names in English and in Chinese (`周一`, `星期一`, `礼拜一`).
    static let weekdayWords = weekdayNames + Weekday.allCases.flatMap { Weekday.chinese[$0] ?? [] }

    /// A day word for patterns: an English name or a Chinese one.
    static let dayPattern = "(mon|tue|wed|thu|fri|sat|sun|(周|星期|礼拜)[一二三四五六日天])"

    /// Days in one string: `mon-fri`, `周一至周五`, `周六、周日`, `工作日`.
    static let daysPattern =
        "^(\(dayPattern)((-|至|到)\(dayPattern))?|工作日|每天|每日|天天|全周|周末|双休日)"
        + "([,，、 ](\(dayPattern)((-|至|到)\(dayPattern))?|工作日|每天|每日|天天|全周|周末|双休日))*$"

    static func type(_ type: FieldType) -> [String: Any] {
        switch type {
        case .text, .markdown, .mediaPath: return ["type": "string"]
        case .slug: return ["type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"]
        case .date:
            return [
                "type": "string",
                "pattern": "^\(writtenDatePattern)$",
            ]
        case .time: return ["type": "string", "pattern": "^[0-9０-９]{1,2}[:：][0-9０-９]{2}$"]
        case .dateTime: return ["type": "string", "pattern": "^\(writtenDatePattern)[ T][0-9]{1,2}[:：][0-9]{2}$"]
        case .count: return ["type": "integer", "minimum": 0]
        case .integer: return ["type": "integer"]
        case .ratio: return ["type": "number", "minimum": 0, "maximum": 1]
        case .price:
            return [
                "anyOf": [
                    ["type": "number", "minimum": 0],
                    ["type": "string", "pattern": "^[¥￥]?[0-9０-９]+(\\.[0-9]{1,2})?元?$"],
                ]
            ]
        case .latitude: return ["type": "number", "minimum": -90, "maximum": 90]
        case .longitude: return ["type": "number", "minimum": -180, "maximum": 180]
        case .boolean:
            return [
                "anyOf": [
                    ["type": "boolean"],
                    ["enum": BooleanWords.table.flatMap(\.words), "description": "是/有/提供 = true; 否/无/不提供 = false"],
                ]
            ]
        case .url: return ["type": "string", "pattern": "^https?://"]
        // Unquoted digits are a number in YAML; both spellings are accepted.
        case .phone: return ["type": ["string", "integer"]]
        case .timeZone:
            return [
                "type": "string",
                "anyOf": [["pattern": "^[+-][0-9]{2}:?[0-9]{2}$"], ["pattern": "^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$"]],
            ]
        case .postalCode:
            return [
                "anyOf": [
                    ["type": "string", "pattern": "^[0-9]{6}$"],
                    ["type": "integer", "minimum": 100000, "maximum": 999999],
                ]
            ]
        case .reference(let kind): return ["type": "string", "description": "id of a \(kind)"]
        case .vocabulary(let values, let chinese): return vocabulary(values, chinese: chinese)
        case .weekday:
            return vocabulary(
                weekdayNames,
                chinese: Dictionary(
                    uniqueKeysWithValues: Weekday.allCases.map { ($0.rawValue, Weekday.chinese[$0] ?? []) }))
        case .weekdays:
            return [
                "anyOf": [
                    ["type": "string", "pattern": daysPattern],
                    ["type": "array", "items": ["enum": weekdayWords]],
                ]
            ]
        case .dateOrRange:
            return ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}(\\.\\.[0-9]{4}-[0-9]{2}-[0-9]{2})?$"]
        case .list(let item): return ["type": "array", "items": self.type(item)]
        case .object(let shape): return object(shape)
        case .compactObject(let shape, let example):
            return ["anyOf": [object(shape), ["type": "string", "description": "one line, like: \(example)"]]]
        }
    }

    static func render(_ value: [String: Any]) -> String {
        let data = try! JSONSerialization.data(
            withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
