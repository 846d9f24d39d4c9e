import GongshiModel

extension PublicRecord {
    /// Every point, course and volunteer notice of the site as the public reads it, by kind
    /// and then id. Dates carry their year, and a notice's status is only what the content
    /// says (cancelled or not): what the as-of day derives (open, done) is no edit.
    public static func all(in site: Site, words: Words) -> [PublicRecord] {
        site.points.sorted { $0.id < $1.id }.parallelMap { point($0, words) }
            + site.courses.sorted { $0.id < $1.id }.parallelMap { course($0, words) }
            + site.activities.sorted { $0.id < $1.id }.parallelMap { activity($0, words) }
    }

    /// The fields of a record from (key, label key, value) triples; absent values are left out.
    init(_ kind: Kind, id: String, _ fields: [(String, String, String?)], _ words: Words) {
        self.init(
            kind: kind, id: id,
            fields: fields.compactMap { key, label, value in
                value.map { Field(key: key, label: words[label], value: $0) }
            })
    }

    static func point(_ point: ServicePoint, _ words: Words) -> PublicRecord {
        let separator = words["list.separator"]
        func joined(_ items: [String]) -> String? { items.isEmpty ? nil : items.joined(separator: separator) }
        let meal = point.meal
        return PublicRecord(
            .point, id: point.id,
            [
                ("name", "changes.name", point.name), ("kind", "changes.kind", words.kind(point.kind)),
                ("status", "point.status", words.status(point.status)), ("town", "point.town", point.town?.name),
                ("address", "point.address", point.address),
                ("hours", "point.hours", joined(point.hours.map(words.hours))),
                ("phone", "point.phone", point.phone), ("price", "point.price", meal?.price.map(words.price)),
                ("elder_price", "point.elder-price", meal?.elderPrice.map(words.price)),
                (
                    "delivery", "point.delivery",
                    meal?.delivery.map { words[$0 ? "point.delivery-yes" : "point.delivery-no"] }
                ),
                ("seats", "point.seats", (meal?.seats ?? point.capacity?.seats).map(String.init)),
                ("beds", "point.beds", point.capacity?.beds.map(String.init)),
                ("services", "point.services", joined(point.services.map(words.service))),
                ("operator", "point.operator", point.operator?.name),
                ("operation", "point.operation", point.operation.map(words.operation)),
                ("opened", "point.opened", point.opened.map(words.reportDate)),
                ("serves", "point.serves", joined(point.servedVillages.map(\.name))),
                ("description", "changes.description", point.description.map(textDigest)),
            ], words)
    }

    static func course(_ course: Course, _ words: Words) -> PublicRecord {
        let registration = course.registration.flatMap { r -> String? in
            let days = [r.opens, r.closes].map { $0.map(words.reportDate) ?? "" }
            let text = [
                days.allSatisfy(\.isEmpty) ? nil : days.joined(separator: words["range.to"]),
                r.url.flatMap(Escaping.safeURL),
            ]
            return text.compactMap { $0 }.joined(separator: " ").nilIfEmpty
        }
        let seats = course.capacity.flatMap { capacity in
            course.seatsLeft.map { words.seats(capacity: capacity, left: $0) }
        }
        return PublicRecord(
            .course, id: course.id,
            [
                ("title", "changes.name", course.title), ("category", "changes.category", course.category),
                ("term", "course.term", course.term.name), ("venue", "course.venue", course.venue.name),
                ("schedule", "course.schedule", words.schedule(course)),
                (
                    "dates", "course.dates",
                    words.reportDate(course.dates.first) + words["range.to"] + words.reportDate(course.dates.last)
                ),
                (
                    "days_off", "course.days-off",
                    course.daysOff.isEmpty
                        ? nil : course.daysOff.sorted().map(words.reportDate).joined(separator: words["list.separator"])
                ),
                ("teacher", "course.teacher", course.teacher),
                ("fee", "course.fee", words.price(course.fee ?? Yuan(fen: 0))),
                ("seats", "changes.seats", seats), ("registration", "course.registration", registration),
                ("description", "changes.description", course.description.map(textDigest)),
            ], words)
    }

    static func activity(_ activity: Activity, _ words: Words) -> PublicRecord {
        func moment(_ m: LocalDateTime) -> String { words.reportDate(m.date) + " \(m.time)" }
        let contact = activity.contact.map { [$0.name, $0.phone].compactMap { $0 }.joined(separator: " ") }
        let volunteers = activity.volunteers.flatMap { need -> String? in
            guard let needed = need.needed else { return nil }
            return words["activity.volunteers"].replacing("{needed}", with: "\(needed)")
                .replacing("{registered}", with: "\(need.registered ?? 0)")
        }
        return PublicRecord(
            .activity, id: activity.id,
            [
                ("title", "changes.name", activity.title),
                ("kind", "activity.kind", activity.kind.map { words["activity-kind.\($0.rawValue)"] }),
                ("status", "point.status", words[activity.isCancelled ? "activity.cancelled" : "changes.as-planned"]),
                ("when", "activity.when", moment(activity.start) + words["range.to"] + moment(activity.end)),
                ("venue", "activity.venue", activity.venue.name),
                ("organiser", "activity.organiser", activity.organiser?.name),
                ("volunteers", "activity.volunteers-label", volunteers),
                ("contact", "activity.contact", contact?.nilIfEmpty),
                ("signup", "activity.signup", activity.signup.flatMap(Escaping.safeURL)),
                ("description", "changes.description", activity.description.map(textDigest)),
            ], words)
    }

    /// A long text as a short digest: enough to tell that it changed.
    static func textDigest(_ text: String) -> String { String(Digest.sha256Hex(Array(text.utf8)).prefix(16)) }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
