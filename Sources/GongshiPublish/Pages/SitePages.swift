import GongshiModel
import GongshiRender

/// Home, Markdown pages, 404 and robots.txt.
enum SitePages {
    static func home() -> Route {
        .untypedPage("", layout: "home") { c, _ in
            var model = c.common(title: c.site.settings.title, folder: "")
            let week = ISOWeek(containing: c.today)
            model["today"] = c.words.date(c.today)
            model["todayClasses"] = nonEmpty(
                c.site.sessions(in: week).filter { $0.date == c.today }.compactMap { s -> [String: Any]? in
                    c.site.course(s.courseID).map {
                        [
                            "time": "\(s.start)–\(s.end)", "title": $0.title, "link": c.paths.course($0.id),
                            "venue": $0.venue.name,
                        ]
                    }
                })
            model["timetableLink"] = c.paths.timetable
            if BulletinPages.weeks(c.site, today: c.today).last == week {
                model["bulletin"] = ["link": c.paths.bulletin(week), "label": BulletinPages.title(week, c.words)]
            }
            let open = c.site.activities.filter { $0.status(asOf: c.today) == .open }.sorted {
                ($0.start, $0.id) < ($1.start, $1.id)
            }
            model["notices"] = nonEmpty(open.prefix(5).map(c.activitySummary))
            model["volunteerLink"] = c.paths.volunteer
            model["reports"] = ReportPages.homeLink(c)
            model["pages"] = nonEmpty(
                c.pages.filter { !$0.urlPath.isEmpty }.sorted {
                    ($0.weight, $0.urlPath) < ($1.weight, $1.urlPath)
                }
                .map {
                    ["title": $0.title, "link": c.paths.page($0.urlPath), "description": absentIfNil($0.description)]
                })
            return model
        }
    }

    /// A content page: its body is a Markdown template over the site's data.
    static func page(_ page: Page) -> Route {
        let folder = page.urlPath.isEmpty ? "" : page.urlPath + "/"
        return .untypedPage(folder, layout: page.layout ?? "page", source: .page(page)) { c, theme throws(RenderFailure) in
            var model = c.common(title: page.title, folder: folder, description: page.description)
            do throws(Theme.TemplateProblem) {
                model["body"] = try theme.renderMarkdownBody(
                    page.body, at: page.bodyLocation, c.common(title: page.title, folder: folder),
                    allowRawHTML: c.site.settings.allowRawHTML)
            } catch {
                throw RenderFailure(error.diagnostic)
            }
            return model
        }
    }

    static func notFound() -> Route {
        Route(path: "404.html", sitemapFolder: nil) { c, theme in
            var model = c.common(title: c.words["notfound.title"], folder: "404.html")
            model["canonical"] = nil
            return Array(theme.render(layout: "notfound", model).utf8)
        }
    }

    static func robots() -> Route {
        Route(path: "robots.txt", sitemapFolder: nil) { c, _ in
            Array("User-agent: *\nAllow: /\nSitemap: \(c.paths.absolute("sitemap.xml"))\n".utf8)
        }
    }
}
