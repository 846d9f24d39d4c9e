extension FileProblem {
    /// The English wording.
    public var en: Wording {
        func q(_ s: String) -> String { Say.en(s) }
        switch self {
        case .linkOutsideSite:
            return Wording(
                "this is a link to something outside the site folder (or to a folder); it is not published",
                hint: "copy the file itself into content/ instead of linking to it")
        case .notRead:
            return Wording(
                "this file is not read",
                hint: "records go in points/, courses/ or activities/ as .yaml, .json, .csv or .xlsx; pages as .md")
        case .tooLarge(let megabytes, let limit):
            return Wording(
                "this file is \(megabytes) MB; content files may be at most \(limit) MB",
                hint: "split it into several files (one per town or month, say)")
        case .unreadable:
            return Wording(
                "cannot read this file", hint: "ask whoever looks after the computer to check its permissions")
        case .looksLikeGBK:
            return Wording(
                "this file is not UTF-8 text (it looks like GBK/GB18030)",
                hint: "save it as UTF-8: in the editor's Save As, choose the UTF-8 encoding")
        case .notText(let csv):
            return Wording(
                "this file is not text in UTF-8\(csv ? " or GB18030" : "")",
                hint: "it may be a spreadsheet (.xlsx) or a picture; save it as \(csv ? "CSV" : "UTF-8 text")")
        case .stoppedReading(let after):
            return Wording(
                "stopped reading this file here after \(after) problems",
                hint: "fix the problems above and check again; the rest of the file was not read")
        case .yamlSyntax(let detail, let cause):
            return Wording(
                "the YAML cannot be read here (\(detail))", hint: cause?.en ?? "compare this line with the one above")
        case .yamlUnreadable(let detail):
            return Wording(
                "this file cannot be read as YAML (\(detail))",
                hint: "compare the lines around it with the rest of the file")
        case .duplicateField(let fields):
            return Wording(
                "field \(fields.map(q).joined(separator: ", ")) is given twice in one record", hint: "keep one of them")
        case .textUnreadable(let detail):
            return Wording("the text of this file cannot be read (\(detail))", hint: "save the file as UTF-8")
        case .tooManyAliases(let limit):
            return Wording(
                "this file expands to more than \(limit) values through anchors and aliases (*name)",
                hint: "write the values out instead of repeating aliases of aliases")
        case .nestedTooDeep(let limit):
            return Wording(
                "values here are nested more than \(limit) levels deep",
                hint:
                    "a record needs only a few levels: look for brackets [ { that are never closed, or indentation that keeps growing"
            )
        case .frontMatterNeverClosed:
            return Wording(
                "the front matter that starts here is never closed", hint: "end it with a line holding only ---")
        case .controlCharacter(let code):
            return Wording(
                "this text holds an invisible control character (U+\(code)), which a web page cannot show",
                hint: "retype the text; such characters come from copying out of other programs")
        case .tooManyColumns(let limit):
            return Wording(
                "the header row has more than \(limit) names; a CSV file may have at most \(limit) columns",
                hint: "the first row names the fields; remove the columns that are not fields")
        case .extraCell(let names):
            return Wording(
                "this row has more cells than the header row has names (\(names))",
                hint: "add a name for this column, or move the value into its column")
        case .unnamedColumn(let column):
            return Wording(
                "column \(column) has no name in the header row", hint: "write the field name in the first row")
        case .duplicateColumn(let name):
            return Wording("column \(q(name)) appears twice in the header row", hint: "keep one of the two columns")
        case .columnTooDeep(let name, let levels, let limit):
            return Wording(
                "column \(q(name)) nests \(levels) levels deep; the limit is \(limit)",
                hint: "a dotted name nests one level per dot")
        case .quoteNeverClosed:
            return Wording(
                "this quoted cell is never closed",
                hint: "add the closing \" — everything after it was read as one cell")
        case .textAfterQuote:
            return Wording("text after the closing quote of a cell", hint: "inside a quoted cell write a quote as \"\"")
        case .jsonSyntax(let syntax):
            let wording = syntax.en
            return Wording("JSON syntax: " + wording.message, hint: wording.hint)
        case .jsonDuplicateField(let field, let firstLine, let firstColumn, let sameLine):
            return Wording(
                "field \(q(field)) is given twice in one record",
                hint: sameLine
                    ? "it is first given earlier on this line, at column \(firstColumn); keep one of them"
                    : "it is first given on line \(firstLine), column \(firstColumn); keep one of them")
        case .workbookUnreadable(let detail):
            return Wording(
                "this workbook (.xlsx) cannot be opened (\(detail))",
                hint: "the file may be damaged: open it in the spreadsheet program and save it again as .xlsx")
        case .workbookTooLarge(let limit):
            return Wording(
                "this workbook unpacks to more than \(limit) MB and was not read",
                hint:
                    "split it into several files (one per town, say); if the sheet itself is small, the file may have been tampered with"
            )
        case .workbookTooManyParts(let limit):
            return Wording(
                "this workbook holds more than \(limit) parts and was not read",
                hint: "remove pictures and sheets that are not needed and save it again, or split it")
        case .workbookEncrypted:
            return Wording(
                "this workbook is password-protected (encrypted) and cannot be read",
                hint: "remove the password in the spreadsheet program, then save it again as .xlsx")
        case .oldSpreadsheet(let ext):
            return Wording(
                "this is an old-format spreadsheet (.\(ext)), which is not read",
                hint: "in the spreadsheet program, use Save As to save it as an .xlsx workbook")
        case .mergedHeader(let range):
            return Wording(
                "the header cells \(range) are merged into one; each column needs its own name",
                hint: "unmerge them and write each column's name in its own cell of the first row")
        case .cellError(let value):
            return Wording(
                "the formula in this cell gives the error value \(value)",
                hint: "fix the formula, or type the value itself")
        case .sheetKindUnknown(let sheet):
            return Wording(
                "the name of sheet \(q(sheet)) does not say which records it holds, so it is not read",
                hint:
                    "in a workbook directly in content/, sheet names start with 服务点, 课程, 活动, 区域 or 运营方 (服务点·枫桥镇); a sheet of notes is named 说明 or starts with #"
            )
        }
    }
}

extension YAMLCause {
    var en: String {
        switch self {
        case .tabOrStrayCharacter:
            "a tab or a stray character: indent with spaces and quote text that starts with @ ` | > % or *"
        case .colonInValue: "a value holds ': ' — put the value in quotes, or check the indentation"
        case .indentation: "check the indentation of this line against the one above"
        case .undefinedAlias: "define the anchor (&name) before using *name"
        }
    }

    var zhHans: String {
        switch self {
        case .tabOrStrayCharacter: "有 Tab 键或多余的符号：缩进用空格；以 @ ` | > % * 开头的文字加英文双引号"
        case .colonInValue: "值里有“英文冒号加空格”：给这个值加英文双引号，或者检查缩进"
        case .indentation: "和上一行比较，检查这一行的缩进"
        case .undefinedAlias: "先用 &名字 定义，再用 *名字 引用"
        }
    }
}
