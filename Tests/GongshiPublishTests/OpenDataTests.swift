import Foundation
import GongshiBuild
import GongshiLoad
import GongshiModel
import GongshiOpenData
import GongshiRender
import Testing

/// The `/data/` section built from whole sites: the shapes of the JSON, CSV, GeoJSON and HSDS
/// files, their agreement with each other, and the data page's counts and links.
@Suite struct OpenDataTests {
    static let asOf = LocalDate(year: 2026, month: 11, day: 23)!

    /// A site whose points have positions, hostile text and every optional field.
    static let located = [
        "content/site.yaml": """
        title: 测试站点
        base_url: https://example.org/sub/
        region: city
        province: 浙江省
        publisher: {name: 民政局, phone: "0575-00000000"}
        terms:
          - {id: t1, name: 秋季学期, from: 2026-11-02, until: 2026-11-30}
        """,
        "content/regions.yaml": """
        - id: city
          name: 市
          kind: city
          postal_code: "311800"
          children:
            - id: east
              name: 东镇
              kind: town
              children:
                - {id: east-a, name: 甲村, kind: village, postal_code: "311811"}
        """,
        "content/operators.yaml": """
        - {id: op, name: 颐养公司, kind: company, phone: "0575-00001111", website: "https://op.example.com/"}
        """,
        "content/points/p.yaml": """
        - id: canteen
          kind: canteen
          name: "=HYPERLINK(\\"https://evil.example\\"), 食堂"
          region: east-a
          address: "-1+2 甲村"
          status: operating
          opened: 2025-01-01
          operator: op
          location: {lat: 29.5, lon: 120.25}
          phone: "0575-00001234"
          hours:
            - {days: mon-fri, open: "10:30", close: "12:30", label: 午餐}
            - {days: [sat, sun], open: "11:00", close: "12:00"}
          services: [meals, meal-delivery]
          meal: {price: 10.5, elder_price: 6, delivery: true, seats: 40}
          description: "@SUM(A1)\\n第二行"
        - {id: planned, kind: meal-point, name: 助餐点, region: east, address: 东镇3号, status: planned}
        """,
    ]

    static func build(files: [String: String]? = nil, fixture: String? = nil) throws -> OutputTree {
        let checked: SiteCheck.Result
        if let fixture {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Fixtures/" + fixture)
            checked = SiteCheck.run(siteDirectory: url, asOf: asOf)
        } else {
            let (loaded, problems) = SiteLoader.parse(
                files: (files ?? [:]).map { ContentFile(path: $0.key, text: $0.value) })
            checked = SiteCheck.check(loaded, loadProblems: problems, asOf: asOf)
        }
        let site = try #require(checked.site, "\(checked.diagnostics)")
        let themeFiles = DefaultTheme.allFiles.mapValues { ThemeFile(text: $0, origin: nil) }
        let theme = try #require(Theme.compile(themeFiles, language: site.settings.language).0)
        let (tree, problems) = RenderStage.build(site, theme: theme, media: [:], options: .init(today: asOf))
        return try #require(tree, "\(problems)")
    }

    static func json(_ tree: OutputTree, _ path: String) throws -> Any {
        let bytes = try #require(tree.files[path], "\(path) is not published")
        return try JSONSerialization.jsonObject(with: Data(bytes))
    }

    static func items(_ tree: OutputTree, _ name: String) throws -> [[String: Any]] {
        let document = try #require(try json(tree, "data/\(name).json") as? [String: Any])
        #expect(document["generated"] as? String == "2026-11-23")
        #expect(document["license"] as? String == "CC-BY-4.0")
        let items = try #require(document["items"] as? [[String: Any]])
        #expect(document["count"] as? Int == items.count)
        return items
    }

    /// The CSV's rows without the BOM, split the simple way (the fixture has no quoted breaks).
    static func csvLines(_ tree: OutputTree, _ name: String) throws -> [String] {
        let bytes = try #require(tree.files["data/\(name).csv"])
        #expect(Array(bytes.prefix(3)) == CSVWriter.byteOrderMark)
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        return text.components(separatedBy: "\r\n").dropLast()
    }

    @Test func smallSitePublishesEveryFileWithItsDerivedFields() throws {
        let tree = try Self.build(fixture: "build-small")
        let points = try Self.items(tree, "points")
        #expect(points.map { $0["id"] as? String } == ["canteen-a", "tc-east"])
        let canteen = points[0]
        #expect(canteen["status"] as? String == "operating")
        #expect(canteen["town_id"] as? String == "east" && canteen["town_name"] as? String == "东镇")
        #expect(canteen["location"] is NSNull)
        #expect(canteen["url"] as? String == "https://example.org/sub/points/canteen-a/")
        let hours = try #require(canteen["hours"] as? [[String: Any]])
        #expect(hours.first?["days"] as? [String] == ["mon", "tue", "wed", "thu", "fri"])
        #expect(hours.first?["open"] as? String == "10:30" && hours.first?["label"] as? String == "午餐")
        let meal = try #require(canteen["meal"] as? [String: Any])
        #expect(meal["price"] as? Int == 10 && meal["elder_price"] as? Int == 6 && meal["delivery"] as? Bool == true)

        // Thursdays 19 Nov – 3 Dec; the 26th is a closure.
        let course = try #require(try Self.items(tree, "courses").first)
        let sessions = try #require(course["sessions"] as? [[String: String]])
        #expect(sessions.map { $0["date"] } == ["2026-11-19", "2026-12-03"])
        #expect(sessions.first?["start"] == "09:00" && sessions.first?["end"] == "10:30")
        #expect(course["days_off"] as? [String] == ["2026-11-26"])
        #expect(course["seats_left"] as? Int == 0 && course["session_count"] as? Int == 2)
        #expect(course["venue_id"] as? String == "tc-east" && course["term_name"] as? String == "秋季学期")

        let activity = try #require(try Self.items(tree, "activities").first)
        #expect(activity["start"] as? String == "2026-11-25T09:00:00+08:00")
        #expect(activity["status"] as? String == "open" && activity["places_left"] as? Int == 2)

        for (name, count) in [("points", 2), ("courses", 1), ("activities", 1)] {
            let lines = try Self.csvLines(tree, name)
            #expect(lines.count == count + 1, "\(name)")
            #expect(lines.first?.hasPrefix("id,") == true)
        }
        let header = try Self.csvLines(tree, "points")[0].split(separator: ",").map(String.init)
        #expect(header.contains("meal.elder_price") && header.contains("location.lat") && header.contains("hours"))
        #expect(try Self.csvLines(tree, "points")[1].contains(",\"甲村1号 & \"\"老街\"\" 'x'\","))
        #expect(try Self.csvLines(tree, "points")[1].contains(",mon-fri 10:30-12:30 午餐,"))

        let geo = try #require(try Self.json(tree, "data/points.geojson") as? [String: Any])
        #expect(geo["type"] as? String == "FeatureCollection" && (geo["features"] as? [Any])?.isEmpty == true)
        let page = String(decoding: try #require(tree.files["data/index.html"]), as: UTF8.self)
        #expect(page.contains("有 2 处服务点还没有坐标"))
        for file in [
            "points.json", "points.csv", "courses.csv", "activities.json", "points.geojson", "hsds/services.json",
        ] {
            #expect(page.contains("href=\"/sub/data/\(file)\""), "\(file)")
        }
    }

    @Test func geoJSONHoldsLocatedPointsLonFirst() throws {
        let tree = try Self.build(files: Self.located)
        let geo = try #require(try Self.json(tree, "data/points.geojson") as? [String: Any])
        let features = try #require(geo["features"] as? [[String: Any]])
        #expect(features.count == 1)
        let feature = features[0]
        #expect(feature["type"] as? String == "Feature" && feature["id"] as? String == "canteen")
        let geometry = try #require(feature["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Point")
        #expect(geometry["coordinates"] as? [Double] == [120.25, 29.5])
        let properties = try #require(feature["properties"] as? [String: Any])
        #expect(properties["hours"] as? String == "mon-fri 10:30-12:30 午餐;sat,sun 11:00-12:00")
        #expect(properties["operator_name"] as? String == "颐养公司")
        let page = String(decoding: try #require(tree.files["data/index.html"]), as: UTF8.self)
        #expect(page.contains("有 1 处服务点还没有坐标") && page.contains("href=\"/sub/points/planned/\""))
    }

    @Test func csvCellsThatStartFormulasAreNeutralised() throws {
        let tree = try Self.build(files: Self.located)
        let row = try Self.csvLines(tree, "points").joined(separator: "\r\n")
        #expect(row.contains(",\"'=HYPERLINK(\"\"https://evil.example\"\"), 食堂\","))
        #expect(row.contains(",'-1+2 甲村,"))
        #expect(row.contains(",\"'@SUM(A1)\n第二行\","))
        #expect(row.contains(",10.5,6,true,40,"))
        // JSON keeps the text exactly as written.
        let point = try #require(try Self.items(tree, "points").first)
        #expect(point["address"] as? String == "-1+2 甲村")
    }

    @Test func hsdsExportLinksItsTablesWithStableIds() throws {
        let tree = try Self.build(files: Self.located)
        func list(_ file: String) throws -> [[String: Any]] {
            try #require(try Self.json(tree, "data/hsds/\(file)") as? [[String: Any]], "\(file)")
        }
        let site = UUIDv5.make("https://example.org/sub/", in: UUIDv5.urlNamespace)
        func id(_ name: String) -> String { UUIDv5.text(UUIDv5.make(name, in: site)) }

        let organizations = try list("organizations.json")
        #expect(organizations.map { $0["id"] as? String } == [id("publisher"), id("operator/op")])
        #expect(organizations.allSatisfy { ($0["description"] as? String)?.isEmpty == false })

        let services = try list("services.json")
        #expect(services.map { $0["id"] as? String } == [id("service/canteen"), id("service/planned")])
        #expect(services.map { $0["status"] as? String } == ["active", "inactive"])
        let canteen = services[0]
        #expect(canteen["organization_id"] as? String == id("operator/op"))
        #expect((canteen["organization"] as? [String: Any])?["name"] as? String == "颐养公司")
        let schedules = try #require(canteen["schedules"] as? [[String: Any]])
        #expect(schedules.map { $0["byday"] as? String } == ["MO,TU,WE,TH,FR", "SA,SU"])
        #expect(schedules[0]["freq"] as? String == "WEEKLY" && schedules[0]["opens_at"] as? String == "10:30:00")
        #expect(schedules[0]["closes_at"] as? String == "12:30:00" && schedules[0]["timezone"] as? Int == 8)
        #expect(services[1]["schedules"] == nil && services[1]["phones"] == nil, "empty lists are left out")

        let links = try list("service_at_locations.json")
        let location = try #require(links.first?["location"] as? [String: Any])
        #expect(location["latitude"] as? Double == 29.5 && location["longitude"] as? Double == 120.25)
        #expect(location["location_type"] as? String == "physical")
        let address = try #require((location["addresses"] as? [[String: Any]])?.first)
        #expect(address["city"] as? String == "市" && address["region"] as? String == "东镇")
        #expect(address["country"] as? String == "CN" && address["address_type"] as? String == "physical")
        #expect(address["state_province"] as? String == "浙江省" && address["postal_code"] as? String == "311811")
        #expect(address["address_1"] as? String == "-1+2 甲村")
        let addresses = try list("addresses.json")
        #expect(addresses.map { $0["postal_code"] as? String } == ["311811", "311800"], "the town takes the city's")

        #expect(try list("locations.json")[1]["latitude"] == nil, "an unknown position is left out, not null")
        #expect(try list("phones.json").count == 3)
        #expect(try list("schedules.json").count == 2 && list("addresses.json").count == 2)
        let package = try #require(try Self.json(tree, "data/hsds/datapackage.json") as? [String: Any])
        #expect((package["resources"] as? [[String: Any]])?.count == 7)
    }

    @Test func theSameSiteGivesTheSameBytes() throws {
        let first = try Self.build(files: Self.located)
        let second = try Self.build(files: Self.located)
        let paths = first.sortedPaths.filter { $0.hasPrefix("data/") }
        #expect(paths.count == 17)  // the page, 6 tables and their package, GeoJSON, 7 HSDS lists and their index
        for path in paths { #expect(first.files[path] == second.files[path], "\(path)") }
    }
}
