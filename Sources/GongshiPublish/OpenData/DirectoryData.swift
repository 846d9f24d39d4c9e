import GongshiModel
import GongshiRender

/// The three directory datasets, every public field of SPEC §4–6 plus what the site derives
/// (statuses, towns, names of referenced records, sessions this term, seats and places left).
/// Keys are snake_case like the content's own (`elder_price`); absent values are null, so
/// every item has the same keys.
enum DirectoryData {
    static let points = OpenDataSet<ServicePoint>(
        name: "points",
        fields: [
            .value("id") { p, _ in .string(p.id) },
            .value("name") { p, _ in .string(p.name) },
            .value("kind") { p, _ in .string(p.kind.rawValue) },
            .value("status") { p, _ in .string(p.status.rawValue) },
            .value("url") { p, s in .string(s.paths.absolute("points/\(p.id)/")) },
            .value("address") { p, _ in .string(p.address) },
            .value("region_id") { p, _ in .string(p.region.id) },
            .value("region_name") { p, _ in .string(p.region.name) },
            .value("town_id") { p, _ in .optional(p.town?.id) },
            .value("town_name") { p, _ in .optional(p.town?.name) },
            .members("location", ["lat", "lon"]) { p, _ in
                .optional(p.location) { .object(["lat": .double($0.lat), "lon": .double($0.lon)]) }
            },
            .value("opened") { p, _ in .optional(p.opened?.description) },
            .value("operation") { p, _ in .optional(p.operation?.rawValue) },
            .value("operator_id") { p, _ in .optional(p.operator?.id) },
            .value("operator_name") { p, _ in .optional(p.operator?.name) },
            .value("serves") { p, _ in .array(p.serves.map { .string($0.id) }) },
            .value("served_village_ids") { p, _ in .array(p.servedVillages.map { .string($0.id) }) },
            .list("hours", { p, _ in .array(p.hours.map(hours)) }, text: { p, _ in p.hours.map(hoursText) }),
            .value("services") { p, _ in .array(p.services.map { .string($0.rawValue) }) },
            .members("meal", ["price", "elder_price", "delivery", "seats"]) { p, _ in
                .optional(p.meal) { meal in
                    .object([
                        "price": .optional(meal.price, DataJSON.yuan),
                        "elder_price": .optional(meal.elderPrice, DataJSON.yuan),
                        "delivery": .optional(meal.delivery, DataJSON.bool),
                        "seats": .optional(meal.seats, DataJSON.int),
                    ])
                }
            },
            .members("capacity", ["beds", "seats"]) { p, _ in
                .optional(p.capacity) {
                    .object(["beds": .optional($0.beds, DataJSON.int), "seats": .optional($0.seats, DataJSON.int)])
                }
            },
            .value("phone") { p, _ in .optional(p.phone) },
            .value("description") { p, _ in .optional(p.description) },
            .value("photos") { p, s in .array(p.photos.map { .string(OpenData.mediaURL($0.value, s)) }) },
            .value("updated") { p, _ in .optional(p.updated?.description) },
        ],
        items: { site in site.points.sorted { $0.id < $1.id } })

    static let courses = OpenDataSet<Course>(
        name: "courses",
        fields: [
            .value("id") { c, _ in .string(c.id) },
            .value("title") { c, _ in .string(c.title) },
            .value("url") { c, s in .string(s.paths.absolute("courses/\(c.id)/")) },
            .value("category") { c, _ in .optional(c.category) },
            .value("teacher") { c, _ in .optional(c.teacher) },
            .value("venue_id") { c, _ in .string(c.venue.id) },
            .value("venue_name") { c, _ in .string(c.venue.name) },
            .value("town_id") { c, _ in .optional(c.venue.town?.id) },
            .value("town_name") { c, _ in .optional(c.venue.town?.name) },
            .value("term_id") { c, _ in .string(c.term.id) },
            .value("term_name") { c, _ in .string(c.term.name) },
            .list(
                "schedule",
                { c, _ in
                    .array(
                        c.record.sessions.map {
                            .object([
                                "weekday": .string($0.weekday.rawValue), "start": .string($0.start.description),
                                "end": .string($0.end.description),
                            ])
                        })
                }, text: { c, _ in c.record.sessions.map { "\($0.weekday.rawValue) \($0.start)-\($0.end)" } }),
            .value("from") { c, _ in .string(c.dates.first.description) },
            .value("until") { c, _ in .string(c.dates.last.description) },
            .value("except") { c, _ in .array(c.record.except.map { .string($0.value.description) }) },
            .value("days_off") { c, _ in .array(c.daysOff.sorted().map { .string($0.description) }) },
            .list(
                "sessions",
                { c, _ in
                    .array(
                        c.allSessions.map {
                            .object([
                                "date": .string($0.date.description), "start": .string($0.start.description),
                                "end": .string($0.end.description),
                            ])
                        })
                }, text: { c, _ in c.allSessions.map { "\($0.date) \($0.start)-\($0.end)" } }),
            .value("session_count") { c, _ in .int(c.allSessions.count) },
            .value("capacity") { c, _ in .optional(c.capacity, DataJSON.int) },
            .value("enrolled") { c, _ in .optional(c.enrolled, DataJSON.int) },
            .value("seats_left") { c, _ in .optional(c.capacity) { .int(max(0, $0 - (c.enrolled ?? 0))) } },
            .value("fee") { c, _ in .yuan(c.fee ?? Yuan(fen: 0)) },
            .members("registration", ["opens", "closes", "url"]) { c, _ in
                .optional(c.registration) {
                    .object([
                        "opens": .optional($0.opens?.description), "closes": .optional($0.closes?.description),
                        "url": .optional($0.url.flatMap(Escaping.safeURL)),
                    ])
                }
            },
            .value("registration_open") { c, s in .optional(c.registration) { .bool($0.isOpen(on: s.today)) } },
            .value("description") { c, _ in .optional(c.description) },
        ],
        items: { site in site.courses.sorted { $0.id < $1.id } })

    static let activities = OpenDataSet<Activity>(
        name: "activities",
        fields: [
            .value("id") { a, _ in .string(a.id) },
            .value("title") { a, _ in .string(a.title) },
            .value("url") { a, s in .string(s.paths.absolute("volunteer/\(a.id)/")) },
            .value("kind") { a, _ in .optional(a.kind?.rawValue) },
            .value("venue_id") { a, _ in .string(a.venue.id) },
            .value("venue_name") { a, _ in .string(a.venue.name) },
            .value("town_id") { a, _ in .optional(a.venue.town?.id) },
            .value("town_name") { a, _ in .optional(a.venue.town?.name) },
            .value("start") { a, s in .string(s.dateTime(a.start)) },
            .value("end") { a, s in .string(s.dateTime(a.end)) },
            .value("status") { a, s in .string(a.status(asOf: s.today).rawValue) },
            .members("organiser", ["team", "name"]) { a, _ in
                .optional(a.organiser) { .object(["team": .optional($0.team?.rawValue), "name": .optional($0.name)]) }
            },
            .members("volunteers", ["needed", "registered"]) { a, _ in
                .optional(a.volunteers) {
                    .object([
                        "needed": .optional($0.needed, DataJSON.int),
                        "registered": .optional($0.registered, DataJSON.int),
                    ])
                }
            },
            .value("places_left") { a, _ in .optional(a.volunteers?.placesLeft, DataJSON.int) },
            .members("contact", ["name", "phone"]) { a, _ in
                .optional(a.contact) { .object(["name": .optional($0.name), "phone": .optional($0.phone)]) }
            },
            .value("signup") { a, _ in .optional(a.signup.flatMap(Escaping.safeURL)) },
            .value("description") { a, _ in .optional(a.description) },
        ],
        items: { site in site.activities.sorted { $0.id < $1.id } })

    /// `{"days": ["mon", …], "open": "10:30", "close": "12:30", "label": "午餐"}`.
    static func hours(_ line: OpeningHours) -> DataJSON {
        .object([
            "days": .array(line.days.days.map { .string($0.rawValue) }), "open": .string(line.open.description),
            "close": .string(line.close.description), "label": .optional(line.label),
        ])
    }

    /// `mon-fri 10:30-12:30 午餐`, the form `hours` takes in a content CSV.
    static func hoursText(_ line: OpeningHours) -> String {
        ["\(line.days)", "\(line.open)-\(line.close)", line.label].compactMap { $0 }.joined(separator: " ")
    }
}
