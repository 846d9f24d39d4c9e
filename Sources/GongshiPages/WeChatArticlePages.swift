import Foundation
import GongshiModel
import GongshiRender
import GongshiSite

/// Each week's bulletin as an article for the bureau's WeChat official account
/// (`/bulletins/2026-W48/wechat.html`): a plain page whose body is the article, every style
/// inline, to open and copy (or to copy from the bulletin page's button) and paste into the
/// editor. The editor's limits are checked by `weChatWarnings`.
extension BulletinPages {
    /// The editor's limits: a title of 32 characters, a digest of 128, a body of 20,000.
    package enum WeChatLimit {
        static let title = 32
        static let digest = 128
        static let body = 20_000
    }

    package static func weChatRoute(_ week: ISOWeek, note: BulletinNote?) -> Route {
        Route(.weChatArticle(week), source: note.map { RouteSource($0.bodyLocation) }) {
            c, theme throws(RenderFailure) in
            guard let article = weChatArticle(week, note: note, c, theme) else { throw noTemplate }
            let lang = Escaping.html(c.site.settings.language.rawValue)
            let page = """
                <!DOCTYPE html>
                <html lang="\(lang)">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>\(Escaping.html(weChatTitle(week, note: note, c.words)))</title>
                </head>
                <body>
                \(article.html)
                </body>
                </html>

                """
            return Array(page.utf8)
        }
    }

    /// The post's title: the note's, else the week's bulletin title.
    static func weChatTitle(_ week: ISOWeek, note: BulletinNote?, _ words: Words) -> String {
        note?.title ?? title(week, words)
    }

    /// The week's bulletin as a WeChat article (made once per build).
    package static func weChatArticle(_ week: ISOWeek, note: BulletinNote?, _ c: PageContext, _ theme: Theme)
        -> WeChatArticle?
    {
        c.weChatArticles.value(for: "\(week) \(note?.isDraft == true)") {
            guard let text = markdown(week, note: note, c, theme) else { return nil }
            let addresses = ArticleAddresses(page: c.paths.absolute(.bulletin(week)))
            let labels = WeChatArticle.Labels(
                references: c.words["bulletins.wechat-references"], image: c.words["bulletins.wechat-image"])
            return WeChatArticle(markdown: text, labels: labels) { href in addresses?.absolute(href) }
        }
    }

    /// The article's links as addresses a reader can type: resolved against the bulletin's
    /// page, as a browser would.
    package struct ArticleAddresses: Sendable {
        let page: URL
        /// The page's scheme and host, `https://example.org`.
        let origin: String?

        package init?(page address: String) {
            guard let page = URL(string: address) else { return nil }
            self.page = page
            if let root = Self.resolved("/", against: page), root.hasSuffix("/") {
                origin = String(root.dropLast())
            } else {
                origin = nil
            }
        }

        package func absolute(_ href: String) -> String? {
            guard let safe = Escaping.safeURL(href) else { return nil }
            // A week's bulletin links two thousand of the site's own pages, and Foundation
            // takes some ten thousand instructions to resolve each; a plain path resolves to
            // the origin and itself.
            if let origin, Self.isPlainPath(safe) { return origin + safe }
            return Self.resolved(safe, against: page)
        }

        /// Resolved by Foundation (RFC 3986).
        package static func resolved(_ href: String, against page: URL) -> String? {
            URL(string: href, relativeTo: page)?.absoluteURL.absoluteString
        }

        /// A path from the root that resolving leaves as it is: `/`, then only RFC 3986's
        /// unreserved characters (`A–Z a–z 0–9 - . _ ~`) and single slashes, with no `.` or
        /// `..` segment, no query and no fragment.
        package static func isPlainPath(_ href: String) -> Bool {
            let slash = UInt8(ascii: "/")
            guard href.utf8.first == slash else { return false }
            // One pass over the segments after the first slash: each but the last non-empty,
            // none `.` or `..`.
            var length = 0
            var onlyDots = true
            for byte in href.utf8.dropFirst() {
                if byte == slash {
                    if length == 0 || (onlyDots && length <= 2) { return false }
                    length = 0
                    onlyDots = true
                } else {
                    guard Escaping.isUnreserved(byte) else { return false }
                    length += 1
                    onlyDots = onlyDots && byte == UInt8(ascii: ".")
                }
            }
            return !(onlyDots && (1...2).contains(length))
        }
    }

    /// The editor's limits the week's article breaks, each at the note's line that causes it
    /// (a body too long with no note is placed at the bulletin template).
    package static func weChatWarnings(_ week: ISOWeek, note: BulletinNote?, _ c: PageContext, _ theme: Theme)
        -> [Diagnostic]
    {
        guard let article = weChatArticle(week, note: note, c, theme) else { return [] }
        var warnings: [Diagnostic] = []
        let title = weChatTitle(week, note: note, c.words)
        if title.count > WeChatLimit.title {
            warnings.append(
                .warning(
                    .output(.weChatTitleTooLong(week: week.description, length: title.count, limit: WeChatLimit.title)),
                    at: note?.titleLocation ?? .file("templates/i18n/\(c.site.settings.language.rawValue).yaml")))
        }
        if let digest = note?.summary, digest.count > WeChatLimit.digest {
            warnings.append(
                .warning(
                    .output(
                        .weChatDigestTooLong(week: week.description, length: digest.count, limit: WeChatLimit.digest)),
                    at: note?.summaryLocation ?? note?.bodyLocation ?? .file("templates/bulletin.md")))
        }
        if article.textLength > WeChatLimit.body {
            warnings.append(
                .warning(
                    .output(
                        .weChatBodyTooLong(
                            week: week.description, length: article.textLength, limit: WeChatLimit.body)),
                    at: note?.bodyLocation ?? .file("templates/bulletin.md")))
        }
        return warnings
    }
}
