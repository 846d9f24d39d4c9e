import GongshiModel
import GongshiRender
import GongshiSite

/// The three directory datasets, every public field of SPEC §4–6 plus what the site derives
/// (statuses, towns, names of referenced records, sessions this term, seats and places left).
/// Keys are snake_case like the content's own (`elder_price`); absent values are null, so
/// every item has the same keys.
enum DirectoryData {
    static let points = OpenDataSet<ServicePoint>(
        name: "points",
        fields: [
            .value("id", .string, required: true) { p, _ in .string(p.id) },
            .value("name", .string, required: true) { p, _ in .string(p.name) },
            .value("kind", .string, required: true) { p, _ in .string(p.kind.rawValue) },
            .value("status", .string, required: true) { p, _ in .string(p.status.rawValue) },
            .value("url", .string, required: true) { p, s in .string(s.paths.absolute(.point(p.id))) },
            .value("address", .string, required: true) { p, _ in .string(p.address) },
            .value("region_id", .string, required: true) { p, _ in .string(p.region.id) },
            .value("region_name", .string, required: true) { p, _ in .string(p.region.name) },
            .value("town_id", .string) { p, _ in .optional(p.town?.id) },
            .value("town_name", .string) { p, _ in .optional(p.town?.name) },
            .members("location", ["lat": .number, "lon": .number]) { p, _ in
                .optional(p.location) { .object(["lat": .double($0.lat), "lon": .double($0.lon)]) }
            },
            .value("opened", .date) { p, _ in .optional(p.opened?.description) },
            .value("operation", .string) { p, _ in .optional(p.operation?.rawValue) },
            .value("operator_id", .string) { p, _ in .optional(p.operator?.id) },
            .value("operator_name", .string) { p, _ in .optional(p.operator?.name) },
            .values("serves") { p, _ in .array(p.serves.map { .string($0.id) }) },
            .values("served_village_ids") { p, _ in .array(p.servedVillages.map { .string($0.id) }) },
            .list("hours", { p, _ in .array(p.hours.map(hours)) }, text: { p, _ in p.hours.map(hoursText) }),
            .values("services") { p, _ in .array(p.services.map { .string($0.rawValue) }) },
            .members("meal", ["price": .number, "elder_price": .number, "delivery": .boolean, "seats": .integer]) {
                p, _ in
                .optional(p.meal) { meal in
                    .object([
                        "price": .optional(meal.price, DataJSON.yuan),
                        "elder_price": .optional(meal.elderPrice, DataJSON.yuan),
                        "delivery": .optional(meal.delivery, DataJSON.bool),
                        "seats": .optional(meal.seats, DataJSON.int),
                    ])
                }
            },
            .members("capacity", ["beds": .integer, "seats": .integer]) { p, _ in
                .optional(p.capacity) {
                    .object(["beds": .optional($0.beds, DataJSON.int), "seats": .optional($0.seats, DataJSON.int)])
                }
            },
            .value("phone", .string) { p, _ in .optional(p.phone) },
            .value("description", .string) { p, _ in .optional(p.description) },
            .values("photos") { p, s in .array(p.photos.map { .string(OpenData.mediaURL($0.value, s)) }) },
            .value("updated", .date) { p, _ in .optional(p.updated?.description) },
        ],
        items: { site in site.points.sorted { $0.id < $1.id } })

    static let courses = OpenDataSet<Course>(
        name: "courses",
        fields: [
            .value("id", .string, required: true) { c, _ in .string(c.id) },
            .value("title", .string, required: true) { c, _ in .string(c.title) },
            .value("url", .string, required: true) { c, s in .string(s.paths.absolute(.course(c.id))) },
            .value("category", .string) { c, _ in .optional(c.category) },
            .value("teacher", .string) { c, _ in .optional(c.teacher) },
            .value("venue_id", .string, required: true) { c, _ in .string(c.venue.id) },
            .value("venue_name", .string, required: true) { c, _ in .string(c.venue.name) },
            .value("town_id", .string) { c, _ in .optional(c.venue.town?.id) },
            .value("town_name", .string) { c, _ in .optional(c.venue.town?.name) },
            .value("term_id", .string, required: true) { c, _ in .string(c.term.id) },
            .value("term_name", .string, required: true) { c, _ in .string(c.term.name) },
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
            .value("from", .date, required: true) { c, _ in .string(c.dates.first.description) },
            .value("until", .date, required: true) { c, _ in .string(c.dates.last.description) },
            .values("except") { c, _ in .array(c.record.except.map { .string($0.value.description) }) },
            .values("days_off") { c, _ in .array(c.daysOff.sorted().map { .string($0.description) }) },
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
            .value("session_count", .integer, required: true) { c, _ in .int(c.allSessions.count) },
            .value("capacity", .integer) { c, _ in .optional(c.capacity, DataJSON.int) },
            .value("enrolled", .integer) { c, _ in .optional(c.enrolled, DataJSON.int) },
            .value("seats_left", .integer) { c, _ in .optional(c.capacity) { .int(max(0, $0 - (c.enrolled ?? 0))) } },
            .value("fee", .number, required: true) { c, _ in .yuan(c.fee ?? Yuan(fen: 0)) },
            .members("registration", ["opens": .date, "closes": .date, "url": .string]) { c, _ in
                .optional(c.registration) {
                    .object([
                        "opens": .optional($0.opens?.description), "closes": .optional($0.closes?.description),
                        "url": .optional($0.url.flatMap(Escaping.safeURL)),
                    ])
                }
            },
            .value("registration_open", .boolean) { c, s in .optional(c.registration) { .bool($0.isOpen(on: s.today)) }
            },
            .value("description", .string) { c, _ in .optional(c.description) },
        ],
        items: { site in site.courses.sorted { $0.id < $1.id } })

    static let activities = OpenDataSet<Activity>(
        name: "activities",
        fields: [
            .value("id", .string, required: true) { a, _ in .string(a.id) },
            .value("title", .string, required: true) { a, _ in .string(a.title) },
            .value("url", .string, required: true) { a, s in .string(s.paths.absolute(.activity(a.id))) },
            .value("kind", .string) { a, _ in .optional(a.kind?.rawValue) },
            .value("venue_id", .string, required: true) { a, _ in .string(a.venue.id) },
            .value("venue_name", .string, required: true) { a, _ in .string(a.venue.name) },
            .value("town_id", .string) { a, _ in .optional(a.venue.town?.id) },
            .value("town_name", .string) { a, _ in .optional(a.venue.town?.name) },
            .value("start", .datetime, required: true) { a, s in .string(s.dateTime(a.start)) },
            .value("end", .datetime, required: true) { a, s in .string(s.dateTime(a.end)) },
            .value("status", .string, required: true) { a, s in .string(a.status(asOf: s.today).rawValue) },
            .members("organiser", ["team": .string, "name": .string]) { a, _ in
                .optional(a.organiser) { .object(["team": .optional($0.team?.rawValue), "name": .optional($0.name)]) }
            },
            .members("volunteers", ["needed": .integer, "registered": .integer]) { a, _ in
                .optional(a.volunteers) {
                    .object([
                        "needed": .optional($0.needed, DataJSON.int),
                        "registered": .optional($0.registered, DataJSON.int),
                    ])
                }
            },
            .value("places_left", .integer) { a, _ in .optional(a.volunteers?.placesLeft, DataJSON.int) },
            .members("contact", ["name": .string, "phone": .string]) { a, _ in
                .optional(a.contact) { .object(["name": .optional($0.name), "phone": .optional($0.phone)]) }
            },
            .value("signup", .string) { a, _ in .optional(a.signup.flatMap(Escaping.safeURL)) },
            .value("description", .string) { a, _ in .optional(a.description) },
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
