import GongshiModel
import GongshiRender

/// A point as lists show it: name, link, status in words, hours in words, phone link.
package struct PointSummary: FieldModel {
    package var id: String
    package var name: String
    package var link: String
    package var kind: String
    package var status: String
    package var statusKey: String
    package var isOperating: Bool
    package var address: String
    package var hours: [String]
    package var mapLink: String
    package var phone: String?
    package var tel: String?
    package var price: String?
    package var elderPrice: String?
    package var delivery: String?
    package var seats: String?

    package static let fields = TemplateFields<Self>([
        .text("id") { $0.id }, .text("name") { $0.name }, .text("link") { $0.link }, .text("kind") { $0.kind },
        .text("status") { $0.status }, .text("statusKey") { $0.statusKey },
        .flag("isOperating") { $0.isOperating }, .text("address") { $0.address }, .items("hours") { $0.hours },
        .text("mapLink") { $0.mapLink }, .text("phone") { $0.phone }, .text("tel") { $0.tel },
        .text("price") { $0.price }, .text("elderPrice") { $0.elderPrice }, .text("delivery") { $0.delivery },
        .text("seats") { $0.seats },
    ])
}

/// A course as lists show it: title, venue, weekly schedule, dates, fee, seats, sign-up.
package struct CourseSummary: FieldModel {
    package var id: String
    package var title: String
    package var link: String
    package var venue: String
    package var venueLink: String
    package var schedule: String
    package var dates: String
    package var fee: String
    package var category: String?
    package var teacher: String?
    package var seats: String?
    package var isFull: Bool?
    package var registrationOpens: String?
    package var registrationCloses: String?
    package var registrationLink: String?
    package var registrationOpen: Bool?

    package static let fields = TemplateFields<Self>([
        .text("id") { $0.id }, .text("title") { $0.title }, .text("link") { $0.link }, .text("venue") { $0.venue },
        .text("venueLink") { $0.venueLink }, .text("schedule") { $0.schedule }, .text("dates") { $0.dates },
        .text("fee") { $0.fee }, .text("category") { $0.category }, .text("teacher") { $0.teacher },
        .text("seats") { $0.seats }, .flag("isFull") { $0.isFull },
        .text("registrationOpens") { $0.registrationOpens }, .text("registrationCloses") { $0.registrationCloses },
        .text("registrationLink") { $0.registrationLink }, .flag("registrationOpen") { $0.registrationOpen },
    ])
}

/// A volunteer activity as lists show it: when, where, status, places left, sign-up.
package struct ActivitySummary: FieldModel {
    package var id: String
    package var title: String
    package var link: String
    package var venue: String
    package var venueLink: String
    package var when: String
    package var status: String
    package var statusKey: String
    package var isOpen: Bool
    package var kind: String?
    package var organiser: String?
    package var placesLeft: String?
    package var signup: String?
    package var contactName: String?
    package var contactPhone: String?
    package var contactTel: String?

    package static let fields = TemplateFields<Self>([
        .text("id") { $0.id }, .text("title") { $0.title }, .text("link") { $0.link }, .text("venue") { $0.venue },
        .text("venueLink") { $0.venueLink }, .text("when") { $0.when }, .text("status") { $0.status },
        .text("statusKey") { $0.statusKey }, .flag("isOpen") { $0.isOpen }, .text("kind") { $0.kind },
        .text("organiser") { $0.organiser }, .text("placesLeft") { $0.placesLeft }, .text("signup") { $0.signup },
        .text("contactName") { $0.contactName }, .text("contactPhone") { $0.contactPhone },
        .text("contactTel") { $0.contactTel },
    ])
}

extension PageContext {
    package func pointSummary(_ point: ServicePoint) -> PointSummary {
        PointSummary(
            id: point.id, name: point.name, link: paths.point(point.id), kind: words.kind(point.kind),
            status: words.status(point.status), statusKey: point.status.rawValue,
            isOperating: point.status == .operating, address: point.address,
            hours: point.hours.map { words.hours($0) }, mapLink: mapLink(point), phone: point.phone,
            tel: point.phone.flatMap { PhoneNumber(text: $0)?.telURI }, price: point.meal?.price.map(words.price),
            elderPrice: point.meal?.elderPrice.map(words.price),
            delivery: point.meal?.delivery.map { words[$0 ? "point.delivery-yes" : "point.delivery-no"] },
            seats: (point.meal?.seats ?? point.capacity?.seats).map(String.init))
    }

    package func courseSummary(_ course: Course) -> CourseSummary {
        var out = CourseSummary(
            id: course.id, title: course.title, link: paths.course(course.id), venue: course.venue.name,
            venueLink: paths.point(course.venue.id), schedule: words.schedule(course),
            dates: words.date(course.dates.first, relativeTo: today) + words["range.to"]
                + words.date(course.dates.last, relativeTo: today),
            fee: words.price(course.fee ?? Yuan(fen: 0)), category: course.category, teacher: course.teacher)
        if let capacity = course.capacity, let left = course.seatsLeft {
            out.seats = words.seats(capacity: capacity, left: left)
            out.isFull = left == 0
        }
        if let registration = course.registration {
            out.registrationOpens = registration.opens.map { words.date($0, relativeTo: today) }
            out.registrationCloses = registration.closes.map { words.date($0, relativeTo: today) }
            out.registrationLink = registration.url.flatMap(safeLink)
            out.registrationOpen = registration.isOpen(on: today)
        }
        return out
    }

    package func activitySummary(_ activity: Activity) -> ActivitySummary {
        let status = activity.status(asOf: today)
        let placesLeft = activity.volunteers?.placesLeft.flatMap { left in
            status == .open ? words["activity.places-left"].replacing("{n}", with: "\(left)") : nil
        }
        return ActivitySummary(
            id: activity.id, title: activity.title, link: paths.activity(activity.id), venue: activity.venue.name,
            venueLink: paths.point(activity.venue.id),
            when: words.date(activity.start.date, relativeTo: today) + " \(activity.start.time)–"
                + (activity.end.date == activity.start.date
                    ? "" : words.date(activity.end.date, relativeTo: today) + " ")
                + "\(activity.end.time)",
            status: words["activity.\(status.rawValue)"], statusKey: status.rawValue, isOpen: status == .open,
            kind: activity.kind.map { words["activity-kind.\($0.rawValue)"] }, organiser: activity.organiser?.name,
            placesLeft: placesLeft, signup: activity.signup.flatMap(safeLink), contactName: activity.contact?.name,
            contactPhone: activity.contact?.phone,
            contactTel: activity.contact?.phone.flatMap { PhoneNumber(text: $0)?.telURI })
    }
}

extension PageContext {
    /// External links only through the URL allow-list.
    func safeLink(_ url: String) -> String? { Escaping.safeURL(url) }
}

extension Registration {
    /// Whether sign-up is open on a day (an open end counts as open).
    public func isOpen(on day: LocalDate) -> Bool {
        (opens.map { $0 <= day } ?? true) && (closes.map { day <= $0 } ?? true)
    }
}
