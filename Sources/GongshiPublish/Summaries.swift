import GongshiModel
import GongshiRender

/// How courses and activities appear in lists, shared by their index, town, point and
/// bulletin pages.
extension PageContext {
    /// `每周二 09:00–10:30；每周四 14:00–15:30`.
    func schedule(_ course: Course) -> String {
        course.record.sessions.map { words["schedule.every"] + words.weekday($0.weekday) + " \($0.start)–\($0.end)" }
            .joined(separator: words["list.separator"])
    }

    func courseSummary(_ course: Course) -> [String: Any] {
        var out: [String: Any] = [
            "id": course.id,
            "title": course.title,
            "link": paths.course(course.id),
            "venue": course.venue.name,
            "venueLink": paths.point(course.venue.id),
            "schedule": schedule(course),
            "dates": words.date(course.dates.first, relativeTo: today) + words["range.to"]
                + words.date(course.dates.last, relativeTo: today),
            "fee": words.price(course.fee ?? Yuan(fen: 0)),
        ]
        out["category"] = course.category
        out["teacher"] = course.teacher
        if let capacity = course.capacity {
            let left = max(0, capacity - (course.enrolled ?? 0))
            out["seats"] = words["course.seats"].replacing("{capacity}", with: "\(capacity)").replacing(
                "{left}", with: "\(left)")
            out["isFull"] = left == 0
        }
        if let registration = course.registration {
            out["registrationOpens"] = registration.opens.map { words.date($0, relativeTo: today) }
            out["registrationCloses"] = registration.closes.map { words.date($0, relativeTo: today) }
            out["registrationLink"] = registration.url.flatMap(safeLink)
            out["registrationOpen"] = registration.isOpen(on: today)
        }
        return out
    }

    func activitySummary(_ activity: Activity) -> [String: Any] {
        let status = activity.status(asOf: today)
        var out: [String: Any] = [
            "id": activity.id,
            "title": activity.title,
            "link": paths.activity(activity.id),
            "venue": activity.venue.name,
            "venueLink": paths.point(activity.venue.id),
            "when": words.date(activity.start.date, relativeTo: today) + " \(activity.start.time)–"
                + (activity.end.date == activity.start.date
                    ? "" : words.date(activity.end.date, relativeTo: today) + " ")
                + "\(activity.end.time)",
            "status": words["activity.\(status.rawValue)"],
            "statusKey": status.rawValue,
            "isOpen": status == .open,
        ]
        out["kind"] = activity.kind.map { words["activity-kind.\($0.rawValue)"] }
        out["organiser"] = activity.organiser?.name
        if let left = activity.volunteers?.placesLeft, status == .open {
            out["placesLeft"] = words["activity.places-left"].replacing("{n}", with: "\(left)")
        }
        out["signup"] = activity.signup.flatMap(safeLink)
        out["contactName"] = activity.contact?.name
        out["contactPhone"] = activity.contact?.phone
        out["contactTel"] = activity.contact?.phone.flatMap { PhoneNumber(text: $0)?.telURI }
        return out
    }

    /// External links only through the URL allow-list.
    func safeLink(_ url: String) -> String? { Escaping.safeURL(url) }
}

extension Registration {
    /// Whether sign-up is open on a day (an open end counts as open).
    public func isOpen(on day: LocalDate) -> Bool {
        (opens.map { $0 <= day } ?? true) && (closes.map { day <= $0 } ?? true)
    }
}
