import GongshiModel

/// How current the directory is (数据更新): each point whose `updated` day is more than
/// `stale_after_days` before the day, or missing. Points are the records that carry
/// `updated`; courses and activities are dated by their term and start instead.
struct FreshnessFigures: Sendable {
    enum State: String, Sendable, CaseIterable {
        case current, stale, missing
    }

    /// Counts of each state.
    struct Tally: Sendable, Equatable {
        var current = 0
        var stale = 0
        var missing = 0

        var total: Int { current + stale + missing }
        var share: Share { Share(current, of: total) }

        mutating func add(_ state: State) {
            switch state {
            case .current: current += 1
            case .stale: stale += 1
            case .missing: missing += 1
            }
        }
    }

    struct Town: Sendable {
        /// Nil for points placed at city level.
        let town: Region?
        let tally: Tally
        /// Its stale and undated points, in file order.
        let outdated: [ServicePoint]
    }

    let asOf: LocalDate
    let staleAfterDays: Int
    /// The earliest `updated` day that still counts as current.
    let cutoff: LocalDate
    let all: Tally
    let kinds: [(kind: PointKind, tally: Tally)]
    /// Every town in file order, then city-level points if any.
    let towns: [Town]

    init(_ site: Site, asOf: LocalDate) {
        self.asOf = asOf
        staleAfterDays = site.settings.staleAfterDays
        let cutoff = asOf.adding(days: -site.settings.staleAfterDays)
        self.cutoff = cutoff
        func state(_ point: ServicePoint) -> State { Self.state(of: point, cutoff: cutoff) }
        var all = Tally()
        var byKind: [PointKind: Tally] = [:]
        for point in site.points {
            all.add(state(point))
            byKind[point.kind, default: Tally()].add(state(point))
        }
        self.all = all
        kinds = PointKind.allCases.compactMap { kind in byKind[kind].map { (kind, $0) } }
        func town(_ region: Region?, _ points: [ServicePoint]) -> Town {
            var tally = Tally()
            for point in points { tally.add(state(point)) }
            return Town(town: region, tally: tally, outdated: points.filter { state($0) != .current })
        }
        var towns = site.towns.map { town($0, site.points(inTown: $0.id)) }
        let cityLevel = site.points.filter { $0.town == nil }
        if !cityLevel.isEmpty { towns.append(town(nil, cityLevel)) }
        self.towns = towns
    }

    func state(of point: ServicePoint) -> State { Self.state(of: point, cutoff: cutoff) }

    /// Current when checked on or after `cutoff`; a date after the day counts as current.
    static func state(of point: ServicePoint, cutoff: LocalDate) -> State {
        guard let updated = point.updated else { return .missing }
        return updated < cutoff ? .stale : .current
    }
}
