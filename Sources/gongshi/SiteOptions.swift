import ArgumentParser
import Foundation
import GongshiLoad
import GongshiModel

/// Options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The folder holding content/ and templates/.")
    var site: String = "."

    @Option(name: .long, help: "Treat this day as today (YYYY-MM-DD); default: today at the site's offset.")
    var asOf: String?

    @OptionGroup var language: LanguageOption

    var siteURL: URL { URL(fileURLWithPath: site, isDirectory: true) }

    /// The language of every line printed: `--lang`, the environment, else site.yaml's.
    var lang: Language { language.resolved(siteLanguage: Self.siteLanguage(siteURL)) }

    /// site.yaml's `language`, read on its own (nil when it is missing, broken or unset).
    static func siteLanguage(_ siteURL: URL) -> Language? {
        let url = siteURL.appendingPathComponent("content/site.yaml")
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let (loaded, _) = SiteLoader.parse(files: [ContentFile(path: "content/site.yaml", bytes: Array(data))])
        return loaded.settings.flatMap { Language(tag: $0.language.rawValue) }
    }

    /// The site folder as typed, as a prefix for printed paths ("" for the current folder).
    var pathPrefix: String {
        let trimmed = site.hasSuffix("/") ? String(site.dropLast()) : site
        return trimmed == "." || trimmed.isEmpty ? "" : trimmed + "/"
    }

    func validate() throws {
        try language.validate()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: site, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw usageError(.noSiteFolder(site), lang)
        }
        guard FileManager.default.fileExists(atPath: siteURL.appendingPathComponent("content").path) else {
            throw usageError(.noContentFolder(site), lang)
        }
        if let asOf, LocalDate(iso: asOf) == nil {
            throw usageError(.notADate(option: "--as-of", value: asOf), lang)
        }
    }

    /// The as-of day: the option, or today at the site's offset.
    func today(offset: UTCOffset) -> LocalDate {
        offset.today(asOf: asOf.flatMap { LocalDate(iso: $0) })
    }
}

/// `--lang zh-Hans|en`, shared by every command.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: "The language of messages: zh-Hans or en (default: GONGSHI_LANG, the locale, then site.yaml's language).")
    var tag: String?

    func validate() throws {
        if let tag, Language(tag: tag) == nil {
            throw usageError(.unknownLanguage(tag), resolved(siteLanguage: nil))
        }
    }

    func resolved(siteLanguage: Language?) -> Language {
        Language.resolve(option: tag, environment: ProcessInfo.processInfo.environment, site: siteLanguage)
    }
}

/// A usage mistake of ours, worded in the reader's language.
func usageError(_ mistake: UsageMistake, _ language: Language) -> ValidationError {
    ValidationError(CommandText.usage(mistake).wording(in: language))
}

/// Writes lines to the standard streams.
enum FileHandleOutput {
    static func standardOutput(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Every problem, one a line, then the summary: `check`'s text output.
    static func print(_ report: DiagnosticReport, pathPrefix: String) {
        for line in report.lines(colour: standardOutputIsColourTerminal, pathPrefix: pathPrefix) {
            standardOutput(line)
        }
        standardOutput(report.summary)
    }

    /// Colour only for a person at a terminal, and never when NO_COLOR is set.
    static var standardOutputIsColourTerminal: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}
