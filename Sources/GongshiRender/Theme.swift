import Foundation
import GongshiModel
import Yams

/// A compiled theme: HTML layouts and partials, Markdown templates, UI strings and assets.
/// Built from the default theme with the site's own `templates/` laid over it file by file.
public struct Theme: Sendable {
    /// Layouts and partials by name (`layouts/point.html` is `point`).
    let templates: TemplateLibrary
    /// Markdown templates by path without extension (`bulletin`).
    let markdown: [String: CompiledTemplate]
    /// UI strings for the site's language (`templates/i18n/<language>.yaml`), by group and key.
    public let strings: [String: [String: String]]
    /// Files under `assets/`, published at `/assets/…`.
    public let assets: [String: [UInt8]]
    /// Names of the layouts (`layouts/<name>.html`).
    public let layoutNames: Set<String>
    /// The text of each HTML template (by the name tags use) and Markdown template, for
    /// checking templates against their models.
    let htmlSources: [String: ThemeSource]
    let markdownSources: [String: ThemeSource]

    /// Whether the site lays out any page with a template of its own (not only strings or
    /// assets).
    public let hasSiteMarkup: Bool
    /// Template warnings already found with this theme: a preview keeps its theme while the
    /// templates stay the same, and checks them on every rebuild.
    let keyWarningsFound = MadeOnce<TemplateCheckKey, [Diagnostic]>()

    /// The theme files of a site: the default theme, then `siteDirectory/templates/` over it.
    public static func files(siteDirectory: URL) -> [String: ThemeFile] {
        var files = DefaultTheme.allFiles.mapValues { ThemeFile(text: $0, origin: nil) }
        let folder = siteDirectory.appendingPathComponent("templates").standardizedFileURL
        let walker = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                let data = FileManager.default.contents(atPath: url.path)
            else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(folder.path.count + 1))
            files[path] = ThemeFile(text: String(decoding: data, as: UTF8.self), origin: "templates/" + path)
        }
        return files
    }

    /// Compiles theme files; every template that does not parse is a diagnostic naming its
    /// file and line.
    public static func compile(_ files: [String: ThemeFile], language: SiteLanguage) -> (Theme?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var templates = TemplateLibrary()
        var markdown: [String: CompiledTemplate] = [:]
        var layouts: Set<String> = []
        var includes: [String: [Include]] = [:]
        var assets: [String: [UInt8]] = [:]
        var htmlSources: [String: ThemeSource] = [:]
        var markdownSources: [String: ThemeSource] = [:]
        // A site's copy of a default template, unchanged, is the default theme.
        let hasSiteMarkup = files.contains { path, file in
            (path.hasSuffix(".html") || path.hasSuffix(".md")) && file.origin != nil
                && DefaultTheme.allFiles[path] != file.text
        }
        let stringsPath = "i18n/\(language.rawValue).yaml"
        let strings = files[stringsPath].flatMap { try? Yams.load(yaml: $0.text) as? [String: [String: String]] }
        for path in files.keys.sorted() {
            let file = files[path]!
            let name = (path as NSString).deletingPathExtension
            if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = Array(file.text.utf8)
            } else if path.hasSuffix(".html") {
                let pragma = HTMLContentType.pragma
                guard let template = parse(file, pragma: pragma, path: path, into: &diagnostics) else { continue }
                let short = (name as NSString).lastPathComponent
                if let other = htmlSources[short] {
                    diagnostics.append(
                        .error(
                            .theme(.sameTemplateName(name: short, other: other.origin.path)),
                            at: origin(of: file, path: path)))
                    continue
                }
                htmlSources[short] = ThemeSource(text: file.text, origin: origin(of: file, path: path))
                includes[short] = Include.all(in: file.text, origin: file.origin ?? "(default theme) \(path)")
                let inlined = strings.flatMap { inliningStrings(file.text, $0) }
                let compiled = inlined.flatMap { try? TemplateParser.parse($0, pragma: pragma).get() }
                templates[short] = compiled ?? template
                if path.hasPrefix("layouts/") { layouts.insert(short) }
            } else if path.hasSuffix(".md") {
                let pragma = MarkdownContentType.pragma
                if let template = parse(file, pragma: pragma, path: path, into: &diagnostics) {
                    markdown[name] = template
                    markdownSources[name] = ThemeSource(text: file.text, origin: origin(of: file, path: path))
                }
            }
        }
        diagnostics += Include.cycles(includes)
        if strings == nil {
            diagnostics.append(
                .error(
                    .theme(.stringsMissing), at: .file(files[stringsPath]?.origin ?? "templates/" + stringsPath)))
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        return (
            Theme(
                templates: templates, markdown: markdown, strings: strings ?? [:], assets: assets,
                layoutNames: layouts, htmlSources: htmlSources, markdownSources: markdownSources,
                hasSiteMarkup: hasSiteMarkup), []
        )
    }

    /// A `{{> partial}}` or `{{< parent}}` tag: rendering follows it into the named
    /// template, so a template reached again from itself would never end.
    struct Include {
        var name: String
        var location: SourceLocation

        static func all(in text: String, origin: String) -> [Include] {
            var out: [Include] = []
            TemplateTags.scan(text) { tag in
                if tag.sigil == ">" || tag.sigil == "<" {
                    out.append(
                        Include(
                            name: tag.name, location: SourceLocation(path: origin, line: tag.line, column: tag.column)))
                }
                return true
            }
            return out
        }

        /// One error for each template that reaches itself, at the tag that closes the loop.
        static func cycles(_ includes: [String: [Include]]) -> [Diagnostic] {
            var finished: Set<String> = []
            var diagnostics: [Diagnostic] = []
            func visit(_ name: String, path: [String]) {
                guard !finished.contains(name) else { return }
                let stack = path + [name]
                for include in includes[name] ?? [] where includes[include.name] != nil {
                    guard let start = stack.firstIndex(of: include.name) else {
                        visit(include.name, path: stack)
                        continue
                    }
                    let loop = stack[start...] + [include.name]
                    diagnostics.append(
                        .error(
                            .theme(.includesItself(template: include.name, loop: Array(loop))), at: include.location))
                }
                finished.insert(name)
            }
            for name in includes.keys.sorted() { visit(name, path: []) }
            return diagnostics
        }
    }

    /// The template with each `{{t.group.key}}` replaced by its escaped text. The strings are
    /// fixed for a build, and looking each up through the context stack was a large share of
    /// rendering. Nil when nothing is replaced, or when the template changes its delimiters or
    /// a text holds braces (either would change what the template means).
    static func inliningStrings(_ text: String, _ strings: [String: [String: String]]) -> String? {
        guard !text.contains("{{=") else { return nil }
        var replaced = false
        // A brace before or after means a triple mustache (`{{{t.…}}}`): left as it is.
        let tag = /(\{?)\{\{\s*t\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\s*\}\}(\}?)/
        let out = text.replacing(tag) { match -> String in
            let whole = String(match.0)
            guard match.1.isEmpty, match.4.isEmpty, let value = strings[String(match.2)]?[String(match.3)],
                !value.contains("{"), !value.contains("}")
            else { return whole }
            replaced = true
            return HTMLContentType().escapeText(value)
        }
        return replaced ? out : nil
    }

    /// Where a theme file's text starts, as diagnostics name it.
    static func origin(of file: ThemeFile, path: String) -> SourceLocation {
        SourceLocation(path: file.origin ?? "(default theme) \(path)", line: 1, column: 1)
    }

    /// Warnings for the tags of a layout (or a Markdown template, `markdown: true`) that
    /// name nothing its model has; `page` names the kind of page in the message.
    /// `model` names the model's type, under which the result is kept for the theme's life.
    public func keyWarnings(
        template name: String, markdown: Bool = false, over schema: @autoclosure () -> TemplateSchema, page: String,
        model: ObjectIdentifier
    ) -> [Diagnostic] {
        keyWarningsFound.value(for: TemplateCheckKey(template: name, markdown: markdown, page: page, model: model)) {
            TemplateKeyCheck(
                sources: markdown ? markdownSources.merging(htmlSources) { own, _ in own } : htmlSources,
                strings: strings
            )
            .warnings(template: name, over: schema(), page: page)
        } ?? []
    }

    /// Warnings for a page body's tags, which start at `location`, over its model.
    public func keyWarnings(body: String, at location: SourceLocation, over schema: TemplateSchema, page: String)
        -> [Diagnostic]
    {
        TemplateKeyCheck(sources: htmlSources, strings: strings).warnings(
            text: body, at: location, over: schema, page: page)
    }

    /// A theme file compiled after its content-type pragma.
    static func parse(_ file: ThemeFile, pragma: String, path: String, into diagnostics: inout [Diagnostic])
        -> CompiledTemplate?
    {
        switch compile(file.text, pragma: pragma, origin: origin(of: file, path: path)) {
        case .success(let template): return template
        case .failure(let problem):
            diagnostics.append(problem.diagnostic)
            return nil
        }
    }

    /// A template's problem, at its place in the file that holds it.
    public struct TemplateProblem: Error {
        public var diagnostic: Diagnostic
    }

    /// Compiles template text that starts at `origin` in its file (a page body starts below
    /// its front matter), after `pragma`; a problem is placed at its own line and column.
    static func compile(_ text: String, pragma: String, origin: SourceLocation) -> Result<
        CompiledTemplate, TemplateProblem
    > {
        func place(line: Int, column: Int) -> SourceLocation {
            SourceLocation(
                path: origin.path, line: origin.line + line - 1, column: line == 1 ? origin.column + column - 1 : column
            )
        }
        if let excess = TemplateNesting.firstExcess(in: text) {
            return .failure(
                TemplateProblem(
                    diagnostic: TemplateNesting.diagnostic(at: place(line: excess.line, column: excess.column))))
        }
        switch TemplateParser.parse(text, pragma: pragma) {
        case .success(let template):
            return .success(template)
        case .failure(let error):
            // The parser notices an unclosed section at the end of the text; the place to fix
            // is where it opens.
            if error.syntax == .sectionNeverClosed, let open = TemplateNesting.innermostUnclosed(in: text) {
                return .failure(
                    TemplateProblem(
                        diagnostic: .error(
                            .theme(
                                .sectionNeverClosed(
                                    tag: "{{\(open.sigil.map(String.init) ?? "")\(open.name)}}", name: open.name)),
                            at: place(line: open.line, column: open.column))))
            }
            return .failure(
                TemplateProblem(
                    diagnostic: .error(
                        .theme(.syntax(error.syntax)), at: place(line: error.place.line, column: error.place.column))))
        }
    }

    /// A page body compiled as a Markdown template, or its problem; `check` runs this on
    /// every page so a body's mistakes are found before a build.
    public static func compileBody(_ body: String, at location: SourceLocation) -> Result<
        CompiledTemplate, TemplateProblem
    > {
        compile(body, pragma: MarkdownContentType.pragma, origin: location)
    }

    /// Renders a layout with a page's typed model.
    public func render(layout: String, _ model: some TemplateModel) -> String {
        templates.render(model, withTemplate: layout) ?? ""
    }

    /// Renders a Markdown template (data escaped for Markdown) and turns it into HTML.
    public func renderMarkdown(template name: String, _ model: some TemplateModel, allowRawHTML: Bool) -> String? {
        renderMarkdownText(template: name, model).map { Markdown.html($0, allowRawHTML: allowRawHTML) }
    }

    /// A Markdown template rendered over a model, still as Markdown (for other renderings of
    /// the same text, such as the WeChat article); nil when the theme has no such template.
    public func renderMarkdownText(template name: String, _ model: some TemplateModel) -> String? {
        markdown[name].map { $0.render(model, library: templates) }
    }

    /// Renders a content Markdown body (a page), which starts at `location` in its file, as
    /// a template over the site's data.
    public func renderMarkdownBody(
        _ body: String, at location: SourceLocation, _ model: some TemplateModel, allowRawHTML: Bool
    ) throws(TemplateProblem) -> String {
        let template = try Self.compileBody(body, at: location).get()
        return Markdown.html(template.render(model, library: templates), allowRawHTML: allowRawHTML)
    }
}

/// One theme file and where it came from: nil for the built-in default theme.
public struct ThemeFile: Sendable {
    public var text: String
    public var origin: String?

    public init(text: String, origin: String?) {
        self.text = text
        self.origin = origin
    }
}

/// A template checked over a model type, under which its warnings are kept.
struct TemplateCheckKey: Hashable, Sendable {
    var template: String
    var markdown: Bool
    var page: String
    var model: ObjectIdentifier
}
