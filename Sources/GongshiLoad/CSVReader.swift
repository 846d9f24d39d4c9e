import GongshiModel

/// Reads CSV (RFC 4180, as spreadsheets save it) into one mapping per row, keyed by the
/// header row; a dotted header (`location.lat`) becomes a nested field. Every cell keeps its
/// line and column, which is why this small tokenizer is ours: the CSV libraries available
/// drop cell positions and accept an unclosed quote silently.
public enum CSVReader {
    /// One cell with where it starts.
    struct Cell {
        var text: String
        var location: SourceLocation
    }

    public static func parse(text: String, path: String) -> (records: [ContentValue], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let rows = tokenize(text, path: path, diagnostics: &diagnostics)
        guard let header = rows.first else { return ([], diagnostics) }
        let names = header.map { $0.text.trimmingSpaces() }
        for (i, name) in names.enumerated() {
            if name.isEmpty, rows.dropFirst().contains(where: { i < $0.count && !$0[i].text.isEmpty }) {
                diagnostics.append(
                    .error(
                        "column \(i + 1) has no name in the header row", at: header[i].location,
                        hint: "write the field name in the first row"))
            } else if !name.isEmpty, names[..<i].contains(name) {
                diagnostics.append(.error("column '\(name)' appears twice in the header row", at: header[i].location))
            }
        }
        var records: [ContentValue] = []
        for row in rows.dropFirst() where row.contains(where: { !$0.text.trimmingSpaces().isEmpty }) {
            for extra in row.dropFirst(names.count) where !extra.text.trimmingSpaces().isEmpty {
                diagnostics.append(
                    .error(
                        "this row has more cells than the header row has names (\(names.count))",
                        at: extra.location, hint: "add a name for this column, or move the value into its column"))
                break
            }
            records.append(record(from: row, header: header, names: names))
        }
        return (records, diagnostics)
    }

    /// Builds one record; dotted names nest (`meal.price` → `meal: {price}`).
    static func record(from row: [Cell], header: [Cell], names: [String]) -> ContentValue {
        var root = Node()
        for (i, name) in names.enumerated() where !name.isEmpty {
            let cell = i < row.count ? row[i] : nil
            let text = cell?.text.trimmingSpaces() ?? ""
            let location = cell?.location ?? row[0].location
            let value = ContentValue(text.isEmpty ? .null : .cell(text), at: location)
            root.insert(
                path: name.split(separator: ".").map(String.init)[...], value: value,
                keyLocation: header[i].location)
        }
        return root.value(at: row[0].location)
    }

    /// A mapping under construction, keeping first-seen order of keys.
    struct Node {
        var order: [String] = []
        var leaves: [String: (ContentValue, SourceLocation)] = [:]
        var children: [String: Node] = [:]
        var childKeyLocations: [String: SourceLocation] = [:]

        mutating func insert(path: ArraySlice<String>, value: ContentValue, keyLocation: SourceLocation) {
            guard let key = path.first else { return }
            if !order.contains(key) { order.append(key) }
            if path.count == 1 {
                leaves[key] = (value, keyLocation)
            } else {
                childKeyLocations[key] = childKeyLocations[key] ?? keyLocation
                children[key, default: Node()].insert(path: path.dropFirst(), value: value, keyLocation: keyLocation)
            }
        }

        func value(at location: SourceLocation) -> ContentValue {
            let entries: [ContentValue.Entry] = order.map { key in
                if let child = children[key] {
                    let childValue = child.value(at: location)
                    let allNull = child.leaves.values.allSatisfy { $0.0.isNull } && child.children.isEmpty
                    return .init(
                        key: key, keyLocation: childKeyLocations[key]!,
                        value: allNull ? ContentValue(.null, at: location) : childValue)
                }
                let (leaf, keyLocation) = leaves[key]!
                return .init(key: key, keyLocation: keyLocation, value: leaf)
            }
            return ContentValue(.mapping(entries), at: location)
        }
    }

    /// Splits text into rows of cells with positions. Quoted cells may hold commas, quotes
    /// (doubled) and line breaks.
    static func tokenize(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> [[Cell]] {
        let scalars = Array(text.unicodeScalars)
        var rows: [[Cell]] = []
        var row: [Cell] = []
        var i = 0
        var line = 1
        var column = 1
        func here() -> SourceLocation { SourceLocation(path: path, line: line, column: column) }
        func advance() {
            if scalars[i] == "\n" || (scalars[i] == "\r" && (i + 1 >= scalars.count || scalars[i + 1] != "\n")) {
                line += 1
                column = 1
            } else if scalars[i] != "\r" {
                column += 1
            }
            i += 1
        }
        while i < scalars.count {
            let start = here()
            var cell = String.UnicodeScalarView()
            if scalars[i] == "\"" {
                advance()
                var closed = false
                while i < scalars.count {
                    if scalars[i] == "\"" {
                        if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                            cell.append("\"")
                            advance()
                            advance()
                            continue
                        }
                        advance()
                        closed = true
                        break
                    }
                    cell.append(scalars[i])
                    advance()
                }
                if !closed {
                    diagnostics.append(
                        .error(
                            "this quoted cell is never closed", at: start,
                            hint: "add the closing \" — everything after it was read as one cell"))
                }
                if i < scalars.count, scalars[i] != ",", scalars[i] != "\n", scalars[i] != "\r" {
                    diagnostics.append(
                        .error(
                            "text after the closing quote of a cell", at: here(),
                            hint: "inside a quoted cell write a quote as \"\""))
                    while i < scalars.count, scalars[i] != ",", scalars[i] != "\n", scalars[i] != "\r" {
                        cell.append(scalars[i])
                        advance()
                    }
                }
            } else {
                while i < scalars.count, scalars[i] != ",", scalars[i] != "\n", scalars[i] != "\r" {
                    cell.append(scalars[i])
                    advance()
                }
            }
            row.append(Cell(text: String(cell), location: start))
            if i < scalars.count, scalars[i] == "," {
                advance()
                if i == scalars.count { row.append(Cell(text: "", location: here())) }
                continue
            }
            if i < scalars.count {
                let wasCR = scalars[i] == "\r"
                advance()
                if wasCR, i < scalars.count, scalars[i] == "\n" { advance() }
            }
            rows.append(row)
            row = []
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }
}
