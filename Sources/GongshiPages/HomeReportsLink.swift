import GongshiReports
import GongshiSite

extension ReportPages {
    /// The home page's link to the reports, with the coverage headline.
    static func homeLink(_ c: PageContext) -> HomeFacts.ReportsLink {
        HomeFacts.ReportsLink(
            link: c.paths.link(.reports),
            headline: c.words.filling(
                "reports.home-coverage", ["headline": CoverageFigures(c.site, asOf: c.today).headline(c)]))
    }
}
