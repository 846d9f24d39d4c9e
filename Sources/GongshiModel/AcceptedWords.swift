import Foundation

/// The words staff may write for a vocabulary value besides the value itself: first the
/// zh-Hans label the site prints for it (as `templates/i18n/zh-Hans.yaml` holds it, so every
/// printed label reads back as its value), then common synonyms. One table per vocabulary,
/// all of them here; the loader reads them, the JSON Schemas and the editors' guide list them.
public protocol AcceptedWords: Vocabulary {
    /// Value → the Chinese words read as it, the printed label first.
    static var chinese: [Self: [String]] { get }
}

extension AcceptedWords {
    /// The value a word names: the value itself (in any case) or one of its Chinese words.
    public init?(word: some StringProtocol) {
        let key = word.trimmingSpaces()
        if let value = Self(rawValue: key) ?? Self(rawValue: key.lowercased()) {
            self = value
            return
        }
        guard let hit = Self.allCases.first(where: { Self.chinese[$0]?.contains(key) == true }) else { return nil }
        self = hit
    }

    /// Each value with its Chinese words, in the order of the cases.
    public static var table: [(value: String, words: [String])] {
        allCases.map { value in (value.rawValue, chinese[value] ?? []) }
    }

    /// The label the zh-Hans site prints, when the table has one.
    public var label: String? { Self.chinese[self]?.first }
}

extension PointKind: AcceptedWords {
    public static let chinese: [PointKind: [String]] = [
        .canteen: ["爱心食堂", "老年食堂", "长者食堂", "食堂"],
        .mealPoint: ["助餐配送点", "助餐点", "配送点"],
        .cityCentre: ["市级养老服务中心", "市养老服务中心"],
        .townCentre: ["镇街居家养老服务中心", "镇级养老服务中心", "镇居家养老服务中心", "街道居家养老服务中心"],
        .villageCentre: ["村社居家养老服务照料中心", "村级照料中心", "居家养老服务照料中心", "照料中心"],
    ]
}

extension PointStatus: AcceptedWords {
    public static let chinese: [PointStatus: [String]] = [
        .planned: ["规划中", "计划中"],
        .siteSelection: ["选址中"],
        .design: ["设计中"],
        .construction: ["建设中", "在建", "施工中"],
        .operating: ["运营中", "营业中", "已运营", "开放中"],
        .suspended: ["暂停服务", "暂停", "暂停营业"],
        .closed: ["已关闭", "关闭", "已停办"],
    ]
}

extension Operation: AcceptedWords {
    public static let chinese: [Operation: [String]] = [
        .publicPrivate: ["公建民营"],
        .villageAssociation: ["村老年协会运营", "老年协会运营", "村老年协会"],
        .public: ["公办", "公建公营"],
        .private: ["民办", "民建民营"],
    ]
}

extension Service: AcceptedWords {
    public static let chinese: [Service: [String]] = [
        .meals: ["助餐", "就餐"],
        .mealDelivery: ["送餐", "送餐上门"],
        .dayCare: ["日间照料"],
        .respiteCare: ["短期托养", "喘息服务"],
        .rehabilitation: ["康复护理", "康复"],
        .healthCheck: ["健康检查", "体检"],
        .cognitiveCare: ["认知障碍照护"],
        .elderUniversity: ["老年大学"],
        .recreation: ["文体娱乐", "文娱活动"],
        .haircut: ["理发"],
        .counselling: ["心理慰藉", "心理疏导"],
    ]
}

extension RegionKind: AcceptedWords {
    public static let chinese: [RegionKind: [String]] = [
        .city: ["市"], .county: ["县", "区", "县（市、区）"], .town: ["镇", "乡", "乡镇"],
        .subdistrict: ["街道"], .village: ["村"], .community: ["社区"],
    ]
}

extension OperatorKind: AcceptedWords {
    public static let chinese: [OperatorKind: [String]] = [
        .company: ["企业", "公司"], .socialOrg: ["社会组织"],
        .villageAssociation: ["村老年协会", "老年协会"], .government: ["政府", "政府部门"],
    ]
}

extension ActivityKind: AcceptedWords {
    public static let chinese: [ActivityKind: [String]] = [
        .mealService: ["助餐服务"], .health: ["健康服务"], .haircut: ["理发"],
        .performance: ["文艺演出", "演出"], .visit: ["探访关爱", "探访"], .training: ["培训"], .other: ["其他"],
    ]
}

extension ActivityStatus: AcceptedWords {
    /// Only `cancelled` is written; the others are worked out, and reading them says so.
    public static let chinese: [ActivityStatus: [String]] = [
        .open: ["招募中"], .full: ["已满员"], .done: ["已结束"], .cancelled: ["已取消", "取消"],
    ]
}

extension Team: AcceptedWords {
    public static let chinese: [Team: [String]] = [
        .city: ["市级团队", "市级"], .town: ["镇级团队", "镇级"], .village: ["村级团队", "村级"],
        .professional: ["专业组织", "专业团队"],
    ]
}

extension SiteLanguage: AcceptedWords {
    public static let chinese: [SiteLanguage: [String]] = [
        .zhHans: ["简体中文", "中文"], .en: ["英文", "English"],
    ]
}

extension Weekday: AcceptedWords {
    /// `周一`, `星期一`, `礼拜一`; Sunday also as `…天`.
    public static let chinese: [Weekday: [String]] = [
        .mon: ["周一", "星期一", "礼拜一"], .tue: ["周二", "星期二", "礼拜二"],
        .wed: ["周三", "星期三", "礼拜三"], .thu: ["周四", "星期四", "礼拜四"],
        .fri: ["周五", "星期五", "礼拜五"], .sat: ["周六", "星期六", "礼拜六"],
        .sun: ["周日", "星期日", "礼拜日", "周天", "星期天", "礼拜天"],
    ]
}

/// Yes and no as staff write them: the site prints 提供/不提供 for delivery.
public enum BooleanWords {
    public static let table: [(value: Bool, words: [String])] = [
        (true, ["true", "yes", "1", "是", "有", "提供"]),
        (false, ["false", "no", "0", "否", "无", "没有", "不提供"]),
    ]

    /// `是` or `否`: what a workbook's yes/no dropdown offers.
    public static func label(_ value: Bool) -> String { value ? "是" : "否" }

    public static func read(_ word: some StringProtocol) -> Bool? {
        let key = word.trimmingSpaces().lowercased()
        return table.first { $0.words.contains(key) }?.value
    }
}

/// Whole sets of days written as one word or one range.
public enum WeekdayRangeWords {
    /// Words for several days at once.
    public static let sets: [(words: [String], days: ClosedRange<Int>)] = [
        (["工作日"], 1...5), (["每天", "每日", "天天", "全周"], 1...7), (["周末", "双休日"], 6...7),
    ]
    /// What may stand between the first and last day of a range: `mon-fri`, `周一至周五`, `周一到周五`.
    public static let joiners: [String] = ["-", "至", "到", "–", "~", "～"]
}
