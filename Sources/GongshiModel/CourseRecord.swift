/// A senior-university course as its file states it (SPEC §5).
public struct CourseRecord: Sendable, Identifiable, Equatable {
    public var id: String
    public var title: String
    public var venue: Located<String>
    public var term: Located<String>
    public var sessions: [WeeklySession]
    public var from: Located<LocalDate>?
    public var until: Located<LocalDate>?
    public var except: [Located<LocalDate>]
    public var category: String?
    public var teacher: String?
    public var capacity: Int?
    public var enrolled: Int?
    public var fee: Yuan?
    public var registration: Registration?
    public var description: String?
    public var source: SourceLocation

    public init(
        id: String, title: String, venue: Located<String>, term: Located<String>,
        sessions: [WeeklySession], from: Located<LocalDate>? = nil, until: Located<LocalDate>? = nil,
        except: [Located<LocalDate>] = [], category: String? = nil, teacher: String? = nil,
        capacity: Int? = nil, enrolled: Int? = nil, fee: Yuan? = nil,
        registration: Registration? = nil, description: String? = nil, source: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.venue = venue
        self.term = term
        self.sessions = sessions
        self.from = from
        self.until = until
        self.except = except
        self.category = category
        self.teacher = teacher
        self.capacity = capacity
        self.enrolled = enrolled
        self.fee = fee
        self.registration = registration
        self.description = description
        self.source = source
    }

    /// Seats not yet taken, never below zero; nil when the course states no capacity.
    public var seatsLeft: Int? { capacity.map { max(0, $0 - (enrolled ?? 0)) } }
}

/// A weekly class slot: every Tuesday 09:00–10:30.
public struct WeeklySession: Sendable, Hashable {
    public var weekday: Weekday
    public var start: LocalTime
    public var end: LocalTime

    public init(weekday: Weekday, start: LocalTime, end: LocalTime) {
        self.weekday = weekday
        self.start = start
        self.end = end
    }
}

/// When and where to sign up for a course.
public struct Registration: Sendable, Hashable {
    public var opens: LocalDate?
    public var closes: LocalDate?
    public var url: String?

    public init(opens: LocalDate? = nil, closes: LocalDate? = nil, url: String? = nil) {
        self.opens = opens
        self.closes = closes
        self.url = url
    }
}
