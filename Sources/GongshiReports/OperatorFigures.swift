import GongshiModel

/// Who runs what (运营主体): each operator and the points it runs, and how points are run
/// (公建民营, village associations, public, private), overall and for canteens.
///
/// "Runs" means operating on the day: a canteen still under construction is not yet run by
/// anyone, and a closed one no longer is.
struct OperatorFigures: Sendable {
    struct Row: Sendable {
        let operatorRecord: Operator
        /// Its points operating on the day, in file order.
        let points: [ServicePoint]

        func count(_ kind: PointKind) -> Int { points.count { $0.kind == kind } }
    }

    /// How many points are run each way; `nil` counts points whose record does not say.
    struct Operations: Sendable {
        let counts: [Operation?: Int]
        let total: Int

        init(_ points: [ServicePoint]) {
            counts = Dictionary(grouping: points, by: \.operation).mapValues(\.count)
            total = points.count
        }

        func share(_ operation: Operation?) -> Share { Share(counts[operation] ?? 0, of: total) }
    }

    let asOf: LocalDate
    /// Operators with the most points first; ties in file order.
    let rows: [Row]
    let all: Operations
    let canteens: Operations
    /// Operating points with no operator named.
    let withoutOperator: Int

    init(_ site: Site, asOf: LocalDate) {
        self.asOf = asOf
        let running = site.points.filter { $0.isOperating(on: asOf) }
        let byOperator = Dictionary(grouping: running.filter { $0.operator != nil }, by: { $0.operator!.id })
        rows = site.operators.enumerated().map { ($0, Row(operatorRecord: $1, points: byOperator[$1.id] ?? [])) }
            .sorted { ($1.1.points.count, $0.0) < ($0.1.points.count, $1.0) }.map(\.1)
        all = Operations(running)
        canteens = Operations(running.filter { $0.kind == .canteen })
        withoutOperator = running.count { $0.operator == nil }
    }

    /// The ways of running a point in the order reports show them, unstated last.
    static let operations: [Operation?] = Operation.allCases.map { $0 } + [nil]
}
