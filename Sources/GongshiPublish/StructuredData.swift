import GongshiModel

/// schema.org JSON-LD for point, course and notice pages, so search engines and assistants
/// can read hours, places and dates. Serialised by `JSONText.forScript`, which keeps any text
/// from closing the script element.
enum StructuredData {
    static let dayNames: [Weekday: String] = [
        .mon: "Monday", .tue: "Tuesday", .wed: "Wednesday", .thu: "Thursday", .fri: "Friday",
        .sat: "Saturday", .sun: "Sunday",
    ]

    static func address(_ point: ServicePoint, _ c: PageContext) -> [String: Any] {
        var out: [String: Any] = [
            "@type": "PostalAddress", "streetAddress": point.address, "addressCountry": "CN",
            "addressLocality": c.site.root.name,
        ]
        out["addressRegion"] = point.town?.name
        return out
    }

    static func place(_ point: ServicePoint, _ c: PageContext) -> [String: Any] {
        var out: [String: Any] = [
            "@type": "Place", "name": point.name, "address": address(point, c),
            "url": c.paths.absolute("points/\(point.id)/"),
        ]
        if let location = point.location {
            out["geo"] = ["@type": "GeoCoordinates", "latitude": location.lat, "longitude": location.lon]
        }
        return out
    }

    /// A canteen or meal point is a FoodEstablishment, a care centre a CivicStructure.
    static func point(_ point: ServicePoint, _ c: PageContext) -> String {
        var out: [String: Any] = [
            "@context": "https://schema.org",
            "@type": point.kind.isMealService ? "FoodEstablishment" : "CivicStructure",
            "name": point.name,
            "url": c.paths.absolute("points/\(point.id)/"),
            "address": address(point, c),
        ]
        if let location = point.location {
            out["geo"] = ["@type": "GeoCoordinates", "latitude": location.lat, "longitude": location.lon]
        }
        out["telephone"] = point.phone.flatMap { PhoneNumber(text: $0) }.map { "+86-" + $0.digits.drop { $0 == "0" } }
        if !point.hours.isEmpty {
            out["openingHoursSpecification"] = point.hours.map { hours -> [String: Any] in
                [
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": hours.days.days.compactMap { dayNames[$0] }.map { "https://schema.org/" + $0 },
                    "opens": "\(hours.open):00", "closes": "\(hours.close):00",
                ]
            }
        }
        if let meal = point.meal, let price = meal.price {
            out["priceRange"] = "¥\(meal.elderPrice.map { "\($0)–" } ?? "")\(price)"
        }
        out["description"] = point.description
        return JSONText.forScript(out)
    }

    /// A Course with one CourseInstance holding its weekly schedule.
    static func course(_ course: Course, _ c: PageContext) -> String {
        let zone = c.site.settings.timeZone.identifier
        let schedules = course.record.sessions.map { slot -> [String: Any] in
            var schedule: [String: Any] = [
                "@type": "Schedule", "repeatFrequency": "P1W",
                "byDay": "https://schema.org/" + (dayNames[slot.weekday] ?? ""),
                "startTime": "\(slot.start):00", "endTime": "\(slot.end):00",
                "startDate": "\(course.dates.first)", "endDate": "\(course.dates.last)",
            ]
            // schema.org wants an IANA name; an offset no zone names is left out.
            schedule["scheduleTimezone"] = zone
            let off = course.daysOff.filter { $0.weekday == slot.weekday }.sorted().map(\.description)
            if !off.isEmpty { schedule["exceptDate"] = off }
            return schedule
        }
        var instance: [String: Any] = [
            "@type": "CourseInstance", "courseMode": "onsite", "location": place(course.venue, c),
            "courseSchedule": schedules,
        ]
        instance["instructor"] = course.teacher.map { ["@type": "Person", "name": $0] }
        var out: [String: Any] = [
            "@context": "https://schema.org", "@type": "Course", "name": course.title,
            "url": c.paths.absolute("courses/\(course.id)/"),
            "provider": ["@type": "Organization", "name": c.site.settings.publisher.name],
            "hasCourseInstance": [instance],
            "offers": [
                "@type": "Offer", "category": (course.fee ?? Yuan(fen: 0)).isFree ? "Free" : "Paid",
                "price": (course.fee ?? Yuan(fen: 0)).description, "priceCurrency": "CNY",
            ],
        ]
        out["description"] = course.description ?? course.title
        return JSONText.forScript(out)
    }

    /// A volunteer activity as an Event, cancelled ones marked so.
    static func activity(_ activity: Activity, _ c: PageContext) -> String {
        let offset = c.site.settings.offset
        func stamp(_ t: LocalDateTime) -> String { "\(t.date)T\(t.time):00\(offset)" }
        var out: [String: Any] = [
            "@context": "https://schema.org", "@type": "Event", "name": activity.title,
            "url": c.paths.absolute("volunteer/\(activity.id)/"),
            "startDate": stamp(activity.start), "endDate": stamp(activity.end),
            "eventStatus": activity.isCancelled
                ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": place(activity.venue, c),
            "isAccessibleForFree": true,
        ]
        if let organiser = activity.organiser?.name {
            out["organizer"] = ["@type": "Organization", "name": organiser]
        } else {
            out["organizer"] = ["@type": "Organization", "name": c.site.settings.publisher.name]
        }
        out["description"] = activity.description ?? activity.title
        return JSONText.forScript(out)
    }
}
