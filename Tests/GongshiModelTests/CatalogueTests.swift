import Foundation
import GongshiModel
import Testing

/// Every kind of problem has a stable code of its own, words in both languages naming the
/// same values, and an entry in the editors' guide.
@Suite struct CatalogueTests {
    static let examples: [Problem] =
        ValueProblem.examples.map(Problem.value) + RecordProblem.examples.map(Problem.record)
        + FileProblem.examples.map(Problem.file) + PrivacyProblem.examples.map(Problem.privacy)
        + ThemeProblem.examples.map(Problem.theme) + OutputProblem.examples.map(Problem.output)

    /// The case name, without its arguments: `value.notADate`.
    static func kind(_ problem: Problem) -> String {
        let text = String(describing: problem)
        let outer = text.prefix { $0 != "(" }
        let inner = text.dropFirst(outer.count + 1).prefix { $0 != "(" && $0 != ")" }
        return "\(outer).\(inner)"
    }

    @Test func everyKindHasItsOwnCode() {
        var byCode: [String: String] = [:]
        for problem in Self.examples {
            let kind = Self.kind(problem)
            #expect(problem.code.wholeMatch(of: /GS[1-6]\d{3}/) != nil, "\(kind): \(problem.code)")
            if let other = byCode[problem.code] { #expect(other == kind, "\(kind) and \(other) share \(problem.code)") }
            byCode[problem.code] = kind
        }
        #expect(Set(Self.examples.map(Self.kind)).count == Self.examples.count, "one example of each kind")
        let group: [String: Character] = [
            "value": "1", "record": "2", "file": "3", "privacy": "4", "theme": "5", "output": "6",
        ]
        for problem in Self.examples {
            let stage = String(Self.kind(problem).prefix { $0 != "." })
            #expect(problem.code.dropFirst(2).first == group[stage], "\(Self.kind(problem)) is in the wrong range")
        }
    }

    static let catalogue = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/GongshiModel/Catalogue")

    /// Every code the catalogue's `code` switches give (`case .notADate: "GS1004"`), read
    /// from its source: a kind added without an example fails here, not only in review.
    @Test func everyKindHasAnExample() throws {
        var codes: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.catalogue.path)
        where name.hasSuffix(".swift") {
            let text = try String(contentsOf: Self.catalogue.appendingPathComponent(name), encoding: .utf8)
            codes += text.matches(of: /case \.[a-zA-Z]+[^"\n]*: "(GS\d{4})"/).map { String($0.1) }
        }
        #expect(codes.count > 90, "the catalogue's code switches were not found in \(Self.catalogue.path)")
        #expect(Set(codes).count == codes.count, "a code is given to two kinds")
        let exampled = Set(Self.examples.map(\.code))
        #expect(Set(codes).subtracting(exampled).sorted() == [], "kinds without an example")
        #expect(exampled.subtracting(codes).sorted() == [], "examples of codes the switches do not give")
        #expect(Self.examples.count == codes.count, "one example of each kind, no more")
    }

    /// The texts among a problem's arguments, as they would be shown.
    static func arguments(_ value: Any) -> [String] {
        let mirror = Mirror(reflecting: value)
        if let s = value as? String { return s.isEmpty ? [] : [s] }
        if let n = value as? Int { return [String(n)] }
        if value is Bool || value is ValueShape || value is RecordNoun || value is YAMLCause { return [] }
        if let location = value as? GongshiModel.SourceLocation { return [location.description] }
        if mirror.displayStyle == .optional { return mirror.children.flatMap { arguments($0.value) } }
        return mirror.children.flatMap { arguments($0.value) }
    }

    /// Whether `text` names `argument` as a whole, not inside a longer word ("id" in "inside").
    static func names(_ text: String, _ argument: String) -> Bool {
        func isWordCharacter(_ c: Character?) -> Bool { c.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false }
        var rest = text[...]
        while let range = rest.range(of: argument) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !isWordCharacter(before) && !isWordCharacter(after) { return true }
            rest = text[text.index(after: range.lowerBound)...]
        }
        return false
    }

    @Test func bothLanguagesNameTheSameValues() {
        for problem in Self.examples {
            let zh = problem.wording(in: .zhHans)
            let en = problem.wording(in: .en)
            #expect(!zh.message.isEmpty && !en.message.isEmpty)
            #expect((zh.hint == nil) == (en.hint == nil), "\(Self.kind(problem)): a hint in one language only")
            let zhText = zh.message + "\n" + (zh.hint ?? "")
            let enText = en.message + "\n" + (en.hint ?? "")
            for argument in Self.arguments(problem) {
                #expect(
                    Self.names(zhText, argument) == Self.names(enText, argument),
                    "\(Self.kind(problem)): '\(argument)' is named in one language only")
            }
        }
    }

    /// Apart from values, field names, codes and examples, the Chinese words hold no English.
    @Test func chineseWordsAreChinese() {
        for problem in Self.examples {
            let zh = problem.wording(in: .zhHans)
            #expect(zh.message.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(Self.kind(problem)): \(zh.message)")
        }
    }

    @Test func theLanguageComesFromTheOptionThenTheEnvironmentThenTheSite() {
        func resolve(_ option: String?, _ environment: [String: String], _ site: Language?) -> Language {
            Language.resolve(option: option, environment: environment, site: site)
        }
        #expect(resolve("en", ["GONGSHI_LANG": "zh-Hans", "LANG": "zh_CN.UTF-8"], .zhHans) == .en)
        #expect(resolve(nil, ["GONGSHI_LANG": "en", "LANG": "zh_CN.UTF-8"], .zhHans) == .en)
        #expect(resolve(nil, ["LANG": "zh_CN.UTF-8"], .en) == .zhHans)
        #expect(
            resolve(nil, ["LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8"], nil) == .en)
        #expect(resolve(nil, ["LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"], nil) == .zhHans)
        #expect(resolve(nil, ["LC_ALL": "", "LANG": "en_GB.UTF-8"], .zhHans) == .en)
        #expect(resolve(nil, ["LANG": "C.UTF-8"], .en) == .en)
        #expect(resolve(nil, ["LANG": "POSIX"], .zhHans) == .zhHans)
        #expect(resolve(nil, ["LANG": "C"], nil) == .zhHans)
        #expect(resolve(nil, [:], .en) == .en)
        #expect(resolve(nil, [:], nil) == .zhHans)
        #expect(resolve("zh", [:], .en) == .zhHans)
        #expect(Language(tag: "fr") == nil)
    }

    // MARK: the editors' guide

    static let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/editors-guide/errors.md")
    static let begin = "<!-- codes: generated from the catalogue by `GONGSHI_RECORD=1 swift test`; do not edit -->"
    static let end = "<!-- codes: end -->"

    /// The guide's table of codes: each code with an example in Chinese and in English.
    static var table: String {
        var lines = ["| 代码 | 例子（中文） | 例子（English） |", "|---|---|---|"]
        for problem in examples.sorted(by: { $0.code < $1.code }) {
            func cell(_ w: Wording) -> String {
                (w.message + (w.hint.map { " — " + $0 } ?? "")).replacingOccurrences(of: "|", with: "\\|")
            }
            lines.append(
                "| `\(problem.code)` | \(cell(problem.wording(in: .zhHans))) | \(cell(problem.wording(in: .en))) |")
        }
        return lines.joined(separator: "\n")
    }

    @Test func theEditorsGuideListsEveryCodeAndNoOther() throws {
        let text = try String(contentsOf: Self.guide, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin))
        let stop = try #require(text.range(of: Self.end))
        let expected = text[..<start.upperBound] + "\n" + Self.table + "\n" + text[stop.lowerBound...]
        if ProcessInfo.processInfo.environment["GONGSHI_RECORD"] == "1" {
            try String(expected).write(to: Self.guide, atomically: true, encoding: .utf8)
            Issue.record("recorded the codes of docs/editors-guide/errors.md; run again without GONGSHI_RECORD")
            return
        }
        #expect(
            text == expected, "docs/editors-guide/errors.md drifted from the catalogue: GONGSHI_RECORD=1 swift test")
        let named = Set(text.matches(of: /GS\d{4}/).map { String($0.output) })
        #expect(named == Set(Self.examples.map(\.code)))
    }

    /// The guide's own sections, before the generated table, explain every code in a row
    /// of a table whose first cell names it, and name no code the catalogue does not give.
    @Test func theEditorsGuideExplainsEveryCodeInItsSections() throws {
        let text = try String(contentsOf: Self.guide, encoding: .utf8)
        let table = try #require(text.range(of: "\n## 代码一览\n"), "docs/editors-guide/errors.md has no 代码一览")
        let body = text[..<table.lowerBound]
        let codes = Set(Self.examples.map(\.code))
        var explained: Set<String> = []
        for line in body.split(separator: "\n") where line.hasPrefix("|") {
            let first = line.dropFirst().prefix { $0 != "|" }
            explained.formUnion(first.matches(of: /GS\d{4}/).map { String($0.output) })
        }
        let named = Set(body.matches(of: /GS\d{4}/).map { String($0.output) })
        #expect(
            codes.subtracting(explained).sorted() == [],
            "codes with no row in the sections of docs/editors-guide/errors.md (a row's first cell names its codes)")
        #expect(
            named.subtracting(codes).sorted() == [],
            "docs/editors-guide/errors.md names codes the catalogue does not give")
    }
}
