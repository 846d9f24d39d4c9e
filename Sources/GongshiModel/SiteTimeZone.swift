/// The time zone every date and time of a site is local to (site.yaml `timezone`): an IANA
/// name such as `Asia/Shanghai`, or a bare offset such as `+08:00`. Either way it has one
/// fixed offset, since the content format keeps no daylight saving time.
public struct SiteTimeZone: Hashable, Sendable {
    public let offset: UTCOffset
    /// The IANA name calendars (`TZID`) and schema.org (`scheduleTimezone`) are given: the
    /// site's own name, `Etc/GMT-8` for a whole-hour offset, nil for an offset such as
    /// `+05:45` that no IANA zone stands for.
    public let identifier: String?
    /// What calendar apps may show beside a time (`TZNAME`), e.g. `GMT+8`.
    public let abbreviation: String

    /// A zone known by its IANA name, with its offset and abbreviation as the zone database
    /// gives them.
    public init(identifier: String, offset: UTCOffset, abbreviation: String) {
        self.identifier = identifier
        self.offset = offset
        self.abbreviation = abbreviation
    }

    /// A zone known only by its offset.
    public init(offset: UTCOffset) {
        self.offset = offset
        self.identifier = Self.etcIdentifier(offset)
        self.abbreviation = "UTC" + offset.description
    }

    /// China Standard Time, the default.
    public static let china = SiteTimeZone(identifier: "Asia/Shanghai", offset: .china, abbreviation: "GMT+8")

    /// The IANA `Etc/GMT±N` zone of a whole-hour offset. Its sign is the POSIX one, the
    /// reverse of ISO 8601: UTC+8 is `Etc/GMT-8`.
    static func etcIdentifier(_ offset: UTCOffset) -> String? {
        guard offset.minutes % 60 == 0, (-12...14).contains(offset.minutes / 60) else { return nil }
        let hours = offset.minutes / 60
        return hours == 0 ? "Etc/UTC" : "Etc/GMT" + (hours > 0 ? "-" : "+") + "\(abs(hours))"
    }
}
