import GongshiModel

/// Reads CSV (RFC 4180, as spreadsheets save it) into one mapping per row, keyed by the
/// header row; a dotted header (`location.lat`) becomes a nested field. Every cell keeps its
/// line and column, which is why this small tokenizer is ours: the CSV libraries available
/// drop cell positions and accept an unclosed quote silently.
///
/// Work and memory stay in proportion to the file whatever its shape (a million rows, rows
/// longer or shorter than the header): the header is laid out once (and refused past
/// `maximumColumns`), each row becomes its record as soon as it is read, and a row holds
/// only the cells it has — a short row's missing cells are absent, cells past the header
/// are read over.
public enum CSVReader {
    /// More columns than any service record has fields, nested ones included; a row is
    /// held only up to one cell past it, so a runaway row costs no memory.
    public static let maximumColumns = 1_000

    /// One cell with where it starts.
    struct Cell {
        var text: String
        var location: SourceLocation
    }

    /// What reading finds, in file order.
    public enum Event {
        case record(ContentValue)
        case problem(Diagnostic)
    }

    /// Every record of the file, and its problems, sorted by position.
    public static func parse(text: String, path: String) -> (records: [ContentValue], diagnostics: [Diagnostic]) {
        collect { read(text: text, path: path, $0) }
    }

    /// The records and problems a reader hands on one by one (`read`), all of them, problems
    /// sorted by position.
    static func collect(_ read: ((Event) -> Bool) -> Void) -> (records: [ContentValue], diagnostics: [Diagnostic]) {
        var records: [ContentValue] = []
        var diagnostics: [Diagnostic] = []
        read { event in
            switch event {
            case .record(let record): records.append(record)
            case .problem(let problem): diagnostics.append(problem)
            }
            return true
        }
        diagnostics.sort { $0.location < $1.location }
        return (records, diagnostics)
    }

    /// Hands on each row's record as soon as the row is read, so a file is never held as
    /// records all at once, and each problem as it is found; `each` returns false to stop.
    public static func read(text: String, path: String, _ each: (Event) -> Bool) {
        var rows = Rows()
        var tokenizer = Tokenizer(path: path)
        var text = text
        text.withUTF8 { bytes in
            tokenizer.rows(of: bytes) { row, found in
                var problems = found
                found = []
                let (record, more) = rows.take(row, problems: &problems)
                for problem in problems { guard each(.problem(problem)) else { return false } }
                guard more else { return false }
                return record.map { each(.record($0)) } ?? true
            }
        }
    }

    /// Rows of cells to records: the first row is the header, blank rows are skipped, and
    /// each other row's cells are checked against the header. The workbook reader shares it.
    struct Rows {
        var layout: Layout?
        var unnamedReported = Set<Int>()

        /// The row's record (none for the header or a blank row), its problems added to
        /// `problems`; `more` is false when nothing past this row can be read.
        mutating func take(_ row: [Cell], problems: inout [Diagnostic]) -> (record: ContentValue?, more: Bool) {
            guard let header = layout else {
                guard row.count <= maximumColumns else {
                    problems.append(
                        .error(.file(.tooManyColumns(limit: maximumColumns)), at: row[maximumColumns].location))
                    return (nil, false)
                }
                layout = Layout(header: row, diagnostics: &problems)
                return (nil, true)
            }
            guard row.contains(where: { !$0.text.trimmingSpaces().isEmpty }) else { return (nil, true) }
            for (column, cell) in row.enumerated() {
                guard column < header.names.count else {
                    if !cell.text.trimmingSpaces().isEmpty {
                        problems.append(
                            .error(.file(.extraCell(names: header.names.count)), at: cell.location))
                        break
                    }
                    continue
                }
                if header.names[column].isEmpty, !cell.text.isEmpty, unnamedReported.insert(column).inserted {
                    problems.append(
                        .error(.file(.unnamedColumn(column: column + 1)), at: header.cells[column].location))
                }
            }
            return (header.record(from: row), true)
        }
    }

    /// Where each named column goes in a record, worked out once from the header row.
    struct Layout {
        /// A field of the record: one column, or a group of dotted columns sharing a prefix.
        indirect enum Field {
            case column(Int, key: String, keyLocation: SourceLocation)
            case group(key: String, keyLocation: SourceLocation, fields: [Field])
        }

        var cells: [Cell]
        var names: [String]
        var fields: [Field] = []

        init(header: [Cell], diagnostics: inout [Diagnostic]) {
            cells = header
            names = header.map { $0.text.trimmingSpaces() }
            var seen = Set<String>()
            var root = Group()
            for (column, name) in names.enumerated() where !name.isEmpty {
                guard seen.insert(name).inserted else {
                    diagnostics.append(
                        .error(.file(.duplicateColumn(name: name)), at: header[column].location))
                    continue
                }
                let path = name.split(separator: ".").map(String.init)
                guard path.count <= NestingDepth.limit else {
                    diagnostics.append(
                        .error(
                            .file(
                                .columnTooDeep(
                                    name: name.prefix(40) + "…", levels: path.count, limit: NestingDepth.limit)),
                            at: header[column].location))
                    continue
                }
                root.insert(path: path[...], column: column, at: header[column].location)
            }
            fields = root.fields()
        }

        /// The record of one row; a column the row does not reach is left out.
        func record(from row: [Cell]) -> ContentValue {
            let location = row[0].location
            return ContentValue(.mapping(entries(fields, row, at: location)), at: location)
        }

        private func entries(_ fields: [Field], _ row: [Cell], at location: SourceLocation) -> [ContentValue.Entry] {
            fields.compactMap { field in
                switch field {
                case .column(let column, let key, let keyLocation):
                    guard column < row.count else { return nil }
                    let text = row[column].text.trimmingSpaces()
                    let value = ContentValue(text.isEmpty ? .null : .cell(text), at: row[column].location)
                    return .init(key: key, keyLocation: keyLocation, value: value)
                case .group(let key, let keyLocation, let fields):
                    let inner = entries(fields, row, at: location)
                    guard !inner.isEmpty else { return nil }
                    let allEmpty = inner.allSatisfy(\.value.isNull)
                    let value = ContentValue(allEmpty ? .null : .mapping(inner), at: location)
                    return .init(key: key, keyLocation: keyLocation, value: value)
                }
            }
        }

        /// The header's names as a tree, in first-seen order, for building `fields`.
        struct Group {
            var keys: [String] = []
            var columns: [String: (Int, SourceLocation)] = [:]
            var groups: [String: (Group, SourceLocation)] = [:]

            mutating func insert(path: ArraySlice<String>, column: Int, at location: SourceLocation) {
                guard let key = path.first else { return }
                if columns[key] == nil, groups[key] == nil { keys.append(key) }
                if path.count == 1 {
                    columns[key] = (column, location)
                } else {
                    var (group, groupLocation) = groups[key] ?? (Group(), location)
                    groups[key] = nil  // keeps the group uniquely referenced while it grows
                    group.insert(path: path.dropFirst(), column: column, at: location)
                    groups[key] = (group, groupLocation)
                }
            }

            /// A dotted group wins over a plain column of the same name, as before.
            func fields() -> [Field] {
                keys.map { key in
                    if let (group, location) = groups[key] {
                        return .group(key: key, keyLocation: location, fields: group.fields())
                    }
                    let (column, location) = columns[key]!
                    return .column(column, key: key, keyLocation: location)
                }
            }
        }
    }

    /// Splits UTF-8 text into rows of cells with positions, handing each row on as soon as
    /// it ends. Quoted cells may hold commas, quotes (doubled) and line breaks. Separators
    /// are ASCII, so the bytes between them are whole characters; a column counts characters.
    struct Tokenizer {
        var path: String
        /// Cells of a row past this many are read over but not kept.
        var cellsKept = CSVReader.maximumColumns + 1
        var line = 1
        var column = 1

        private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""),
            cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

        /// Rows until the end or until `each` returns false; with each row go the problems
        /// found in it, for `each` to take.
        mutating func rows(
            of bytes: UnsafeBufferPointer<UInt8>, _ each: (_ row: [Cell], _ problems: inout [Diagnostic]) -> Bool
        ) {
            var diagnostics: [Diagnostic] = []
            var row: [Cell] = []
            var i = 0
            var cell: [UInt8] = []
            func here() -> SourceLocation { SourceLocation(path: path, line: line, column: column) }
            func advance() {
                let byte = bytes[i]
                if byte == Self.lf || (byte == Self.cr && (i + 1 >= bytes.count || bytes[i + 1] != Self.lf)) {
                    line += 1
                    column = 1
                } else if byte != Self.cr, byte & 0xC0 != 0x80 {
                    column += 1
                }
                i += 1
            }
            func endsCell(_ byte: UInt8) -> Bool { byte == Self.comma || byte == Self.lf || byte == Self.cr }
            func take(until stop: (UInt8) -> Bool) {
                let start = i
                while i < bytes.count, !stop(bytes[i]) { advance() }
                cell.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            }
            while i < bytes.count {
                let start = here()
                cell.removeAll(keepingCapacity: true)
                if bytes[i] == Self.quote {
                    advance()
                    var closed = false
                    while i < bytes.count {
                        take { $0 == Self.quote }
                        guard i < bytes.count else { break }
                        advance()
                        if i < bytes.count, bytes[i] == Self.quote {
                            cell.append(Self.quote)
                            advance()
                            continue
                        }
                        closed = true
                        break
                    }
                    if !closed {
                        diagnostics.append(
                            .error(.file(.quoteNeverClosed), at: start))
                    }
                    if i < bytes.count, !endsCell(bytes[i]) {
                        diagnostics.append(
                            .error(.file(.textAfterQuote), at: here()))
                        take(until: endsCell)
                    }
                } else {
                    take(until: endsCell)
                }
                if row.count < cellsKept {
                    row.append(Cell(text: String(decoding: cell, as: UTF8.self), location: start))
                }
                if i < bytes.count, bytes[i] == Self.comma {
                    advance()
                    if i == bytes.count, row.count < cellsKept { row.append(Cell(text: "", location: here())) }
                    continue
                }
                if i < bytes.count {
                    let wasCR = bytes[i] == Self.cr
                    advance()
                    if wasCR, i < bytes.count, bytes[i] == Self.lf { advance() }
                }
                guard each(row, &diagnostics) else { return }
                row.removeAll(keepingCapacity: true)
            }
            if !row.isEmpty { _ = each(row, &diagnostics) }
        }
    }
}
