/// A file that cannot be read, or whose text breaks the rules of its format (GS3xxx):
/// files and folders, encodings, YAML, CSV, front matter and the limits of every reader.
public enum FileProblem: Error, Hashable, Sendable, Codable {
    case linkOutsideSite
    case notRead
    case tooLarge(megabytes: Int, limit: Int)
    case unreadable
    case looksLikeGBK
    case notText(csv: Bool)
    case stoppedReading(after: Int)
    /// libyaml's own words stay as `detail`; `cause` says what it usually means.
    case yamlSyntax(detail: String, cause: YAMLCause?)
    case yamlUnreadable(detail: String)
    case duplicateField(fields: [String])
    case textUnreadable(detail: String)
    case tooManyAliases(limit: Int)
    case nestedTooDeep(limit: Int)
    case frontMatterNeverClosed
    case controlCharacter(code: String)
    case tooManyColumns(limit: Int)
    case extraCell(names: Int)
    case unnamedColumn(column: Int)
    case duplicateColumn(name: String)
    case columnTooDeep(name: String, levels: Int, limit: Int)
    case quoteNeverClosed
    case textAfterQuote
    /// JSON that breaks RFC 8259, and how.
    case jsonSyntax(JSONSyntax)
    /// A JSON field given twice; the first place is on `firstLine`.
    case jsonDuplicateField(field: String, firstLine: Int, firstColumn: Int, sameLine: Bool)
    /// A `.xlsx` that is not a readable workbook; `detail` says what failed (the ZIP
    /// library's words or the part that is missing).
    case workbookUnreadable(detail: String)
    /// A workbook whose parts inflate past `limit` MB: a zip bomb or a sheet far too large.
    case workbookTooLarge(limit: Int)
    case workbookTooManyParts(limit: Int)
    /// A password-protected workbook: an OLE compound file holding an encrypted package.
    case workbookEncrypted
    /// An old binary spreadsheet (`xls`, `et`, or an OLE file named `.xlsx`).
    case oldSpreadsheet(ext: String)
    /// Header cells merged into one (`range` as the workbook gives it: `A1:C1`).
    case mergedHeader(range: String)
    /// A cell whose formula gives an error value (`#DIV/0!`).
    case cellError(value: String)
    /// A sheet of a workbook placed directly in content/ whose name says no record kind.
    case sheetKindUnknown(sheet: String)

    public var code: String {
        switch self {
        case .linkOutsideSite: "GS3001"
        case .notRead: "GS3002"
        case .tooLarge: "GS3003"
        case .unreadable: "GS3004"
        case .looksLikeGBK: "GS3005"
        case .notText: "GS3006"
        case .stoppedReading: "GS3007"
        case .yamlSyntax: "GS3008"
        case .yamlUnreadable: "GS3009"
        case .duplicateField: "GS3010"
        case .textUnreadable: "GS3011"
        case .tooManyAliases: "GS3012"
        case .nestedTooDeep: "GS3013"
        case .frontMatterNeverClosed: "GS3014"
        case .controlCharacter: "GS3015"
        case .tooManyColumns: "GS3016"
        case .extraCell: "GS3017"
        case .unnamedColumn: "GS3018"
        case .duplicateColumn: "GS3019"
        case .columnTooDeep: "GS3020"
        case .quoteNeverClosed: "GS3021"
        case .textAfterQuote: "GS3022"
        case .jsonDuplicateField: "GS3023"
        case .jsonSyntax: "GS3024"
        case .workbookUnreadable: "GS3025"
        case .workbookTooLarge: "GS3026"
        case .workbookTooManyParts: "GS3027"
        case .workbookEncrypted: "GS3028"
        case .oldSpreadsheet: "GS3029"
        case .mergedHeader: "GS3030"
        case .cellError: "GS3031"
        case .sheetKindUnknown: "GS3032"
        }
    }

    public static let examples: [FileProblem] = [
        .linkOutsideSite, .notRead, .tooLarge(megabytes: 70, limit: 64), .unreadable, .looksLikeGBK,
        .notText(csv: true), .stoppedReading(after: 1000),
        .yamlSyntax(detail: "mapping values are not allowed in this context", cause: .colonInValue),
        .yamlUnreadable(detail: "unexpected end"), .duplicateField(fields: ["name"]),
        .textUnreadable(detail: "invalid UTF-8"), .tooManyAliases(limit: 4000), .nestedTooDeep(limit: 64),
        .frontMatterNeverClosed, .controlCharacter(code: "0007"), .tooManyColumns(limit: 1000),
        .extraCell(names: 12), .unnamedColumn(column: 3), .duplicateColumn(name: "phone"),
        .columnTooDeep(name: "a.b.c", levels: 70, limit: 64), .quoteNeverClosed, .textAfterQuote,
        .jsonDuplicateField(field: "name", firstLine: 3, firstColumn: 5, sameLine: false),
        .jsonSyntax(.trailingComma(list: true)), .workbookUnreadable(detail: "no xl/workbook.xml"),
        .workbookTooLarge(limit: 256), .workbookTooManyParts(limit: 4096), .workbookEncrypted,
        .oldSpreadsheet(ext: "xls"), .mergedHeader(range: "A1:C1"), .cellError(value: "#DIV/0!"),
        .sheetKindUnknown(sheet: "Sheet1"),
    ]
}

/// What a libyaml message usually means, for its hint.
public enum YAMLCause: String, Hashable, Sendable, Codable {
    case tabOrStrayCharacter, colonInValue, indentation, undefinedAlias
}

/// Personal data found in text that would be published (GS4xxx); `masked` shows only the
/// ends of the number.
public enum PrivacyProblem: Error, Hashable, Sendable, Codable {
    case residentID(masked: String)
    case mobileNumber(masked: String)
    case bankCard(masked: String)

    public var code: String {
        switch self {
        case .residentID: "GS4001"
        case .mobileNumber: "GS4002"
        case .bankCard: "GS4003"
        }
    }

    public static let examples: [PrivacyProblem] = [
        .residentID(masked: "3306…1234"), .mobileNumber(masked: "138…0000"), .bankCard(masked: "6222…0123"),
    ]
}

/// The theme's templates and page bodies as templates (GS5xxx).
public enum ThemeProblem: Error, Hashable, Sendable, Codable {
    case stringsMissing
    case includesItself(template: String, loop: [String])
    case sectionsTooDeep(limit: Int)
    case sectionNeverClosed(tag: String, name: String)
    case syntax(TemplateSyntax)
    case noLayout(name: String)
    case noBulletinTemplate
    /// A page's `layout:` names no layout of the theme.
    case unknownLayout(name: String, suggestion: String?)
    /// A tag names a key the page's model cannot have (`{{titel}}`): it would print nothing.
    case unknownKey(name: String, page: String, suggestion: String?)
    /// A section inside another names a key only an outer model has: it would show the
    /// outer value, not the inner one's.
    case outerKey(name: String, inner: String)
    /// `{{t.group.key}}` names no UI string.
    case unknownString(name: String, suggestion: String?)
    /// A layout and a partial (or two files in other folders) with one name: `{{>name}}` and
    /// the layout would be the same template, and one would silently replace the other.
    case sameTemplateName(name: String, other: String)

    public var code: String {
        switch self {
        case .stringsMissing: "GS5001"
        case .includesItself: "GS5002"
        case .sectionsTooDeep: "GS5003"
        case .sectionNeverClosed: "GS5004"
        case .syntax: "GS5005"
        case .noLayout: "GS5006"
        case .noBulletinTemplate: "GS5007"
        case .unknownLayout: "GS5008"
        case .unknownKey: "GS5009"
        case .outerKey: "GS5010"
        case .unknownString: "GS5011"
        case .sameTemplateName: "GS5012"
        }
    }

    public static let examples: [ThemeProblem] = [
        .stringsMissing, .includesItself(template: "card", loop: ["card", "list", "card"]),
        .sectionsTooDeep(limit: 64), .sectionNeverClosed(tag: "{{#items}}", name: "items"),
        .syntax(.unclosedTag), .noLayout(name: "point"), .noBulletinTemplate,
        .unknownLayout(name: "wide", suggestion: "page"),
        .unknownKey(name: "titel", page: "point", suggestion: "title"),
        .outerKey(name: "description", inner: "point"), .unknownString(name: "t.site.skp", suggestion: "t.site.skip"),
        .sameTemplateName(name: "sheet", other: "templates/layouts/sheet.html"),
    ]
}

/// What the template reader could not follow; `other` keeps its own words.
public enum TemplateSyntax: Hashable, Sendable, Codable {
    case wrongSectionClose, unclosedTag, sectionNeverClosed, badDelimiter, transformOnInherited
    case onlyBlocksInsideParent, unknownSetting
    /// `{{uppercased(name)}}`: typed page models offer no transforms.
    case transformUnsupported
    case other(String)
}

/// Planning, link-checking and writing the output (GS6xxx).
public enum OutputProblem: Error, Hashable, Sendable, Codable {
    case outsideOutput(path: String)
    /// `other`: the file that makes the second thing (a layout, a media file).
    case samePath(path: String, other: String)
    case brokenLink(target: String)
    /// The system's reason (`strerror`) is given as it is.
    case cannotWrite(path: String, reason: String)
    case cannotCreateFolder(path: String, reason: String)
    case cannotSwap(output: String, reason: String)
    case outputIsAFile(output: String)
    /// The WeChat official account's editor refuses a longer title, digest or body.
    case weChatTitleTooLong(week: String, length: Int, limit: Int)
    case weChatDigestTooLong(week: String, length: Int, limit: Int)
    case weChatBodyTooLong(week: String, length: Int, limit: Int)
    /// A file of the change record in the output folder that cannot be read back.
    case unreadableChangeRecord(path: String)
    /// `--no-record` into an output folder that holds a change record, which it would end.
    case recordWouldEnd(output: String)

    public var code: String {
        switch self {
        case .outsideOutput: "GS6001"
        case .samePath: "GS6002"
        case .brokenLink: "GS6003"
        case .cannotWrite: "GS6004"
        case .cannotCreateFolder: "GS6005"
        case .cannotSwap: "GS6006"
        case .outputIsAFile: "GS6007"
        case .weChatTitleTooLong: "GS6008"
        case .weChatDigestTooLong: "GS6009"
        case .weChatBodyTooLong: "GS6010"
        case .unreadableChangeRecord: "GS6011"
        case .recordWouldEnd: "GS6012"
        }
    }

    public static let examples: [OutputProblem] = [
        .outsideOutput(path: "../x/index.html"),
        .samePath(path: "canteens/index.html", other: "templates/layouts/canteens.html"),
        .brokenLink(target: "/points/canteen-x/"),
        .cannotWrite(path: "public/index.html", reason: "No space left on device"),
        .cannotCreateFolder(path: "public/points", reason: "Permission denied"),
        .cannotSwap(output: "public", reason: "Invalid argument"), .outputIsAFile(output: "public"),
        .weChatTitleTooLong(week: "2026-W48", length: 40, limit: 32),
        .weChatDigestTooLong(week: "2026-W48", length: 150, limit: 128),
        .weChatBodyTooLong(week: "2026-W48", length: 25_310, limit: 20_000),
        .unreadableChangeRecord(path: "public/changes/history.json"), .recordWouldEnd(output: "public"),
    ]
}
