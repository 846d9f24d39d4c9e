/// The one place diagnostics are worded for people: `path:line:column: severity: message
/// (hint)`, one per line, then a summary.
public struct DiagnosticReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var fileCount: Int

    public init(diagnostics: [Diagnostic], fileCount: Int) {
        self.diagnostics = diagnostics
        self.fileCount = fileCount
    }

    /// Formats the diagnostics, at most `perFile` for each file: a spreadsheet with one
    /// wrong column can hold a million rows, and the first screenful says what to fix.
    /// `pathPrefix` is the site folder as the user typed it, so printed paths open from where
    /// the command ran.
    public func lines(colour: Bool, pathPrefix: String = "", perFile: Int = 100) -> [String] {
        // Absolute paths (an --output folder) are printed as they are.
        func place(_ location: SourceLocation) -> String {
            (location.path.hasPrefix("/") ? "" : pathPrefix) + location.description
        }
        var lines: [String] = []
        var run: (path: String, shown: Int, hidden: Int)?
        func endRun() {
            guard let (path, _, hidden) = run, hidden > 0 else { return }
            let problems = hidden == 1 ? "1 more problem" : "\(hidden) more problems"
            lines.append(
                "\(place(.file(path))): note: \(problems) in this file not shown (fix the ones above first; they often share one cause)"
            )
        }
        for d in diagnostics {
            if run?.path != d.location.path {
                endRun()
                run = (d.location.path, 0, 0)
            }
            guard run!.shown < perFile else {
                run!.hidden += 1
                continue
            }
            run!.shown += 1
            lines.append(line(d, colour: colour, place: place(d.location)))
        }
        endRun()
        return lines
    }

    private func line(_ d: Diagnostic, colour: Bool, place: String) -> String {
        let word = d.severity.rawValue
        let hint = d.hint.map { " (\($0))" } ?? ""
        guard colour else { return "\(place): \(word): \(d.message)\(hint)" }
        let tint = d.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;35m"
        return "\u{1B}[1m\(place):\u{1B}[0m \(tint)\(word):\u{1B}[0m \(d.message)\u{1B}[36m\(hint)\u{1B}[0m"
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
