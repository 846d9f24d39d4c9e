import GongshiModel

/// The transparency reports (issue 5): `/reports/` lists them with a headline figure each;
/// every report is a page with a chart, a table, a summary sentence, and a JSON file.
enum ReportPages {
    /// The reports in the order the index lists them.
    static let reports: [any Report.Type] = [
        CoverageFigures.self, ConstructionFigures.self, VolunteerFigures.self, OperatorFigures.self,
        UniversityFigures.self, FreshnessFigures.self,
    ]

    /// The index, then each report's page and JSON file. Every site gets all of them (a
    /// report without data says so), so neither the site nor the day changes the routes.
    static func routes(_ site: Site, today: LocalDate) -> [Route] {
        var routes = [index()]
        for report in reports {
            routes.append(
                .untypedPage("reports/\(report.name)/", layout: "report") { c, _ in
                    report.init(c.site, asOf: c.today).page(c).model(
                        c, name: report.name, title: report.title(c.words))
                })
            routes.append(
                Route(path: "reports/\(report.name).json", sitemapFolder: nil) { c, _ in
                    json(report.init(c.site, asOf: c.today), c).fileBytes
                })
        }
        return routes
    }

    static func index() -> Route {
        .untypedPage("reports/", layout: "reports") { c, _ in
            var model = c.common(title: c.words["reports.title"], folder: "reports/")
            model["intro"] = c.words.filling("reports.intro", ["date": c.words.reportDate(c.today)])
            model["asOfISO"] = c.today.description
            model["reports"] = reports.map { report -> [String: Any] in
                [
                    "title": report.title(c.words), "headline": report.init(c.site, asOf: c.today).headline(c),
                    "link": c.paths.link("reports/\(report.name)/"),
                    "jsonLink": c.paths.link("reports/\(report.name).json"), "name": report.name,
                ]
            }
            return model
        }
    }

    /// The JSON file: which report, the day, the publisher and the site, then the figures.
    static func json(_ report: some Report, _ c: PageContext) -> DataJSON {
        var members = report.figuresJSON
        members["report"] = .string(type(of: report).name)
        members["title"] = .string(type(of: report).title(c.words))
        members["as_of"] = .string(c.today.description)
        members["publisher"] = .string(c.site.settings.publisher.name)
        members["url"] = .string(c.paths.absolute("reports/\(type(of: report).name)/"))
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
    /// The home page's link to the reports, with the coverage headline.
    static func homeLink(_ c: PageContext) -> HomeFacts.ReportsLink {
        HomeFacts.ReportsLink(
            link: c.paths.link("reports/"),
            headline: c.words.filling(
                "reports.home-coverage", ["headline": CoverageFigures(c.site, asOf: c.today).headline(c)]))
    }

    /// A bulletin's key figures: coverage and operating canteens at the end of its week (or
    /// on the as-of day, for the current week), and the week's activities not cancelled.
    /// The day a week's figures are counted to: its Sunday, or the as-of day while the week
    /// is still running.
    static func figuresDay(_ week: ISOWeek, _ c: PageContext) -> LocalDate { min(week.sunday, c.today) }

    static func weekFigures(_ week: ISOWeek, _ c: PageContext) -> [String: Any] {
        let w = c.words
        let day = figuresDay(week, c)
        let coverage = CoverageFigures(c.site, asOf: day)
        let activities = c.site.activities.count {
            !$0.isCancelled && week.monday <= $0.start.date && $0.start.date <= week.sunday
        }
        return [
            "coverage": w.filling(
                "reports.bulletin-coverage",
                [
                    "share": w.percent(coverage.city.share), "served": "\(coverage.city.served)",
                    "villages": "\(coverage.city.villages.count)",
                ]),
            "canteens": w.filling("reports.bulletin-canteens", ["n": "\(coverage.city.operatingCanteens)"]),
            "activities": w.filling("reports.bulletin-activities", ["n": "\(activities)"]),
            "asOf": w.filling("reports.bulletin-as-of", ["date": w.reportDate(day)]),
            "reportsLink": c.paths.link("reports/"),
        ]
    }
}
