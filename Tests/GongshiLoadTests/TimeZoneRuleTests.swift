import GongshiLoad
import GongshiModel
import Testing

/// site.yaml `timezone`: an IANA name without daylight saving time, or an offset.
@Suite struct TimeZoneRuleTests {
    static func check(timezone: String) -> SiteCheck.Result {
        checkFiles([
            "content/site.yaml": "timezone: \(timezone)\n" + MinimalSite.settings,
            "content/regions.yaml": MinimalSite.regions,
        ])
    }

    @Test func anIANANameGivesItsOffsetAndName() throws {
        let result = Self.check(timezone: "Asia/Urumqi")
        #expect(result.diagnostics == [])
        let zone = try #require(result.site?.settings.timeZone)
        #expect(zone.identifier == "Asia/Urumqi" && zone.offset == UTCOffset(minutes: 360))
    }

    @Test func theDefaultIsAsiaShanghai() throws {
        let result = checkFiles([
            "content/site.yaml": MinimalSite.settings, "content/regions.yaml": MinimalSite.regions,
        ])
        #expect(result.site?.settings.timeZone == .china)
    }

    /// The older form stays accepted; calendars name its `Etc/GMT` zone.
    @Test func anOffsetStandsForItsEtcZone() throws {
        let zone = try #require(Self.check(timezone: "\"+08:00\"").site?.settings.timeZone)
        #expect(zone.offset == .china && zone.identifier == "Etc/GMT-8")
    }

    @Test func aMisspeltNameIsAnErrorWithTheNearestName() {
        #expect(
            Self.check(timezone: "Asia/Shanghia").diagnostics == [
                .error(
                    .value(.unknownTimeZone(field: "timezone", value: "Asia/Shanghia", suggestion: "Asia/Shanghai")),
                    at: at("content/site.yaml", 1, 11))
            ])
        #expect(
            Self.check(timezone: "asia/shanghai").diagnostics == [
                .error(
                    .value(.unknownTimeZone(field: "timezone", value: "asia/shanghai", suggestion: "Asia/Shanghai")),
                    at: at("content/site.yaml", 1, 11))
            ])
    }

    @Test func aZoneWithDaylightSavingTimeIsRefused() {
        #expect(
            Self.check(timezone: "Europe/Berlin").diagnostics == [
                .error(
                    .value(.daylightSavingTimeZone(field: "timezone", value: "Europe/Berlin")),
                    at: at("content/site.yaml", 1, 11))
            ])
    }
}
