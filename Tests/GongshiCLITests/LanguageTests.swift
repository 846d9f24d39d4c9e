import Foundation
import Testing

/// The language of what `check` prints: `--lang`, else `GONGSHI_LANG`, else the locale
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`), else site.yaml's `language`; and `--format json`.
@Suite struct LanguageTests {
    static let fixture = "Tests/Fixtures/references"

    /// What `check` prints for the fixture's two mistakes, by language; `site` as typed.
    static func english(_ site: String) -> [String] {
        [
            "\(site)/content/points/points.yaml:4:11: error GS2014: unknown region 'eest-a' (did you mean 'east-a'?)",
            "\(site)/content/points/points.yaml:8:13: error GS2014: unknown operator 'nobody' (no operator has this id)",
            "2 errors, 0 warnings in 3 files",
        ]
    }

    static func chinese(_ site: String) -> [String] {
        [
            "\(site)/content/points/points.yaml:4:11: 错误 GS2014：找不到行政区划 “eest-a”（您是不是想写 “east-a”？）",
            "\(site)/content/points/points.yaml:8:13: 错误 GS2014：找不到运营机构 “nobody”（没有哪个运营机构的编号是这个）",
            "3 个文件里有 2 个错误、0 个警告",
        ]
    }

    static func check(_ site: String = fixture, _ options: [String] = [], _ language: [String: String]) throws
        -> [String]
    {
        let run = try Gongshi.run(["check", "--site", site, "--as-of", "2026-11-23"] + options, language: language)
        #expect(run.status == 1, "\(run.output)\(run.error)")
        return run.lines
    }

    /// A copy of the fixture whose site.yaml says `language: en`.
    static func englishSite() throws -> String {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-lang-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Gongshi.packageRoot.appendingPathComponent(fixture), to: site)
        let settings = site.appendingPathComponent("content/site.yaml")
        try (String(contentsOf: settings, encoding: .utf8) + "language: en\n").write(
            to: settings, atomically: true, encoding: .utf8)
        return site.path
    }

    @Test func theOptionWinsOverTheEnvironment() throws {
        let zh = ["GONGSHI_LANG": "zh-Hans", "LANG": "zh_CN.UTF-8"]
        #expect(try Self.check(Self.fixture, ["--lang", "en"], zh) == Self.english(Self.fixture))
        let en = ["GONGSHI_LANG": "en", "LANG": "en_US.UTF-8"]
        #expect(try Self.check(Self.fixture, ["--lang", "zh-Hans"], en) == Self.chinese(Self.fixture))
    }

    /// A usage mistake of ours is said in the clerk's words only, without argument-parser's
    /// English "Error:" and usage line around it.
    @Test func aUsageMistakeIsSaidInChineseAlone() throws {
        let run = try Gongshi.run(["build", "--base-url", "foo"], language: ["GONGSHI_LANG": "zh-Hans"])
        #expect(run.status == 2)
        #expect(run.error == "--base-url “foo” 应以 https:// 或 http:// 开头\n运行 gongshi help 查看用法。\n")
    }

    /// The mistakes argument-parser finds while reading the arguments are said in the clerk's
    /// words too, with its suggestion.
    @Test(arguments: [
        (["build", "--verbos"], "没有 --verbos 这个选项；是不是想写 --verbose？"),
        (["check", "--frob"], "没有 --frob 这个选项"),
        (["build", "--site"], "--site 后面要写一个值"),
        (["frob"], "“frob” 在这里不是选项，也不是命令"),
        (["serve", "--port", "abc"], "“abc” 不是 --port 能用的值"),
    ])
    func argumentParsersMistakesAreSaidInChinese(arguments: [String], message: String) throws {
        let run = try Gongshi.run(arguments, language: ["GONGSHI_LANG": "zh-Hans"])
        #expect(run.status == 2)
        #expect(run.error == message + "\n运行 gongshi help 查看用法。\n")
        let english = try Gongshi.run(arguments + ["--lang", "en"], language: ["GONGSHI_LANG": "zh-Hans"])
        #expect(english.error.hasSuffix("\nRun 'gongshi help' for usage.\n"))
        #expect(!english.error.contains("Unknown") && !english.error.contains("Missing"), "\(english.error)")
    }

    /// A usage mistake found after parsing still ends in the language `--lang` names.
    @Test func aUsageMistakeEndsInTheOptionsLanguage() throws {
        let zh = ["GONGSHI_LANG": "zh-Hans"]
        let run = try Gongshi.run(
            ["sheet", "--lang", "en", "--kind", "courses", "--by-town", "/tmp/x.xlsx"], language: zh)
        #expect(run.status == 2)
        #expect(run.error.split(separator: "\n").last == "Run 'gongshi help' for usage.", "\(run.error)")
        let equals = try Gongshi.run(
            ["sheet", "--lang=en", "--kind", "courses", "--by-town", "/tmp/x.xlsx"], language: zh)
        #expect(equals.error.split(separator: "\n").last == "Run 'gongshi help' for usage.", "\(equals.error)")
    }

    @Test func gongshiLangWinsOverTheLocale() throws {
        #expect(
            try Self.check(Self.fixture, [], ["GONGSHI_LANG": "en", "LANG": "zh_CN.UTF-8"])
                == Self.english(Self.fixture))
        #expect(
            try Self.check(Self.fixture, [], ["GONGSHI_LANG": "zh-Hans", "LC_ALL": "en_US.UTF-8"])
                == Self.chinese(Self.fixture))
    }

    /// A Chinese locale gives Chinese even on a site written in English.
    @Test func aChineseLocaleGivesChinese() throws {
        let site = try Self.englishSite()
        #expect(try Self.check(site, [], ["LANG": "zh_CN.UTF-8"]) == Self.chinese(site))
        #expect(try Self.check(site, [], [:]) == Self.english(site), "without a locale the site's language")
    }

    /// `C` and `POSIX` say nothing about the reader: the site's language decides.
    @Test func theCLocaleFallsThroughToTheSitesLanguage() throws {
        let site = try Self.englishSite()
        #expect(try Self.check(site, [], ["LANG": "C"]) == Self.english(site))
        #expect(try Self.check(site, [], ["LANG": "C.UTF-8"]) == Self.english(site))
        #expect(try Self.check(Self.fixture, [], ["LANG": "C"]) == Self.chinese(Self.fixture))
        #expect(try Self.check(Self.fixture, [], ["LC_ALL": "POSIX"]) == Self.chinese(Self.fixture))
    }

    /// `--format json`: standard output holds one object per problem and nothing else, each
    /// with its place, severity, code and words; the summary goes to standard error.
    @Test(arguments: [
        ("en", "unknown region 'eest-a'", "did you mean 'east-a'?"),
        ("zh-Hans", "找不到行政区划 “eest-a”", "您是不是想写 “east-a”？"),
    ])
    func jsonLinesCarryEveryField(language: String, message: String, hint: String) throws {
        let run = try Gongshi.run(
            ["check", "--site", Self.fixture, "--as-of", "2026-11-23", "--format", "json", "--lang", language])
        #expect(run.status == 1)
        let objects = try run.lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
        }
        #expect(objects.count == 2)
        for object in objects {
            #expect(
                Set(object.keys) == ["path", "line", "column", "severity", "code", "message", "hint"], "\(object)")
        }
        let first = try #require(objects.first)
        #expect(first["path"] as? String == Self.fixture + "/content/points/points.yaml")
        #expect(first["line"] as? Int == 4)
        #expect(first["column"] as? Int == 11)
        #expect(first["severity"] as? String == "error")
        #expect(first["code"] as? String == "GS2014")
        #expect(first["message"] as? String == message)
        #expect(first["hint"] as? String == hint)
        #expect(objects.map { $0["line"] as? Int } == [4, 8])
        let summary = language == "en" ? Self.english(Self.fixture).last : Self.chinese(Self.fixture).last
        #expect(run.error == summary.map { $0 + "\n" })
    }

    static func jsonObjects(_ site: String) throws -> [[String: Any]] {
        let run = try Gongshi.run(["check", "--site", site, "--as-of", "2026-11-23", "--format", "json"])
        #expect(run.status == 1)
        return try run.lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
        }
    }

    /// A problem of a whole file has line and column 0; one without a hint a null hint.
    @Test func jsonLinesOfAWholeFileAndWithoutAHint() throws {
        let missing = try #require(
            try Self.jsonObjects("Tests/Fixtures/missing-regions").first { $0["code"] as? String == "GS2023" })
        #expect(missing["path"] as? String == "Tests/Fixtures/missing-regions/content/regions.yaml")
        #expect(missing["line"] as? Int == 0)
        #expect(missing["column"] as? Int == 0)
        let negative = try #require(
            try Self.jsonObjects("Tests/Fixtures/many-mistakes").first { $0["code"] as? String == "GS1009" })
        #expect(negative["message"] as? String == "'fee' must not be negative (-50)")
        #expect(negative["hint"] is NSNull)
    }
}
