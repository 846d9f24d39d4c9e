/// The one place diagnostics are worded for people: `path:line:column: severity: message
/// (hint)`, one per line, then a summary.
public struct DiagnosticReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var fileCount: Int

    public init(diagnostics: [Diagnostic], fileCount: Int) {
        self.diagnostics = diagnostics
        self.fileCount = fileCount
    }

    /// Formats every diagnostic; `pathPrefix` is the site folder as the user typed it, so
    /// printed paths open from where the command ran.
    public func lines(colour: Bool, pathPrefix: String = "") -> [String] {
        diagnostics.map { d in
            // Absolute paths (an --output folder) are printed as they are.
            let place = (d.location.path.hasPrefix("/") ? "" : pathPrefix) + d.location.description
            let word = d.severity.rawValue
            let hint = d.hint.map { " (\($0))" } ?? ""
            guard colour else { return "\(place): \(word): \(d.message)\(hint)" }
            let tint = d.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;35m"
            return "\u{1B}[1m\(place):\u{1B}[0m \(tint)\(word):\u{1B}[0m \(d.message)\u{1B}[36m\(hint)\u{1B}[0m"
        }
    }

    /// "2 errors, 1 warning in 14 files".
    public var summary: String {
        let errors = diagnostics.errorCount
        let warnings = diagnostics.warningCount
        let files = fileCount == 1 ? "1 file" : "\(fileCount) files"
        if errors == 0 && warnings == 0 { return "no errors or warnings in \(files)" }
        func count(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }
        return "\(count(errors, "error")), \(count(warnings, "warning")) in \(files)"
    }
}
