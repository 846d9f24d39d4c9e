import GongshiModel
import GongshiSite

/// `/reports/volunteer-commitment/`: the share of canteens reaching the monthly target, the
/// canteens below it, and every canteen's count per month.
extension VolunteerFigures: Report {
    static let name = "volunteer-commitment"

    var figuresJSON: [String: DataJSON] {
        func canteen(_ canteen: Canteen) -> DataJSON {
            .object([
                "id": .string(canteen.point.id), "name": .string(canteen.point.name),
                "activities": .int(canteen.activities),
                "meets_target": target == nil ? .null : .bool(meets(canteen)),
            ])
        }
        return [
            "target": DataJSON.optional(target, DataJSON.int),
            "months": .array(
                months.map { month in
                    .object([
                        "month": .string(month.month.description), "first_day": .string(month.month.first.description),
                        "canteens": .int(month.canteens.count), "activities": .int(month.activities),
                        "meeting_target": target == nil ? .null : .int(share(month).part),
                        "share": target == nil ? .null : share(month).json,
                        "below_target": .array(month.canteens.filter { !meets($0) }.map(canteen)),
                        "by_canteen": .array(month.canteens.map(canteen)),
                    ])
                }),
        ]
    }

    func headline(_ c: PageContext) -> String {
        guard let month = current else { return c.words["reports.volunteer-none"] }
        return c.words.filling(
            target == nil ? "reports.volunteer-headline-no-target" : "reports.volunteer-headline",
            [
                "activities": "\(month.activities)",
                "month": c.words.month(month.month), "meeting": "\(share(month).part)",
                "canteens": "\(month.canteens.count)", "target": "\(target ?? 0)",
                "share": c.words.percent(share(month)),
            ])
    }

    func page(_ c: PageContext) -> ReportPage {
        let w = c.words
        guard let now = current else {
            return ReportPage(
                summary: w["reports.volunteer-none"],
                sections: [
                    ReportSection(
                        id: "method", heading: w["reports.method"], paragraphs: [w["reports.volunteer-method"]])
                ])
        }
        let summary = w.filling(
            target == nil ? "reports.volunteer-summary-no-target" : "reports.volunteer-summary",
            [
                "month": w.month(now.month), "canteens": "\(now.canteens.count)", "meeting": "\(share(now).part)",
                "target": "\(target ?? 0)", "share": w.percent(share(now)),
                "below": "\(now.canteens.count - share(now).part)", "activities": "\(now.activities)",
            ])
        var sections: [ReportSection]
        if let target {
            sections = targetSections(c, target: target, summary: summary)
        } else {
            // Without a target there is nothing to meet: the months show how many activities there were.
            sections = [
                ReportSection(
                    id: "months", heading: w["reports.volunteer-per-month"],
                    charts: [
                        BarChart(
                            id: "volunteer-chart", title: w["reports.volunteer-per-month"], description: summary,
                            series: [BarChart.Series(name: w["reports.activities"], tone: .ok, fill: .solid)],
                            rows: months.map { month in
                                BarChart.Row(
                                    label: w.month(month.month), values: [Double(month.activities)],
                                    valueText: "\(month.activities)")
                            }, maximum: Double(max(1, months.map(\.activities).max() ?? 1)))
                    ],
                    table: ReportTable(
                        caption: w["reports.volunteer-per-month"],
                        columns: [w["reports.month-column"], w["reports.operating-canteens"], w["reports.activities"]],
                        rows: months.map { month in
                            ReportTable.Row(
                                header: ReportCell(text: w.month(month.month)),
                                cells: [.number(month.canteens.count), .number(month.activities)])
                        }))
            ]
        }
        sections.append(ReportSection(id: "canteens", heading: w["reports.volunteer-canteens"], table: matrix(c)))
        sections.append(
            ReportSection(id: "method", heading: w["reports.method"], paragraphs: [w["reports.volunteer-method"]]))
        return ReportPage(summary: summary, sections: sections)
    }

    /// The share of canteens meeting the target each month, and the canteens below it.
    private func targetSections(_ c: PageContext, target: Int, summary: String) -> [ReportSection] {
        let w = c.words
        let chart = BarChart(
            id: "volunteer-chart", title: w.filling("reports.volunteer-chart-title", ["target": "\(target)"]),
            description: summary,
            series: [BarChart.Series(name: w["reports.volunteer-meeting"], tone: .ok, fill: .solid)],
            rows: months.map { month in
                BarChart.Row(
                    label: w.month(month.month), values: [share(month).fraction], valueText: w.percent(share(month)))
            }, maximum: 1, showsTrack: true)
        let table = ReportTable(
            caption: w.filling("reports.volunteer-table", ["target": "\(target)"]),
            columns: [
                w["reports.month-column"], w["reports.operating-canteens"], w["reports.activities"],
                w["reports.meeting"], w["reports.share"], w["reports.below"],
            ],
            rows: months.map { month in
                ReportTable.Row(
                    header: ReportCell(text: w.month(month.month)),
                    cells: [
                        .number(month.canteens.count), .number(month.activities), .number(share(month).part),
                        .number(w.percent(share(month))), .number(month.canteens.count - share(month).part),
                    ])
            }, keyColumn: 4)
        let below = months.map { month in
            let names = month.canteens.filter { !meets($0) }
            return ReportList(
                heading: w.filling("reports.month-count", ["month": w.month(month.month), "n": "\(names.count)"]),
                items: names.map {
                    ReportCell(
                        text: $0.point.name, link: c.paths.point($0.point.id),
                        note: w.filling("reports.times", ["n": "\($0.activities)"]))
                })
        }
        return [
            ReportSection(
                id: "months", heading: w["reports.volunteer-by-month"],
                paragraphs: [w.filling("reports.volunteer-how", ["target": "\(target)"])], charts: [chart],
                table: table),
            ReportSection(id: "below", heading: w["reports.volunteer-below"], lists: below),
        ]
    }

    /// Every canteen measured in any month, one column per month.
    private func matrix(_ c: PageContext) -> ReportTable {
        let w = c.words
        var seen: Set<String> = []
        var canteens: [ServicePoint] = []
        for month in months {
            for canteen in month.canteens where seen.insert(canteen.point.id).inserted {
                canteens.append(canteen.point)
            }
        }
        let counts = months.map { month in
            Dictionary(uniqueKeysWithValues: month.canteens.map { ($0.point.id, $0) })
        }
        return ReportTable(
            caption: target.map { w.filling("reports.volunteer-matrix", ["target": "\($0)"]) }
                ?? w["reports.volunteer-canteens"],
            columns: [w["reports.canteen"], w["reports.town"]] + months.map { w.month($0.month) },
            rows: canteens.map { point in
                ReportTable.Row(
                    header: ReportCell(text: point.name, link: c.paths.point(point.id)),
                    cells: [ReportCell(text: point.town?.name ?? w["reports.city-level"])]
                        + counts.map { month in
                            guard let canteen = month[point.id] else { return ReportCell(text: w["reports.not-open"]) }
                            return .number(
                                meets(canteen)
                                    ? "\(canteen.activities)"
                                    : w.filling("reports.below-mark", ["n": "\(canteen.activities)"]))
                        })
            })
    }
}
