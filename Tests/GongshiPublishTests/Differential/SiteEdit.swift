/// One edit of the `incremental-edits` site, as a bureau editor would make it. Each carries
/// every value it sets, so a printed list of edits replays as it is; an edit whose record is
/// gone (a shortened list, while minimising) changes nothing, and no edit but
/// `unknownVenue` and `breakFile` can make the site invalid.
enum SiteEdit: Equatable, Sendable {
    case pointName(String, name: String)
    case pointAddress(String, address: String)
    case pointHours(String, open: String, close: String)
    case pointPhone(String, phone: String?)
    case pointPrice(String, price: Int?)
    case pointStatus(String, status: String)
    case pointRegion(String, region: String)
    case addPoint(EditableSite.Point)
    /// Removes the point with every course and activity held there.
    case removePoint(String)
    case movePoint(String, file: String)
    /// A new id, and every course and activity held there follows it.
    case renamePoint(String, to: String)
    /// A new id for a town or village, and every point standing there follows it.
    case renameRegion(String, to: String)
    case addCourse(EditableSite.Course)
    case removeCourse(String)
    case moveCourse(String, file: String)
    case renameCourse(String, to: String)
    case courseVenue(String, venue: String)
    case courseEnrolled(String, enrolled: Int)
    /// Replaces the session at `index` (or adds one past the end).
    case courseSession(String, index: Int, EditableSite.Session)
    /// Removes the last session of a course with more than one.
    case dropSession(String)
    case courseExcept(String, day: String?)
    case addActivity(EditableSite.Activity)
    case removeActivity(String)
    case moveActivity(String, file: String)
    case activityVenue(String, venue: String)
    case activityDay(String, day: Int)
    case activityCancelled(String, Bool)
    case activityUpdated(String, day: Int?)
    case siteTitle(String)
    case closure(String?)
    case pageBody(String)
    case bulletin(title: String, body: String)
    case cardNote(String?)
    case pageFooter(String?)
    case extraStylesheet(String?)
    /// Invalid: a course held at a point that does not exist. Builds must refuse it.
    case unknownVenue(course: String)
    /// Invalid: a line of YAML that does not parse, at the end of a content file.
    case breakFile(String)

    /// Whether the site stays valid: every edit but the deliberately broken ones.
    var keepsSiteValid: Bool {
        switch self {
        case .unknownVenue, .breakFile: false
        default: true
        }
    }

    /// The site after the edit.
    func apply(to site: EditableSite) -> EditableSite {
        var site = site
        let pointIDs = Set(site.points.map(\.id))
        func point(_ id: String, _ change: (inout EditableSite.Point) -> Void) {
            if let i = site.points.firstIndex(where: { $0.id == id }) { change(&site.points[i]) }
        }
        func course(_ id: String, _ change: (inout EditableSite.Course) -> Void) {
            if let i = site.courses.firstIndex(where: { $0.id == id }) { change(&site.courses[i]) }
        }
        func activity(_ id: String, _ change: (inout EditableSite.Activity) -> Void) {
            if let i = site.activities.firstIndex(where: { $0.id == id }) { change(&site.activities[i]) }
        }
        switch self {
        case .pointName(let id, let name): point(id) { $0.name = name }
        case .pointAddress(let id, let address): point(id) { $0.address = address }
        case .pointHours(let id, let open, let close):
            point(id) { $0.hours = EditableSite.Hours(open: open, close: close) }
        case .pointPhone(let id, let phone): point(id) { $0.phone = phone }
        case .pointPrice(let id, let price): point(id) { if $0.kind == "canteen" { $0.price = price } }
        case .pointStatus(let id, let status): point(id) { $0.status = status }
        case .pointRegion(let id, let region):
            guard site.regionIDs.contains(region) else { break }
            point(id) { $0.region = region }
        case .addPoint(let new):
            guard !pointIDs.contains(new.id), site.regionIDs.contains(new.region) else { break }
            site.points.append(new)
        case .removePoint(let id):
            guard site.points.count > 1 else { break }
            site.points.removeAll { $0.id == id }
            site.courses.removeAll { $0.venue == id }
            site.activities.removeAll { $0.venue == id }
        case .movePoint(let id, let file): point(id) { $0.file = file }
        case .renamePoint(let id, let new):
            guard pointIDs.contains(id), !pointIDs.contains(new) else { break }
            point(id) { $0.id = new }
            for i in site.courses.indices where site.courses[i].venue == id { site.courses[i].venue = new }
            for i in site.activities.indices where site.activities[i].venue == id { site.activities[i].venue = new }
        case .renameRegion(let id, let new):
            guard site.regionIDs.contains(id), !site.regionIDs.contains(new) else { break }
            for t in site.towns.indices {
                if site.towns[t].id == id { site.towns[t].id = new }
                for v in site.towns[t].villages.indices where site.towns[t].villages[v].id == id {
                    site.towns[t].villages[v].id = new
                }
            }
            for i in site.points.indices where site.points[i].region == id { site.points[i].region = new }
        case .addCourse(let new):
            guard !site.courses.contains(where: { $0.id == new.id }), pointIDs.contains(new.venue) else { break }
            site.courses.append(new)
        case .removeCourse(let id): site.courses.removeAll { $0.id == id }
        case .moveCourse(let id, let file): course(id) { $0.file = file }
        case .renameCourse(let id, let new):
            guard !site.courses.contains(where: { $0.id == new }) else { break }
            course(id) { $0.id = new }
        case .courseVenue(let id, let venue):
            guard pointIDs.contains(venue) else { break }
            course(id) { $0.venue = venue }
        case .courseEnrolled(let id, let enrolled): course(id) { $0.enrolled = enrolled }
        case .courseSession(let id, let index, let session):
            course(id) { course in
                // Two sessions of a course on one day would overlap.
                let others = course.sessions.indices.filter { $0 != index }.map { course.sessions[$0].weekday }
                guard !others.contains(session.weekday) else { return }
                if index < course.sessions.count {
                    course.sessions[index] = session
                } else {
                    course.sessions.append(session)
                }
            }
        case .dropSession(let id): course(id) { if $0.sessions.count > 1 { $0.sessions.removeLast() } }
        case .addActivity(let new):
            guard !site.activities.contains(where: { $0.id == new.id }), pointIDs.contains(new.venue) else { break }
            site.activities.append(new)
        case .removeActivity(let id): site.activities.removeAll { $0.id == id }
        case .moveActivity(let id, let file): activity(id) { $0.file = file }
        case .activityVenue(let id, let venue):
            guard pointIDs.contains(venue) else { break }
            activity(id) { $0.venue = venue }
        case .activityDay(let id, let day): activity(id) { $0.day = day }
        case .activityCancelled(let id, let cancelled): activity(id) { $0.cancelled = cancelled }
        case .activityUpdated(let id, let day): activity(id) { $0.updated = day }
        case .courseExcept(let id, let day): course(id) { $0.except = day }
        case .siteTitle(let title): site.title = title
        case .closure(let day): site.closure = day
        case .pageBody(let body): site.pageBody = body
        case .bulletin(let title, let body): (site.bulletinTitle, site.bulletinBody) = (title, body)
        case .cardNote(let note): site.cardNote = note
        case .pageFooter(let footer): site.pageFooter = footer
        case .extraStylesheet(let name): site.extraStylesheet = name
        case .unknownVenue(let id): course(id) { $0.venue = "nowhere" }
        case .breakFile(let path): site.brokenFile = path
        }
        return site
    }
}
