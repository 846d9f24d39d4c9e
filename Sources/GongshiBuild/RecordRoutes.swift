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
        let change = ChangedFacts(dirty)
        guard previous.ids == ids else {
            // After an addition or a removal, the last routes by id.
            let byID = Dictionary(zip(previous.ids, previous.routes), uniquingKeysWith: { first, _ in first })
            let planned = Array(records.indices).parallelMap { index -> (route: Route, isNew: Bool) in
                if let old = byID[ids[index]], !change.isRead(by: old) { return (old, false) }
                return (make(records[index]), true)
            }
            renewed += planned.lazy.filter(\.isNew).map(\.route)
            return RouteFamily(ids: ids, routes: planned.map(\.route))
        }
        // Usually the same records in the same order: the last routes in one shared array, with
        // the few that read a change made anew. One thread: handing each of 20,000 routes to
        // another core costs more than looking at its reads.
        var routes = previous.routes
        let stale = routes.indices.filter { change.isRead(by: routes[$0]) }
        let fresh = stale.map { records[$0] }.parallelMap(make)
        for (index, route) in zip(stale, fresh) { routes[index] = route }
        renewed += fresh
        return RouteFamily(ids: ids, routes: routes)
    }
}

/// The facts an edit changed, asked of route after route: usually a point and its town, so
/// they are compared in turn rather than hashed for every route.
struct ChangedFacts: Sendable {
    private let keys: Set<InputKey>
    private let few: [InputKey]?

    init(_ keys: Set<InputKey>) {
        self.keys = keys
        few = keys.count <= 8 ? Array(keys) : nil
    }

    /// Whether a route reads any of the facts; a route that names no reads reads them all.
    func isRead(by route: Route) -> Bool {
        guard let reads = route.reads else { return true }
        guard let few else { return !reads.isDisjoint(with: keys) }
        return reads.contains(where: few.contains)
    }
}
