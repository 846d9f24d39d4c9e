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
        #expect(result.diagnostics.english == [])
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
            Self.check(timezone: "Asia/Shanghia").diagnostics.english == [
                .error(
                    "'timezone' should be a time zone like Asia/Shanghai or an offset like +08:00, not 'Asia/Shanghia'",
                    at: at("content/site.yaml", 1, 11), hint: "did you mean 'Asia/Shanghai'?")
            ])
        #expect(Self.check(timezone: "asia/shanghai").diagnostics.first?.hint == "did you mean 'Asia/Shanghai'?")
    }

    @Test func aZoneWithDaylightSavingTimeIsRefused() {
        #expect(
            Self.check(timezone: "Europe/Berlin").diagnostics.english == [
                .error(
                    "the time zone 'Europe/Berlin' changes its clocks (daylight saving time), which the site's dates cannot follow",
                    at: at("content/site.yaml", 1, 11),
                    hint: "use a zone without daylight saving time, such as Asia/Shanghai, or an offset like +08:00")
            ])
    }
}
