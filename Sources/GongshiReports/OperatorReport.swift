import GongshiModel
import GongshiSite

/// `/reports/operators/`: how operating points are run, overall and for canteens, and each
/// operator with the points it runs.
extension OperatorFigures: Report {
    static let name = "operators"

    static func key(_ operation: Operation?) -> String { operation?.rawValue ?? "unstated" }

    var figuresJSON: [String: DataJSON] {
        func operations(_ tally: Operations) -> DataJSON {
            var members: [String: DataJSON] = ["total": .int(tally.total)]
            for operation in Self.operations {
                members[Self.key(operation)] = .object([
                    "count": .int(tally.counts[operation] ?? 0), "share": tally.share(operation).json,
                ])
            }
            return .object(members)
        }
        return [
            "operations": .object(["all": operations(all), "canteens": operations(canteens)]),
            "without_operator": .int(withoutOperator),
            "operators": .array(
                rows.map { row in
                    .object([
                        "id": .string(row.operatorRecord.id), "name": .string(row.operatorRecord.name),
                        "kind": .string(row.operatorRecord.kind.rawValue), "points": .int(row.points.count),
                        "by_kind": .object(
                            Dictionary(
                                uniqueKeysWithValues: PointKind.allCases.map { ($0.rawValue, .int(row.count($0))) })),
                        "point_ids": .array(row.points.map { .string($0.id) }),
                    ])
                }),
        ]
    }

    func headline(_ c: PageContext) -> String {
        c.words.filling(
            "reports.operators-headline",
            [
                "publicPrivate": c.words.percent(all.share(.publicPrivate)),
                "village": c.words.percent(all.share(.villageAssociation)), "total": "\(all.total)",
            ])
    }

    func operationName(_ operation: Operation?, _ w: Words) -> String {
        operation.map(w.operation) ?? w["reports.unstated"]
    }

    func page(_ c: PageContext) -> ReportPage {
        let w = c.words
        let summary = w.filling(
            "reports.operators-summary",
            [
                "total": "\(all.total)", "publicPrivate": "\(all.counts[.publicPrivate] ?? 0)",
                "publicPrivateShare": w.percent(all.share(.publicPrivate)),
                "village": "\(all.counts[.villageAssociation] ?? 0)",
                "villageShare": w.percent(all.share(.villageAssociation)),
                "canteenPublicPrivate": w.percent(canteens.share(.publicPrivate)),
                "canteenVillage": w.percent(canteens.share(.villageAssociation)),
            ])
        // One chart per group, a bar per way of running, so every share is written beside its bar.
        let shown = Self.operations.filter { all.counts[$0] != nil }
        let charts = [("all", w["reports.all-points"], all), ("canteens", w["reports.canteens"], canteens)].map {
            id, group, tally in
            BarChart(
                id: "operations-\(id)-chart",
                title: w.filling("reports.operations-chart-title", ["group": group, "n": "\(tally.total)"]),
                description: summary,
                series: [BarChart.Series(name: w["reports.share"], tone: .accent, fill: .solid)],
                rows: shown.map { operation in
                    BarChart.Row(
                        label: operationName(operation, w), values: [tally.share(operation).fraction],
                        valueText: w.percent(tally.share(operation)))
                }, maximum: 1, showsTrack: true)
        }
        let operationsTable = ReportTable(
            caption: w["reports.operations-table"],
            columns: [
                w["reports.operation"], w["reports.all-points"], w["reports.all-points-share"], w["reports.canteens"],
                w["reports.canteens-share"],
            ],
            rows: Self.operations.map { operation in
                ReportTable.Row(
                    header: ReportCell(text: operationName(operation, w)),
                    cells: [
                        .number(all.counts[operation] ?? 0), .number(w.percent(all.share(operation))),
                        .number(canteens.counts[operation] ?? 0), .number(w.percent(canteens.share(operation))),
                    ])
            }
                + [
                    ReportTable.Row(
                        header: ReportCell(text: w["reports.total"]),
                        cells: [.number(all.total), .number(""), .number(canteens.total), .number("")], isTotal: true)
                ], keyColumn: 2)
        let kinds = PointKind.allCases.filter { kind in rows.contains { $0.count(kind) > 0 } }
        let operatorTable = ReportTable(
            caption: w["reports.operators-table"],
            columns: [w["reports.operator"], w["reports.operator-kind"]] + kinds.map(w.kind) + [w["reports.total"]],
            rows: rows.map { row in
                ReportTable.Row(
                    header: ReportCell(text: row.operatorRecord.name),
                    cells: [ReportCell(text: w["reports.operator-\(row.operatorRecord.kind.rawValue)"])]
                        + kinds.map { .number(row.count($0)) } + [.number(row.points.count)])
            }, keyColumn: kinds.count + 2)
        var operatorNotes = [w["reports.operators-about"]]
        if withoutOperator > 0 {
            operatorNotes.append(w.filling("reports.without-operator", ["n": "\(withoutOperator)"]))
        }
        return ReportPage(
            summary: summary,
            sections: [
                ReportSection(
                    id: "operations", heading: w["reports.operations-heading"],
                    paragraphs: [w["reports.operations-about"]],
                    charts: charts, table: operationsTable),
                ReportSection(
                    id: "operators", heading: w["reports.operators-heading"], paragraphs: operatorNotes,
                    table: operatorTable),
            ])
    }
}
