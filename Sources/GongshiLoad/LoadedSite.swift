import GongshiModel

/// Everything read from `content/`, each record typed but references not yet followed.
public struct LoadedSite: Sendable {
    public var settings: SiteSettings?
    public var regions: [Region] = []
    public var operators: [Operator] = []
    public var points: [PointRecord] = []
    public var courses: [CourseRecord] = []
    public var activities: [ActivityRecord] = []
    public var pages: [Page] = []
    public var bulletinNotes: [BulletinNote] = []
    /// Content files read, site-relative, in reading order (diagnostics follow it).
    public var files: [String] = []
    /// Site-relative paths of the files under `content/media/`.
    public var mediaFiles: Set<String> = []
    /// Every id declared and reference made, including from records too broken to keep.
    public var declarations: [LoadLog.Declaration] = []
    public var references: [LoadLog.Reference] = []
    /// The text of each file that could not be read, by the kind of id it declares.
    public var unreadableTexts: [LoadLog.RecordKind: [String]] = [:]
    /// Regions read as table rows, placed among `regions` once every file is read.
    var regionRows: [RegionRow] = []

    public init() {}

    /// Whether an unreadable file may declare this id: it stands there as a whole word. A
    /// reference to it is then not reported as unknown, since the file's own error is the
    /// one to fix (and the reference is checked again once the file reads).
    public func unreadableFileMayDeclare(_ kind: LoadLog.RecordKind, _ id: String) -> Bool {
        (unreadableTexts[kind] ?? []).contains { Self.containsWord(id, in: $0) }
    }

    /// `id` in `text` with no id character (letter, digit, `-`, `_`) right before or after it.
    static func containsWord(_ id: String, in text: String) -> Bool {
        func isIDScalar(_ s: Unicode.Scalar) -> Bool {
            s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "_")
        }
        let scalars = text.unicodeScalars
        var from = scalars.startIndex
        while let found = scalars[from...].firstRange(of: id.unicodeScalars) {
            let before = found.lowerBound == scalars.startIndex ? nil : scalars[scalars.index(before: found.lowerBound)]
            let after = found.upperBound == scalars.endIndex ? nil : scalars[found.upperBound]
            if !(before.map(isIDScalar) ?? false), !(after.map(isIDScalar) ?? false) { return true }
            from = scalars.index(after: found.lowerBound)
        }
        return false
    }
}

/// One file handed to the parser: where it lives (site-relative) and its bytes.
public struct ContentFile: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

/// What a content file is, by its folder and extension.
enum ContentRole: Equatable {
    case settings, regions, operators, points, courses, activities
    /// A workbook directly in content/, whose sheets say by their names what they hold.
    case workbook
    case page(String)
    case bulletin(String)
    case media

    /// `xls` and `et` (old binary spreadsheets) are taken so that they are refused with a
    /// word to save them as `.xlsx`, not passed over.
    static let recordExtensions = ["yaml", "yml", "json", "csv", "xlsx", "xls", "et"]

    /// The role of a site-relative path, or nil for a file Gongshi does not read.
    static func of(_ path: String) -> ContentRole? {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count >= 2, parts[0] == "content" else { return nil }
        let ext = parts.last!.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch (parts[1], parts.count) {
        case ("site.yaml", 2), ("site.yml", 2): return .settings
        case ("regions.yaml", 2), ("regions.yml", 2), ("regions.csv", 2), ("regions.xlsx", 2): return .regions
        case ("operators.yaml", 2), ("operators.yml", 2), ("operators.csv", 2), ("operators.xlsx", 2),
            ("operators.json", 2):
            return .operators
        case (_, 2) where ["xlsx", "xls", "et"].contains(ext): return .workbook
        case ("points", 3...) where recordExtensions.contains(ext): return .points
        case ("courses", 3...) where recordExtensions.contains(ext): return .courses
        case ("activities", 3...) where recordExtensions.contains(ext): return .activities
        case ("pages", 3...) where ext == "md": return .page(parts[2...].joined(separator: "/"))
        case ("bulletins", 3) where ext == "md": return .bulletin(parts[2])
        case ("media", 3...): return .media
        default: return nil
        }
    }

    /// The kind of id a file of this role declares (site.yaml declares the terms).
    var declaredKind: LoadLog.RecordKind? {
        switch self {
        case .settings: .term
        case .regions: .region
        case .operators: .operator
        case .points: .point
        case .courses: .course
        case .activities: .activity
        case .workbook, .page, .bulletin, .media: nil
        }
    }
}
