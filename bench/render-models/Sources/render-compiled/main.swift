// The default theme's point layout rendered by our compiled renderer over typed models and by
// swift-mustache over the same page as `[String: Any]` (the pages not yet typed), through
// Theme's public entry points. `swift run -c release render-compiled` in this folder.
import Foundation
import GongshiModel
import GongshiRender

struct Entry: FieldModel {
    var label: String, link: String, current: Bool
    static let fields = TemplateFields<Self>([
        .text("label") { $0.label }, .text("link") { $0.link }, .flag("current") { $0.current },
    ])
}

struct Publisher: FieldModel {
    var name = "诸暨市民政局", phone = "0575-87000000", tel = "tel:+86-575-87000000", address = "暨阳街道 1 号"
    static let fields = TemplateFields<Self>([
        .text("name") { $0.name }, .text("phone") { $0.phone }, .text("tel") { $0.tel },
        .text("address") { $0.address },
    ])
}

struct Course: FieldModel {
    var link: String, title: String, schedule: String
    static let fields = TemplateFields<Self>([
        .text("link") { $0.link }, .text("title") { $0.title }, .text("schedule") { $0.schedule },
    ])
}

struct Point: FieldModel {
    var name: String, address: String
    var hours = ["周一至周五 10:30–12:30 午餐", "周六 11:00–12:00"], services = ["助餐", "送餐", "文娱"]
    static let fields = TemplateFields<Self>([
        .text("name") { $0.name }, .text("statusKey") { _ in "open" }, .text("kind") { _ in "爱心食堂" },
        .text("status") { _ in "运营中" }, .text("address") { $0.address },
        .text("mapLink") { _ in "https://map.example/?q=1" },
        .text("town") { _ in "暨阳街道" }, .text("townLink") { _ in "/towns/jiyang/" },
        .text("tel") { _ in "tel:+86-575-87000001" }, .text("phone") { _ in "0575-87000001" },
        .items("hours") { $0.hours }, .text("price") { _ in "10 元" }, .text("seats") { _ in "40" },
        .items("services") { $0.services }, .text("operator") { _ in "甲村村委会" },
        .text("updated") { _ in "2026-11-30" }, .text("description") { _ in "<p>村里老人的食堂 &amp; 活动室。</p>" },
    ])
}

struct Page: FieldModel {
    var title: String, point: Point, courses: [Course], menu: [Entry], strings: UIStrings
    static let fields = TemplateFields<Self>([
        .text("lang") { _ in "zh-Hans" }, .text("siteTitle") { _ in "诸暨市养老服务地图" }, .text("home") { _ in "/" },
        .text("stylesheet") { _ in "/assets/style.css" }, .text("title") { $0.title }, .flag("isHome") { _ in false },
        .text("description") { $0.title }, .text("canonical") { _ in "https://example.org/points/1/" },
        .model("publisher") { _ in Publisher() }, .list("menu") { $0.menu }, .model("point") { $0.point },
        .items("courses") { $0.courses }, .strings("t") { $0.strings },
    ])
}

let files = DefaultTheme.allFiles.mapValues { ThemeFile(text: $0, origin: nil) }
let theme = Theme.compile(files, language: .zhHans).0!
let menu = (0..<7).map { Entry(label: "菜单\($0)", link: "/m\($0)/", current: $0 == 1) }
let courses = (0..<3).map { Course(link: "/courses/\($0)/", title: "太极\($0)", schedule: "周二 09:00") }

func typed(_ i: Int) -> Page {
    Page(
        title: "甲村爱心食堂\(i)", point: Point(name: "甲村爱心食堂\(i)", address: "甲村\(i)号"), courses: courses,
        menu: menu, strings: UIStrings(theme.strings))
}

func untyped(_ i: Int) -> [String: Any] {
    let page = typed(i)
    func dictionary(_ model: any TemplateModel, _ keys: [String]) -> [String: Any] {
        var out: [String: Any] = [:]
        for key in keys { out[key] = model.value(forKey: key).map(plain) }
        return out
    }
    func plain(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): text
        case .flag(let flag): flag
        case .list(let items): items.map(plain)
        case .model(let model): dictionary(model, type(of: model).schema.keys)
        case .absent: false
        }
    }
    var out = dictionary(page, Page.schema.keys.filter { $0 != "t" })
    out["t"] = theme.strings
    return out
}

let pages = 20_000
let typedPages = (0..<100).map(typed)
let untypedPages = (0..<100).map(untyped)
precondition(theme.render(layout: "point", typedPages[1]) == theme.render(layout: "point", untypedPages[1]))
// `--only-compiled`: for a profile of our renderer alone.
let onlyCompiled = CommandLine.arguments.contains("--only-compiled")
for round in 1...3 {
    var bytes = 0
    var start = ContinuousClock.now
    for i in 0..<(onlyCompiled ? 0 : pages) {
        bytes &+= theme.render(layout: "point", untypedPages[i % 100]).utf8.count
    }
    let mustache = (ContinuousClock.now - start) / pages
    start = ContinuousClock.now
    for i in 0..<pages { bytes &+= theme.render(layout: "point", typedPages[i % 100]).utf8.count }
    let compiled = (ContinuousClock.now - start) / pages
    print(
        "round \(round): swift-mustache [String: Any] \(mustache), compiled typed \(compiled) a page (\(bytes) bytes)")
}
