import GongshiModel

/// Every place the site publishes something, named by what is there. The output path, the
/// link and the absolute URL all follow from it here, so a URL's shape is spelt once.
public enum Address: Hashable, Sendable {
    case home
    case canteens, centres, courses, volunteer, bulletins, reports, data
    /// Every town with its counts, and the village finder: who serves each village.
    case towns, villages
    case point(String)
    case town(String)
    case course(String)
    case activity(String)
    /// The current week's timetable, or another week's.
    case timetable(ISOWeek?)
    case bulletin(ISOWeek)
    /// A week's bulletin as an article to paste into the WeChat official account's editor.
    case weChatArticle(ISOWeek)
    /// A page's A4 sheet for a noticeboard (`points/p1/print/`).
    indirect case sheet(Address)
    /// Every sheet of a town in one document, to print in one go (`print/fengqiao/`).
    case townSheets(String)
    /// One venue's classes of a week on a noticeboard sheet, the week a centre pins up
    /// (`timetable/2026-W48/print/tc-fengqiao/`), beside the city's sheet of the week.
    case venueWeekSheet(ISOWeek, venue: String)
    /// A content page by its URL path (`help/contact`; empty for the home page's own file).
    case page(String)
    case report(String)
    /// The public record of changes (变更公示), and the changes published on one day.
    case changes
    case changeDay(LocalDate)
    /// A file that is not a page: a feed, a calendar, a data file, the sitemap
    /// (`bulletins/atom.xml`).
    case file(String)

    /// The folder below the base path for a page (`points/p1/`), or the file's path.
    public var location: String {
        switch self {
        case .home: ""
        case .canteens: "canteens/"
        case .centres: "centres/"
        case .courses: "courses/"
        case .volunteer: "volunteer/"
        case .bulletins: "bulletins/"
        case .reports: "reports/"
        case .data: "data/"
        case .towns: "towns/"
        case .villages: "villages/"
        case .point(let id): "points/\(id)/"
        case .town(let id): "towns/\(id)/"
        case .course(let id): "courses/\(id)/"
        case .activity(let id): "volunteer/\(id)/"
        case .timetable(let week): week.map { "timetable/\($0)/" } ?? "timetable/"
        case .bulletin(let week): "bulletins/\(week)/"
        case .weChatArticle(let week): "bulletins/\(week)/wechat.html"
        case .sheet(let page): page.location + "print/"
        case .townSheets(let town): "print/\(town)/"
        case .venueWeekSheet(let week, let venue): Address.sheet(.timetable(week)).location + "\(venue)/"
        case .page(let path): path.isEmpty ? "" : path + "/"
        case .report(let name): "reports/\(name)/"
        case .changes: "changes/"
        case .changeDay(let day): "changes/\(day)/"
        case .file(let path): path
        }
    }

    /// Whether it is a page: a folder whose `index.html` is published and listed in the sitemap.
    public var isPage: Bool {
        switch self {
        case .file, .weChatArticle: false
        default: true
        }
    }

    /// Whether search engines are told of it in the sitemap: printed sheets are for paper.
    public var isListed: Bool {
        switch self {
        case .sheet, .townSheets, .venueWeekSheet: false
        default: isPage
        }
    }

    /// The path below the output folder (`points/p1/index.html`, `bulletins/atom.xml`).
    public var outputPath: String { isPage ? location + "index.html" : location }
}

extension SitePaths {
    /// The link for an address (`/yanglao/points/p1/`).
    public func link(_ address: Address) -> String { link(address.location) }
    /// The absolute URL of an address, for canonical links, feeds and the sitemap.
    public func absolute(_ address: Address) -> String { absolute(address.location) }
}
