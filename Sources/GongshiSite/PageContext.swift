import Foundation
import GongshiModel
import GongshiRender

/// What every page's view model holds besides its own facts: the site, the menu, the help
/// line, the UI strings. Pages add their own keys to `common(...)`.
public struct PageContext: Sendable {
    public let site: Site
    public let paths: SitePaths
    public let words: Words
    public let today: LocalDate
    /// Section folders the site publishes (`canteens/`), so the menu links only to them.
    public let sections: Set<String>
    /// The Markdown pages this build publishes (drafts only with `--drafts`).
    public let pages: [Page]

    private var layoutShared: LayoutModel.Shared
    /// Texts several routes need, made once per build (a week's bulletin is its page and an
    /// entry of two feeds).
    package let made = MadeOnce<String, String>()
    /// Each week's WeChat article, made once: its file, its bulletin page and the editor's
    /// limits read it.
    package let weChatArticles = MadeOnce<String, WeChatArticle>()
    /// Sets of files several routes take their part of, made once per build (the search
    /// index is one computation over the whole site and many files).
    package let madeFiles = MadeOnce<String, [String: [UInt8]]>()
    /// QR codes by the text they hold, kept by the preview from one rebuild to the next (a
    /// town's document shows the codes of its sheets again); nil draws each code when asked
    /// (a build: keeping its 27,000 codes would raise its peak memory).
    package let qrCodes: MadeOnce<String, QRCode>?
    /// The menu's entries: label key, link, and the section folder the entry stands for.
    private let menuEntries: [(key: String, link: String, folder: String)]

    /// The previous publication's feed entries, which date unchanged notices.
    public let feedHistory: FeedHistory
    /// The public record of changes with this publication's; nil when the build records none.
    public let changeHistory: ChangeHistory?

    public init(
        site: Site, paths: SitePaths, words: Words, today: LocalDate, sections: Set<String>, pages: [Page],
        feedHistory: FeedHistory = FeedHistory(), changeHistory: ChangeHistory? = nil,
        qrCodes: MadeOnce<String, QRCode>? = nil
    ) {
        self.site = site
        self.qrCodes = qrCodes
        self.feedHistory = feedHistory
        self.changeHistory = changeHistory
        self.paths = paths
        self.words = words
        self.today = today
        self.sections = sections
        self.pages = pages
        menuEntries = [
            ("nav.home", paths.home, ""), ("nav.canteens", paths.canteens, "canteens/"),
            ("nav.centres", paths.centres, "centres/"), ("nav.courses", paths.courses, "courses/"),
            ("nav.timetable", paths.timetable, "timetable/"), ("nav.volunteer", paths.volunteer, "volunteer/"),
            ("nav.bulletins", paths.bulletins, "bulletins/"),
        ].filter { $0.2.isEmpty || sections.contains($0.2) }
        // The shared layout facts read the other properties: made last, from a complete self.
        layoutShared = LayoutModel.Shared(
            lang: "", siteTitle: "", home: "", stylesheet: "", assets: "", feeds: [], strings: UIStrings([:]),
            publisher: .init(name: ""))
        layoutShared = Self.layoutShared(self)
    }

    /// The layout's facts for the page at `address`, titled `title`.
    public func layout(title: String, at address: Address, description: String? = nil) -> LayoutModel {
        let folder = address.location
        return LayoutModel(
            shared: layoutShared, title: title, isHome: folder.isEmpty, description: description ?? site.settings.title,
            canonical: paths.absolute(folder), menu: menuModel(current: folder), printLink: printLink(address))
    }

    /// Where a page's noticeboard sheet is: points, courses, notices, timetable weeks and
    /// bulletins have their own, a town's page links to all of its sheets.
    private func printLink(_ address: Address) -> String? {
        switch address {
        case .point, .course, .activity, .timetable, .bulletin: paths.link(.sheet(address))
        case .town(let id): paths.link(.townSheets(id))
        default: nil
        }
    }

    private func menuModel(current folder: String?) -> [LayoutModel.MenuEntry] {
        let current = menuEntries.contains(where: { $0.folder == folder }) ? folder : nil
        return menuEntries.map {
            .init(label: words[$0.key], link: $0.link, current: $0.folder == current, hint: hint(forMenuKey: $0.key))
        }
    }

    /// `nav-hint.canteens` for the entry `nav.canteens`; none when the theme has no hint for it.
    private func hint(forMenuKey key: String) -> String? {
        guard key.hasPrefix("nav.") else { return nil }
        return words.strings["nav-hint"]?[String(key.dropFirst("nav.".count))]
    }

    private static func layoutShared(_ c: PageContext) -> LayoutModel.Shared {
        let publisher = c.site.settings.publisher
        return LayoutModel.Shared(
            lang: c.site.settings.language.rawValue, siteTitle: c.site.settings.title, home: c.paths.home,
            stylesheet: c.paths.asset("style.css"), assets: c.paths.asset(""), feeds: Feeds.links(c),
            dataLink: c.sections.contains("data/") ? c.paths.link(.data) : nil,
            reportsLink: c.sections.contains("reports/") ? c.paths.link(.reports) : nil,
            changesLink: c.sections.contains("changes/") ? c.paths.link(.changes) : nil,
            strings: UIStrings(c.words.strings),
            publisher: .init(
                name: publisher.name, phone: publisher.phone,
                tel: publisher.phone.flatMap { PhoneNumber(text: $0)?.telURI }, address: publisher.address))
    }

    /// A map search for the address (or the position when known), opened in the reader's map.
    func mapLink(_ point: ServicePoint) -> String {
        if let location = point.location {
            return
                "https://uri.amap.com/marker?position=\(location.lon),\(location.lat)&name=\(Escaping.percentEncoded(point.name))"
        }
        return "https://uri.amap.com/search?keyword=\(Escaping.percentEncoded(point.address))"
    }
}
