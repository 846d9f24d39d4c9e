import GongshiModel

/// Markdown pages (SPEC §7) and bulletin notes (SPEC §8): front matter plus body.
enum PageDecoder {
    /// `relativePath` is the file's path under `content/pages/`, e.g. `help/meals.md`.
    static func decodePage(
        _ doc: FrontMatterDocument, relativePath: String, path: String, diagnostics: inout [Diagnostic]
    ) -> Page? {
        let segments = relativePath.dropLast(3).split(separator: "/").map(String.init)
        let urlSegments = segments.last == "index" ? Array(segments.dropLast()) : segments
        if let bad = urlSegments.first(where: { !ValueParsers.isSlug($0) }) {
            diagnostics.append(
                .error(.record(.pageFileName(name: bad)), at: .file(path)))
            return nil
        }
        // The body is a template; one nested past the engine's depth is refused here, in
        // `check` as in `build`.
        if let excess = TemplateNesting.firstExcess(in: doc.body) {
            diagnostics.append(
                TemplateNesting.diagnostic(
                    at: SourceLocation(path: path, line: doc.bodyLine + excess.line - 1, column: excess.column)))
            return nil
        }
        let front = doc.frontMatter.isNull ? ContentValue(.mapping([]), at: doc.frontMatter.location) : doc.frontMatter
        return RecordReader.readObject(front, shape: Shapes.page, offset: .china, into: &diagnostics) { r -> Page? in
            let title = r.read("title", ValueParsers.text)
            let description = r.read("description", ValueParsers.text)
            let layout = r.located("layout", ValueParsers.slug)
            let draft = r.read("draft", ValueParsers.boolean)
            let weight = r.read("weight", ValueParsers.integer)
            guard let title else { return nil }
            return Page(
                urlPath: urlSegments.joined(separator: "/"), title: title, description: description,
                layout: layout?.value, layoutLocation: layout?.location, isDraft: draft ?? false, weight: weight ?? 0,
                body: doc.body,
                bodyLocation: SourceLocation(path: path, line: doc.bodyLine, column: 1))
        }
    }

    /// `fileName` is like `2026-W48.md`.
    static func decodeBulletin(
        _ doc: FrontMatterDocument, fileName: String, path: String, diagnostics: inout [Diagnostic]
    ) -> BulletinNote? {
        guard let week = ISOWeek(text: fileName.dropLast(3)) else {
            diagnostics.append(
                .error(.record(.bulletinFileName(name: fileName)), at: .file(path)))
            return nil
        }
        let front = doc.frontMatter.isNull ? ContentValue(.mapping([]), at: doc.frontMatter.location) : doc.frontMatter
        return RecordReader.readObject(front, shape: Shapes.bulletinNote, offset: .china, into: &diagnostics) { r in
            let title = r.read("title", ValueParsers.text)
            let summary = r.read("summary", ValueParsers.text)
            return BulletinNote(
                week: week, title: title, summary: summary, isDraft: r.read("draft", ValueParsers.boolean) ?? false,
                body: doc.body, bodyLocation: SourceLocation(path: path, line: doc.bodyLine, column: 1),
                titleLocation: title.map { _ in r.location(of: "title") },
                summaryLocation: summary.map { _ in r.location(of: "summary") })
        }
    }
}
