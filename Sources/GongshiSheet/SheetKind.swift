import GongshiLoad
import GongshiModel

/// A kind of record a workbook sheet holds, with the sheet name the loader reads it by.
public enum SheetKind: String, CaseIterable, Sendable {
    case points, courses, activities, regions, operators

    /// `服务点`, `课程`, `活动`, `区域`, `运营方`: a workbook directly in `content/` is read by
    /// these names; one in a kind folder reads every sheet as that kind.
    public var sheetName: String {
        switch self {
        case .points: "服务点"
        case .courses: "课程"
        case .activities: "活动"
        case .regions: "区域"
        case .operators: "运营方"
        }
    }

    /// A by-town sheet of points: `服务点·枫桥镇`.
    public static func pointsSheetName(town: String) -> String { SheetKind.points.sheetName + "·" + town }

    /// The fields of one record, from the shape the loader reads (regions as rows with a
    /// `parent` column, as a table of regions is read).
    var shape: RecordShape {
        switch self {
        case .points: Shapes.point
        case .courses: Shapes.course
        case .activities: Shapes.activity
        case .regions: Shapes.regionRow
        case .operators: Shapes.operator
        }
    }
}
