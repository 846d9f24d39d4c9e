/// Where a value stands in the content: a path relative to the site folder and a 1-based
/// line and column (columns count Unicode scalars, as libyaml does). In a workbook the place
/// is a cell: `sheet` names its sheet, `line` is its row and `column` its column (A is 1), so
/// it prints as `path:Sheet!C14` and sorts like any other place.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    /// The sheet of a workbook cell; nil in a text file.
    public var sheet: String?

    public init(path: String, line: Int = 0, column: Int = 0, sheet: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// A location naming only the file, for problems that belong to a whole file.
    public static func file(_ path: String) -> SourceLocation { SourceLocation(path: path) }

    /// A cell of a workbook sheet: `row` 14 and `column` 3 are C14.
    public static func cell(_ path: String, sheet: String, row: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: row, column: column, sheet: sheet)
    }

    /// The cell as a spreadsheet names it (`C14`), or nil outside a workbook or for a whole sheet.
    public var cell: String? {
        guard sheet != nil, line > 0, column > 0 else { return nil }
        return Self.columnLetters(column) + String(line)
    }

    /// `Sheet!C14`, the sheet quoted as spreadsheets quote it when its name needs it
    /// (`'Sheet 1'!C14`); the sheet alone for a problem with the whole sheet.
    public var sheetAndCell: String? {
        guard let sheet else { return nil }
        let plain = !sheet.isEmpty && !sheet.contains(where: { " !'-+()[],;:".contains($0) })
        let name = plain ? sheet : "'" + String(sheet.flatMap { $0 == "'" ? ["'", "'"] : [$0] }) + "'"
        return cell.map { name + "!" + $0 } ?? name
    }

    /// A column's letters: 1 is A, 27 is AA, 16384 is XFD.
    public static func columnLetters(_ column: Int) -> String {
        var n = column
        var letters: [Character] = []
        while n > 0 {
            let digit = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    public var description: String {
        if let place = sheetAndCell { return "\(path):\(place)" }
        return line > 0 ? "\(path):\(line):\(column)" : path
    }

    /// By file, then sheet (a text file's places, with no sheet, first), line and column.
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.sheet ?? "", a.line, a.column) < (b.path, b.sheet ?? "", b.line, b.column)
    }
}

/// A value together with the place it was read from, kept wherever a later stage may
/// need to point back at it (references, ranges checked after reading).
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// How bad a problem is: errors stop a build, warnings do not (unless `--strict`).
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case warning
    case error

    public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
}

/// One problem found in the content, as data: what kind of problem with its arguments, where
/// and how bad; collected, sorted and worded at the end (in the reader's language, by the
/// catalogue) so that a user sees every problem of a run at once.
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    public var severity: Severity
    public var location: SourceLocation
    public var problem: Problem

    public init(_ severity: Severity, _ problem: Problem, at location: SourceLocation) {
        self.severity = severity
        self.problem = problem
        self.location = location
    }

    public static func error(_ problem: Problem, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, problem, at: location)
    }

    public static func warning(_ problem: Problem, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, problem, at: location)
    }

    /// The stable code of its kind: `GS1018`.
    public var code: String { problem.code }

    public func wording(in language: Language) -> Wording { problem.wording(in: language) }

    /// The English line, for logs and test failures.
    public var description: String {
        let words = wording(in: .en)
        return "\(location): \(severity.rawValue) \(code): \(words.message)" + (words.hint.map { " (\($0))" } ?? "")
    }
}

extension Array where Element == Diagnostic {
    /// File order, then line and column; errors before warnings at the same place.
    public func sortedForReading(fileOrder: [String] = []) -> [Diagnostic] {
        let rank = Dictionary(fileOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return enumerated().sorted { l, r in
            let a = l.element.location
            let b = r.element.location
            let ra = rank[a.path] ?? Int.max
            let rb = rank[b.path] ?? Int.max
            if ra != rb { return ra < rb }
            if a != b { return a < b }
            if l.element.severity != r.element.severity { return l.element.severity > r.element.severity }
            return l.offset < r.offset
        }.map(\.element)
    }

    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
}
