import Foundation
import GongshiLoad
import GongshiModel
import GongshiTestSupport
import Testing

/// The site's activities by start, which each week's bulletin and its figures take their run
/// of, agree with a scan of every activity sorted by start and id: checked on seeded random
/// notices crowded onto a few days and times, so that many start in the same minute.
@Suite struct ActivitiesByStartTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/activity-status")

    /// Activities by start minute, then id: the order the bulletins list them in.
    static func scanned(_ site: Site, where include: (Activity) -> Bool) -> [String] {
        site.activities.filter(include)
            .sorted { ($0.start.minuteNumber, $0.id) < ($1.start.minuteNumber, $1.id) }.map(\.id)
    }

    @Test func everyWeeksRunIsTheScanOfAllActivities() throws {
        var random = SplitMix64(seed: 15)
        let first = LocalDate(year: 2026, month: 11, day: 1)!
        let times = ["00:00", "09:00", "09:00", "14:30", "23:59"]
        for round in 0..<4 {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try FileManager.default.copyItem(at: Self.fixture, to: folder)
            // Ids in shuffled order, so file order is not start order.
            let ids = (0..<80).map { "a\($0)" }.shuffled(using: &random)
            let activities = ids.map { id in
                let day = first.adding(days: Int.random(in: 0..<35, using: &random))
                let time = times.randomElement(using: &random)!
                let end = time == "23:59" ? "\(day.adding(days: 1)) 01:00" : "\(day) 23:59"
                return "- id: \(id)\n  title: 探访\n  venue: canteen-a\n  start: \"\(day) \(time)\"\n  end: \"\(end)\"\n"
            }
            try activities.joined().write(
                to: folder.appendingPathComponent("content/activities/activities.yaml"), atomically: true,
                encoding: .utf8)
            let checked = SiteCheck.run(siteDirectory: folder, asOf: first)
            let site = try #require(checked.site, "round \(round): \(checked.diagnostics)")
            #expect(site.activities.count == ids.count)
            var week = ISOWeek(containing: first.adding(days: -7))
            while week.monday <= first.adding(days: 42) {
                let days = week.days
                #expect(
                    site.activities(startingIn: days).map(\.id)
                        == Self.scanned(site) { days.contains($0.start.date) }, "round \(round), \(week)")
                #expect(
                    site.activities(startingAfter: week.sunday).map(\.id)
                        == Self.scanned(site) { $0.start.date > week.sunday }, "round \(round), \(week)")
                week = week.next
            }
        }
    }
}
