/// The `incremental-edits` fixture site as typed values: what the differential test edits and
/// writes back as content and template files. `initial` writes exactly the fixture's files
/// (a test keeps the two equal), so the fixture stays readable on its own.
struct EditableSite: Equatable, Sendable {
    struct Point: Equatable, Sendable {
        var id: String
        var file: String
        var kind: String
        var name: String
        var region: String
        var address: String
        var status: String
        var phone: String?
        /// Weekday hours.
        var hours: Hours?
        /// Canteens: the price of a meal in yuan.
        var price: Int?
    }

    struct Hours: Equatable, Sendable {
        var open: String
        var close: String
    }

    struct Session: Equatable, Sendable {
        var weekday: String
        var start: String
        var end: String
    }

    struct Course: Equatable, Sendable {
        var id: String
        var file: String
        var title: String
        var venue: String
        var sessions: [Session]
        var enrolled: Int
        /// A day in the term without class ("2026-11-24").
        var except: String? = nil
    }

    struct Activity: Equatable, Sendable {
        var id: String
        var file: String
        var title: String
        var venue: String
        /// Day of November 2026 (the site is built as of the 23rd).
        var day: Int
        var cancelled = false
        /// Day of November 2026 the notice was last changed.
        var updated: Int? = nil
    }

    struct Village: Equatable, Sendable {
        var id: String
        var name: String
    }

    struct Town: Equatable, Sendable {
        var id: String
        var name: String
        var villages: [Village]
    }

    var title = "小站"
    /// The day without courses site.yaml names; nil: none.
    var closure: String? = "2026-11-26"
    var towns: [Town]
    var points: [Point]
    var courses: [Course]
    var activities: [Activity]
    var pageBody: String
    var bulletinTitle: String
    var bulletinBody: String
    /// A line the site's own `templates/partials/point-card.html` adds to every card; nil: no
    /// override (the default theme's card).
    var cardNote: String?
    /// The footer of the site's own `templates/layouts/page.html`; nil: no override.
    var pageFooter: String?
    /// The name of a stylesheet the site adds under `templates/assets/` (always the same text,
    /// so renaming it changes only its path); nil: none.
    var extraStylesheet: String?
    /// A content file with a line of broken YAML at its end (the site is then refused).
    var brokenFile: String?

    static let initial = EditableSite(
        towns: [
            Town(
                id: "east", name: "东镇",
                villages: [Village(id: "east-a", name: "甲村"), Village(id: "east-b", name: "乙村")]),
            Town(id: "west", name: "西镇", villages: [Village(id: "west-a", name: "丙村")]),
        ],
        points: [
            Point(
                id: "canteen-a", file: "points.yaml", kind: "canteen", name: "甲村爱心食堂", region: "east-a",
                address: "甲村1号 & \"老街\"", status: "operating", phone: "0575-00001234",
                hours: Hours(open: "10:30", close: "12:30"), price: 10),
            Point(
                id: "tc-east", file: "points.yaml", kind: "town-centre", name: "东镇居家养老服务中心", region: "east",
                address: "东镇2号", status: "operating"),
            Point(
                id: "canteen-b", file: "more.yaml", kind: "canteen", name: "丙村爱心食堂", region: "west-a",
                address: "丙村5号", status: "operating", hours: Hours(open: "11:00", close: "12:00"), price: 8),
            Point(
                id: "vc-west", file: "more.yaml", kind: "village-centre", name: "丙村居家养老服务站", region: "west-a",
                address: "丙村7号", status: "suspended", phone: "0575-00005678"),
        ],
        courses: [
            Course(
                id: "shufa", file: "courses.yaml", title: "书法", venue: "tc-east",
                sessions: [Session(weekday: "thu", start: "09:00", end: "10:30")], enrolled: 20),
            Course(
                id: "taiji", file: "more.yaml", title: "太极拳", venue: "vc-west",
                sessions: [
                    Session(weekday: "tue", start: "08:30", end: "09:30"),
                    Session(weekday: "fri", start: "14:00", end: "15:30"),
                ], enrolled: 5),
        ],
        activities: [
            Activity(id: "haircut", file: "activities.yaml", title: "理发志愿服务", venue: "canteen-a", day: 25),
            Activity(id: "visit", file: "activities.yaml", title: "上门探访", venue: "canteen-b", day: 20),
        ],
        pageBody: "这是一个**小站**。", bulletinTitle: "本周要闻", bulletinBody: "编者按。", cardNote: "服务点", pageFooter: "页脚")

    /// Every file the site consists of, by site-relative path.
    var files: [String: String] {
        var out: [String: String] = [
            "content/site.yaml": settings,
            "content/regions.yaml": regionsFile,
            "content/pages/about.md": "---\ntitle: 关于\n---\n\(pageBody)\n",
            "content/bulletins/2026-W48.md": "---\ntitle: \(Self.quoted(bulletinTitle))\n---\n\(bulletinBody)\n",
        ]
        for (file, points) in Dictionary(grouping: points, by: \.file) {
            out["content/points/" + file] = points.map(Self.yaml).joined()
        }
        for (file, courses) in Dictionary(grouping: courses, by: \.file) {
            out["content/courses/" + file] = courses.map(Self.yaml).joined()
        }
        for (file, activities) in Dictionary(grouping: activities, by: \.file) {
            out["content/activities/" + file] = activities.map(Self.yaml).joined()
        }
        if let cardNote { out["templates/partials/point-card.html"] = Self.card(note: cardNote) }
        if let pageFooter { out["templates/layouts/page.html"] = Self.page(footer: pageFooter) }
        if let extraStylesheet { out["templates/assets/" + extraStylesheet] = ".page-footer { font-weight: bold; }\n" }
        if let brokenFile, let text = out[brokenFile] { out[brokenFile] = text + "- id: [broken\n" }
        return out
    }

    var settings: String {
        """
        title: \(Self.quoted(title))
        base_url: https://example.org/sub/
        region: city
        publisher: {name: 民政局, phone: "0575-00000000"}
        bulletins_from: 2026-11-16
        terms:
          - {id: t1, name: 秋季学期, from: 2026-11-16, until: 2026-12-06}

        """ + (closure.map { "closures: [\"\($0)\"]\n" } ?? "")
    }

    var regionsFile: String {
        var out = "- id: city\n  name: 市\n  kind: city\n  children:\n"
        for town in towns {
            out += "    - id: \(town.id)\n      name: \(town.name)\n      kind: town\n"
            guard !town.villages.isEmpty else { continue }
            out += "      children:\n"
            for village in town.villages {
                out += "        - {id: \(village.id), name: \(village.name), kind: village}\n"
            }
        }
        return out
    }

    /// A YAML double-quoted scalar (the JSON form, which YAML reads the same).
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func yaml(_ point: Point) -> String {
        var out = """
            - id: \(point.id)
              kind: \(point.kind)
              name: \(quoted(point.name))
              region: \(point.region)
              address: \(quoted(point.address))
              status: \(point.status)
              opened: 2024-05-01

            """
        if let phone = point.phone { out += "  phone: \"\(phone)\"\n" }
        if let hours = point.hours {
            out += "  hours:\n    - {days: mon-fri, open: \"\(hours.open)\", close: \"\(hours.close)\", label: 午餐}\n"
        }
        if let price = point.price { out += "  meal: {price: \(price), elder_price: \(price / 2), delivery: true}\n" }
        return out
    }

    static func yaml(_ course: Course) -> String {
        let sessions = course.sessions.map { "{weekday: \($0.weekday), start: \"\($0.start)\", end: \"\($0.end)\"}" }
        return """
            - id: \(course.id)
              title: \(quoted(course.title))
              venue: \(course.venue)
              term: t1
              sessions: [\(sessions.joined(separator: ", "))]
              capacity: 20
              enrolled: \(course.enrolled)

            """ + (course.except.map { "  except: [\($0)]\n" } ?? "")
    }

    static func yaml(_ activity: Activity) -> String {
        let day = activity.day < 10 ? "0\(activity.day)" : "\(activity.day)"
        return """
            - id: \(activity.id)
              title: \(quoted(activity.title))
              venue: \(activity.venue)
              start: "2026-11-\(day) 09:00"
              end: "2026-11-\(day) 11:00"
              volunteers: {needed: 3, registered: 1}

            """ + (activity.cancelled ? "  status: cancelled\n" : "")
                + (activity.updated.map { "  updated: 2026-11-\($0 < 10 ? "0" : "")\($0)\n" } ?? "")
    }

    /// The default theme's point card with one more line.
    static func card(note: String) -> String {
        """
        <li class="card">
        <{{cardHeading}} class="card-title"><a href="{{link}}">{{name}}</a></{{cardHeading}}>
        <p class="status status-{{statusKey}}">{{kind}} · {{status}}</p>
        <p class="card-note">\(note) {{id}}</p>
        {{#isOperating}}
        {{#hours}}<p>{{#items}}{{.}}<br>{{/items}}</p>{{/hours}}
        {{#price}}<p>{{t.point.price}} {{price}}</p>{{/price}}
        {{/isOperating}}
        <p>{{address}} <a href="{{mapLink}}">{{t.point.map}}</a></p>
        {{#tel}}<p><a class="call" href="{{tel}}">{{phone}}</a></p>{{/tel}}
        </li>

        """
    }

    /// The default theme's page layout with a footer line.
    static func page(footer: String) -> String {
        """
        {{<base}}
        {{$main}}
        <article class="prose">
        <h1>{{title}}</h1>
        {{{body}}}
        <p class="page-footer">\(footer)</p>
        </article>
        {{/main}}
        {{/base}}

        """
    }

    /// Every region id (towns and villages), in order.
    var regionIDs: [String] { towns.flatMap { [$0.id] + $0.villages.map(\.id) } }

    /// Whether any course or activity is held at the point.
    func isReferenced(_ pointID: String) -> Bool {
        courses.contains { $0.venue == pointID } || activities.contains { $0.venue == pointID }
    }
}
