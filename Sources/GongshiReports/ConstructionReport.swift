import GongshiModel
import GongshiSite

/// `/reports/construction/`: canteen statuses per town as stacked bars, every kind by
/// status, and openings per year.
extension ConstructionFigures: Report {
    static let name = "construction"

    /// The status groups the chart stacks (the tables keep every status apart).
    static let chartGroups: [(key: String, statuses: [PointStatus], tone: BarChart.Tone, fill: BarChart.Fill)] = [
        ("operating", [.operating], .ok, .solid),
        ("construction", [.construction], .warn, .hatch),
        ("preparing", [.planned, .siteSelection, .design], .accent, .dots),
        ("stopped", [.suspended, .closed], .muted, .cross),
    ]

    /// Statuses in the order tables show them: open first, then nearest to opening, then stopped.
    static let statusOrder: [PointStatus] = [
        .operating, .construction, .design, .siteSelection, .planned, .suspended, .closed,
    ]

    var figuresJSON: [String: DataJSON] {
        func tally(_ tally: Tally) -> DataJSON {
            .object(
                Dictionary(
                    uniqueKeysWithValues: PointKind.allCases.map { kind in
                        (
                            kind.rawValue,
                            DataJSON.object(
                                Dictionary(
                                    uniqueKeysWithValues: PointStatus.allCases.map {
                                        ($0.rawValue, DataJSON.int(tally[kind, $0]))
                                    }))
                        )
                    }))
        }
        return [
            "city": tally(city),
            "towns": .array(
                towns.map { town in
                    .object([
                        "id": DataJSON.optional(town.town?.id), "name": DataJSON.optional(town.town?.name),
                        "points": tally(town.tally),
                    ])
                }),
            "openings": .array(
                years.map { year in
                    .object([
                        "year": .int(year.year), "total": .int(year.total),
                        "by_kind": .object(
                            Dictionary(
                                uniqueKeysWithValues: PointKind.allCases.map {
                                    ($0.rawValue, .int(year.byKind[$0] ?? 0))
                                })),
                    ])
                }),
        ]
    }

    private var canteensComing: Int {
        PointStatus.allCases.filter(\.isInPipeline).reduce(0) { $0 + city[.canteen, $1] }
    }

    func headline(_ c: PageContext) -> String {
        c.words.filling(
            "reports.construction-headline",
            ["operating": "\(city[.canteen, .operating])", "coming": "\(canteensComing)"])
    }

    func page(_ c: PageContext) -> ReportPage {
        let w = c.words
        let summary = w.filling(
            "reports.construction-summary",
            [
                "total": "\(city.total)", "operating": "\(PointKind.allCases.reduce(0) { $0 + city[$1, .operating] })",
                "canteens": "\(city.total(.canteen))", "canteensOperating": "\(city[.canteen, .operating])",
                "canteensComing": "\(canteensComing)",
            ])
        func townName(_ town: Town) -> String { town.town?.name ?? w["reports.city-level"] }
        func townLink(_ town: Town) -> String? { town.town.map { c.paths.town($0.id) } }
        let canteenTowns = towns.filter { $0.town != nil || $0.tally.total(.canteen) > 0 }
        let chart = BarChart(
            id: "construction-chart", title: w["reports.construction-chart-title"], description: summary,
            series: Self.chartGroups.map {
                BarChart.Series(name: w["reports.group-\($0.key)"], tone: $0.tone, fill: $0.fill)
            },
            rows: canteenTowns.map { town in
                BarChart.Row(
                    label: townName(town),
                    values: Self.chartGroups.map { group in
                        Double(group.statuses.reduce(0) { $0 + town.tally[.canteen, $1] })
                    },
                    valueText: w.filling("reports.places", ["n": "\(town.tally.total(.canteen))"]))
            },
            maximum: Double(max(1, canteenTowns.map { $0.tally.total(.canteen) }.max() ?? 1)))
        let statusColumns = Self.statusOrder.map(w.status) + [w["reports.total"]]
        func statusCells(_ tally: Tally, _ kind: PointKind) -> [ReportCell] {
            Self.statusOrder.map { .number(tally[kind, $0]) } + [.number(tally.total(kind))]
        }
        let canteenTable = ReportTable(
            caption: w["reports.construction-canteen-table"], columns: [w["reports.town"]] + statusColumns,
            rows: canteenTowns.map {
                ReportTable.Row(
                    header: ReportCell(text: townName($0), link: townLink($0)), cells: statusCells($0.tally, .canteen))
            } + [
                ReportTable.Row(
                    header: ReportCell(text: w["reports.city"]), cells: statusCells(city, .canteen), isTotal: true)
            ], keyColumn: statusColumns.count)
        let kindTable = ReportTable(
            caption: w["reports.construction-kind-table"], columns: [w["reports.kind"]] + statusColumns,
            rows: kinds.map { ReportTable.Row(header: ReportCell(text: w.kind($0)), cells: statusCells(city, $0)) },
            keyColumn: statusColumns.count)
        func operatingOfTotal(_ tally: Tally, _ kind: PointKind) -> ReportCell {
            .number(w.filling("reports.of", ["part": "\(tally[kind, .operating])", "whole": "\(tally.total(kind))"]))
        }
        let townTable = ReportTable(
            caption: w["reports.construction-town-table"], columns: [w["reports.town"]] + kinds.map(w.kind),
            rows: towns.map { town in
                ReportTable.Row(
                    header: ReportCell(text: townName(town), link: townLink(town)),
                    cells: kinds.map { operatingOfTotal(town.tally, $0) })
            } + [
                ReportTable.Row(
                    header: ReportCell(text: w["reports.city"]), cells: kinds.map { operatingOfTotal(city, $0) },
                    isTotal: true)
            ])
        let yearChart = BarChart(
            id: "openings-chart", title: w["reports.openings-chart-title"], description: w["reports.openings-about"],
            series: [BarChart.Series(name: w["reports.openings"], tone: .accent, fill: .solid)],
            rows: years.map { year in
                BarChart.Row(
                    label: w.filling("reports.year", ["y": "\(year.year)"]), values: [Double(year.total)],
                    valueText: w.filling("reports.places", ["n": "\(year.total)"]))
            }, maximum: Double(max(1, years.map(\.total).max() ?? 1)))
        let yearTable = ReportTable(
            caption: w["reports.openings-table"],
            columns: [w["reports.year-column"]] + kinds.map(w.kind) + [w["reports.total"]],
            rows: years.map { year in
                ReportTable.Row(
                    header: ReportCell(text: w.filling("reports.year", ["y": "\(year.year)"])),
                    cells: kinds.map { .number(year.byKind[$0] ?? 0) } + [.number(year.total)])
            }, keyColumn: kinds.count + 1)
        return ReportPage(
            summary: summary,
            sections: [
                ReportSection(
                    id: "canteens", heading: w["reports.construction-canteens"],
                    paragraphs: [w["reports.construction-groups"]], charts: [chart], table: canteenTable),
                ReportSection(id: "kinds", heading: w["reports.construction-kinds"], table: kindTable),
                ReportSection(
                    id: "towns", heading: w["reports.construction-towns"], paragraphs: [w["reports.construction-of"]],
                    table: townTable),
                ReportSection(
                    id: "openings", heading: w["reports.openings-heading"],
                    paragraphs: [w[years.isEmpty ? "reports.openings-none" : "reports.openings-about"]],
                    charts: years.isEmpty ? [] : [yearChart], table: years.isEmpty ? nil : yearTable),
                ReportSection(
                    id: "method", heading: w["reports.method"], paragraphs: [w["reports.construction-method"]]),
            ])
    }
}
