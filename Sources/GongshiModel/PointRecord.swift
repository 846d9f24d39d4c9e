/// A service point as its file states it (SPEC §4); references are still ids with their
/// places, so the resolver can point at a wrong one.
public struct PointRecord: Sendable, Identifiable, Equatable {
    public var id: String
    public var kind: PointKind
    public var name: String
    public var region: Located<String>
    public var address: String
    public var status: PointStatus
    public var opened: LocalDate?
    public var operation: Operation?
    public var `operator`: Located<String>?
    /// Region ids it serves (辐射村社); nil when the file leaves it out.
    public var serves: [Located<String>]?
    public var location: GeoPoint?
    public var hours: [OpeningHours]
    public var services: [Service]
    public var meal: MealInfo?
    public var capacity: Capacity?
    public var phone: String?
    public var description: String?
    public var photos: [Located<String>]
    public var updated: LocalDate?
    /// Where the record starts.
    public var source: SourceLocation
    /// Where each field's value stands, for checks made after reading (dates against today).
    public var places: [String: SourceLocation] = [:]

    public init(
        id: String, kind: PointKind, name: String, region: Located<String>, address: String,
        status: PointStatus, opened: LocalDate? = nil, operation: Operation? = nil,
        operator: Located<String>? = nil, serves: [Located<String>]? = nil, location: GeoPoint? = nil,
        hours: [OpeningHours] = [], services: [Service] = [], meal: MealInfo? = nil,
        capacity: Capacity? = nil, phone: String? = nil, description: String? = nil,
        photos: [Located<String>] = [], updated: LocalDate? = nil, source: SourceLocation,
        places: [String: SourceLocation] = [:]
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.region = region
        self.address = address
        self.status = status
        self.opened = opened
        self.operation = operation
        self.operator = `operator`
        self.serves = serves
        self.location = location
        self.hours = hours
        self.services = services
        self.meal = meal
        self.capacity = capacity
        self.phone = phone
        self.description = description
        self.photos = photos
        self.updated = updated
        self.source = source
        self.places = places
    }
}

/// WGS-84 degrees.
public struct GeoPoint: Sendable, Hashable {
    public var lat: Double
    public var lon: Double

    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }
}

/// One line of opening hours: `mon-fri 10:30–12:30 午餐`.
public struct OpeningHours: Sendable, Hashable {
    public var days: WeekdaySet
    public var open: LocalTime
    public var close: LocalTime
    public var label: String?

    public init(days: WeekdaySet, open: LocalTime, close: LocalTime, label: String? = nil) {
        self.days = days
        self.open = open
        self.close = close
        self.label = label
    }
}

/// What a canteen charges and offers.
public struct MealInfo: Sendable, Hashable {
    public var price: Yuan?
    /// The subsidised price for older residents.
    public var elderPrice: Yuan?
    public var delivery: Bool?
    public var seats: Int?

    public init(price: Yuan? = nil, elderPrice: Yuan? = nil, delivery: Bool? = nil, seats: Int? = nil) {
        self.price = price
        self.elderPrice = elderPrice
        self.delivery = delivery
        self.seats = seats
    }
}

public struct Capacity: Sendable, Hashable {
    public var beds: Int?
    public var seats: Int?

    public init(beds: Int? = nil, seats: Int? = nil) {
        self.beds = beds
        self.seats = seats
    }
}
