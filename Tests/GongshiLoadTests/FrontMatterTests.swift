import GongshiLoad
import GongshiModel
import Testing

/// Markdown pages and bulletin notes: YAML front matter between `---` lines, positions
/// counted from the top of the file, URLs from file paths, bulletins named by ISO week.
@Suite struct FrontMatterTests {
    static let path = "content/pages/about.md"

    @Test func frontMatterPositionsCountTheOpeningLine() throws {
        let doc = try FrontMatterDocument.parse(text: "---\ntitle: 关于本站\nweight: 10\n---\n\n## 正文\n", path: Self.path)
            .get()
        #expect(doc.frontMatter.sketch == "{title: 关于本站, weight: 10}")
        #expect(doc.frontMatter["title"]?.location == at(Self.path, 2, 8))
        #expect(doc.frontMatter["weight"]?.location == at(Self.path, 3, 9))
        #expect(doc.body == "\n## 正文\n")
        #expect(doc.bodyLine == 5)
    }

    @Test func aBOMDoesNotMovePositions() throws {
        let doc = try FrontMatterDocument.parse(
            text: "\u{FEFF}---\ntitle: 关于本站\nweight: 10\n---\n正文\n", path: Self.path
        ).get()
        #expect(doc.frontMatter["weight"]?.location == at(Self.path, 3, 9))
        #expect(doc.body == "正文\n")
        #expect(doc.bodyLine == 5)
    }

    /// Swift reads "\r\n" as one Character, so splitting a String on "\n" finds no line ends.
    @Test
    func crlfLineEndsAreReadLikeLF() throws {
        let doc = try FrontMatterDocument.parse(
            text: "---\r\ntitle: 关于本站\r\nweight: 10\r\n---\r\n正文\r\n", path: Self.path
        ).get()
        #expect(doc.frontMatter["weight"]?.location == at(Self.path, 3, 9))
        #expect(doc.body == "正文\n")
        #expect(doc.bodyLine == 5)
    }

    /// A page saved by Windows Notepad: CRLF line ends.
    @Test
    func aCRLFPageLoads() {
        let result = checkFiles(MinimalSite.with([Self.path: "---\r\ntitle: 关于\r\nweight: x\r\n---\r\n正文\r\n"]))
        #expect(
            result.diagnostics == [
                .error(.value(.notAWholeNumber(field: "weight", value: "x")), at: at(Self.path, 3, 9))
            ])
        #expect(result.site?.pages.map(\.title) == ["关于"])
    }

    @Test func aFileWithoutFrontMatterIsAllBody() throws {
        let doc = try FrontMatterDocument.parse(text: "正文\n", path: Self.path).get()
        #expect(doc.frontMatter.isNull)
        #expect(doc.body == "正文\n")
        #expect(doc.bodyLine == 1)
    }

    @Test func aBadFrontMatterValueIsReportedOnItsLine() {
        let result = checkFiles(MinimalSite.with([Self.path: "---\ntitle: 关于\nweight: 第一\ndraft: maybe\n---\n正文\n"]))
        #expect(
            result.diagnostics == [
                .error(.value(.notAWholeNumber(field: "weight", value: "第一")), at: at(Self.path, 3, 9)),
                .error(.value(.notTrueOrFalse(field: "draft", value: "maybe")), at: at(Self.path, 4, 8)),
            ])
    }

    @Test func aSyntaxErrorInFrontMatterIsReportedOnItsLine() {
        let result = checkFiles(MinimalSite.with([Self.path: "---\ndescription: 说明\ntitle: 关于: 本站\n---\n"]))
        #expect(
            result.diagnostics == [
                .error(
                    .file(.yamlSyntax(detail: "mapping values are not allowed in this context", cause: .colonInValue)),
                    at: at(Self.path, 3, 10))
            ])
    }

    @Test func anUnclosedFrontMatterIsAnErrorAtItsFirstLine() {
        let result = checkFiles(MinimalSite.with([Self.path: "---\ntitle: 关于\n\n## 正文\n"]))
        #expect(
            result.diagnostics == [
                .error(.file(.frontMatterNeverClosed), at: at(Self.path, 1, 1))
            ])
    }

    @Test func aPageNeedsATitle() {
        let result = checkFiles(
            MinimalSite.with([Self.path: "正文\n", "content/pages/help.md": "---\ntitel: 帮助\n---\n"]))
        #expect(
            result.diagnostics == [
                .error(.record(.missingRequired(noun: .page, id: nil, field: "title")), at: at(Self.path, 1, 1)),
                .error(
                    .record(.misspeltRequired(field: "titel", required: "title")), at: at("content/pages/help.md", 2, 1)
                ),
            ])
    }

    @Test func pageURLsComeFromTheirPaths() {
        let page = "---\ntitle: 页\n---\n"
        let result = checkFiles(
            MinimalSite.with([
                "content/pages/index.md": page, "content/pages/about.md": page, "content/pages/help/index.md": page,
                "content/pages/help/meals.md": page, "content/pages/notice.markdown": page,
            ]))
        #expect(result.diagnostics == [])
        #expect(result.site?.pages.map(\.urlPath).sorted() == ["", "about", "help", "help/meals"])
    }

    @Test func aPageFileNameMustFitInAURL() {
        let result = checkFiles(MinimalSite.with(["content/pages/关于 我们.md": "---\ntitle: 关于\n---\n"]))
        #expect(
            result.diagnostics == [
                .error(.record(.pageFileName(name: "关于 我们")), at: .file("content/pages/关于 我们.md"))
            ])
    }

    @Test func aBulletinNoteIsNamedByItsISOWeek() throws {
        let result = checkFiles(
            MinimalSite.with([
                "content/bulletins/2026-W48.md": "---\ntitle: 第48周\nsummary: 冬季志愿服务开始报名\n---\n本周……\n",
                "content/bulletins/2026-W47.md": "只有正文。\n",
            ]))
        #expect(result.diagnostics == [])
        let notes = try #require(result.site?.bulletinNotes).sorted { $0.week < $1.week }
        #expect(notes.map(\.week) == [ISOWeek(year: 2026, week: 47)!, ISOWeek(year: 2026, week: 48)!])
        #expect(notes.map(\.title) == [nil, "第48周"])
        #expect(notes.map(\.body) == ["只有正文。\n", "本周……\n"])
        #expect(
            notes.map(\.bodyLocation) == [
                at("content/bulletins/2026-W47.md", 1, 1), at("content/bulletins/2026-W48.md", 5, 1),
            ])
    }

    @Test func aBadlyNamedBulletinIsAnError() {
        let result = checkFiles(
            MinimalSite.with([
                "content/bulletins/week48.md": "本周……\n",
                "content/bulletins/2026-W54.md": "本周……\n",
                "content/bulletins/2026-W53.md": "2026 has 53 ISO weeks\n",
            ]))
        #expect(
            result.diagnostics == [
                .error(.record(.bulletinFileName(name: "2026-W54.md")), at: .file("content/bulletins/2026-W54.md")),
                .error(.record(.bulletinFileName(name: "week48.md")), at: .file("content/bulletins/week48.md")),
            ])
    }

    @Test func aBulletinNoteFieldIsCheckedLikeAPageField() {
        let result = checkFiles(
            MinimalSite.with(["content/bulletins/2026-W48.md": "---\ntitle: 第48周\nsumary: 说明\n---\n"]))
        #expect(
            result.diagnostics == [
                .warning(
                    .record(
                        .unknownField(
                            noun: .bulletinNote, field: "sumary", suggestion: "summary", nested: [],
                            fields: ["title", "summary", "draft"])), at: at("content/bulletins/2026-W48.md", 3, 1))
            ])
    }
}
