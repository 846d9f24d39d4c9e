import Foundation
import GongshiModel
import Mustache
import Yams

/// A compiled theme: HTML layouts and partials, Markdown templates, UI strings and assets.
/// Built from the default theme with the site's own `templates/` laid over it file by file.
public struct Theme: Sendable {
    let library: MustacheLibrary
    let markdownTemplates: [String: MustacheTemplate]
    /// UI strings for the site's language (`templates/i18n/<language>.yaml`), by group and key.
    public let strings: [String: [String: String]]
    /// Files under `assets/`, published at `/assets/…`.
    public let assets: [String: [UInt8]]
    /// Names of the layouts (`layouts/<name>.html`).
    public let layoutNames: Set<String>

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
        _ = MarkdownContentType.registered
        _ = HTMLContentType.registered
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var markdown: [String: MustacheTemplate] = [:]
        var layouts: Set<String> = []
        var includes: [String: [Include]] = [:]
        var assets: [String: [UInt8]] = [:]
        let stringsPath = "i18n/\(language.rawValue).yaml"
        let strings = files[stringsPath].flatMap { try? Yams.load(yaml: $0.text) as? [String: [String: String]] }
        for path in files.keys.sorted() {
            let file = files[path]!
            let name = (path as NSString).deletingPathExtension
            if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = Array(file.text.utf8)
            } else if path.hasSuffix(".html") {
                guard
                    let template = parse(HTMLContentType.pragma + file.text, path: path, file: file, into: &diagnostics)
                else { continue }
                let short = (name as NSString).lastPathComponent
                includes[short] = Include.all(in: file.text, origin: file.origin ?? "(default theme) \(path)")
                let inlined = strings.flatMap { inliningStrings(file.text, $0) }.flatMap {
                    try? MustacheTemplate(string: HTMLContentType.pragma + $0)
                }
                library.register(inlined ?? template, named: short)
                if path.hasPrefix("layouts/") { layouts.insert(short) }
            } else if path.hasSuffix(".md") {
                let text = "{{% CONTENT_TYPE: \(MarkdownContentType.name) }}" + file.text
                if let template = parse(text, path: path, file: file, into: &diagnostics) { markdown[name] = template }
            }
        }
        diagnostics += Include.cycles(includes)
        if strings == nil {
            diagnostics.append(
                .error(
                    "the UI strings are missing or not groups of 'key: text'",
                    at: .file(files[stringsPath]?.origin ?? "templates/" + stringsPath)))
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        return (
            Theme(
                library: library, markdownTemplates: markdown, strings: strings ?? [:], assets: assets,
                layoutNames: layouts), []
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
                    out.append(Include(name: tag.name, location: SourceLocation(path: origin, line: tag.line, column: tag.column)))
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
                for include in includes[name] ?? [] where includes[include.name] != nil {
                    if let start = path.firstIndex(of: include.name) {
                        let loop = (path[start...] + [name, include.name]).joined(separator: " → ")
                        diagnostics.append(
                            .error(
                                "the template '\(include.name)' includes itself (\(loop))", at: include.location,
                                hint: "a partial or layout may not include itself, directly or through others"))
                    } else if include.name == name {
                        diagnostics.append(
                            .error(
                                "the template '\(name)' includes itself", at: include.location,
                                hint: "a partial or layout may not include itself, directly or through others"))
                    } else {
                        visit(include.name, path: path + [name])
                    }
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

    static func parse(_ text: String, path: String, file: ThemeFile, into diagnostics: inout [Diagnostic])
        -> MustacheTemplate?
    {
        if let excess = TemplateNesting.firstExcess(in: file.text) {
            let origin = file.origin ?? "(default theme) \(path)"
            diagnostics.append(
                TemplateNesting.diagnostic(at: SourceLocation(path: origin, line: excess.line, column: excess.column)))
            return nil
        }
        // The content-type pragma put before the file's text shifts its first line.
        let prefix = text.count - file.text.count
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            let origin = file.origin ?? "(default theme) \(path)"
            diagnostics.append(
                .error(
                    "template syntax: \(describe(error.error))",
                    at: SourceLocation(
                        path: origin, line: error.context.lineNumber,
                        column: error.context.columnNumber - (error.context.lineNumber == 1 ? prefix : 0))
                ))
        } catch {
            diagnostics.append(.error("template syntax: \(error)", at: .file(file.origin ?? path)))
        }
        return nil
    }

    /// swift-mustache's parse errors in words.
    static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: return "this {{/name}} does not close the section opened last"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is never closed with {{/name}}"
        case .invalidSetDelimiter: return "a {{=<% %>=}} delimiter tag is badly formed"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inherited section"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return "inside {{<parent}} … {{/parent}} only {{$block}} sections may stand"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "a {{% … }} setting is not understood"
        case nil: return "\(error)"
        }
    }

    /// Renders a layout with a view model.
    public func render(layout: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: layout) ?? ""
    }

    /// Renders a Markdown template (data escaped for Markdown) and turns it into HTML.
    public func renderMarkdown(template name: String, _ context: [String: Any], allowRawHTML: Bool) -> String? {
        guard let template = markdownTemplates[name] else { return nil }
        return Markdown.html(template.render(context, library: library), allowRawHTML: allowRawHTML)
    }

    /// A page body nested past `TemplateNesting.limit` (the loader refuses such pages first).
    public struct NestedTooDeep: Error, CustomStringConvertible {
        public var description: String { "template sections are nested more than \(TemplateNesting.limit) levels deep" }
    }

    /// Renders a content Markdown body (a page) as a template over the site's data.
    public func renderMarkdownBody(_ body: String, _ context: [String: Any], allowRawHTML: Bool) throws -> String {
        guard TemplateNesting.firstExcess(in: body) == nil else { throw NestedTooDeep() }
        _ = MarkdownContentType.registered
        let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: \(MarkdownContentType.name) }}" + body)
        return Markdown.html(template.render(context, library: library), allowRawHTML: allowRawHTML)
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
