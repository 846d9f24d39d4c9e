/// A closed list of words the content may use for a field; the loader reads and suggests
/// them and the JSON Schemas list them, all from the same cases.
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {}

extension Vocabulary {
    public static var words: [String] { allCases.map(\.rawValue) }
}

/// What a service point is (SPEC §4).
public enum PointKind: String, Vocabulary {
    case canteen
    case mealPoint = "meal-point"
    case cityCentre = "city-centre"
    case townCentre = "town-centre"
    case villageCentre = "village-centre"

    /// Canteens and meal points form the meal directory; the rest are care centres.
    public var isMealService: Bool { self == .canteen || self == .mealPoint }
}

/// Where a point stands in its life, from planning to closure.
public enum PointStatus: String, Vocabulary {
    case planned
    case siteSelection = "site-selection"
    case design
    case construction
    case operating
    case suspended
    case closed

    /// Not yet open but on the way: counts toward the coverage a plan would reach.
    public var isInPipeline: Bool { [.planned, .siteSelection, .design, .construction].contains(self) }
}

/// How a point is run: 公建民营 and the rest.
public enum Operation: String, Vocabulary {
    case publicPrivate = "public-private"
    case villageAssociation = "village-association"
    case `public`
    case `private`
}

public enum Service: String, Vocabulary {
    case meals
    case mealDelivery = "meal-delivery"
    case dayCare = "day-care"
    case respiteCare = "respite-care"
    case rehabilitation
    case healthCheck = "health-check"
    case cognitiveCare = "cognitive-care"
    case elderUniversity = "elder-university"
    case recreation
    case haircut
    case counselling
}

public enum RegionKind: String, Vocabulary {
    case city, county, town, subdistrict, village, community

    /// Villages and communities: the level coverage is counted at.
    public var isVillageLevel: Bool { self == .village || self == .community }
    /// Towns and subdistricts: the level directories group by.
    public var isTownLevel: Bool { self == .town || self == .subdistrict }
}

public enum OperatorKind: String, Vocabulary {
    case company
    case socialOrg = "social-org"
    case villageAssociation = "village-association"
    case government
}

public enum ActivityKind: String, Vocabulary {
    case mealService = "meal-service"
    case health, haircut, performance, visit, training, other
}

/// The three kinds of teams of the "共享五福" model, plus professional organisations.
public enum Team: String, Vocabulary {
    case city, town, village, professional
}

/// The languages the default theme carries UI strings for.
public enum SiteLanguage: String, Vocabulary {
    case zhHans = "zh-Hans"
    case en
}
