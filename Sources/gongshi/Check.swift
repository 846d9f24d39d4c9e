import ArgumentParser
import GongshiBuild
import GongshiModel

/// `gongshi check`: the build without output. Every problem `build` could refuse is
/// printed, each with its file, line and column; nothing is written.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and print every problem with its file, line and column.",
        discussion: """
            Exit status: 0 clean, 1 errors (or warnings with --strict), 2 usage. With --format json, standard \
            output holds one JSON object per problem (path, line, column, severity, code, message, hint) and \
            nothing else; the summary goes to standard error.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var options: SiteOptions

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: "text (for people) or json (one object per line, for editors and CI).")
    var format: Format = .text

    @Flag(help: "Also print how long each stage took.")
    var verbose = false

    func run() throws {
        let result = SiteBuild.check(
            siteDirectory: options.siteURL, asOf: options.asOf.flatMap { LocalDate(iso: $0) })
        let language = options.language.resolved(siteLanguage: SiteOptions.siteLanguage(options.siteURL))
        let report = DiagnosticReport(
            diagnostics: result.diagnostics, fileCount: result.contentFileCount, language: language)
        switch format {
        case .text: FileHandleOutput.print(report, pathPrefix: options.pathPrefix)
        case .json:
            for line in report.jsonLines(pathPrefix: options.pathPrefix) { FileHandleOutput.standardOutput(line) }
            FileHandleOutput.standardError(report.summary)
        }
        if verbose {
            for stage in result.stages {
                FileHandleOutput.standardError(
                    "  " + Build.padded(CommandText.stageName(stage.name, in: language), to: 17)
                        + String(format: "%6.2f s", stage.seconds))
            }
        }
        let failed = report.diagnostics.errorCount > 0 || (strict && report.diagnostics.warningCount > 0)
        if failed { throw ExitCode.failure }
    }
}
