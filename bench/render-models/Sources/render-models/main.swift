// One layout rendered 20,000 times by swift-mustache from [String: Any] models and from
// typed MustacheParent models, and by plain appends over the typed models: what the choice
// of page model and renderer costs per page. `swift run -c release` in this folder.
import Foundation
import Mustache

let template = try! MustacheTemplate(
    string: """
        <main><h1>{{title}}</h1>{{#point}}<p>{{kind}} · {{status}}</p><p>{{address}}</p>{{#phone}}<a href="tel:{{tel}}">{{phone}}</a>{{/phone}}
        {{#hours}}<ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>{{/hours}}{{#description}}<div>{{{description}}}</div>{{/description}}{{/point}}
        {{#courses}}<ul>{{#items}}<li><a href="{{link}}">{{title}}</a> {{when}} {{venue}}</li>{{/items}}</ul>{{/courses}}
        <nav>{{#menu}}<a href="{{link}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/menu}}</nav><footer>{{siteTitle}} {{publisher.name}} {{publisher.phone}}</footer></main>
        """)

func dictModel(_ i: Int) -> [String: Any] {
    [
        "title": "甲村爱心食堂\(i)", "siteTitle": "诸暨市", "description": "诸暨市",
        "publisher": ["name": "民政局", "phone": "0575-1"],
        "menu": (0..<7).map { ["label": "菜单\($0)", "link": "/m\($0)/", "current": $0 == 1] },
        "point": [
            "kind": "爱心食堂", "status": "运营中", "address": "甲村\(i)号", "phone": "0575-87000001", "tel": "+86-575",
            "hours": ["items": ["周一至周五 10:30-12:30 午餐", "周六 11:00-12:00"]], "description": false,
        ] as [String: Any],
        "courses": [
            "items": (0..<5).map { ["link": "/c\($0)/", "title": "太极\($0)", "when": "周二 09:00", "venue": "中心"] }
        ],
    ]
}

// Typed models through MustacheParent: child(named:) is a switch.
final class Publisher: MustacheParent {
    let name = "民政局"
    let phone = "0575-1"
    func child(named n: String) -> Any? {
        switch n {
        case "name": name
        case "phone": phone
        default: nil
        }
    }
}
final class MenuItem: MustacheParent {
    let label: String
    let link: String
    let current: Bool
    init(_ i: Int) {
        label = "菜单\(i)"
        link = "/m\(i)/"
        current = i == 1
    }
    func child(named n: String) -> Any? {
        switch n {
        case "label": label
        case "link": link
        case "current": current
        default: nil
        }
    }
}
final class Items: MustacheParent {
    let items: [Any]
    init(_ items: [Any]) { self.items = items }
    func child(named n: String) -> Any? { n == "items" ? items : nil }
}
final class CourseItem: MustacheParent {
    let link: String
    let title: String
    init(_ i: Int) {
        link = "/c\(i)/"
        title = "太极\(i)"
    }
    func child(named n: String) -> Any? {
        switch n {
        case "link": link
        case "title": title
        case "when": "周二 09:00"
        case "venue": "中心"
        default: nil
        }
    }
}
final class Point: MustacheParent {
    let address: String
    init(_ i: Int) { address = "甲村\(i)号" }
    let hours = Items(["周一至周五 10:30-12:30 午餐", "周六 11:00-12:00"])
    func child(named n: String) -> Any? {
        switch n {
        case "kind": "爱心食堂"
        case "status": "运营中"
        case "address": address
        case "phone": "0575-87000001"
        case "tel": "+86-575"
        case "hours": hours
        case "description": false
        default: nil
        }
    }
}
final class Page: MustacheParent {
    let title: String
    let point: Point
    let menu = (0..<7).map(MenuItem.init)
    let courses = Items((0..<5).map(CourseItem.init))
    let publisher = Publisher()
    init(_ i: Int) {
        title = "甲村爱心食堂\(i)"
        point = Point(i)
    }
    func child(named n: String) -> Any? {
        switch n {
        case "title": title
        case "siteTitle": "诸暨市"
        case "description": "诸暨市"
        case "publisher": publisher
        case "menu": menu
        case "point": point
        case "courses": courses
        default: nil
        }
    }
}

let n = 20000
func time(_ label: String, _ body: () -> Int) {
    let start = DispatchTime.now().uptimeNanoseconds
    let total = body()
    let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    print(label, String(format: "%.0f ms, %.1f µs/page", ms, ms * 1000 / Double(n)), total)
}
time("dict build+render  ") { (0..<n).reduce(0) { $0 + template.render(dictModel($1)).utf8.count } }
time("typed build+render ") { (0..<n).reduce(0) { $0 + template.render(Page($1)).utf8.count } }
let dicts = (0..<n).map(dictModel)
let pages = (0..<n).map(Page.init)
time("dict render only   ") { dicts.reduce(0) { $0 + template.render($1).utf8.count } }
time("typed render only  ") { pages.reduce(0) { $0 + template.render($1).utf8.count } }
/// The floor a compiled renderer over typed values approaches: the same page by appends,
/// escaping each value.
func escaped(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        default: out.unicodeScalars.append(c)
        }
    }
    return out
}
func direct(_ p: Page) -> String {
    var o = "<main><h1>" + escaped(p.title) + "</h1><p>爱心食堂 · 运营中</p><p>" + escaped(p.point.address) + "</p>"
    o += "<a href=\"tel:+86-575\">0575-87000001</a>\n<ul>"
    for h in p.point.hours.items { o += "<li>" + escaped(h as! String) + "</li>" }
    o += "</ul>\n<ul>"
    for case let c as CourseItem in p.courses.items {
        o += "<li><a href=\"" + escaped(c.link) + "\">" + escaped(c.title) + "</a> 周二 09:00 中心</li>"
    }
    o += "</ul>\n<nav>"
    for m in p.menu {
        o +=
            "<a href=\"" + escaped(m.link) + "\"" + (m.current ? " aria-current=\"page\"" : "") + ">" + escaped(m.label)
            + "</a>"
    }
    return o + "</nav><footer>诸暨市 民政局 0575-1</footer></main>"
}
time("direct appends     ") { pages.reduce(0) { $0 + direct($1).utf8.count } }
print(
    "same output:", template.render(dicts[0]) == template.render(pages[0]),
    template.render(pages[0]) == direct(pages[0]))
