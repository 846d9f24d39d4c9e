import Foundation
import GongshiBuild
import GongshiLoad
import GongshiModel
import GongshiOpenData
import GongshiRender
import Testing

/// What the open data promises machines: every HSDS object has every field HSDS 3.0
/// requires, filled; `data/datapackage.json` describes each CSV column by column with the
/// type its cells really have.
@Suite struct OpenDataPackageTests {
    /// The fields HSDS 3.0 requires of each object the export writes: the `required` lists of
    /// the compiled JSON Schemas (`service_with_definitions.json`, the `*_list.json` files)
    /// joined with the `constraints.required` columns of its tabular `datapackage.json`.
    static let hsdsRequired: [String: [String]] = [
        "organization": ["id", "name", "description"],
        "service": ["id", "organization_id", "name", "status"],
        "location": ["id", "location_type"],
        "service_at_location": ["id", "service_id", "location_id"],
        "phone": ["id", "number"],
        "address": ["id", "address_1", "city", "state_province", "postal_code", "country", "address_type"],
        "schedule": ["id"],
    ]

    /// Where the export nests one HSDS object in another: member → table.
    static let nested: [String: String] = [
        "organization": "organization", "service": "service", "location": "location", "phones": "phone",
        "schedules": "schedule", "service_at_locations": "service_at_location", "addresses": "address",
    ]

    static let files: [String: String] = [
        "organizations.json": "organization", "services.json": "service", "locations.json": "location",
        "service_at_locations.json": "service_at_location", "addresses.json": "address", "phones.json": "phone",
        "schedules.json": "schedule",
    ]

    /// The repository's sample site, built once.
    static let sample: Result<OutputTree, Error> = Result {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let checked = SiteCheck.run(siteDirectory: root, asOf: OpenDataTests.asOf)
        let site = try #require(checked.site, "\(checked.diagnostics)")
        let themeFiles = DefaultTheme.allFiles.mapValues { ThemeFile(text: $0, origin: nil) }
        let theme = try #require(Theme.compile(themeFiles, language: site.settings.language).0)
        let (tree, problems) = RenderStage.build(
            site, theme: theme, media: [:], options: .init(today: OpenDataTests.asOf))
        return try #require(tree, "\(problems)")
    }

    /// The located site without `province`: its addresses are left out.
    static var withoutProvince: [String: String] {
        var files = OpenDataTests.located
        files["content/site.yaml"] = files["content/site.yaml"]!.replacing("province: 浙江省\n", with: "")
        return files
    }

    /// Every required field missing, null or an empty (or blank) string, as `file[index].path: field`.
    static func emptyRequired(_ tree: OutputTree) throws -> [String] {
        var out: [String] = []
        func walk(_ value: Any, table: String, at place: String) {
            guard let record = value as? [String: Any] else {
                out.append("\(place): not an object")
                return
            }
            for field in hsdsRequired[table] ?? [] {
                let value = record[field]
                if value == nil || value is NSNull
                    || (value as? String)?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true
                {
                    out.append("\(place): \(field)")
                }
            }
            for (member, inner) in nested.sorted(by: { $0.key < $1.key }) {
                if let list = record[member] as? [Any] {
                    #expect(!list.isEmpty, "\(place).\(member) is an empty list: leave it out")
                    for (i, item) in list.enumerated() { walk(item, table: inner, at: "\(place).\(member)[\(i)]") }
                } else if let object = record[member] {
                    walk(object, table: inner, at: "\(place).\(member)")
                }
            }
        }
        for (file, table) in files.sorted(by: { $0.key < $1.key }) {
            let list = try #require(try OpenDataTests.json(tree, "data/hsds/\(file)") as? [Any], "\(file)")
            for (i, record) in list.enumerated() { walk(record, table: table, at: "\(file)[\(i)]") }
        }
        return out
    }

    @Test func everyRequiredHSDSFieldIsFilled() throws {
        for tree in [
            try OpenDataTests.build(files: OpenDataTests.located), try OpenDataTests.build(files: Self.withoutProvince),
            try OpenDataTests.build(fixture: "build-small"), try Self.sample.get(),
        ] {
            #expect(try Self.emptyRequired(tree) == [])
        }
        let addresses = try #require(
            try OpenDataTests.json(try Self.sample.get(), "data/hsds/addresses.json") as? [Any])
        #expect(addresses.count == 406, "every sample point has its address")
    }

    /// Without a province no address is published, neither in its file nor in the locations.
    @Test func addressesWithoutAProvinceAreLeftOut() throws {
        let tree = try OpenDataTests.build(files: Self.withoutProvince)
        #expect((try OpenDataTests.json(tree, "data/hsds/addresses.json") as? [Any])?.isEmpty == true)
        let links = try #require(
            try OpenDataTests.json(tree, "data/hsds/service_at_locations.json") as? [[String: Any]])
        #expect(links.count == 2)
        #expect(links.allSatisfy { ($0["location"] as? [String: Any])?["addresses"] == nil })
        let page = String(decoding: try #require(tree.files["data/index.html"]), as: UTF8.self)
        #expect(page.contains("有 2 处服务点因缺少省份或邮政编码，暂未列出地址。"))
        let full = String(
            decoding: try #require(try OpenDataTests.build(files: OpenDataTests.located).files["data/index.html"]),
            as: UTF8.self)
        #expect(!full.contains("暂未列出地址"))
    }

    /// An operator's empty description gives way to the words for its kind.
    @Test func anEmptyOperatorDescriptionIsNotPublished() throws {
        var files = OpenDataTests.located
        files["content/operators.yaml"] = """
            - {id: op, name: 颐养公司, kind: company, description: "  "}
            """
        let tree = try OpenDataTests.build(files: files)
        #expect(try Self.emptyRequired(tree) == [])
        let organizations = try #require(
            try OpenDataTests.json(tree, "data/hsds/organizations.json") as? [[String: Any]])
        #expect(organizations[1]["description"] as? String == "运营养老服务设施的企业。")
    }

    /// A negative number in a numeric column stays a number; in a text column it is neutralised.
    @Test func negativeNumbersInNumericColumnsStayNumbers() {
        var writer = CSVWriter(header: ["id", "lon"], numericColumns: [1])
        writer.append(["-2", "-1.5"])
        writer.append(["x", "-1+2"])
        let text = String(decoding: writer.bytes.dropFirst(3), as: UTF8.self)
        #expect(text == "id,lon\r\n'-2,-1.5\r\nx,'-1+2\r\n")
    }

    // MARK: - data/datapackage.json

    /// The CSV as rows of cells (RFC 4180: quoted cells may hold commas, quotes and breaks).
    static func rows(_ bytes: [UInt8]) -> [[String]] {
        #expect(Array(bytes.prefix(3)) == CSVWriter.byteOrderMark)
        let scalars = Array(String(decoding: bytes.dropFirst(3), as: UTF8.self).unicodeScalars)
        var rows: [[String]] = []
        var row: [String] = []
        var cell = String.UnicodeScalarView()
        var quoted = false
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        cell.append(c)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(String(cell))
                cell = String.UnicodeScalarView()
            } else if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                row.append(String(cell))
                rows.append(row)
                row = []
                cell = String.UnicodeScalarView()
                i += 1
            } else {
                cell.append(c)
            }
            i += 1
        }
        return rows
    }

    /// Whether `cell` is a value of the Table Schema type as the package declares it.
    static func conforms(_ cell: String, _ field: [String: Any]) -> Bool {
        switch field["type"] as? String {
        case "string": return true
        case "integer": return cell.wholeMatch(of: /-?[0-9]+/) != nil
        case "number": return cell.wholeMatch(of: /-?[0-9]+(\.[0-9]+)?(e-?[0-9]+)?/) != nil
        case "boolean":
            return ((field["trueValues"] as? [String] ?? []) + (field["falseValues"] as? [String] ?? [])).contains(cell)
        case "date": return LocalDate(iso: cell) != nil
        case "datetime":
            return cell.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})/)
                != nil && LocalDate(iso: String(cell.prefix(10))) != nil
        default: return false
        }
    }

    /// The package's resources against the CSVs: columns, order, types, required and unique ids.
    static func checkPackage(_ tree: OutputTree) throws {
        let package = try #require(try OpenDataTests.json(tree, "data/datapackage.json") as? [String: Any])
        #expect(package["profile"] as? String == "tabular-data-package")
        let licenses = try #require(package["licenses"] as? [[String: String]])
        #expect(
            licenses == [
                [
                    "name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by-4.0/",
                    "title": "Creative Commons Attribution 4.0 International",
                ]
            ])
        let resources = try #require(package["resources"] as? [[String: Any]])
        #expect(resources.map { $0["path"] as? String } == ["points.csv", "courses.csv", "activities.csv"])
        for resource in resources {
            let path = try #require(resource["path"] as? String)
            #expect(resource["name"] as? String == path.replacing(".csv", with: ""))
            #expect(resource["format"] as? String == "csv" && resource["mediatype"] as? String == "text/csv")
            #expect(resource["encoding"] as? String == "utf-8-sig")
            #expect((resource["title"] as? String)?.isEmpty == false)
            #expect((resource["description"] as? String)?.isEmpty == false)
            let schema = try #require(resource["schema"] as? [String: Any])
            #expect(schema["primaryKey"] as? [String] == ["id"])
            let fields = try #require(schema["fields"] as? [[String: Any]])
            let rows = Self.rows(try #require(tree.files["data/\(path)"]))
            #expect(rows.first == fields.map { $0["name"] as? String ?? "" }, "\(path): columns")
            for (n, row) in rows.dropFirst().enumerated() {
                #expect(row.count == fields.count)
                for (cell, field) in zip(row, fields) {
                    let name = field["name"] as? String ?? ""
                    let required = (field["constraints"] as? [String: Any])?["required"] as? Bool == true
                    if cell.isEmpty {
                        #expect(!required, "\(path) row \(n + 2): \(name) is required but empty")
                    } else {
                        #expect(Self.conforms(cell, field), "\(path) row \(n + 2): \(name) '\(cell)' is not \(field)")
                    }
                }
            }
            let ids = rows.dropFirst().map { $0.first ?? "" }
            #expect(Set(ids).count == ids.count, "\(path): ids are unique")
        }
    }

    @Test func theDataPackageDescribesEveryCSVColumn() throws {
        try Self.checkPackage(try OpenDataTests.build(files: OpenDataTests.located))
        try Self.checkPackage(try OpenDataTests.build(fixture: "build-small"))
        try Self.checkPackage(try Self.sample.get())
    }

    @Test func theDataPackageNamesTypesAsTheCellsAreWritten() throws {
        let tree = try OpenDataTests.build(files: OpenDataTests.located)
        let package = try #require(try OpenDataTests.json(tree, "data/datapackage.json") as? [String: Any])
        let resources = try #require(package["resources"] as? [[String: Any]])
        func fields(_ index: Int) throws -> [String: [String: Any]] {
            let schema = try #require(resources[index]["schema"] as? [String: Any])
            let list = try #require(schema["fields"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: list.map { ($0["name"] as! String, $0) })
        }
        let points = try fields(0)
        let expected: [String: String] = [
            "id": "string", "location.lat": "number", "meal.price": "number", "meal.delivery": "boolean",
            "meal.seats": "integer", "opened": "date", "updated": "date", "hours": "string", "serves": "string",
        ]
        for (name, type) in expected { #expect(points[name]?["type"] as? String == type, "\(name)") }
        #expect((points["id"]?["constraints"] as? [String: Bool]) == ["required": true, "unique": true])
        #expect(points["town_id"]?["constraints"] == nil, "a point above town level has no town")
        #expect(points["meal.delivery"]?["trueValues"] as? [String] == ["true"])
        let activities = try fields(2)
        #expect(activities["start"]?["type"] as? String == "datetime")
        #expect((activities["start"]?["constraints"] as? [String: Bool])?["required"] == true)
        #expect(try fields(1)["fee"]?["type"] as? String == "number")
        #expect(try fields(1)["registration_open"]?["type"] as? String == "boolean")
        let page = String(decoding: try #require(tree.files["data/index.html"]), as: UTF8.self)
        #expect(page.contains("href=\"/sub/data/datapackage.json\""))
    }
}
