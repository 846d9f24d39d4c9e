import GongshiModel
import GongshiRender

/// Home, Markdown pages, 404, sitemap and robots.txt.
enum SitePages {
    static func home() -> Route {
        .page("", layout: "home") { c, _ in
            var model = c.common(title: c.site.settings.title, folder: "")
            model["pages"] = nonEmpty(
                c.site.pages.filter { !$0.urlPath.isEmpty }.sorted {
                    ($0.weight, $0.urlPath) < ($1.weight, $1.urlPath)
                }
                .map { ["title": $0.title, "link": c.paths.page($0.urlPath), "description": $0.description as Any] })
            return model
        }
    }

    /// A content page: its body is a Markdown template over the site's data.
    static func page(_ page: Page) -> Route {
        let folder = page.urlPath.isEmpty ? "" : page.urlPath + "/"
        return .page(folder, layout: page.layout ?? "page") { c, theme throws(RenderFailure) in
            var model = c.common(title: page.title, folder: folder, description: page.description)
            do {
                model["body"] = try theme.renderMarkdownBody(
                    page.body, c.common(title: page.title, folder: folder), allowRawHTML: c.site.settings.allowRawHTML)
            } catch {
                throw RenderFailure(.error("template syntax: \(error)", at: page.bodyLocation))
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

    /// `sitemap.xml` over every page route, in path order.
    static func sitemap(folders: [String]) -> Route {
        Route(path: "sitemap.xml", sitemapFolder: nil) { c, _ in
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            for folder in folders.sorted() {
                xml += "  <url><loc>\(XML.escape(c.paths.absolute(folder)))</loc></url>\n"
            }
            xml += "</urlset>\n"
            return Array(xml.utf8)
        }
    }
}
