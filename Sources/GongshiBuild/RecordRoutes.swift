import GongshiModel
import GongshiPages
import GongshiSite

/// The routes each record made in a plan, kind by kind and in record order: what the
/// preview's next plan takes over for the records no edit touched, instead of planning
/// again some 56,000 routes at prefecture scale for one changed address.
public struct RecordRoutes: Sendable {
    var pointPages = RouteFamily()
    var pointSheets = RouteFamily()
    var pointCalendars = RouteFamily()
    var coursePages = RouteFamily()
    var courseSheets = RouteFamily()
    var courseCalendars = RouteFamily()
    var activityPages = RouteFamily()
    var activitySheets = RouteFamily()
    /// Each venue's week sheets, by venue id, and the timetable weeks they were planned for.
    var venueWeeks: [String: [Route]] = [:]
    var venueIDs: [String] = []
    var timetableWeeks: [ISOWeek] = []
    /// The paths of the other routes (lists, towns, feeds, data), in plan order.
    var otherPaths: [String] = []
    /// Every output path the plan claimed: a plan with the same paths claims the same.
    var claimed: Set<String> = []
}

/// What a plan may take over from the last one: its record routes, and the facts changed
/// since (`InputKey.touched(byRecordsIn:from:to:)`). A route is taken over only when it reads
/// none of them; whole-site routes are always planned again.
public struct PlanReuse: Sendable {
    var previous: RecordRoutes
    var dirty: Set<InputKey>
}

/// One kind of route made once per record (every point's page), with the ids of the records
/// in the order the routes stand.
struct RouteFamily: Sendable {
    var ids: [String] = []
    var routes: [Route] = []

    /// Whether the family is of the same records, in the same order, as `other`.
    func hasSameRecords(as other: RouteFamily?) -> Bool { other?.ids == ids }

    /// The route of each record: the last plan's when it reads nothing dirty, else made anew.
    /// `reuse`: the last plan's family and what changed since; nil makes every route.
    /// `renewed`: gets the routes made anew, in order, when there is a last plan.
    static func plan<Record: Identifiable & Sendable>(
        _ records: [Record], reuse: (family: RouteFamily, dirty: Set<InputKey>)?, renewed: inout [Route],
        make: @Sendable (Record) -> Route
    ) -> RouteFamily where Record.ID == String {
        let ids = records.map(\.id)
        guard let (previous, dirty) = reuse else { return RouteFamily(ids: ids, routes: records.parallelMap(make)) }
        // Usually the same records in the same order; after an addition or a removal, by id.
        let byID =
            previous.ids == ids
            ? nil : Dictionary(zip(previous.ids, previous.routes), uniquingKeysWith: { first, _ in first })
        let planned = Array(records.indices).parallelMap { index -> (route: Route, isNew: Bool) in
            let old = byID == nil ? previous.routes[index] : byID?[ids[index]]
            if let old, let reads = old.reads, reads.isDisjoint(with: dirty) { return (old, false) }
            return (make(records[index]), true)
        }
        renewed += planned.lazy.filter(\.isNew).map(\.route)
        return RouteFamily(ids: ids, routes: planned.map(\.route))
    }
}
