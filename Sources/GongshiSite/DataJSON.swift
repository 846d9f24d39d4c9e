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
        var out: [UInt8] = []
        write(to: &out, depth: 0)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// The same value on one line, without spaces (for a `<script>` element).
    package var compactText: String { String(decoding: compactBytes, as: UTF8.self) }

    /// `compactText` as UTF-8.
    package var compactBytes: [UInt8] {
        var out: [UInt8] = []
        write(to: &out, depth: nil)
        return out
    }

    /// Writes the value as UTF-8 (a large open-data file is millions of pieces, and bytes
    /// append without a string's checks); a nil depth writes it compactly.
    private func write(to out: inout [UInt8], depth: Int?) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .string(let text): Escaping.jsonString(text, into: &out)
        case .array(let items):
            guard !items.isEmpty else { return out.append(contentsOf: "[]".utf8) }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                Self.newLine(&out, depth.map { $0 + 1 })
                item.write(to: &out, depth: depth.map { $0 + 1 })
            }
            Self.newLine(&out, depth)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return out.append(contentsOf: "{}".utf8) }
            // UTF-8 order is code-point order.
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            out.append(UInt8(ascii: "{"))
            for (i, key) in keys.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                Self.newLine(&out, depth.map { $0 + 1 })
                Escaping.jsonString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if depth != nil { out.append(UInt8(ascii: " ")) }
                members[key]!.write(to: &out, depth: depth.map { $0 + 1 })
            }
            Self.newLine(&out, depth)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A line break and the indent of `depth` levels; nothing when writing compactly.
    private static func newLine(_ out: inout [UInt8], _ depth: Int?) {
        guard let depth else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }
}

extension DataJSON {
    /// The object with `extra` members added (or replaced); null ones are left out.
    package func merging(_ extra: [String: DataJSON]) -> DataJSON {
        guard case .object(let members) = self else { return self }
        return .object(members.merging(extra.filter { $0.value != .null }) { _, new in new })
    }
}
