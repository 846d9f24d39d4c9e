import GongshiModel
import GongshiRender
import GongshiSite

/// The public record of changes (变更公示): `/changes/` lists the publication days since the
/// record began, `/changes/<day>/` says in words what changed that day, `changes/atom.xml`
/// carries the days to feed readers, and `changes/history.json` is the record itself, which
/// the next build reads back and appends to.
package enum ChangePages {
    /// How many of the latest days the feed carries; older days stay on their pages.
    static let daysInFeed = 30

    package static func routes(_ history: ChangeHistory) -> [Route] {
        [index()] + history.days.map { day($0.date) } + [
            Route(.file("changes/atom.xml")) { c, _ in Feeds.atom(feed(c), c) },
            Route(.file(ChangeRecord.historyPath)) { c, _ in (c.changeHistory ?? history).json.fileBytes },
        ]
    }

    static func index() -> Route {
        var route = Route.page(.changes, layout: "changes") { c, _ in
            let history = c.changeHistory ?? ChangeHistory(since: c.today)
            return PageContent(
                title: c.words["changes.title"],
                ChangesIndexFacts(
                    since: c.words.filling("changes.since", ["date": c.words.reportDate(history.since)]),
                    days: history.days.reversed().map { day in
                        .init(
                            link: c.paths.link(.changeDay(day.date)), label: c.words.reportDate(day.date),
                            summary: counts(day, c.words))
                    },
                    feedLink: c.paths.link("changes/atom.xml"),
                    manifestLink: c.paths.link(ChangeRecord.manifestPath),
                    historyLink: c.paths.link(ChangeRecord.historyPath)))
        }
        // The index stands for the days' layout too: `check` and a first publication plan no
        // day, and a site's own `change-day.html` is checked all the same.
        route.templateUses.append(TemplateUse(layout: "change-day", model: PageModel<ChangeDayFacts>.self))
        return route
    }

    static func day(_ date: LocalDate) -> Route {
        .page(.changeDay(date), layout: "change-day") { c, _ in
            let changes = c.changeHistory?.days.first { $0.date == date }?.changes ?? []
            return PageContent(
                title: c.words.filling("changes.day-title", ["date": c.words.reportDate(date)]),
                ChangeDayFacts(groups: groups(changes, c), indexLink: c.paths.link(.changes)))
        }
    }

    /// `新增 1 项，修改 2 项，撤下 1 项`.
    static func counts(_ day: ChangeHistory.Day, _ words: Words) -> String {
        ChangeHistory.Change.Kind.allCases.compactMap { kind -> String? in
            let n = day.changes.count { $0.change == kind }
            return n == 0 ? nil : words.filling("changes.count-\(kind.rawValue)", ["n": "\(n)"])
        }.joined(separator: words["changes.count-separator"])
    }

    /// The day's changes by kind of record: points, courses, volunteer notices.
    static func groups(_ changes: [ChangeHistory.Change], _ c: PageContext) -> [ChangeDayFacts.Group] {
        PublicRecord.Kind.allCases.compactMap { kind in
            let items = changes.filter { $0.record == kind }.map { item($0, c) }
            return items.isEmpty ? nil : .init(heading: c.words["changes.group-\(kind.rawValue)"], items: items)
        }
    }

    static func item(_ change: ChangeHistory.Change, _ c: PageContext) -> ChangeDayFacts.Item {
        let address: Address? =
            switch change.record {
            case .point: c.site.point(change.id).map { _ in .point(change.id) }
            case .course: c.site.course(change.id).map { _ in .course(change.id) }
            case .activity: c.site.activity(change.id).map { _ in .activity(change.id) }
            }
        return .init(
            name: change.name, link: address.map { c.paths.link($0) },
            change: c.words["changes.\(change.change.rawValue)"],
            details: details(change, c.words))
    }

    /// Each field in words: `开放时间 10:30–12:30 → 10:45–12:30` for a change, `地址：…` for a
    /// record added or removed; a long text only as edited.
    static func details(_ change: ChangeHistory.Change, _ words: Words) -> [String] {
        change.fields.compactMap { field in
            let digestOnly = PublicRecord.quotedByDigest.contains(field.key)
            switch change.change {
            case .changed:
                if digestOnly { return words.filling("changes.edited", ["label": field.label]) }
                let none = words["changes.none"]
                return words.filling(
                    "changes.field",
                    ["label": field.label, "before": field.before ?? none, "after": field.after ?? none])
            case .added, .removed:
                guard !digestOnly, let value = field.after ?? field.before, field.key != "name", field.key != "title"
                else { return nil }
                return words.filling("changes.value", ["label": field.label, "value": value])
            }
        }
    }

    /// `枫桥镇杨村爱心食堂：开放时间 10:30–12:30 → 10:45–12:30；状态 建设中 → 运营中`, one line per change.
    static func sentence(_ change: ChangeHistory.Change, _ c: PageContext) -> String {
        let details = details(change, c.words)
        let head = c.words["changes.\(change.change.rawValue)"] + " " + change.name
        return details.isEmpty ? head : head + "：" + details.joined(separator: c.words["changes.detail-separator"])
    }

    static func feed(_ c: PageContext) -> Feeds.Feed {
        let days = (c.changeHistory?.days ?? []).suffix(daysInFeed).reversed()
        let items = days.map { day -> Feeds.Item in
            let lines = day.changes.map { "<li>\(Escaping.xml(sentence($0, c)))</li>" }.joined()
            return Feeds.Item(
                id: c.paths.absolute(.changeDay(day.date)),
                title: c.words.filling("changes.day-title", ["date": c.words.reportDate(day.date)]),
                link: c.paths.absolute(.changeDay(day.date)), date: day.date, summary: counts(day, c.words),
                html: "<ul>\(lines)</ul>", c)
        }
        return Feeds.Feed(
            path: "changes/", title: c.site.settings.title + " · " + c.words["changes.title"],
            link: c.paths.absolute(.changes), items: Array(items))
    }

    /// The days of a week with changes, for its bulletin's link to them.
    package static func days(in week: ISOWeek, _ c: PageContext) -> [ChangeLink] {
        (c.changeHistory?.days ?? []).filter { ISOWeek(containing: $0.date) == week }.map {
            ChangeLink(link: c.paths.link(.changeDay($0.date)), label: c.words.date($0.date))
        }
    }
}

/// A day of the change record, as a link (a bulletin links its week's).
package struct ChangeLink: FieldModel {
    var link: String
    var label: String

    package static let fields = TemplateFields<Self>([.text("link") { $0.link }, .text("label") { $0.label }])
}

/// What `templates/layouts/changes.html` reads.
struct ChangesIndexFacts: FieldModel {
    /// `本记录自2026年11月23日起`: the history starts with the output folder it is kept in.
    var since: String
    var days: [Day]
    var feedLink: String
    var manifestLink: String
    var historyLink: String

    static let fields = TemplateFields<Self>([
        .text("since") { $0.since }, .items("days") { $0.days }, .text("feedLink") { $0.feedLink },
        .text("manifestLink") { $0.manifestLink }, .text("historyLink") { $0.historyLink },
    ])

    struct Day: FieldModel {
        var link: String
        var label: String
        var summary: String

        static let fields = TemplateFields<Self>([
            .text("link") { $0.link }, .text("label") { $0.label }, .text("summary") { $0.summary },
        ])
    }
}

/// What `templates/layouts/change-day.html` reads: the day's changes by kind of record.
struct ChangeDayFacts: FieldModel {
    var groups: [Group]
    var indexLink: String

    static let fields = TemplateFields<Self>([.list("groups") { $0.groups }, .text("indexLink") { $0.indexLink }])

    struct Group: FieldModel {
        var heading: String
        var items: [Item]

        static let fields = TemplateFields<Self>([.text("heading") { $0.heading }, .list("items") { $0.items }])
    }

    struct Item: FieldModel {
        var name: String
        /// The record's page; none for a removed record.
        var link: String?
        /// `新增`, `修改`, `撤下`.
        var change: String
        var details: [String]

        static let fields = TemplateFields<Self>([
            .text("name") { $0.name }, .text("link") { $0.link }, .text("change") { $0.change },
            .items("details") { $0.details },
        ])
    }
}
