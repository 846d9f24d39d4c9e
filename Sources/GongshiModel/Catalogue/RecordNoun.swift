/// What a person calls one kind of record or group of fields, named in messages.
public enum RecordNoun: String, Hashable, Sendable, Codable, CaseIterable {
    case point, course, activity, region, `operator`, term, venue, page
    case hoursEntry = "hours entry"
    case location, meal, capacity, session, registration, organiser, volunteers, contact, publisher, targets, privacy
    case siteSetting = "site setting"
    case bulletinNote = "bulletin note"

    /// The English word: "point", "hours entry".
    public var en: String { rawValue }

    /// The Chinese word the editors' guide uses.
    public var zhHans: String {
        switch self {
        case .point: "服务点"
        case .course: "课程"
        case .activity: "志愿活动"
        case .region: "行政区划"
        case .operator: "运营机构"
        case .term: "学期"
        case .venue: "地点"
        case .page: "页面"
        case .hoursEntry: "开放时间"
        case .location: "地图位置"
        case .meal: "价格和送餐"
        case .capacity: "床位和座位"
        case .session: "每周课时"
        case .registration: "课程报名"
        case .organiser: "组织队伍"
        case .volunteers: "志愿者人数"
        case .contact: "联系人"
        case .publisher: "发布单位"
        case .targets: "工作目标"
        case .privacy: "隐私设置"
        case .siteSetting: "网站设置"
        case .bulletinNote: "简报编者按"
        }
    }
}

extension ValueShape {
    var en: String {
        switch self {
        case .nothing: "nothing"
        case .text: "text"
        case .list: "a list"
        case .mapping: "a group of fields"
        }
    }

    var zhHans: String {
        switch self {
        case .nothing: "空白"
        case .text: "一段文字"
        case .list: "一个列表"
        case .mapping: "一组字段"
        }
    }
}

/// Helpers the wording functions share.
enum Say {
    /// `'a', 'b' or 'c'`.
    static func orList(_ words: [String], quote: (String) -> String, or: String, comma: String) -> String {
        let quoted = words.map(quote)
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: comma) + or + quoted.last!
    }

    static func en(_ s: String) -> String { "'\(s)'" }
    static func zh(_ s: String) -> String { "“\(s)”" }
}
