/// A volunteer activity (志愿活动募集令) as its file states it (SPEC §6).
public struct ActivityRecord: Sendable, Identifiable, Equatable {
    public var id: String
    public var title: String
    public var venue: Located<String>
    public var start: LocalDateTime
    public var end: LocalDateTime
    public var kind: ActivityKind?
    public var organiser: Organiser?
    public var volunteers: VolunteerNeed?
    public var contact: Contact?
    public var signup: String?
    public var isCancelled: Bool
    public var description: String?
    /// The day the notice was last changed: its date in the feeds. Where it is written, for
    /// the check that it is not after today.
    public var updated: Located<LocalDate>?
    public var source: SourceLocation

    public init(
        id: String, title: String, venue: Located<String>, start: LocalDateTime, end: LocalDateTime,
        kind: ActivityKind? = nil, organiser: Organiser? = nil, volunteers: VolunteerNeed? = nil,
        contact: Contact? = nil, signup: String? = nil, isCancelled: Bool = false,
        description: String? = nil, updated: Located<LocalDate>? = nil, source: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.venue = venue
        self.start = start
        self.end = end
        self.kind = kind
        self.organiser = organiser
        self.volunteers = volunteers
        self.contact = contact
        self.signup = signup
        self.isCancelled = isCancelled
        self.description = description
        self.updated = updated
        self.source = source
    }
}

public struct Organiser: Sendable, Hashable {
    public var team: Team?
    public var name: String?

    public init(team: Team? = nil, name: String? = nil) {
        self.team = team
        self.name = name
    }
}

public struct VolunteerNeed: Sendable, Hashable {
    public var needed: Int?
    public var registered: Int?

    public init(needed: Int? = nil, registered: Int? = nil) {
        self.needed = needed
        self.registered = registered
    }

    /// Places still open, never below zero.
    public var placesLeft: Int? {
        guard let needed else { return nil }
        return max(0, needed - (registered ?? 0))
    }
}

/// A public contact line for an activity.
public struct Contact: Sendable, Hashable {
    public var name: String?
    public var phone: String?

    public init(name: String? = nil, phone: String? = nil) {
        self.name = name
        self.phone = phone
    }
}
