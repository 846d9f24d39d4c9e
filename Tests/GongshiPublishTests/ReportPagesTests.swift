import Foundation
import GongshiBuild
import GongshiLoad
import GongshiModel
import GongshiRender
import Testing

/// The `/reports/` section as published: every page and JSON file of the sample site (whose
/// figures `scripts/check-report-figures.py` counts again from `content/`, so no figure copied
/// from the output is asserted here), and the fixture sites' hand-worked figures (see
/// `ReportFiguresTests`) in sentences, tables and JSON.
@Suite struct ReportPagesTests {
    static let asOf = LocalDate(year: 2026, month: 11, day: 23)!
    static let names = [
        "canteen-coverage", "construction", "volunteer-commitment", "operators", "university", "freshness",
    ]
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func build(_ siteDirectory: URL) throws -> OutputTree {
        let checked = SiteCheck.run(siteDirectory: siteDirectory, asOf: asOf)
        let site = try #require(checked.site, "\(checked.diagnostics)")
        let (theme, problems) = Theme.compile(
            Theme.files(siteDirectory: siteDirectory), language: site.settings.language)
        let compiled = try #require(theme, "\(problems)")
        let (tree, diagnostics) = RenderStage.build(site, theme: compiled, media: [:], options: .init(today: asOf))
        return try #require(tree, "\(diagnostics)")
    }

    /// Built once for the whole suite: the sample site takes a few seconds.
    static let sample = Result { try build(root) }
    static let city = Result { try build(root.appendingPathComponent("Tests/Fixtures/reports-city")) }
    static let activities = Result { try build(root.appendingPathComponent("Tests/Fixtures/reports-activities")) }

    static func text(_ tree: OutputTree, _ path: String) throws -> String {
        String(decoding: try #require(tree.files[path], "\(path) is not published"), as: UTF8.self)
    }

    static func json(_ tree: OutputTree, _ name: String) throws -> [String: Any] {
        let bytes = try #require(tree.files["reports/\(name).json"], "reports/\(name).json is not published")
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    // MARK: The sample site

    @Test func sampleSitePublishesEveryReportPageAndFile() throws {
        let tree = try Self.sample.get()
        let index = try Self.text(tree, "reports/index.html")
        for name in Self.names {
            #expect(index.contains("href=\"/yanglao/reports/\(name)/\""), "\(name)")
            #expect(index.contains("href=\"/yanglao/reports/\(name).json\""), "\(name)")
            let page = try Self.text(tree, "reports/\(name)/index.html")
            #expect(page.contains("<svg class=\"chart\""), "\(name)")
            #expect(page.contains("<caption id="), "\(name)")
            let document = try Self.json(tree, name)
            #expect(document["report"] as? String == name)
            #expect(document["as_of"] as? String == "2026-11-23")
            #expect(document["url"] as? String == "https://example.org/yanglao/reports/\(name)/")
        }
        let sitemap = try Self.text(tree, "sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/yanglao/reports/canteen-coverage/</loc>"))
        let home = try Self.text(tree, "index.html")
        #expect(home.contains("<p>爱心食堂覆盖率：全市"))
        #expect(home.contains("href=\"/yanglao/reports/\""))
    }

    @Test func bulletinsShowTheWeeksKeyFiguresAndLinkTheReports() throws {
        let tree = try Self.sample.get()
        let bulletin = try Self.text(tree, "bulletins/2026-W48/index.html")
        #expect(bulletin.contains("本周数字"))
        #expect(bulletin.contains("爱心食堂覆盖率："))
        #expect(bulletin.contains("运营中的爱心食堂："))
        #expect(bulletin.contains("本周志愿活动："))
        #expect(bulletin.contains("href=\"/yanglao/reports/\""))
    }

    // MARK: The fixture sites

    @Test func coveragePageSaysTheFiguresInASentenceAChartAndATable() throws {
        let page = try Self.text(try Self.city.get(), "reports/canteen-coverage/index.html")
        #expect(
            page.contains(
                "全市8个村（社区）中，有3个有运营中的爱心食堂服务，覆盖率37.5%，还没有达到40%的目标；正在规划和建设的食堂全部开放后，覆盖率将达到75.0%。"
            ))
        #expect(page.contains("<svg class=\"chart\" viewBox=\"0 0 340.0 "))
        #expect(page.contains("role=\"img\" aria-labelledby=\"coverage-chart-title coverage-chart-desc\""))
        #expect(page.contains("<title id=\"coverage-chart-title\">各镇（街道）爱心食堂覆盖率</title>"))
        #expect(page.contains(">目标 40%</text>"))
        #expect(page.contains("<th scope=\"col\">村社数</th>"))
        // The coverage share is the column towns are compared by: it stays in view on a phone.
        #expect(page.contains("<th scope=\"col\" class=\"key\">覆盖率</th>"))
        // Eight columns are wider than a phone: the table says it scrolls, and its region says so too.
        #expect(page.contains("<p class=\"swipe-hint\" id=\"coverage-table-hint\">"))
        #expect(page.contains("aria-labelledby=\"coverage-table-caption\" aria-describedby=\"coverage-table-hint\""))
        // 北乡: 2 villages, none served, no canteen, 0 once open, target not met.
        #expect(
            page.contains(
                "<tr><th scope=\"row\"><a href=\"/r/towns/north/\">北乡</a></th><td class=\"num\">2</td><td class=\"num\">0</td><td class=\"num key\">0.0%</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0.0%</td><td>否</td></tr>"
            ))
        #expect(
            page.contains(
                "<tfoot>\n<tr><th scope=\"row\">测试市</th><td class=\"num\">8</td><td class=\"num\">3</td><td class=\"num key\">37.5%</td><td class=\"num\">1</td><td class=\"num\">6</td><td class=\"num\">75.0%</td><td>否</td></tr>"
            ))
        #expect(page.contains("<h3 class=\"group\">北乡（2个）</h3>\n<ul class=\"names\"><li>己村</li><li>庚村</li></ul>"))
    }

    @Test func coverageJSONCarriesEveryTownAndItsUnservedVillages() throws {
        let coverage = try Self.json(try Self.city.get(), "canteen-coverage")
        let towns = try #require(coverage["towns"] as? [[String: Any]])
        #expect(towns.map { $0["id"] as? String } == ["east", "west", "north"])
        #expect(towns.map { $0["served"] as? Int } == [2, 1, 0])
        #expect(towns.map { $0["share"] as? Double } == [0.5, 0.5, 0])
        #expect(towns.map { $0["projected_share"] as? Double } == [1, 1, 0])
        #expect(towns.map { $0["operating_canteens"] as? Int } == [1, 0, 0])
        #expect(towns.map { $0["meets_target"] as? Bool } == [true, true, false])
        let unserved = towns.map { ($0["unserved"] as? [[String: String]])?.map { $0["id"] } }
        #expect(unserved == [["e3", "ec"], ["w2"], ["n1", "n2"]])
        #expect((coverage["city"] as? [String: Any])?["share"] as? Double == 0.375)
    }

    @Test func volunteerPageNamesTheCanteensBelowTargetEachMonth() throws {
        let tree = try Self.activities.get()
        let page = try Self.text(tree, "reports/volunteer-commitment/index.html")
        #expect(page.contains("2026年11月，全市2家运营中的爱心食堂里，有0家开展了至少2次志愿活动（0.0%），2家还没有达到。"))
        #expect(page.contains("<h3 class=\"group\">2026年9月（0家）</h3>\n<p>没有。</p>"))
        #expect(
            page.contains(
                "<h3 class=\"group\">2026年10月（1家）</h3>\n<ul class=\"names\"><li><a href=\"/points/ca/\">甲村食堂</a>（1次）</li></ul>"
            ))
        // cb is not open on 1 October: the matrix says so rather than counting it short.
        #expect(
            page.contains(
                "<tr><th scope=\"row\"><a href=\"/points/cb/\">乙村食堂</a></th><td>东镇</td><td>未运营</td><td>未运营</td><td class=\"num\">0（未达到）</td><td class=\"num\">3</td></tr>"
            ))
        let months = try #require(try Self.json(tree, "volunteer-commitment")["months"] as? [[String: Any]])
        let below = months.map { ($0["below_target"] as? [[String: Any]])?.map { $0["id"] as? String } }
        #expect(below == [[], ["ca"], ["ca", "cb"], []])
        #expect(months.map { $0["share"] as? Double } == [1, 0, 0, 1])
    }

    @Test func indexHeadlinesTheFixtureFigures() throws {
        let index = try Self.text(try Self.city.get(), "reports/index.html")
        #expect(index.contains("<p>全市37.5%（3/8个村社），目标40%</p>"))
        #expect(index.contains("<p>爱心食堂运营中2处，正在规划和建设2处</p>"))
        #expect(index.contains("<p>运营中的5处服务设施：公建民营占40.0%，村老年协会运营占40.0%</p>"))
        #expect(index.contains("<p>50.0%的服务设施信息在100天内核对过，5处需要重新核对</p>"))
        let activities = try Self.text(try Self.activities.get(), "reports/index.html")
        #expect(activities.contains("<p>2026年11月：0/2家食堂开展了至少2次志愿活动（0.0%）</p>"))
        #expect(activities.contains("<p>秋季学期：4门课程，名额60个，已报名45人</p>"))
    }

    @Test func freshnessOperatorsConstructionAndUniversityPagesShowTheFixtureFigures() throws {
        let city = try Self.city.get()
        let freshness = try Self.text(city, "reports/freshness/index.html")
        #expect(
            freshness.contains(
                "全市10处服务设施中，5处的信息在100天内（2026年8月15日以后）核对过，占50.0%；3处超过100天没有核对，2处没有填写核对日期。"))
        #expect(
            freshness.contains(
                "<h3 class=\"group\">东镇（3个）</h3>\n<ul class=\"names\"><li><a href=\"/r/points/c-east-build/\">丙村爱心食堂</a>（爱心食堂，2026年8月14日核对）</li><li><a href=\"/r/points/c-east-suspended/\">乙村爱心食堂</a>（爱心食堂，2025年12月1日核对）</li><li><a href=\"/r/points/tc-east/\">东镇居家养老服务中心</a>（镇街居家养老服务中心，没有核对日期）</li></ul>"
            ))
        let operators = try Self.text(city, "reports/operators/index.html")
        let order = ["乐龄公司", "丁村老年协会", "己村老年协会", "闲置社工机构"].map {
            operators.range(of: "<th scope=\"row\">\($0)</th>")?.lowerBound
        }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(operators.contains("另有1处运营中的服务设施没有写明运营单位。"))
        let construction = try Self.text(city, "reports/construction/index.html")
        #expect(construction.contains("<th scope=\"row\">市级（不属于某个镇街）</th>"))
        #expect(construction.contains("全市共有服务设施10处，其中6处正在运营；爱心食堂6处，运营中2处，还有2处正在规划、选址、设计或建设。"))
        let university = try Self.text(try Self.activities.get(), "reports/university/index.html")
        #expect(
            university.contains(
                "<tfoot>\n<tr><th scope=\"row\">合计</th><td class=\"num\">4</td><td class=\"num\">12</td><td class=\"num\">60</td><td class=\"num\">45</td><td class=\"num key\">75.0%</td></tr>"
            ))
        #expect(university.contains("有1门课程没有写名额"))
        #expect(university.contains("<th scope=\"row\">其他</th>"))
    }

    @Test func reportFilesAreTheSameBytesEveryBuild() throws {
        let again = try Self.build(Self.root.appendingPathComponent("Tests/Fixtures/reports-city"))
        let first = try Self.city.get()
        for (path, bytes) in first.files where path.hasPrefix("reports/") {
            #expect(again.files[path] == bytes, "\(path)")
        }
    }
}
