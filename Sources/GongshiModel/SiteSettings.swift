/// `content/site.yaml` (SPEC §2).
public struct SiteSettings: Sendable {
    public var title: String
    /// Absolute, ending in `/`: feeds, sitemap and calendars build their links on it.
    public var baseURL: String
    public var language: SiteLanguage
    public var timeZone: SiteTimeZone
    /// The offset of `timeZone`, which every local date and time of the content is at.
    public var offset: UTCOffset { timeZone.offset }
    /// The region at the root of what this site shows.
    public var region: Located<String>
    public var publisher: Publisher
    public var bulletinsFrom: LocalDate?
    public var targets: Targets
    public var terms: [Term]
    public var closures: [Closure]
    public var privacyAllow: [String]
    /// Records whose `updated` is older than this many days count as stale.
    public var staleAfterDays: Int
    /// Keep raw HTML in content Markdown (cmark's unsafe mode); off by default.
    public var allowRawHTML: Bool
    /// The province the site lies in (`浙江省`): HSDS addresses' `state_province`.
    public var province: String?

    public init(
        title: String, baseURL: String, language: SiteLanguage = .zhHans, timeZone: SiteTimeZone = .china,
        region: Located<String>, publisher: Publisher, bulletinsFrom: LocalDate? = nil,
        targets: Targets = Targets(), terms: [Term] = [], closures: [Closure] = [],
        privacyAllow: [String] = [], staleAfterDays: Int = 180, allowRawHTML: Bool = false,
        province: String? = nil
    ) {
        self.title = title
        self.baseURL = baseURL
        self.language = language
        self.timeZone = timeZone
        self.region = region
        self.publisher = publisher
        self.bulletinsFrom = bulletinsFrom
        self.targets = targets
        self.terms = terms
        self.closures = closures
        self.privacyAllow = privacyAllow
        self.staleAfterDays = staleAfterDays
        self.allowRawHTML = allowRawHTML
        self.province = province
    }
}

/// Who publishes the site: named on every page with its phone.
public struct Publisher: Sendable, Hashable {
    public var name: String
    public var phone: String?
    public var address: String?

    public init(name: String, phone: String? = nil, address: String? = nil) {
        self.name = name
        self.phone = phone
        self.address = address
    }
}

/// The bureau's published commitments, which the reports measure against.
public struct Targets: Sendable, Hashable {
    /// Share (0…1) of villages and communities served by an operating canteen.
    public var canteenCoverage: Double?
    public var activitiesPerCanteenMonth: Int?

    public init(canteenCoverage: Double? = nil, activitiesPerCanteenMonth: Int? = nil) {
        self.canteenCoverage = canteenCoverage
        self.activitiesPerCanteenMonth = activitiesPerCanteenMonth
    }
}

/// A senior-university term.
public struct Term: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var dates: DateRange
    public var location: SourceLocation

    public init(id: String, name: String, dates: DateRange, location: SourceLocation) {
        self.id = id
        self.name = name
        self.dates = dates
        self.location = location
    }
}

/// Days without classes (public holidays), a single day or a range.
public struct Closure: Sendable, Hashable {
    public var dates: DateRange
    public var location: SourceLocation

    public init(dates: DateRange, location: SourceLocation) {
        self.dates = dates
        self.location = location
    }
}
