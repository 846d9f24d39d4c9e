import Foundation
import GongshiLoad
import GongshiModel
import GongshiSheet

/// The repository's sample site and scratch folders for workbooks written from it.
enum SampleSite {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let asOf = LocalDate(year: 2026, month: 11, day: 23)!

    /// Checked once for every test that reads it.
    static let checked = SiteCheck.run(siteDirectory: root, asOf: asOf)

    /// A fresh folder under the temporary directory.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-sheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the sample site's content/ in a scratch folder.
    static func copy() throws -> URL {
        let site = try scratch()
        try FileManager.default.copyItem(
            at: root.appendingPathComponent("content"), to: site.appendingPathComponent("content"))
        return site
    }
}

/// A value's description with every place left out (`SourceLocation`s and the `places` of a
/// record): a record read back from a workbook stands at cells where the original stood at
/// lines, and should be the same in everything else.
func withoutPlaces(_ value: Any) -> String {
    if value is SourceLocation || value is [String: SourceLocation] { return "_" }
    let mirror = Mirror(reflecting: value)
    let children = mirror.children.map { ($0.label ?? "", withoutPlaces($0.value)) }
    switch mirror.displayStyle {
    case .optional: return children.first?.1 ?? "nil"
    case .collection, .set: return "[" + children.map(\.1).joined(separator: ", ") + "]"
    case .dictionary: return "[" + children.map(\.1).sorted().joined(separator: ", ") + "]"
    case .struct, .class, .tuple:
        return "\(mirror.subjectType)(" + children.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + ")"
    case .enum where !children.isEmpty:
        return "\(mirror.subjectType).\(children[0].0)(\(children[0].1))"
    default: return "\(value)"
    }
}
