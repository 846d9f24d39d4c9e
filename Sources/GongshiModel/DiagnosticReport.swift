/// The one place diagnostics are laid out for people and programs, in a language:
/// `path:line:column: error GS1018: message (hint)` (Chinese: `错误 GS1018：message（hint）`),
/// one per line, then a summary; or one JSON object per line.
public struct DiagnosticReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// The content files read; nil when the command stopped before reading any (the summary
    /// then counts no files, which would read as if the content had been checked).
    public var fileCount: Int?
    public var language: Language

    public init(diagnostics: [Diagnostic], fileCount: Int?, language: Language = .zhHans) {
        self.diagnostics = diagnostics
        self.fileCount = fileCount
        self.language = language
    }

    /// Formats the diagnostics, at most `perFile` for each file: a spreadsheet with one
    /// wrong column can hold a million rows, and the first screenful says what to fix.
    /// `pathPrefix` is the site folder as the user typed it, so printed paths open from where
    /// the command ran.
    public func lines(colour: Bool, pathPrefix: String = "", perFile: Int = 100) -> [String] {
        var lines: [String] = []
        var run: (path: String, shown: Int, hidden: Int)?
        func endRun() {
            guard let (path, _, hidden) = run, hidden > 0 else { return }
            lines.append(
                "\(place(.file(path), pathPrefix)): " + CommandText.moreInFile(hidden: hidden).wording(in: language))
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
            lines.append(line(d, colour: colour, place: place(d.location, pathPrefix)))
        }
        endRun()
        return lines
    }

    /// Absolute paths (an --output folder) are printed as they are.
    private func place(_ location: SourceLocation, _ pathPrefix: String) -> String {
        (location.path.hasPrefix("/") ? "" : pathPrefix) + location.description
    }

    private func line(_ d: Diagnostic, colour: Bool, place: String) -> String {
        let words = d.wording(in: language)
        let chinese = language == .zhHans
        let word = CommandText.severity(d.severity, in: language) + " " + d.code
        let colon = chinese ? "：" : ": "
        let hint = words.hint.map { chinese ? "（\($0)）" : " (\($0))" } ?? ""
        guard colour else { return "\(place): \(word)\(colon)\(words.message)\(hint)" }
        let tint = d.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;35m"
        return
            "\u{1B}[1m\(place):\u{1B}[0m \(tint)\(word)\(colon)\u{1B}[0m\(words.message)\u{1B}[36m\(hint)\u{1B}[0m"
    }

    /// Every diagnostic as one JSON object a line, for an editor plug-in or CI annotations:
    /// `{"path":…,"line":…,"column":…,"severity":"error","code":"GS1018","message":…,"hint":…}`.
    /// Only `message` and `hint` depend on the language; `line` and `column` are 0 for a
    /// whole file, `hint` is null when there is none. No line is left out. A workbook's place
    /// adds `"sheet":"枫桥镇","cell":"C14"` after `column` (its row and column number are
    /// `line` and `column`; `cell` is null for a whole sheet); a text file's has neither key.
    public func jsonLines(pathPrefix: String = "") -> [String] {
        diagnostics.map { d in
            let words = d.wording(in: language)
            let sheet =
                d.location.sheet.map {
                    ",\"sheet\":\(Self.json($0)),\"cell\":\(d.location.cell.map(Self.json) ?? "null")"
                } ?? ""
            return "{\"path\":\(Self.json(place(.file(d.location.path), pathPrefix))),\"line\":\(d.location.line),"
                + "\"column\":\(d.location.column)\(sheet),\"severity\":\"\(d.severity.rawValue)\",\"code\":\"\(d.code)\","
                + "\"message\":\(Self.json(words.message)),\"hint\":\(words.hint.map(Self.json) ?? "null")}"
        }
    }

    static func json(_ s: String) -> String { Escaping.jsonString(s) }

    /// "2 errors, 1 warning in 14 files" / "14 个文件里有 2 个错误、1 个警告".
    public var summary: String {
        CommandText.summary(errors: diagnostics.errorCount, warnings: diagnostics.warningCount, files: fileCount)
            .wording(in: language)
    }
}
