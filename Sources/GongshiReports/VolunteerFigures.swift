import GongshiModel

/// Volunteer activity commitment (志愿活动): for each month of the activity data, each canteen
/// operating on the month's first day and how many of its activities (cancelled ones left
/// out) start in the month, against `targets.activities_per_canteen_month`.
///
/// The months run from the first activity's month to the last one's, so a month without any
/// activity inside that span shows every canteen at zero. A canteen opening on the 15th is
/// first measured the next month: a half month is not held to a whole month's target.
struct VolunteerFigures: Sendable {
    struct Canteen: Sendable {
        let point: ServicePoint
        let activities: Int
    }

    struct Month: Sendable {
        let month: YearMonth
        /// Canteens operating on the first day, in file order.
        let canteens: [Canteen]
        let activities: Int
    }

    let asOf: LocalDate
    let target: Int?
    let months: [Month]

    init(_ site: Site, asOf: LocalDate) {
        self.asOf = asOf
        target = site.settings.targets.activitiesPerCanteenMonth
        let starts = site.activities.map { YearMonth($0.start.date) }
        guard let first = starts.min(), let last = starts.max() else {
            months = []
            return
        }
        let held = site.activities.filter { !$0.isCancelled }
        let canteens = site.points.filter { $0.kind == .canteen }
        months = YearMonth.span(first, last).map { month in
            var counts: [String: Int] = [:]
            for activity in held where month.contains(activity.start.date) {
                counts[activity.venue.id, default: 0] += 1
            }
            let open = canteens.filter { $0.isOperating(on: month.first) }
            return Month(
                month: month, canteens: open.map { Canteen(point: $0, activities: counts[$0.id] ?? 0) },
                activities: open.reduce(0) { $0 + (counts[$1.id] ?? 0) })
        }
    }

    /// Whether a canteen's count reaches the target (every count does without a target).
    func meets(_ canteen: Canteen) -> Bool { canteen.activities >= (target ?? 0) }

    /// The share of a month's canteens that reach the target.
    func share(_ month: Month) -> Share { Share(month.canteens.count(where: meets), of: month.canteens.count) }

    /// The month a headline speaks of: the one holding the day, else the last one before it,
    /// else the first.
    var current: Month? {
        months.first { $0.month.contains(asOf) } ?? months.last { $0.month.first <= asOf } ?? months.first
    }
}
