import Foundation
import GongshiLoad
import GongshiModel
import GongshiSite
import Testing

/// Every label the zh-Hans site prints for a value reads back as that value, so a table
/// copied from the site into a spreadsheet checks as it stands.
@Suite struct PrintedLabelsTests {
    static let words: Words = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("templates/i18n/zh-Hans.yaml")
        let text = try! String(contentsOf: url, encoding: .utf8)
        let value = try! YAMLReader.parse(text: text, path: "zh-Hans.yaml").get()
        var strings: [String: [String: String]] = [:]
        for group in value.entries ?? [] {
            for entry in group.value.entries ?? [] { strings[group.key, default: [:]][entry.key] = entry.value.text }
        }
        return Words(strings: strings)
    }()

    /// Each key of a group that names a value, with the printed label.
    func check<T: AcceptedWords>(_ group: String, _: T.Type) {
        let labels = Self.words.strings[group] ?? [:]
        #expect(!labels.isEmpty, "\(group)")
        for (key, label) in labels {
            guard let value = T(rawValue: key) else { continue }
            #expect(T(word: label) == value, "\(group).\(key) = \(label)")
            #expect(value.label == label, "the table's first word for \(key) is what the site prints")
        }
    }

    @Test func vocabularyLabelsReadBack() {
        check("status", PointStatus.self)
        check("kind", PointKind.self)
        check("operation", Operation.self)
        check("service", Service.self)
        check("weekday", Weekday.self)
        check("activity-kind", ActivityKind.self)
        check("activity", ActivityStatus.self)
    }

    @Test func printedDaysHoursPricesAndDeliveryReadBack() throws {
        let w = Self.words
        #expect(BooleanWords.read(w["point.delivery-yes"]) == true)
        #expect(BooleanWords.read(w["point.delivery-no"]) == false)
        let sets: [[Weekday]] = [
            [.mon, .tue, .wed, .thu, .fri], [.sat, .sun], [.mon, .tue, .wed, .sat], [.sun], Weekday.allCases,
        ]
        for days in sets {
            #expect(WeekdaySet(text: w.days(WeekdaySet(days))) == WeekdaySet(days), "\(w.days(WeekdaySet(days)))")
        }
        let hours = OpeningHours(
            days: WeekdaySet([.mon, .tue, .wed, .thu, .fri]), open: LocalTime(hour: 10, minute: 30)!,
            close: LocalTime(hour: 12, minute: 30)!, label: "午餐")
        let point = """
            id: p1
            kind: \(w.kind(.canteen))
            name: 甲村食堂
            region: east-a
            address: 甲村1号
            status: \(w.status(.operating))
            opened: 2025-01-01
            operation: \(w.operation(.publicPrivate))
            hours: ["\(w.hours(hours))"]
            services: [\(w.service(.meals)), \(w.service(.dayCare))]
            meal: {price: \(w.price(Yuan(fen: 1000))), elder_price: \(w.price(Yuan(fen: 0))), delivery: \(w["point.delivery-yes"])}
            """
        let (loaded, problems) = SiteLoader.parse(files: [ContentFile(path: "content/points/p.yaml", text: point)])
        #expect(problems.filter { $0.location.path == "content/points/p.yaml" } == [])
        let p = try #require(loaded.points.first)
        #expect(p.kind == .canteen && p.status == .operating && p.operation == .publicPrivate)
        #expect(p.hours == [hours])
        #expect(p.services == [.meals, .dayCare])
        #expect(p.meal == MealInfo(price: Yuan(fen: 1000), elderPrice: Yuan(fen: 0), delivery: true))
    }
}
