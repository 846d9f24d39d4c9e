import GongshiModel
import GongshiRender
import GongshiSite

/// The transparency reports (issue 5): `/reports/` lists them with a headline figure each;
/// every report is a page with a chart, a table, a summary sentence, and a JSON file.
package enum ReportPages {
    /// The reports in the order the index lists them.
    static let reports: [any Report.Type] = [
        CoverageFigures.self, ConstructionFigures.self, VolunteerFigures.self, OperatorFigures.self,
        UniversityFigures.self, FreshnessFigures.self,
    ]

    /// The index, then each report's page and JSON file. Every site gets all of them (a
    /// report without data says so), so neither the site nor the day changes the routes.
    package static func routes(_ site: Site, today: LocalDate) -> [Route] {
        var routes = [index()]
        for report in reports {
            routes.append(
                .page(.report(report.name), layout: "report") { c, _ in
                    report.init(c.site, asOf: c.today).page(c).model(
                        c, name: report.name, title: report.title(c.words))
                })
            routes.append(
                Route(.file("reports/\(report.name).json")) { c, _ in
                    json(report.init(c.site, asOf: c.today), c).fileBytes
                })
        }
        return routes
    }

    static func index() -> Route {
        .page(.reports, layout: "reports") { c, _ in
            PageContent(
                title: c.words["reports.title"],
                ReportIndexFacts(
                    intro: c.words.filling("reports.intro", ["date": c.words.reportDate(c.today)]),
                    asOfISO: c.today.description,
                    reports: reports.map { report in
                        .init(
                            title: report.title(c.words), headline: report.init(c.site, asOf: c.today).headline(c),
                            link: c.paths.link(.report(report.name)),
                            jsonLink: c.paths.link("reports/\(report.name).json"), name: report.name)
                    }))
        }
    }

    /// The JSON file: which report, the day, the publisher and the site, then the figures.
    static func json(_ report: some Report, _ c: PageContext) -> DataJSON {
        var members = report.figuresJSON
        members["report"] = .string(type(of: report).name)
        members["title"] = .string(type(of: report).title(c.words))
        members["as_of"] = .string(c.today.description)
        members["publisher"] = .string(c.site.settings.publisher.name)
        members["url"] = .string(c.paths.absolute(.report(type(of: report).name)))
        return .object(members)
    }

    /// A region as the JSON files name it.
    static func region(_ region: Region) -> DataJSON {
        .object(["id": .string(region.id), "name": .string(region.name)])
    }

    /// A point as the JSON files name it.
    static func point(_ point: ServicePoint) -> DataJSON {
        .object(["id": .string(point.id), "name": .string(point.name)])
    }
}

extension ReportPages {
    /// A bulletin's key figures: coverage and operating canteens at the end of its week (or
    /// on the as-of day, for the current week), and the week's activities not cancelled.
    /// The day a week's figures are counted to: its Sunday, or the as-of day while the week
    /// is still running.
    package static func figuresDay(_ week: ISOWeek, _ c: PageContext) -> LocalDate { min(week.sunday, c.today) }

    package static func weekFigures(_ week: ISOWeek, _ c: PageContext) -> WeekFigures {
        let w = c.words
        let day = figuresDay(week, c)
        let coverage = CoverageFigures(c.site, asOf: day, towns: false)
        let activities = c.site.activities(startingIn: week.days).count { !$0.isCancelled }
        return WeekFigures(
            coverage: w.filling(
                "reports.bulletin-coverage",
                [
                    "share": w.percent(coverage.city.share), "served": "\(coverage.city.served)",
                    "villages": "\(coverage.city.villages.count)",
                ]),
            canteens: w.filling("reports.bulletin-canteens", ["n": "\(coverage.city.operatingCanteens)"]),
            activities: w.filling("reports.bulletin-activities", ["n": "\(activities)"]),
            asOf: w.filling("reports.bulletin-as-of", ["date": w.reportDate(day)]),
            reportsLink: c.paths.link(.reports))
    }
}

/// A bulletin's key figures in words, with the day they are counted to and the reports' link.
package struct WeekFigures: FieldModel {
    var coverage: String
    var canteens: String
    var activities: String
    var asOf: String
    var reportsLink: String

    package static let fields = TemplateFields<Self>([
        .text("coverage") { $0.coverage }, .text("canteens") { $0.canteens }, .text("activities") { $0.activities },
        .text("asOf") { $0.asOf }, .text("reportsLink") { $0.reportsLink },
    ])
}

/// The reports index: each report with its headline figure and JSON file.
struct ReportIndexFacts: FieldModel {
    var intro: String
    var asOfISO: String
    var reports: [Entry]

    static let fields = TemplateFields<Self>([
        .text("intro") { $0.intro }, .text("asOfISO") { $0.asOfISO }, .list("reports") { $0.reports },
    ])

    struct Entry: FieldModel {
        var title: String
        var headline: String
        var link: String
        var jsonLink: String
        /// The report's address, `canteen-coverage`.
        var name: String

        static let fields = TemplateFields<Self>([
            .text("title") { $0.title }, .text("headline") { $0.headline }, .text("link") { $0.link },
            .text("jsonLink") { $0.jsonLink }, .text("name") { $0.name },
        ])
    }
}
