import GongshiModel

/// Every internal address of the site, below the base path of `base_url`, so the site works
/// when hosted under a sub-path and in the preview alike.
public struct SitePaths: Sendable {
    /// `/` or `/yanglao/`.
    public let basePath: String
    /// The absolute site URL ending in `/`, for sitemap and canonical links.
    public let baseURL: String

    public init(baseURL: String) {
        let url = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.baseURL = url
        if let schemeEnd = url.range(of: "://"), let slash = url[schemeEnd.upperBound...].firstIndex(of: "/") {
            basePath = String(url[slash...])
        } else {
            basePath = "/"
        }
    }

    /// The link for an output folder (`canteens/` → `/yanglao/canteens/`).
    public func link(_ folder: String) -> String { basePath + folder }
    /// The absolute URL for an output folder, for the sitemap.
    public func absolute(_ folder: String) -> String { baseURL + folder }

    public var home: String { link(.home) }
    public var canteens: String { link(.canteens) }
    public var centres: String { link(.centres) }
    public func town(_ id: String) -> String { link(.town(id)) }
    public var towns: String { link(.towns) }
    public var villages: String { link(.villages) }
    public func point(_ id: String) -> String { link(.point(id)) }
    public func course(_ id: String) -> String { link(.course(id)) }
    public var courses: String { link(.courses) }
    public var timetable: String { link(.timetable(nil)) }
    public func timetable(_ week: ISOWeek) -> String { link(.timetable(week)) }
    public var volunteer: String { link(.volunteer) }
    public func activity(_ id: String) -> String { link(.activity(id)) }
    public var bulletins: String { link(.bulletins) }
    public func bulletin(_ week: ISOWeek) -> String { link(.bulletin(week)) }
    public func page(_ urlPath: String) -> String { link(.page(urlPath)) }
    public func asset(_ name: String) -> String { link("assets/" + name) }
}
