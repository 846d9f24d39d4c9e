import GongshiModel

/// Canteen coverage (爱心食堂覆盖率) on a day: for the city and each town, how many of its
/// villages and communities are served by at least one operating canteen, and how many would
/// be once every canteen on the way opens.
///
/// A village counts for the town it lies in, whoever serves it: a canteen serving villages in
/// two towns raises both. Only canteens count (meal points deliver, they do not seat), and a
/// canteen counts only from its `opened` day while its status is operating. On the way are
/// canteens planned, in site selection, design or construction, and operating ones whose
/// `opened` day is still to come.
package struct CoverageFigures: Sendable {
    package struct Area: Sendable {
        package let region: Region
        /// Every village and community of the area, in file order.
        package let villages: [Region]
        package let served: Int
        let projected: Int
        /// Canteens standing in the area that are operating on the day.
        let operatingCanteens: Int
        /// Villages no operating canteen serves, in file order.
        let unserved: [Region]

        var share: Share { Share(served, of: villages.count) }
        var projectedShare: Share { Share(projected, of: villages.count) }
    }

    let asOf: LocalDate
    let target: Double?
    let city: Area
    /// Each town's coverage, in the site's town order (the towns page shows it too).
    package let towns: [Area]

    package init(_ site: Site, asOf: LocalDate) { self.init(site, asOf: asOf, towns: true) }

    /// `towns`: whether each town's area is counted too (the coverage report shows them; a
    /// bulletin's figures need only the city's).
    package init(_ site: Site, asOf: LocalDate, towns countingTowns: Bool) {
        self.asOf = asOf
        target = site.settings.targets.canteenCoverage
        let canteens = site.points.filter { $0.kind == .canteen }
        let operating = canteens.filter { $0.isOperating(on: asOf) }
        let coming = canteens.filter {
            $0.status.isInPipeline || ($0.status == .operating && !$0.isOperating(on: asOf))
        }
        let served = Set(operating.flatMap { $0.servedVillages.map(\.id) })
        let projected = served.union(coming.flatMap { $0.servedVillages.map(\.id) })
        func area(_ region: Region, canteens: Int) -> Area {
            let villages = site.regions.villages(under: region.id)
            return Area(
                region: region, villages: villages, served: villages.count { served.contains($0.id) },
                projected: villages.count { projected.contains($0.id) }, operatingCanteens: canteens,
                unserved: villages.filter { !served.contains($0.id) })
        }
        city = area(site.root, canteens: operating.count)
        towns =
            countingTowns
            ? site.towns.map { town in area(town, canteens: operating.count { $0.town?.id == town.id }) } : []
    }

    /// Whether the area reaches the target; nil when the site sets none.
    func meetsTarget(_ area: Area) -> Bool? { target.map { area.share.reaches($0) } }
}
