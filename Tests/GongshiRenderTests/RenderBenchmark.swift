import Foundation
import GongshiModel
import Testing

@testable import GongshiRender

/// The point layout of the default theme rendered many times by our renderer and by
/// swift-mustache over the same typed model; prints µs a page. A measurement, not a test:
/// it runs only with `GONGSHI_RENDER_BENCH=1` (build with `-c release` for numbers that
/// mean something: `swift test -c release -Xswiftc -enable-testing --filter RenderBenchmark`).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["GONGSHI_RENDER_BENCH"] == "1"))
struct RenderBenchmark {
    static let page = """
        {"lang": "zh-Hans", "siteTitle": "诸暨市养老服务地图", "home": "/", "stylesheet": "/assets/style.css",
         "title": "甲村爱心食堂", "isHome": false, "description": "甲村爱心食堂：地址、电话、开放时间",
         "canonical": "https://example.org/points/canteen-1/", "dataLink": "/data/", "reportsLink": "/reports/",
         "feeds": [{"type": "application/atom+xml", "title": "动态", "href": "/feed.xml"}],
         "publisher": {"name": "诸暨市民政局", "phone": "0575-87000000", "tel": "tel:+86-575-87000000",
                       "address": "诸暨市暨阳街道 1 号"},
         "menu": [{"label": "首页", "link": "/", "current": false}, {"label": "食堂", "link": "/canteens/", "current": true},
                  {"label": "中心", "link": "/centres/", "current": false}, {"label": "课程", "link": "/courses/", "current": false},
                  {"label": "活动", "link": "/activities/", "current": false}, {"label": "简报", "link": "/bulletins/", "current": false},
                  {"label": "数据", "link": "/data/", "current": false}],
         "point": {"name": "甲村爱心食堂", "statusKey": "open", "kind": "爱心食堂", "status": "运营中",
                   "address": "暨阳街道甲村 12 号", "mapLink": "https://map.example/?q=1", "town": "暨阳街道",
                   "townLink": "/towns/jiyang/", "tel": "tel:+86-575-87000001", "phone": "0575-87000001",
                   "hours": {"items": ["周一至周五 10:30–12:30 午餐", "周六 11:00–12:00"]}, "price": "10 元",
                   "elderPrice": "8 元", "seats": "40", "services": {"items": ["助餐", "送餐", "文娱"]},
                   "operator": "甲村村委会", "operatorTel": "tel:+86-575-1", "operatorPhone": "0575-1",
                   "updated": "2026-11-30", "description": "<p>村里老人的食堂 &amp; 活动室。</p>"},
         "courses": {"items": [{"link": "/courses/1/", "title": "太极拳", "schedule": "周二 09:00"},
                               {"link": "/courses/2/", "title": "书法", "schedule": "周四 14:00"}]},
         "activities": {"items": [{"when": "12 月 3 日", "link": "/activities/1/", "title": "义诊", "statusKey": "soon",
                                   "status": "即将开始"}]}}
        """

    @Test func pointLayout() throws {
        let files = DefaultTheme.allFiles.mapValues { ThemeFile(text: $0, origin: nil) }
        let theme = try #require(Theme.compile(files, language: .zhHans).0)
        let oracle = try MustacheOracle.defaultTheme()
        let json = try JSONDecoder().decode(JSON.self, from: Data(Self.page.utf8))
        guard case .model(let page) = json.templateValue else { throw CancellationError() }
        var fields = (page as! JSONModel).fields
        fields["t"] = .model(UIStrings(theme.strings))
        let model = JSONModel(fields: fields)
        let ours = theme.render(layout: "point", model)
        let oracleText = oracle.library.render(OracleModel(model: model), withTemplate: "point")
        #expect(ours == oracleText && ours.contains("甲村爱心食堂"))
        let pages = 5_000
        func measure(_ body: () -> String) -> Double {
            var bytes = 0
            let start = ContinuousClock.now
            for _ in 0..<pages { bytes &+= body().utf8.count }
            let elapsed = ContinuousClock.now - start
            #expect(bytes > 0)
            return Double(elapsed.components.attoseconds) / 1e12 / Double(pages)
                + Double(elapsed.components.seconds) * 1e6 / Double(pages)
        }
        for round in 1...3 {
            let swiftMustache = measure {
                oracle.library.render(OracleModel(model: model), withTemplate: "point") ?? ""
            }
            let compiled = measure { theme.render(layout: "point", model) }
            print(
                "point layout, round \(round): ours \(String(format: "%.1f", compiled)) µs/page, swift-mustache "
                    + "\(String(format: "%.1f", swiftMustache)) µs/page (\(ours.utf8.count) bytes)")
        }
    }
}
