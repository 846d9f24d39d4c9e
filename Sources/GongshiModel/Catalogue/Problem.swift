/// What went wrong, as data: one case for each kind of problem, carrying the values the
/// message names (the field as typed, the value, a suggestion, another place). A
/// `Diagnostic` holds a `Problem` and its place; the words are given only when it is printed,
/// by the catalogue of one language (`Problem.wording(in:)`).
///
/// Kinds are grouped by the stage that finds them, each group with its own range of stable
/// codes (`GS` and four digits, never reused):
/// GS1xxx values of one field, GS2xxx records, fields and references, GS3xxx files and
/// readers, GS4xxx the privacy gate, GS5xxx templates and the theme, GS6xxx the build.
public enum Problem: Hashable, Sendable, Codable {
    case value(ValueProblem)
    case record(RecordProblem)
    case file(FileProblem)
    case privacy(PrivacyProblem)
    case theme(ThemeProblem)
    case output(OutputProblem)

    /// The stable code printed with every message, e.g. `GS1018`.
    public var code: String {
        switch self {
        case .value(let p): p.code
        case .record(let p): p.code
        case .file(let p): p.code
        case .privacy(let p): p.code
        case .theme(let p): p.code
        case .output(let p): p.code
        }
    }

    /// The message and hint in a language.
    public func wording(in language: Language) -> Wording {
        switch (self, language) {
        case (.value(let p), .zhHans): p.zhHans
        case (.value(let p), .en): p.en
        case (.record(let p), .zhHans): p.zhHans
        case (.record(let p), .en): p.en
        case (.file(let p), .zhHans): p.zhHans
        case (.file(let p), .en): p.en
        case (.privacy(let p), .zhHans): p.zhHans
        case (.privacy(let p), .en): p.en
        case (.theme(let p), .zhHans): p.zhHans
        case (.theme(let p), .en): p.en
        case (.output(let p), .zhHans): p.zhHans
        case (.output(let p), .en): p.en
        }
    }
}

/// A message and an optional hint how to fix it, in one language.
public struct Wording: Hashable, Sendable {
    public var message: String
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
}

/// The languages of the catalogue: every message, hint and line of the command line is
/// worded in each.
public enum Language: String, Hashable, Sendable, Codable, CaseIterable {
    case zhHans = "zh-Hans"
    case en

    /// `--lang`, else `GONGSHI_LANG`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, the
    /// first one set and not empty), else the site's language. A locale of `C` or `POSIX`
    /// says nothing about the reader and falls through to the site; `zh…` is Chinese, any
    /// other locale English. A value that names neither language is skipped.
    public static func resolve(option: String?, environment: [String: String], site: Language?) -> Language {
        if let option, let language = Language(tag: option) { return language }
        if let value = environment["GONGSHI_LANG"], let language = Language(tag: value) { return language }
        if let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap({ environment[$0] }).first(where: {
            !$0.isEmpty
        }) {
            let name = locale.split(separator: ".").first.map(String.init) ?? locale
            if name != "C" && name != "POSIX" { return name.lowercased().hasPrefix("zh") ? .zhHans : .en }
        }
        return site ?? .zhHans
    }

    /// `zh-Hans`, `zh`, `zh_CN`, `en`, `en-US`…; nil for anything else.
    public init?(tag: String) {
        let lower = String(tag.lowercased().map { $0 == "_" ? "-" : $0 })
        if lower == "zh" || lower.hasPrefix("zh-") {
            self = .zhHans
        } else if lower == "en" || lower.hasPrefix("en-") {
            self = .en
        } else {
            return nil
        }
    }
}

/// What a value was, for a message that says what was expected instead.
public enum ValueShape: String, Hashable, Sendable, Codable {
    case nothing, text, list, mapping
}
