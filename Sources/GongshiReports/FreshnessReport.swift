import GongshiModel
import GongshiSite

/// `/reports/freshness/`: the share of points checked recently, by town and by kind, and the
/// points to check again.
extension FreshnessFigures: Report {
    static let name = "freshness"

    var figuresJSON: [String: DataJSON] {
        func tally(_ tally: Tally, _ extra: [String: DataJSON]) -> DataJSON {
            .object(
                extra.merging(
                    [
                        "records": .int(tally.total), "current": .int(tally.current), "stale": .int(tally.stale),
                        "missing": .int(tally.missing), "current_share": tally.share.json,
                    ], uniquingKeysWith: { $1 }))
        }
        return [
            "stale_after_days": .int(staleAfterDays), "current_since": .string(cutoff.description),
            "all": tally(all, [:]),
            "by_kind": .array(kinds.map { tally($0.tally, ["kind": .string($0.kind.rawValue)]) }),
            "by_town": .array(
                towns.map { town in
                    tally(
                        town.tally,
                        [
                            "id": DataJSON.optional(town.town?.id), "name": DataJSON.optional(town.town?.name),
                            "outdated": .array(
                                town.outdated.map { point in
                                    .object([
                                        "id": .string(point.id), "name": .string(point.name),
                                        "kind": .string(point.kind.rawValue),
                                        "state": .string(state(of: point).rawValue),
                                        "updated": DataJSON.optional(point.updated?.description),
                                    ])
                                }),
                        ])
                }),
        ]
    }

    func headline(_ c: PageContext) -> String {
        c.words.filling(
            "reports.freshness-headline",
            ["share": c.words.percent(all.share), "days": "\(staleAfterDays)", "n": "\(all.stale + all.missing)"])
    }

    func page(_ c: PageContext) -> ReportPage {
        let w = c.words
        let summary = w.filling(
            "reports.freshness-summary",
            [
                "total": "\(all.total)", "current": "\(all.current)", "share": w.percent(all.share),
                "days": "\(staleAfterDays)", "cutoff": w.reportDate(cutoff), "stale": "\(all.stale)",
                "missing": "\(all.missing)",
            ])
        func townName(_ town: Town) -> String { town.town?.name ?? w["reports.city-level"] }
        let columns = [
            w["reports.records"], w["reports.current"], w["reports.stale"], w["reports.missing"],
            w["reports.current-share"],
        ]
        func cells(_ tally: Tally) -> [ReportCell] {
            [
                .number(tally.total), .number(tally.current), .number(tally.stale), .number(tally.missing),
                .number(w.percent(tally.share)),
            ]
        }
        let total = ReportTable.Row(header: ReportCell(text: w["reports.city"]), cells: cells(all), isTotal: true)
        let chart = BarChart(
            id: "freshness-chart", title: w["reports.freshness-chart-title"], description: summary,
            series: [BarChart.Series(name: w["reports.current"], tone: .ok, fill: .solid)],
            rows: [
                BarChart.Row(
                    label: w["reports.city"], values: [all.share.fraction], valueText: w.percent(all.share),
                    isTotal: true)
            ]
                + towns.map { town in
                    BarChart.Row(
                        label: townName(town), values: [town.tally.share.fraction],
                        valueText: w.percent(town.tally.share))
                }, maximum: 1, showsTrack: true)
        let outdated = towns.filter { !$0.outdated.isEmpty }.map { town in
            ReportList(
                heading: w.filling("reports.town-count", ["town": townName(town), "n": "\(town.outdated.count)"]),
                items: town.outdated.map { point in
                    ReportCell(
                        text: point.name, link: c.paths.point(point.id),
                        note: w.filling(
                            point.updated == nil ? "reports.outdated-missing" : "reports.outdated-stale",
                            ["kind": w.kind(point.kind), "date": point.updated.map(w.reportDate) ?? ""]))
                })
        }
        return ReportPage(
            summary: summary,
            sections: [
                ReportSection(
                    id: "towns", heading: w["reports.freshness-by-town"],
                    paragraphs: [
                        w.filling(
                            "reports.freshness-how", ["days": "\(staleAfterDays)", "cutoff": w.reportDate(cutoff)])
                    ],
                    charts: [chart],
                    table: ReportTable(
                        caption: w["reports.freshness-town-table"], columns: [w["reports.town"]] + columns,
                        rows: towns.map { town in
                            ReportTable.Row(
                                header: ReportCell(text: townName(town), link: town.town.map { c.paths.town($0.id) }),
                                cells: cells(town.tally))
                        } + [total], keyColumn: columns.count)),
                ReportSection(
                    id: "kinds", heading: w["reports.freshness-by-kind"],
                    table: ReportTable(
                        caption: w["reports.freshness-kind-table"], columns: [w["reports.kind"]] + columns,
                        rows: kinds.map {
                            ReportTable.Row(header: ReportCell(text: w.kind($0.kind)), cells: cells($0.tally))
                        }
                            + [total], keyColumn: columns.count)),
                ReportSection(
                    id: "outdated", heading: w["reports.outdated"],
                    paragraphs: [outdated.isEmpty ? w["reports.outdated-none"] : w["reports.outdated-about"]],
                    lists: outdated),
            ])
    }
}
