import Foundation
import GongshiRender

/// JSON as the Mustache spec writes its data.
indirect enum JSON: Decodable, Sendable {
    case object([String: JSON])
    case array([JSON])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    init(from decoder: Decoder) throws {
        let value = try decoder.singleValueContainer()
        if value.decodeNil() {
            self = .null
        } else if let flag = try? value.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? value.decode(Double.self) {
            self = .number(number)
        } else if let text = try? value.decode(String.self) {
            self = .string(text)
        } else if let items = try? value.decode([JSON].self) {
            self = .array(items)
        } else {
            self = .object(try value.decode([String: JSON].self))
        }
    }

    /// Objects are models, arrays lists, strings text, booleans flags, numbers their text
    /// (`85`, `1.21`), null an absent fact.
    var templateValue: TemplateValue {
        switch self {
        case .object(let fields): .model(JSONModel(fields: fields.mapValues(\.templateValue)))
        case .array(let items): .list(items.map(\.templateValue))
        case .string(let text): .text(text)
        case .number(let number):
            .text(number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number))
        case .bool(let flag): .flag(flag)
        case .null: .absent
        }
    }
}

/// A test-only view model whose keys are a table of values.
struct JSONModel: TemplateModel {
    let fields: [String: TemplateValue]

    static var schema: TemplateSchema { TemplateSchema([:]) }
    func value(forKey key: String) -> TemplateValue? { fields[key] }
}
