/// Every line the command line prints besides diagnostics, worded per language: summaries,
/// progress, usage mistakes of ours (argument-parser's own help stays English).
public enum CommandText: Hashable, Sendable {
    /// "2 errors, 1 warning in 14 files"; "no errors or warnings in 14 files".
    case summary(errors: Int, warnings: Int, files: Int?)
    case moreInFile(hidden: Int)
    case nothingPublished
    /// "built 29,172 files (153.7 MB) into public in 7.3 s: 47 written, 29,125 unchanged".
    case built(files: Int, megabytes: String, into: String, seconds: String, written: Int?, unchanged: Int)
    case rendered(count: Int, of: Int)
    case progressStarting(stage: String, total: Int)
    case progress(stage: String, done: Int, total: Int)
    case created(folder: String)
    case next(folder: String)
    case serving(folder: String, address: String)
    case rebuilt(milliseconds: Int, changed: Int, summary: String)
    case buildFailed(errors: Int)
    case cannotListen(port: Int)
    case publishFailed(detail: String)
    case usage(UsageMistake)
    case seeHelp
    /// `gongshi sheet`: "wrote 服务点.xlsx: 3 sheets, 406 records".
    case sheetWritten(path: String, sheets: Int, records: Int)
    /// The site has errors, so no workbook was written.
    case sheetRefused(errors: Int)
    case sheetCannotCreate(path: String)
    case sheetFailed(path: String, detail: String)
    /// The preview's problems panel and pages.
    case previewFailed(summary: String)
    case previewMore(count: Int)
    case previewLastGood
    case previewAllProblems
    case previewNoProblems
    case previewBuilding

    public func wording(in language: Language) -> String {
        switch language {
        case .zhHans: zhHans
        case .en: en
        }
    }

    /// The severity as printed: `错误`/`警告`, `error`/`warning`.
    public static func severity(_ severity: Severity, in language: Language) -> String {
        switch (severity, language) {
        case (.error, .zhHans): "错误"
        case (.warning, .zhHans): "警告"
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        }
    }

    var en: String {
        func count(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n.grouped) \(word)s" }
        switch self {
        case .summary(let errors, let warnings, let files):
            let problems = "\(count(errors, "error")), \(count(warnings, "warning"))"
            guard let files else { return problems + " before any content was read" }
            if errors == 0 && warnings == 0 { return "no errors or warnings in \(count(files, "file"))" }
            return problems + " in \(count(files, "file"))"
        case .moreInFile(let hidden):
            return "note: \(hidden == 1 ? "1 more problem" : "\(hidden.grouped) more problems") in this file not shown "
                + "(fix the ones above first; they often share one cause)"
        case .nothingPublished: return "nothing was published"
        case .built(let files, let megabytes, let into, let seconds, let written, let unchanged):
            return "built \(files.grouped) files (\(megabytes) MB) into \(into) in \(seconds) s: "
                + (written.map { "\($0.grouped) written, \(unchanged.grouped) unchanged" } ?? "nothing changed")
        case .rendered(let count, let of): return "rendered \(count.grouped) of \(of.grouped) files"
        case .progressStarting(let stage, let total): return "\(stage) \(total.grouped) files…"
        case .progress(let stage, let done, let total): return "\(stage) \(done.grouped) / \(total.grouped)"
        case .created(let folder): return "created a new site in \(folder)"
        case .next(let folder): return "next: gongshi check --site \(folder), then gongshi build --site \(folder)"
        case .serving(let folder, let address):
            return "serving \(folder) at \(address) (watching content/ and templates/; Ctrl-C stops)"
        case .rebuilt(let milliseconds, let changed, let summary):
            return "rebuilt in \(milliseconds) ms: \(count(changed, "file")) changed; \(summary)"
        case .buildFailed(let errors):
            return "build failed (\(count(errors, "error"))): see the browser or the lines above"
        case .cannotListen(let port):
            return "error: cannot listen on 127.0.0.1:\(port) (is another program using it? try --port 0)"
        case .publishFailed(let detail): return "error: \(detail)"
        case .usage(let mistake): return mistake.en
        case .seeHelp: return "Run 'gongshi help' for usage."
        case .sheetWritten(let path, let sheets, let records):
            return "wrote \(path): \(count(sheets, "sheet")), \(count(records, "record"))"
        case .sheetRefused(let errors):
            return "no workbook was written: the content has \(count(errors, "error")) (listed above); fix them first"
        case .sheetCannotCreate(let path):
            return "error: cannot create \(path) (does the folder exist, and may it be written?)"
        case .sheetFailed(let path, let detail): return "error: cannot write \(path): \(detail)"
        case .previewFailed(let summary): return "The build failed: \(summary)"
        case .previewMore(let count): return "… and \(count) more"
        case .previewLastGood: return "Below is the last good build."
        case .previewAllProblems: return "All problems"
        case .previewNoProblems: return "No problems."
        case .previewBuilding: return "Building…"
        }
    }

    /// The Chinese name of a build stage, by the name the build gives it (which is the
    /// English one).
    static func zhStage(_ stage: String) -> String {
        [
            "loading": "读取", "rendering": "生成", "read": "读取文件", "compare": "比较", "read publication": "读取上次发布",
            "load": "检查内容",
            "theme": "编译模板", "plan": "规划页面", "stage": "准备新目录", "render": "生成页面", "render and write": "生成并写入",
            "publish": "发布", "save state": "保存构建记录", "finish": "收尾",
        ][stage] ?? stage
    }

    /// A build stage's name in a language, for `--verbose` and the preview's timings.
    public static func stageName(_ stage: String, in language: Language) -> String {
        language == .zhHans ? zhStage(stage) : stage
    }

    var zhHans: String {
        switch self {
        case .summary(let errors, let warnings, let files):
            guard let files else { return "还没读内容就有 \(errors.grouped) 个错误、\(warnings.grouped) 个警告" }
            if errors == 0 && warnings == 0 { return "\(files.grouped) 个文件，没有错误或警告" }
            return "\(files.grouped) 个文件里有 \(errors.grouped) 个错误、\(warnings.grouped) 个警告"
        case .moreInFile(let hidden):
            return "说明：这个文件还有 \(hidden.grouped) 个问题没有显示（先改上面的，它们常常是同一个原因）"
        case .nothingPublished: return "什么都没有发布"
        case .built(let files, let megabytes, let into, let seconds, let written, let unchanged):
            return "已生成 \(files.grouped) 个文件（\(megabytes) MB）到 \(into)，用时 \(seconds) 秒："
                + (written.map { "写入 \($0.grouped) 个，\(unchanged.grouped) 个没有变化" } ?? "没有任何变化")
        case .rendered(let count, let of): return "重新生成了 \(of.grouped) 个文件中的 \(count.grouped) 个"
        case .progressStarting(let stage, let total): return "\(Self.zhStage(stage)) \(total.grouped) 个文件…"
        case .progress(let stage, let done, let total):
            return "\(Self.zhStage(stage)) \(done.grouped) / \(total.grouped)"
        case .created(let folder): return "已在 \(folder) 新建网站"
        case .next(let folder): return "下一步：gongshi check --site \(folder)，然后 gongshi build --site \(folder)"
        case .serving(let folder, let address):
            return "正在预览 \(folder)：\(address)（监视 content/ 和 templates/；按 Ctrl-C 停止）"
        case .rebuilt(let milliseconds, let changed, let summary):
            return "重新生成用时 \(milliseconds) 毫秒：\(changed.grouped) 个文件有变化；\(summary)"
        case .buildFailed(let errors):
            return "生成失败（\(errors.grouped) 个错误）：见浏览器或上面几行"
        case .cannotListen(let port):
            return "错误：无法使用 127.0.0.1:\(port)（是不是有别的程序占用了？试试 --port 0）"
        case .publishFailed(let detail): return "错误：\(detail)"
        case .usage(let mistake): return mistake.zhHans
        case .seeHelp: return "运行 gongshi help 查看用法。"
        case .sheetWritten(let path, let sheets, let records):
            return "已写出 \(path)：\(sheets.grouped) 个表，\(records.grouped) 条记录"
        case .sheetRefused(let errors):
            return "没有写出表格：内容里有 \(errors.grouped) 个错误（见上面几行），请先改正"
        case .sheetCannotCreate(let path): return "错误：无法新建 \(path)（文件夹是否存在、能否写入？）"
        case .sheetFailed(let path, let detail): return "错误：无法写出 \(path)：\(detail)"
        case .previewFailed(let summary): return "构建失败：\(summary)"
        case .previewMore(let count): return "……另有 \(count) 个"
        case .previewLastGood: return "下面是上次成功构建的页面。"
        case .previewAllProblems: return "全部问题"
        case .previewNoProblems: return "没有问题。"
        case .previewBuilding: return "正在构建……"
        }
    }
}

/// A command typed wrongly, in the checks of ours (argument-parser's own stay English).
public enum UsageMistake: Hashable, Sendable {
    case noSiteFolder(String)
    case noContentFolder(String)
    case notADate(option: String, value: String)
    case badBaseURL(String)
    case quietAndVerbose
    case alreadyHasContent(String)
    case unknownLanguage(String)
    case notAWorkbookPath(String)
    case byTownNeedsPoints(kind: String)
    /// Mistakes argument-parser finds while reading the arguments, in our words.
    case unknownOption(String, suggestion: String?)
    case missingValue(option: String)
    case unexpectedArgument(String)
    case invalidValue(String, option: String)

    var en: String {
        switch self {
        case .noSiteFolder(let site): "no site folder at '\(site)'"
        case .noContentFolder(let site): "'\(site)' has no content/ folder; run gongshi init to start a site"
        case .notADate(let option, let value): "\(option) '\(value)' is not a date like 2026-11-23"
        case .badBaseURL(let url): "--base-url '\(url)' should start with https:// or http://"
        case .quietAndVerbose: "--quiet and --verbose cannot be used together"
        case .alreadyHasContent(let folder): "'\(folder)' already has a content/ folder; nothing was changed"
        case .unknownLanguage(let tag): "--lang '\(tag)' is not zh-Hans or en"
        case .notAWorkbookPath(let path): "'\(path)' should end in .xlsx"
        case .byTownNeedsPoints(let kind): "--by-town splits points by town; it cannot go with --kind \(kind)"
        case .unknownOption(let option, let suggestion):
            "there is no option \(option)" + (suggestion.map { "; did you mean \($0)?" } ?? "")
        case .missingValue(let option): "\(option) needs a value after it"
        case .unexpectedArgument(let argument): "'\(argument)' is not an option or a command here"
        case .invalidValue(let value, let option): "'\(value)' is not a value \(option) takes"
        }
    }

    var zhHans: String {
        switch self {
        case .noSiteFolder(let site): "找不到网站文件夹 “\(site)”"
        case .noContentFolder(let site): "“\(site)” 里没有 content/ 文件夹；新建网站请运行 gongshi init"
        case .notADate(let option, let value): "\(option) “\(value)” 不是日期，应写成 2026-11-23 这样"
        case .badBaseURL(let url): "--base-url “\(url)” 应以 https:// 或 http:// 开头"
        case .quietAndVerbose: "--quiet 和 --verbose 不能同时使用"
        case .alreadyHasContent(let folder): "“\(folder)” 里已经有 content/ 文件夹；什么都没有改动"
        case .unknownLanguage(let tag): "--lang “\(tag)” 只能是 zh-Hans 或 en"
        case .notAWorkbookPath(let path): "“\(path)” 应以 .xlsx 结尾"
        case .byTownNeedsPoints(let kind): "--by-town 是把服务点按镇分表，不能和 --kind \(kind) 一起用"
        case .unknownOption(let option, let suggestion):
            "没有 \(option) 这个选项" + (suggestion.map { "；是不是想写 \($0)？" } ?? "")
        case .missingValue(let option): "\(option) 后面要写一个值"
        case .unexpectedArgument(let argument): "“\(argument)” 在这里不是选项，也不是命令"
        case .invalidValue(let value, let option): "“\(value)” 不是 \(option) 能用的值"
        }
    }
}

extension Int {
    /// With thousands separators: 31,204.
    public var grouped: String {
        let digits = String(magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (self < 0 ? "-" : "") + out
    }
}
