import Foundation
import GongshiModel
import GongshiRender

/// What the preview adds to pages: the live-reload script, the problems panel, and its own pages.
enum PreviewPage {
    /// Opens the event stream and reloads on `reload`. `since` tells the server which build the
    /// page shows, so a rebuild that finished before the stream opened still reloads it. Inline,
    /// so the preview needs no file of its own in the site.
    static func script(generation: Int) -> String {
        "<script>(function(){var s=new EventSource(\"\(PreviewAddresses.events)?since=\(generation)\");"
            + "s.addEventListener(\"reload\",function(){s.close();location.reload();});})();</script>"
    }

    /// The page with the script before its last `</body>` and, on failure, the panel right after
    /// its `<body…>` tag; pages without those tags get them at the end and the start.
    static func decorate(
        _ html: String, failure: PreviewFailure?, generation: Int, language: Language = .zhHans
    ) -> String {
        var page = html
        let close = page.range(of: "</body>", options: [.caseInsensitive, .backwards])?.lowerBound ?? page.endIndex
        page.insert(contentsOf: script(generation: generation), at: close)
        guard let failure else { return page }
        page.insert(contentsOf: panel(failure, language: language), at: afterBodyTag(page) ?? page.startIndex)
        return page
    }

    /// Where the content of `<body>` starts: after the `>` that closes its opening tag.
    private static func afterBodyTag(_ html: String) -> String.Index? {
        var search = html.startIndex..<html.endIndex
        while let open = html.range(of: "<body", options: .caseInsensitive, range: search) {
            // `<body>` or `<body class=…>`, not `<bodyguard>`.
            if let next = html[open.upperBound...].first, next == ">" || next.isWhitespace {
                return html[open.upperBound...].firstIndex(of: ">").map { html.index(after: $0) }
            }
            search = open.upperBound..<html.endIndex
        }
        return nil
    }

    /// A red-bordered alert in large type, one diagnostic per line, above the last good page.
    /// Above a page it lists the first `limit`: one broken record can cascade into dozens of
    /// errors, and the first is usually the cause; the problems page lists all.
    static func panel(_ failure: PreviewFailure, limit: Int = 5, language: Language = .zhHans) -> String {
        func say(_ text: CommandText) -> String { Escaping.html(text.wording(in: language)) }
        let lines = failure.diagnostics.prefix(limit).map {
            "<li style=\"margin:0 0 .5em;overflow-wrap:anywhere\"><code>\(Escaping.html($0))</code></li>"
        }
        let more = failure.diagnostics.count - lines.count
        let rest = more > 0 ? "<li>\(say(.previewMore(count: more)))</li>" : ""
        return """
            <div role="alert" id="gongshi-problems" style="position:relative;z-index:2147483647;margin:0;\
            padding:1em 1.25em;border:.4em solid #c00;background:#fff;color:#111;font:1.375rem/1.5 sans-serif;\
            text-align:left">\
            <p style="margin:0 0 .5em;font-size:1.6rem;font-weight:bold;color:#a00">\
            \(say(.previewFailed(summary: failure.summary)))</p>\
            <ul style="margin:0 0 .5em;padding:0;list-style:none;font-size:1.125rem">\(lines.joined())\(rest)</ul>\
            <p style="margin:0">\(say(.previewLastGood)) \
            <a href="\(PreviewAddresses.errors)" style="color:#00c">\(say(.previewAllProblems))</a></p></div>
            """
    }

    /// `/__gongshi/errors`: the latest problems on a page of their own, or that there are none.
    static func problems(_ failure: PreviewFailure?, generation: Int, language: Language = .zhHans) -> String {
        let noProblems = Escaping.html(CommandText.previewNoProblems.wording(in: language))
        let body =
            failure.map { panel($0, limit: .max, language: language) }
            ?? "<p style=\"font:1.375rem/1.5 sans-serif\">\(noProblems)</p>"
        let title = failure.map { CommandText.previewFailed(summary: $0.summary) } ?? .previewNoProblems
        return shell(title: title.wording(in: language), body: body, generation: generation, language: language)
    }

    /// Shown until the first build finishes; it reloads itself when it does.
    static func building(generation: Int, language: Language = .zhHans) -> String {
        let building = CommandText.previewBuilding.wording(in: language)
        return shell(
            title: building, body: "<p style=\"font:1.375rem/1.5 sans-serif\">\(Escaping.html(building))</p>",
            generation: generation, language: language)
    }

    private static func shell(title: String, body: String, generation: Int, language: Language) -> String {
        "<!DOCTYPE html><html lang=\"\(language.rawValue)\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>gongshi serve: \(Escaping.html(title))</title></head><body>\(body)\(script(generation: generation))"
            + "</body></html>"
    }

}
