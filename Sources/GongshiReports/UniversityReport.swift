import GongshiModel
import GongshiSite

/// `/reports/university/`: per term, enrolment against seats by category (chart and table)
/// and by venue.
extension UniversityFigures: Report {
    static let name = "university"

    var figuresJSON: [String: DataJSON] {
        func tally(_ tally: Tally, _ extra: [String: DataJSON]) -> DataJSON {
            .object(
                extra.merging(
                    [
                        "courses": .int(tally.courses), "sessions": .int(tally.sessions), "seats": .int(tally.seats),
                        "enrolled": .int(tally.enrolled),
                        "enrolment_share": Share(tally.enrolled, of: tally.seats).json,
                        "courses_without_capacity": .int(tally.withoutCapacity),
                    ], uniquingKeysWith: { $1 }))
        }
        return [
            "terms": .array(
                terms.map { term in
                    tally(
                        term.total,
                        [
                            "id": .string(term.term.id), "name": .string(term.term.name),
                            "from": .string(term.term.dates.first.description),
                            "until": .string(term.term.dates.last.description),
                            "by_category": .array(
                                term.categories.map { tally($0.tally, ["category": DataJSON.optional($0.category)]) }),
                            "by_venue": .array(
                                term.venues.map {
                                    tally($0.tally, ["id": .string($0.venue.id), "name": .string($0.venue.name)])
                                }),
                        ])
                })
        ]
    }

    func headline(_ c: PageContext) -> String {
        guard let term = current else { return c.words["reports.university-none"] }
        return c.words.filling(
            "reports.university-headline",
            [
                "term": term.term.name, "courses": "\(term.total.courses)", "seats": "\(term.total.seats)",
                "enrolled": "\(term.total.enrolled)",
            ])
    }

    func page(_ c: PageContext) -> ReportPage {
        let w = c.words
        guard let now = current else {
            return ReportPage(summary: w["reports.university-none"], sections: [])
        }
        let summary = w.filling(
            "reports.university-summary",
            [
                "term": now.term.name, "courses": "\(now.total.courses)", "sessions": "\(now.total.sessions)",
                "seats": "\(now.total.seats)", "enrolled": "\(now.total.enrolled)",
                "share": w.percent(Share(now.total.enrolled, of: now.total.seats)),
            ])
        var sections: [ReportSection] = []
        for (index, term) in terms.enumerated() {
            let id = "term\(index + 1)"
            let columns = [
                w["reports.courses"], w["reports.sessions"], w["reports.seats"], w["reports.enrolled"],
                w["reports.enrolment-share"],
            ]
            func cells(_ tally: Tally) -> [ReportCell] {
                [
                    .number(tally.courses), .number(tally.sessions), .number(tally.seats), .number(tally.enrolled),
                    .number(w.percent(Share(tally.enrolled, of: tally.seats))),
                ]
            }
            let total = ReportTable.Row(
                header: ReportCell(text: w["reports.total"]), cells: cells(term.total), isTotal: true)
            let chart = BarChart(
                id: "\(id)-chart", title: w.filling("reports.university-chart-title", ["term": term.term.name]),
                description: w.filling(
                    "reports.university-chart-about",
                    ["term": term.term.name, "seats": "\(term.total.seats)", "enrolled": "\(term.total.enrolled)"]),
                series: [BarChart.Series(name: w["reports.enrolled"], tone: .accent, fill: .solid)],
                rows: term.categories.map { category, tally in
                    BarChart.Row(
                        label: categoryName(category, w),
                        values: [Double(tally.enrolled)], outline: Double(tally.seats),
                        valueText: w.filling("reports.of", ["part": "\(tally.enrolled)", "whole": "\(tally.seats)"]))
                },
                maximum: Double(max(1, term.categories.map { max($0.tally.seats, $0.tally.enrolled) }.max() ?? 1)),
                outlineName: w["reports.seats"])
            var notes = [w.filling("reports.university-term", ["term": term.term.name])]
            if term.total.withoutCapacity > 0 {
                notes.append(w.filling("reports.without-capacity", ["n": "\(term.total.withoutCapacity)"]))
            }
            sections.append(
                ReportSection(
                    id: "\(id)-categories",
                    heading: w.filling("reports.university-by-category", ["term": term.term.name]), paragraphs: notes,
                    charts: term.categories.isEmpty ? [] : [chart],
                    table: ReportTable(
                        caption: w.filling("reports.university-category-table", ["term": term.term.name]),
                        columns: [w["reports.category"]] + columns,
                        rows: term.categories.map {
                            ReportTable.Row(
                                header: ReportCell(text: categoryName($0.category, w)), cells: cells($0.tally))
                        } + [total], keyColumn: columns.count)))
            sections.append(
                ReportSection(
                    id: "\(id)-venues", heading: w.filling("reports.university-by-venue", ["term": term.term.name]),
                    table: ReportTable(
                        caption: w.filling("reports.university-venue-table", ["term": term.term.name]),
                        columns: [w["reports.venue"]] + columns,
                        rows: term.venues.map {
                            ReportTable.Row(
                                header: ReportCell(text: $0.venue.name, link: c.paths.point($0.venue.id)),
                                cells: cells($0.tally))
                        } + [total], keyColumn: columns.count)))
        }
        return ReportPage(summary: summary, sections: sections)
    }

    private func categoryName(_ category: String?, _ w: Words) -> String { category ?? w["courses.other"] }
}
