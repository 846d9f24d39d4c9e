import GongshiModel

/// A JSON value for the open-data files, written with sorted keys, a fixed indent and exact
/// number forms, so the same site always gives the same bytes (Foundation's serializer
/// differs between platforms in number forms and slash escaping).
package enum DataJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number already in JSON form (`10`, `10.5`, `29.71592`).
    case number(String)
    case string(String)
    case array([DataJSON])
    case object([String: DataJSON])

    package static func int(_ value: Int) -> DataJSON { .number(String(value)) }

    /// Shortest form that reads back as the same double; non-finite values become null.
    package static func double(_ value: Double) -> DataJSON {
        guard value.isFinite else { return .null }
        if value == value.rounded(), abs(value) < 1e15 { return .number(String(Int(value))) }
        return .number(String(value))
    }

    /// Yuan as a decimal number: `10`, `10.5`.
    package static func yuan(_ amount: Yuan) -> DataJSON { .number(amount.description) }

    /// The value, or null when absent.
    package static func optional<T>(_ value: T?, _ make: (T) -> DataJSON) -> DataJSON { value.map(make) ?? .null }

    package static func optional(_ text: String?) -> DataJSON { text.map(DataJSON.string) ?? .null }

    /// An object without its null members: the HSDS export leaves out what is unknown.
    package static func compact(_ members: [String: DataJSON]) -> DataJSON {
        .object(members.filter { $0.value != .null })
    }

    /// The file text: two-space indent, keys in code-point order, a final newline.
    package var fileBytes: [UInt8] {
        var out = ""
        write(to: &out, indent: "")
        out += "\n"
        return Array(out.utf8)
    }

    /// The same value on one line, without spaces (for a `<script>` element).
    package var compactText: String {
        var out = ""
        write(to: &out, indent: nil)
        return out
    }

    /// Writes the value; a nil indent writes it compactly.
    private func write(to out: inout String, indent: String?) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let text): out += text
        case .string(let text): Escaping.jsonString(text, into: &out)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            let inner = indent.map { $0 + "  " }
            out += inner == nil ? "[" : "[\n"
            for (i, item) in items.enumerated() {
                out += inner ?? ""
                item.write(to: &out, indent: inner)
                if i < items.count - 1 { out += "," }
                if inner != nil { out += "\n" }
            }
            out += (indent ?? "") + "]"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            let inner = indent.map { $0 + "  " }
            let keys = members.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            out += inner == nil ? "{" : "{\n"
            for (i, key) in keys.enumerated() {
                out += inner ?? ""
                Escaping.jsonString(key, into: &out)
                out += inner == nil ? ":" : ": "
                members[key]!.write(to: &out, indent: inner)
                if i < keys.count - 1 { out += "," }
                if inner != nil { out += "\n" }
            }
            out += (indent ?? "") + "}"
        }
    }

}

extension DataJSON {
    /// The object with `extra` members added (or replaced); null ones are left out.
    package func merging(_ extra: [String: DataJSON]) -> DataJSON {
        guard case .object(let members) = self else { return self }
        return .object(members.merging(extra.filter { $0.value != .null }) { _, new in new })
    }
}
