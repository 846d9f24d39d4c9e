import GongshiModel
import GongshiRender
import GongshiSite

/// The search index's files (`search/`): the pages a reader looks for — points, courses,
/// notices, bulletins and content pages — made once per build from the same facts their pages
/// show, so the index is published with the pages it describes and never out of step.
/// Directories, lists, the home page and the reports are not indexed: they repeat what the
/// indexed pages say.
package enum SearchPages {
    /// One route per file; `weeks` and `pages` are the bulletins and content pages the build
    /// publishes, so the index holds exactly those.
    package static func routes(_ site: Site, weeks: [ISOWeek], pages: [Page], includeDrafts: Bool) -> [Route] {
        let pages = pages.filter { !$0.urlPath.isEmpty }
        let count = site.points.count + site.courses.count + site.activities.count + weeks.count + pages.count
        return SearchIndex.Layout(documents: count).files.map { name in
            Route(.file("search/" + name)) { c, theme in
                files(c, theme, weeks: weeks, pages: pages, includeDrafts: includeDrafts)[name] ?? []
            }
        }
    }

    /// Every file of the index, made by whichever of its routes renders first.
    static func files(_ c: PageContext, _ theme: Theme, weeks: [ISOWeek], pages: [Page], includeDrafts: Bool)
        -> [String: [UInt8]]
    {
        c.madeFiles.value(for: "search") {
            let strings = Dictionary(
                uniqueKeysWithValues: ["count", "none", "loading", "failed", "more"].map {
                    ($0, c.words["search." + $0])
                })
            return SearchIndex(
                documents(c, theme, weeks: weeks, pages: pages, includeDrafts: includeDrafts), strings: strings
            ).files
        } ?? [:]
    }

    /// The documents in the order results of equal rank are shown: points open now, other
    /// points, courses, content pages, bulletins (newest first), notices still to come, past ones.
    static func documents(_ c: PageContext, _ theme: Theme, weeks: [ISOWeek], pages: [Page], includeDrafts: Bool)
        -> [SearchIndex.Document]
    {
        let points = c.site.points.filter { $0.status == .operating } + c.site.points.filter { $0.status != .operating }
        let coming: (Activity) -> Bool = { [.open, .full].contains($0.status(asOf: c.today)) }
        let activities =
            c.site.activities.filter(coming).sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            + c.site.activities.filter { !coming($0) }.sorted { ($0.start, $0.id) > ($1.start, $1.id) }
        return points.map { point(c, $0) } + c.site.courses.map { course(c, $0) }
            + pages.sorted { ($0.weight, $0.urlPath) < ($1.weight, $1.urlPath) }.map { page(c, theme, $0) }
            + weeks.reversed().map {
                bulletin(c, $0, note: BulletinPages.note(c.site, week: $0, includeDrafts: includeDrafts))
            }
            + activities.map { activity(c, $0) }
    }

    static func point(_ c: PageContext, _ point: ServicePoint) -> SearchIndex.Document {
        let facts = c.pointFacts(point)
        let summary = facts.summary
        return SearchIndex.Document(
            path: Address.point(point.id).location, title: point.name,
            facts: [facts.town, summary.kind, summary.status].compactMap { $0 }.joined(separator: " · "),
            text: [summary.address, point.region.name, facts.operation, facts.operatorName, plain(facts.description)]
                .compactMap { $0 } + summary.hours + facts.services + [facts.serves].compactMap { $0 })
    }

    static func course(_ c: PageContext, _ course: Course) -> SearchIndex.Document {
        let summary = c.courseSummary(course)
        let town = course.venue.town?.name
        return SearchIndex.Document(
            path: Address.course(course.id).location, title: course.title,
            facts: [town, summary.schedule].compactMap { $0 }.joined(separator: " · "),
            text: [
                summary.category, summary.venue, town, summary.teacher, course.term.name,
                plain(course.description.map { Markdown.html($0, allowRawHTML: c.site.settings.allowRawHTML) }),
            ].compactMap { $0 })
    }

    static func activity(_ c: PageContext, _ activity: Activity) -> SearchIndex.Document {
        let summary = c.activitySummary(activity)
        let town = activity.venue.town?.name
        return SearchIndex.Document(
            path: Address.activity(activity.id).location, title: activity.title,
            facts: [town, summary.when, summary.status].compactMap { $0 }.joined(separator: " · "),
            text: [
                summary.kind, summary.venue, activity.venue.address, town, summary.organiser, summary.placesLeft,
                plain(activity.description.map { Markdown.html($0, allowRawHTML: c.site.settings.allowRawHTML) }),
            ].compactMap { $0 })
    }

    /// A bulletin by its title and the editor's note (the week's lists are the records' own
    /// pages, indexed on their own).
    static func bulletin(_ c: PageContext, _ week: ISOWeek, note: BulletinNote?) -> SearchIndex.Document {
        let title = BulletinPages.title(week, c.words) + (note?.title.map { "：" + $0 } ?? "")
        return SearchIndex.Document(
            path: Address.bulletin(week).location, title: title, facts: c.words["nav.bulletins"],
            text: [note?.summary, note.flatMap { plain(Markdown.html($0.body, allowRawHTML: false)) }].compactMap { $0 }
        )
    }

    /// A content page by its title, description and body as the page shows it (a body that
    /// does not render is the page's own error, reported there; it is indexed by its title).
    static func page(_ c: PageContext, _ theme: Theme, _ page: Page) -> SearchIndex.Document {
        let body = try? theme.renderMarkdownBody(
            page.body, at: page.bodyLocation, c.layout(title: page.title, at: .page(page.urlPath)),
            allowRawHTML: c.site.settings.allowRawHTML)
        return SearchIndex.Document(
            path: Address.page(page.urlPath).location, title: page.title, facts: "",
            text: [page.description, plain(body)].compactMap { $0 })
    }

    static func plain(_ html: String?) -> String? { html.map(SearchTokens.plainText(fromHTML:)) }
}
