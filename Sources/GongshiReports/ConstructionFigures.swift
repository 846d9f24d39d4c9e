import GongshiModel

/// Construction progress (建设进度): how many points of each kind stand at each status, per
/// town, and how many opened in each year up to the day.
struct ConstructionFigures: Sendable {
    /// Counts by kind and status.
    struct Tally: Sendable, Equatable {
        private(set) var counts: [PointKind: [PointStatus: Int]] = [:]

        subscript(kind: PointKind, status: PointStatus) -> Int { counts[kind]?[status] ?? 0 }

        func total(_ kind: PointKind) -> Int { counts[kind]?.values.reduce(0, +) ?? 0 }

        var total: Int { PointKind.allCases.reduce(0) { $0 + total($1) } }

        mutating func add(_ point: ServicePoint) { counts[point.kind, default: [:]][point.status, default: 0] += 1 }
    }

    /// One town's points; `town` is nil for points placed at city level.
    struct Town: Sendable {
        let town: Region?
        let tally: Tally
    }

    /// Points that opened in a year, by kind.
    struct Year: Sendable {
        let year: Int
        let byKind: [PointKind: Int]

        var total: Int { byKind.values.reduce(0, +) }
    }

    let asOf: LocalDate
    /// Every town in file order (towns without points included), then city-level points if any.
    let towns: [Town]
    let city: Tally
    /// Every year from the first opening to the last one on or before the day, empty years included.
    let years: [Year]

    init(_ site: Site, asOf: LocalDate) {
        self.asOf = asOf
        var byTown: [String: Tally] = [:]
        var cityLevel = Tally()
        var all = Tally()
        for point in site.points {
            all.add(point)
            if let town = point.town { byTown[town.id, default: Tally()].add(point) } else { cityLevel.add(point) }
        }
        var towns = site.towns.map { Town(town: $0, tally: byTown[$0.id] ?? Tally()) }
        if cityLevel.total > 0 { towns.append(Town(town: nil, tally: cityLevel)) }
        self.towns = towns
        city = all
        let opened = site.points.compactMap { point in point.opened.flatMap { $0 <= asOf ? (point.kind, $0.year) : nil }
        }
        if let first = opened.map(\.1).min(), let last = opened.map(\.1).max() {
            years = (first...last).map { year in
                Year(
                    year: year,
                    byKind: Dictionary(grouping: opened.filter { $0.1 == year }, by: \.0).mapValues(\.count))
            }
        } else {
            years = []
        }
    }

    /// Kinds that occur on the site, in vocabulary order.
    var kinds: [PointKind] { PointKind.allCases.filter { city.total($0) > 0 } }
}
