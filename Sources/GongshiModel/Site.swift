/// A checked site: every reference resolved, ready for pages, data and reports. Built only
/// by the resolver, so its invariants (ids unique, references valid) hold.
public struct Site: Sendable {
    public let settings: SiteSettings
    public let regions: RegionTree
    /// The region at the root of the site (`site.yaml`'s `region`).
    public let root: Region
    public let operators: [Operator]
    public let points: [ServicePoint]
    public let courses: [Course]
    public let activities: [Activity]
    public let pages: [Page]
    public let bulletinNotes: [BulletinNote]

    private let index: Index

    /// `indexedLike`: an earlier site (the preview's last), whose indexes are taken over when
    /// its records have the same ids, venues and start times in the same order.
    public init(
        settings: SiteSettings, regions: RegionTree, root: Region, operators: [Operator],
        points: [ServicePoint], courses: [Course], activities: [Activity], pages: [Page],
        bulletinNotes: [BulletinNote], indexedLike earlier: Site? = nil
    ) {
        self.settings = settings
        self.regions = regions
        self.root = root
        self.operators = operators
        self.points = points
        self.courses = courses
        self.activities = activities
        self.pages = pages
        self.bulletinNotes = bulletinNotes
        if let earlier, Index.holds(for: earlier, points: points, courses: courses, activities: activities) {
            index = earlier.index
        } else {
            index = Index(points: points, courses: courses, activities: activities)
        }
    }

    /// Where to find records by id, by venue and by start.
    private struct Index: Sendable {
        let points: [String: Int]
        let courses: [String: Int]
        let activities: [String: Int]
        /// Positions of each point's courses and activities (activities in start order): point
        /// pages and calendars ask for them once per point, so a scan per point would make the
        /// build quadratic.
        let coursesByVenue: [String: [Int]]
        let activitiesByVenue: [String: [Int]]
        /// Positions of the activities in start order (then id), each with its start minute:
        /// every week's bulletin takes its run of them, which a scan of all of them per week
        /// made the bulletins quadratic.
        let activitiesByStart: [(minute: Int, index: Int)]

        init(points: [ServicePoint], courses: [Course], activities: [Activity]) {
            self.points = Dictionary(points.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            self.courses = Dictionary(courses.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            self.activities = Dictionary(
                activities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            coursesByVenue = Dictionary(grouping: courses.indices, by: { courses[$0].venue.id })
            activitiesByVenue = Dictionary(grouping: activities.indices, by: { activities[$0].venue.id }).mapValues {
                $0.sorted { activities[$0].start < activities[$1].start }
            }
            activitiesByStart = activities.indices.map { (minute: activities[$0].start.minuteNumber, index: $0) }
                .sorted {
                    // Ids are read only for a tie: most activities start at a minute of their own.
                    $0.minute != $1.minute ? $0.minute < $1.minute : activities[$0.index].id < activities[$1.index].id
                }
        }

        /// Whether the earlier site's index is right for these records: the same ids, venues
        /// and starts at the same positions (ids read from unchanged files share their text,
        /// so comparing them costs little).
        static func holds(for earlier: Site, points: [ServicePoint], courses: [Course], activities: [Activity])
            -> Bool
        {
            points.count == earlier.points.count && courses.count == earlier.courses.count
                && activities.count == earlier.activities.count
                && zip(points, earlier.points).allSatisfy { $0.id == $1.id }
                && zip(courses, earlier.courses).allSatisfy { $0.id == $1.id && $0.venue.id == $1.venue.id }
                && zip(activities, earlier.activities).allSatisfy {
                    $0.id == $1.id && $0.venue.id == $1.venue.id && $0.start == $1.start
                }
        }
    }

    public func point(_ id: String) -> ServicePoint? { index.points[id].map { points[$0] } }
    public func course(_ id: String) -> Course? { index.courses[id].map { courses[$0] } }
    public func activity(_ id: String) -> Activity? { index.activities[id].map { activities[$0] } }

    /// The site's towns and subdistricts in file order.
    public var towns: [Region] { regions.towns(under: root.id) }

    /// The points standing in each town, keyed by town id, in file order.
    public var pointsByTown: [String: [ServicePoint]] {
        Dictionary(grouping: points.filter { $0.town != nil }, by: { $0.town!.id })
    }

    public func points(inTown townID: String) -> [ServicePoint] { points.filter { $0.town?.id == townID } }

    /// Villages each operating canteen serves, keyed by canteen id.
    public var villagesServedByOperatingCanteens: [String: [Region]] {
        Dictionary(
            uniqueKeysWithValues: points.filter { $0.kind == .canteen && $0.status == .operating }
                .map { ($0.id, $0.servedVillages) })
    }

    /// Every class held in an ISO week across all courses, in time order.
    public func sessions(in week: ISOWeek) -> [CourseSession] {
        let days = week.dates
        return courses.flatMap { $0.sessions(on: days) }.sorted()
    }

    /// The activities that start on one of the days, in start order (then id).
    public func activities(startingIn days: DateRange) -> [Activity] {
        let from = startOfActivities(on: days.first)
        let until = startOfActivities(on: days.last.adding(days: 1))
        return index.activitiesByStart[from..<until].map { activities[$0.index] }
    }

    /// The activities that start after the day, in start order (then id).
    public func activities(startingAfter day: LocalDate) -> some Sequence<Activity> {
        index.activitiesByStart[startOfActivities(on: day.adding(days: 1))...].lazy.map { activities[$0.index] }
    }

    /// The position in `activitiesByStart` of the first activity starting on the day or later.
    private func startOfActivities(on day: LocalDate) -> Int {
        let minute = LocalDateTime(date: day, time: .midnight).minuteNumber
        var low = 0
        var high = index.activitiesByStart.count
        while low < high {
            let middle = (low + high) / 2
            if index.activitiesByStart[middle].minute < minute { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The courses whose venue is the point.
    public func courses(at pointID: String) -> [Course] { (index.coursesByVenue[pointID] ?? []).map { courses[$0] } }

    /// Activities held at the point, in start order.
    public func activities(at pointID: String) -> [Activity] {
        (index.activitiesByVenue[pointID] ?? []).map { activities[$0] }
    }

    /// The courses held at any of the points, in file order.
    public func courses(atAnyOf pointIDs: Set<String>) -> [Course] {
        pointIDs.flatMap { index.coursesByVenue[$0] ?? [] }.sorted().map { courses[$0] }
    }

    /// The activities held at any of the points, in start order (file order among equals).
    public func activities(atAnyOf pointIDs: Set<String>) -> [Activity] {
        pointIDs.flatMap { index.activitiesByVenue[$0] ?? [] }
            .sorted { (activities[$0].start, $0) < (activities[$1].start, $1) }.map { activities[$0] }
    }

    /// Closures that fall on a date (a holiday shown on the timetable).
    public func closure(on date: LocalDate) -> Closure? { settings.closures.first { $0.dates.contains(date) } }
}
