import GongshiModel
import GongshiSite

/// schema.org JSON-LD for point, course and notice pages, so search engines and assistants
/// can read hours, places and dates. Built as `DataJSON` and serialised by
/// `Escaping.jsonForScript`, which keeps any text from closing the script element. A fact the
/// record lacks is left out of its object, never written as null.
enum StructuredData {
    static let dayNames: [Weekday: String] = [
        .mon: "Monday", .tue: "Tuesday", .wed: "Wednesday", .thu: "Thursday", .fri: "Friday",
        .sat: "Saturday", .sun: "Sunday",
    ]

    static func address(_ point: ServicePoint, _ c: PageContext) -> DataJSON {
        var out: [String: DataJSON] = [
            "@type": .string("PostalAddress"), "streetAddress": .string(point.address),
            "addressCountry": .string("CN"), "addressLocality": .string(c.site.root.name),
        ]
        out["addressRegion"] = point.town.map { .string($0.name) }
        return .object(out)
    }

    static func geo(_ location: GeoPoint) -> DataJSON {
        .object([
            "@type": .string("GeoCoordinates"), "latitude": .double(location.lat),
            "longitude": .double(location.lon),
        ])
    }

    static func place(_ point: ServicePoint, _ c: PageContext) -> DataJSON {
        var out: [String: DataJSON] = [
            "@type": .string("Place"), "name": .string(point.name), "address": address(point, c),
            "url": .string(c.paths.absolute(.point(point.id))),
        ]
        out["geo"] = point.location.map(geo)
        return .object(out)
    }

    static func organization(_ name: String) -> DataJSON {
        .object(["@type": .string("Organization"), "name": .string(name)])
    }

    /// A canteen or meal point is a FoodEstablishment, a care centre a CivicStructure.
    static func point(_ point: ServicePoint, _ c: PageContext) -> String {
        var out: [String: DataJSON] = [
            "@context": .string("https://schema.org"),
            "@type": .string(point.kind.isMealService ? "FoodEstablishment" : "CivicStructure"),
            "name": .string(point.name),
            "url": .string(c.paths.absolute(.point(point.id))),
            "address": address(point, c),
        ]
        out["geo"] = point.location.map(geo)
        out["telephone"] = point.phone.flatMap { PhoneNumber(text: $0) }.map {
            .string("+86-" + $0.digits.drop { $0 == "0" })
        }
        if !point.hours.isEmpty {
            out["openingHoursSpecification"] = .array(
                point.hours.map { hours in
                    .object([
                        "@type": .string("OpeningHoursSpecification"),
                        "dayOfWeek": .array(
                            hours.days.days.compactMap { dayNames[$0] }.map { .string("https://schema.org/" + $0) }),
                        "opens": .string("\(hours.open):00"), "closes": .string("\(hours.close):00"),
                    ])
                })
        }
        if let meal = point.meal, let price = meal.price {
            out["priceRange"] = .string("¥\(meal.elderPrice.map { "\($0)–" } ?? "")\(price)")
        }
        out["description"] = point.description.map(DataJSON.string)
        return Escaping.jsonForScript(DataJSON.object(out).compactText)
    }

    /// A Course with one CourseInstance holding its weekly schedule.
    static func course(_ course: Course, _ c: PageContext) -> String {
        let zone = c.site.settings.timeZone.identifier
        let schedules = course.record.sessions.map { slot -> DataJSON in
            var schedule: [String: DataJSON] = [
                "@type": .string("Schedule"), "repeatFrequency": .string("P1W"),
                "byDay": .string("https://schema.org/" + (dayNames[slot.weekday] ?? "")),
                "startTime": .string("\(slot.start):00"), "endTime": .string("\(slot.end):00"),
                "startDate": .string("\(course.dates.first)"), "endDate": .string("\(course.dates.last)"),
            ]
            // schema.org wants an IANA name; an offset no zone names is left out.
            schedule["scheduleTimezone"] = zone.map(DataJSON.string)
            let off = course.daysOff.filter { $0.weekday == slot.weekday }.sorted().map(\.description)
            if !off.isEmpty { schedule["exceptDate"] = .array(off.map(DataJSON.string)) }
            return .object(schedule)
        }
        var instance: [String: DataJSON] = [
            "@type": .string("CourseInstance"), "courseMode": .string("onsite"),
            "location": place(course.venue, c), "courseSchedule": .array(schedules),
        ]
        instance["instructor"] = course.teacher.map { .object(["@type": .string("Person"), "name": .string($0)]) }
        let fee = course.fee ?? Yuan(fen: 0)
        let out: [String: DataJSON] = [
            "@context": .string("https://schema.org"), "@type": .string("Course"), "name": .string(course.title),
            "url": .string(c.paths.absolute(.course(course.id))),
            "provider": organization(c.site.settings.publisher.name),
            "hasCourseInstance": .array([.object(instance)]),
            "offers": .object([
                "@type": .string("Offer"), "category": .string(fee.isFree ? "Free" : "Paid"),
                "price": .string(fee.description), "priceCurrency": .string("CNY"),
            ]),
            "description": .string(course.description ?? course.title),
        ]
        return Escaping.jsonForScript(DataJSON.object(out).compactText)
    }

    /// A volunteer activity as an Event, cancelled ones marked so.
    static func activity(_ activity: Activity, _ c: PageContext) -> String {
        let offset = c.site.settings.offset
        func stamp(_ t: LocalDateTime) -> DataJSON { .string("\(t.date)T\(t.time):00\(offset)") }
        let out: [String: DataJSON] = [
            "@context": .string("https://schema.org"), "@type": .string("Event"), "name": .string(activity.title),
            "url": .string(c.paths.absolute(.activity(activity.id))),
            "startDate": stamp(activity.start), "endDate": stamp(activity.end),
            "eventStatus": .string(
                activity.isCancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled"),
            "eventAttendanceMode": .string("https://schema.org/OfflineEventAttendanceMode"),
            "location": place(activity.venue, c),
            "isAccessibleForFree": .bool(true),
            "organizer": organization(activity.organiser?.name ?? c.site.settings.publisher.name),
            "description": .string(activity.description ?? activity.title),
        ]
        return Escaping.jsonForScript(DataJSON.object(out).compactText)
    }
}
