import ArgumentParser
import GongshiLoad
import GongshiModel
import GongshiSheet

/// `gongshi sheet`: the site's records as an Excel workbook to edit and put back in content/.
struct Sheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the site's records as an Excel workbook (.xlsx) to edit and put back in content/.",
        discussion: """
            One sheet per kind (服务点, 课程, 活动, 区域, 运营方), or with --by-town one sheet of points per town \
            (服务点·<town>); a 说明 sheet explains how to fill it. The content is checked first, as gongshi check \
            does: a site with errors gets them listed and no workbook. Exit status: 0 written, 1 errors, 2 usage.
            """
    )

    @OptionGroup var options: SiteOptions

    @Option(help: "Only this kind of record: points, courses, activities, regions or operators.")
    var kind: SheetKind?

    @Flag(help: "Points one sheet per town.")
    var byTown = false

    @Argument(help: "The workbook to write, e.g. 数据.xlsx.")
    var output: String

    func validate() throws {
        if !output.lowercased().hasSuffix(".xlsx") { throw usageError(.notAWorkbookPath(output), options.lang) }
        if byTown, let kind, kind != .points {
            throw usageError(.byTownNeedsPoints(kind: kind.rawValue), options.lang)
        }
    }

    func run() throws {
        let language = options.lang
        let checked = SiteCheck.run(siteDirectory: options.siteURL, asOf: options.asOf.flatMap { LocalDate(iso: $0) })
        let errors = checked.diagnostics.errorCount
        guard errors == 0, let site = checked.site else {
            let report = DiagnosticReport(
                diagnostics: checked.diagnostics, fileCount: checked.fileCount, language: language)
            FileHandleOutput.print(report, pathPrefix: options.pathPrefix)
            FileHandleOutput.standardError(CommandText.sheetRefused(errors: errors).wording(in: language))
            throw ExitCode.failure
        }
        let request = RecordSheets.Request(kinds: kind.map { [$0] } ?? SheetKind.allCases, pointsByTown: byTown)
        let workbook = RecordSheets.workbook(site, request)
        do {
            try WorkbookWriter.write(workbook, to: output)
        } catch {
            let text: CommandText =
                switch error {
                case .cannotCreate: .sheetCannotCreate(path: output)
                case .library(let detail): .sheetFailed(path: output, detail: detail)
                }
            FileHandleOutput.standardError(text.wording(in: language))
            throw ExitCode.failure
        }
        let records = workbook.tables.reduce(0) { $0 + $1.rows.count }
        FileHandleOutput.standardOutput(
            CommandText.sheetWritten(path: output, sheets: workbook.tables.count, records: records).wording(
                in: language))
    }
}

extension SheetKind: ExpressibleByArgument {}
