import Foundation
import GongshiModel
import GongshiRender
import GongshiSite

/// The directory in Open Referral's Human Services Data Specification 3.0: the publisher and
/// each operator as organizations, each service point as a service at one physical location
/// with its address, phone and weekly hours. Files are JSON lists of HSDS objects under
/// `data/hsds/`; `services.json` and `service_at_locations.json` nest their related objects
/// as the compiled schemas (`service_with_definitions.json`, `service_at_location_list.json`)
/// describe, the other files are the flat tables with their foreign keys. Unknown optional
/// fields are left out; ids are UUID v5 of `<kind>/<record id>` in a namespace derived from
/// `base_url`, so they stay the same from build to build. A required HSDS field is never
/// published empty: a point's address is left out (of `addresses.json` and its location)
/// until site.yaml has `province` and its region (or one above) a `postal_code`; `check`
/// warns when only one of them is set (`OpenDataChecks`), and the data page counts them.
struct HSDSExport {
    /// The files under `data/hsds/` and the HSDS table each holds, in the order the data page shows.
    static let tables: [(file: String, table: String)] = [
        ("organizations.json", "organization"), ("services.json", "service"), ("locations.json", "location"),
        ("service_at_locations.json", "service_at_location"), ("addresses.json", "address"),
        ("phones.json", "phone"), ("schedules.json", "schedule"),
    ]

    /// The list each file holds, by file name.
    let items: [String: [DataJSON]]

    init(_ scope: OpenDataScope) {
        let ids = Ids(baseURL: scope.site.settings.baseURL)
        let site = scope.site
        let points = site.points.sorted { $0.id < $1.id }
        let operators = site.operators.sorted { $0.id < $1.id }
        let organizations = [Self.publisher(scope, ids)] + operators.map { Self.organization($0, scope, ids) }
        let byID = Dictionary(
            uniqueKeysWithValues: zip([ids.publisher] + operators.map { ids.of("operator", $0.id) }, organizations))

        var services: [DataJSON] = []
        var locations: [DataJSON] = []
        var links: [DataJSON] = []
        var addresses: [DataJSON] = []
        var phones: [DataJSON] = []
        var schedules: [DataJSON] = []
        if let number = site.settings.publisher.phone {
            phones.append(Self.phone(number, id: ids.of("phone", "publisher"), organization: ids.publisher))
        }
        for op in operators {
            guard let number = op.phone else { continue }
            phones.append(
                Self.phone(number, id: ids.of("phone/operator", op.id), organization: ids.of("operator", op.id)))
        }
        for point in points {
            let organizationID = point.operator.map { ids.of("operator", $0.id) } ?? ids.publisher
            let service = Self.service(point, organizationID: organizationID, scope, ids)
            let address = Self.address(point, scope, ids)
            let location = Self.location(point, organizationID: organizationID, ids)
            let placed = location.merging(["addresses": address.map { .array([$0]) } ?? .null])
            let link = DataJSON.object([
                "id": .string(ids.of("service_at_location", point.id)),
                "service_id": .string(ids.of("service", point.id)),
                "location_id": .string(ids.of("location", point.id)),
            ])
            let phone = point.phone.map { Self.phone($0, id: ids.of("phone/point", point.id), service: point.id, ids) }
            let hours = point.hours.enumerated().map { Self.schedule($1, index: $0 + 1, point: point, scope, ids) }
            let organization = byID[organizationID] ?? .null
            services.append(
                service.merging([
                    "organization": organization, "phones": phone.map { .array([$0]) } ?? .null,
                    "schedules": hours.isEmpty ? .null : .array(hours),
                    "service_at_locations": .array([link.merging(["location": placed])]),
                ]))
            links.append(
                link.merging(["location": placed, "service": service.merging(["organization": organization])]))
            locations.append(location)
            if let address { addresses.append(address) }
            if let phone { phones.append(phone) }
            schedules += hours
        }
        items = [
            "organizations.json": organizations, "services.json": services, "locations.json": locations,
            "service_at_locations.json": links, "addresses.json": addresses, "phones.json": phones,
            "schedules.json": schedules,
        ]
    }

    /// A Frictionless data package describing the files, with licence and generation date.
    func dataPackage(_ scope: OpenDataScope) -> DataJSON {
        .object([
            "profile": .string("data-package"),
            "name": .string("hsds"),
            "title": .string(scope.site.settings.title + " HSDS 3.0.0"),
            "homepage": .string(scope.paths.absolute(.data)),
            "created": .string(scope.dateTime(LocalDateTime(date: scope.today, time: LocalTime(hour: 0, minute: 0)!))),
            "hsds_version": .string("3.0.0"),
            "licenses": OpenData.licenses,
            "resources": .array(
                Self.tables.map { file in
                    .object([
                        "name": .string(file.table), "path": .string(file.file), "format": .string("json"),
                        "mediatype": .string("application/json"), "count": .int(items[file.file]?.count ?? 0),
                    ])
                }),
        ])
    }

    /// UUIDs in the site's namespace.
    struct Ids {
        let namespace: UUID

        init(baseURL: String) {
            namespace = UUIDv5.make(baseURL.hasSuffix("/") ? baseURL : baseURL + "/", in: UUIDv5.urlNamespace)
        }

        func of(_ kind: String, _ id: String) -> String { UUIDv5.text(UUIDv5.make("\(kind)/\(id)", in: namespace)) }
        var publisher: String { UUIDv5.text(UUIDv5.make("publisher", in: namespace)) }
    }

    // MARK: - Records

    static func publisher(_ scope: OpenDataScope, _ ids: Ids) -> DataJSON {
        let publisher = scope.site.settings.publisher
        return .compact([
            "id": .string(ids.publisher), "name": .string(publisher.name),
            "description": .string(
                scope.words["data.hsds-publisher"].replacing("{site}", with: scope.site.settings.title)),
            "website": .string(scope.paths.baseURL),
        ])
    }

    static func organization(_ op: Operator, _ scope: OpenDataScope, _ ids: Ids) -> DataJSON {
        .compact([
            "id": .string(ids.of("operator", op.id)), "name": .string(op.name),
            "description": .string(
                nonBlank(op.description) ?? scope.words["data.hsds-operator-\(op.kind.rawValue)"]),
            "website": .optional(op.website.flatMap(Escaping.safeURL).flatMap { $0.hasPrefix("http") ? $0 : nil }),
        ])
    }

    /// Operating → active; suspended → temporarily closed; not yet open → inactive; closed → defunct.
    static func status(_ status: PointStatus) -> String {
        switch status {
        case .operating: return "active"
        case .suspended: return "temporarily closed"
        case .closed: return "defunct"
        case .planned, .siteSelection, .design, .construction: return "inactive"
        }
    }

    static func service(_ point: ServicePoint, organizationID: String, _ scope: OpenDataScope, _ ids: Ids) -> DataJSON {
        .compact([
            "id": .string(ids.of("service", point.id)), "organization_id": .string(organizationID),
            "name": .string(point.name), "description": .optional(nonBlank(point.description)),
            "url": .string(scope.paths.absolute(.point(point.id))), "status": .string(status(point.status)),
            "last_modified": .optional(point.updated) {
                .string(scope.dateTime(LocalDateTime(date: $0, time: LocalTime(hour: 0, minute: 0)!)))
            },
        ])
    }

    static func location(_ point: ServicePoint, organizationID: String, _ ids: Ids) -> DataJSON {
        .compact([
            "id": .string(ids.of("location", point.id)), "location_type": .string("physical"),
            "organization_id": .string(organizationID), "name": .string(point.name),
            "latitude": .optional(point.location) { .double($0.lat) },
            "longitude": .optional(point.location) { .double($0.lon) },
            "external_identifier": .string(point.id), "external_identifier_type": .string("gongshi-point-id"),
        ])
    }

    /// A physical address: the site's root region as city, the town as region, site.yaml's
    /// `province` as state_province and the region's postal code (its own or the nearest
    /// above). HSDS requires both, so without either the point has no address (nil).
    static func address(_ point: ServicePoint, _ scope: OpenDataScope, _ ids: Ids) -> DataJSON? {
        guard let province = scope.site.settings.province, let postalCode = point.region.postalCode else { return nil }
        return .compact([
            "id": .string(ids.of("address", point.id)), "location_id": .string(ids.of("location", point.id)),
            "address_1": .string(point.address), "city": .string(scope.site.root.name),
            "region": .optional(point.town?.name), "state_province": .string(province),
            "postal_code": .string(postalCode), "country": .string("CN"), "address_type": .string("physical"),
        ])
    }

    /// Points whose address is left out for want of a province or postal code, in id order.
    static func withoutAddress(_ site: Site) -> [ServicePoint] {
        guard site.settings.province != nil else { return site.points.sorted { $0.id < $1.id } }
        return site.points.filter { $0.region.postalCode == nil }.sorted { $0.id < $1.id }
    }

    /// The text, or nil when it is empty or only spaces (HSDS gets no empty strings).
    static func nonBlank(_ text: String?) -> String? {
        guard let text, text.contains(where: { !$0.isWhitespace }) else { return nil }
        return text
    }

    static func phone(_ number: String, id: String, service pointID: String, _ ids: Ids) -> DataJSON {
        .object([
            "id": .string(id), "number": .string(number), "type": .string("voice"),
            "service_id": .string(ids.of("service", pointID)), "location_id": .string(ids.of("location", pointID)),
        ])
    }

    static func phone(_ number: String, id: String, organization: String) -> DataJSON {
        .object([
            "id": .string(id), "number": .string(number), "type": .string("voice"),
            "organization_id": .string(organization),
        ])
    }

    /// One line of opening hours as an RFC 5545-style weekly rule; times are local, and
    /// `timezone` gives the site's offset from UTC in hours.
    static func schedule(_ line: OpeningHours, index: Int, point: ServicePoint, _ scope: OpenDataScope, _ ids: Ids)
        -> DataJSON
    {
        let offset = scope.site.settings.offset.minutes
        return .compact([
            "id": .string(ids.of("schedule", "\(point.id)/\(index)")),
            "service_id": .string(ids.of("service", point.id)), "location_id": .string(ids.of("location", point.id)),
            "freq": .string("WEEKLY"), "wkst": .string("MO"), "interval": .int(1),
            "byday": .string(line.days.days.map { String($0.rawValue.prefix(2)).uppercased() }.joined(separator: ",")),
            "opens_at": .string("\(line.open):00"), "closes_at": .string("\(line.close):00"),
            "timezone": offset % 60 == 0 ? .int(offset / 60) : .double(Double(offset) / 60),
            "description": .string(scope.words.hours(line)),
        ])
    }
}
