import GongshiModel
import GongshiSite

/// `/reports/canteen-coverage/`: the coverage chart against the target, the table, the
/// villages not yet served, and how the figures are counted.
extension CoverageFigures: Report {
    static let name = "canteen-coverage"

    var figuresJSON: [String: DataJSON] {
        func area(_ area: Area) -> DataJSON {
            .object([
                "id": .string(area.region.id), "name": .string(area.region.name),
                "villages": .int(area.villages.count), "served": .int(area.served), "share": area.share.json,
                "projected": .int(area.projected), "projected_share": area.projectedShare.json,
                "operating_canteens": .int(area.operatingCanteens),
                "meets_target": DataJSON.optional(meetsTarget(area), DataJSON.bool),
                "unserved": .array(area.unserved.map(ReportPages.region)),
            ])
        }
        return [
            "target": DataJSON.optional(target, DataJSON.double), "city": area(city), "towns": .array(towns.map(area)),
        ]
    }

    package func headline(_ c: PageContext) -> String {
        c.words.filling(
            "reports.coverage-headline",
            ["share": c.words.percent(city.share), "served": "\(city.served)", "villages": "\(city.villages.count)"])
            + (target.map { c.words.filling("reports.target-note", ["target": Fixed.percent($0)]) } ?? "")
    }

    func page(_ c: PageContext) -> ReportPage {
        let w = c.words
        let verdict: String
        if let target {
            verdict = w.filling(
                city.share.reaches(target) ? "reports.coverage-above" : "reports.coverage-below",
                ["target": Fixed.percent(target)])
        } else {
            verdict = w["reports.no-target"]
        }
        let summary = w.filling(
            "reports.coverage-summary",
            [
                "villages": "\(city.villages.count)", "served": "\(city.served)", "share": w.percent(city.share),
                "verdict": verdict, "projected": w.percent(city.projectedShare),
            ])
        let areas = [city] + towns
        let chart = BarChart(
            id: "coverage-chart", title: w["reports.coverage-chart-title"],
            description: summary,
            series: [BarChart.Series(name: w["reports.coverage-served"], tone: .accent, fill: .solid)],
            rows: areas.map { area in
                BarChart.Row(
                    label: area.region.name, values: [area.share.fraction], outline: area.projectedShare.fraction,
                    valueText: w.percent(area.share), isTotal: area.region.id == city.region.id)
            },
            maximum: 1, outlineName: w["reports.coverage-projected"],
            target: target.map {
                BarChart.Target(value: $0, label: w.filling("reports.target", ["target": Fixed.percent($0)]))
            },
            showsTrack: true)
        func row(_ area: Area, link: String?) -> ReportTable.Row {
            ReportTable.Row(
                header: ReportCell(text: area.region.name, link: link),
                cells: [
                    .number(area.villages.count), .number(area.served), .number(w.percent(area.share)),
                    .number(area.operatingCanteens), .number(area.projected), .number(w.percent(area.projectedShare)),
                    ReportCell(
                        text: meetsTarget(area).map { w[$0 ? "reports.answer-yes" : "reports.answer-no"] }
                            ?? w["reports.none"]),
                ], isTotal: area.region.id == city.region.id)
        }
        let table = ReportTable(
            caption: w["reports.coverage-table"],
            columns: [
                w["reports.town"], w["reports.villages"], w["reports.served"], w["reports.coverage-share"],
                w["reports.operating-canteens"], w["reports.projected"], w["reports.projected-share"],
                w["reports.meets-target"],
            ],
            rows: towns.map { row($0, link: c.paths.town($0.region.id)) } + [row(city, link: nil)],
            keyColumn: 3)
        let unserved = towns.filter { !$0.unserved.isEmpty }.map { area in
            ReportList(
                heading: w.filling("reports.town-count", ["town": area.region.name, "n": "\(area.unserved.count)"]),
                items: area.unserved.map { ReportCell(text: $0.name) })
        }
        return ReportPage(
            summary: summary,
            sections: [
                ReportSection(
                    id: "coverage", heading: w["reports.coverage-by-town"], paragraphs: [w["reports.coverage-how"]],
                    charts: [chart], table: table),
                ReportSection(
                    id: "unserved", heading: w["reports.unserved"],
                    paragraphs: [
                        city.unserved.isEmpty
                            ? w["reports.unserved-none"]
                            : w.filling("reports.unserved-count", ["n": "\(city.unserved.count)"])
                    ], lists: unserved),
                ReportSection(id: "method", heading: w["reports.method"], paragraphs: [w["reports.coverage-method"]]),
            ])
    }
}
