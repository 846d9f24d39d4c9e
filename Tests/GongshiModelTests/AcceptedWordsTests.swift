import Foundation
import GongshiModel
import Testing

/// The accepted-words tables: each word names one value, and the editors' guide lists them
/// all, generated from the tables.
@Suite struct AcceptedWordsTests {
    static let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/editors-guide/chinese-values.md")
    static let begin = "<!-- words: generated from the tables by `GONGSHI_RECORD=1 swift test`; do not edit -->"
    static let end = "<!-- words: end -->"

    static func section<T: AcceptedWords>(_ title: String, _: T.Type) -> [String] {
        var lines = ["### \(title)", "", "| 值 | 网站显示 | 也可以写 |", "|---|---|---|"]
        for (value, words) in T.table {
            let shown = words.first.map { "`\($0)`" } ?? ""
            let more = words.dropFirst().map { "`\($0)`" }.joined(separator: "、")
            lines.append("| `\(value)` | \(shown) | \(more) |")
        }
        return lines + [""]
    }

    static var tables: String {
        var lines: [String] = []
        lines += section("服务点类型 `kind`（content/points/）", PointKind.self)
        lines += section("服务点状态 `status`（content/points/）", PointStatus.self)
        lines += section("运营方式 `operation`（content/points/）", Operation.self)
        lines += section("服务项目 `services`（content/points/）", Service.self)
        lines += section("活动类型 `kind`（content/activities/）", ActivityKind.self)
        lines += section(
            "活动状态 `status`（content/activities/，只写 cancelled，其余由程序算出）", ActivityStatus.self)
        lines += section("组织团队 `organiser.team`（content/activities/）", Team.self)
        lines += section("区划级别 `kind`（content/regions.yaml）", RegionKind.self)
        lines += section("机构类型 `kind`（content/operators.yaml）", OperatorKind.self)
        lines += section("网站语言 `language`（content/site.yaml）", SiteLanguage.self)
        lines += section("星期 `weekday`、`days`", Weekday.self)
        lines += ["### 是／否（`delivery`、`draft`、`allow_raw_html`）", "", "| 值 | 可以写 |", "|---|---|"]
        for (value, words) in BooleanWords.table {
            lines.append("| `\(value)` | \(words.map { "`\($0)`" }.joined(separator: "、")) |")
        }
        return lines.joined(separator: "\n")
    }

    @Test func theEditorsGuideListsEveryWord() throws {
        let text = try String(contentsOf: Self.guide, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin))
        let stop = try #require(text.range(of: Self.end))
        let expected = text[..<start.upperBound] + "\n" + Self.tables + "\n" + text[stop.lowerBound...]
        if ProcessInfo.processInfo.environment["GONGSHI_RECORD"] == "1" {
            try String(expected).write(to: Self.guide, atomically: true, encoding: .utf8)
            Issue.record(
                "recorded the tables of docs/editors-guide/chinese-values.md; run again without GONGSHI_RECORD")
            return
        }
        #expect(
            text == expected,
            "docs/editors-guide/chinese-values.md drifted from the tables: GONGSHI_RECORD=1 swift test")
    }

    /// Every word reads as its value, in each vocabulary.
    @Test func everyWordReadsAsItsValue() {
        func check<T: AcceptedWords>(_: T.Type) {
            for value in T.allCases {
                #expect(T(word: value.rawValue) == value)
                for word in T.chinese[value] ?? [] { #expect(T(word: word) == value, "\(word)") }
            }
            #expect(T(word: "没有这个词") == nil)
        }
        check(PointKind.self)
        check(PointStatus.self)
        check(Operation.self)
        check(Service.self)
        check(ActivityKind.self)
        check(ActivityStatus.self)
        check(Team.self)
        check(RegionKind.self)
        check(OperatorKind.self)
        check(SiteLanguage.self)
        check(Weekday.self)
        #expect(BooleanWords.read("是") == true && BooleanWords.read("无") == false && BooleanWords.read("也许") == nil)
    }

    @Test(arguments: [
        ("周一至周五", "mon-fri"), ("周一到周五", "mon-fri"), ("工作日", "mon-fri"), ("每天", "mon-sun"),
        ("周六至周一", "mon,sat,sun"), ("礼拜一、礼拜三", "mon,wed"), ("周末", "sat,sun"), ("星期天", "sun"),
    ])
    func chineseDays(_ written: String, _ meant: String) {
        #expect(WeekdaySet(text: written)?.description == meant)
    }
}
