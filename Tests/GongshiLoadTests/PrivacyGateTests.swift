import GongshiModel
import GongshiTestSupport
import Testing

@testable import GongshiLoad

/// The privacy gate (SPEC §12): resident ID numbers and mobile numbers in published text are
/// errors at the place they stand; declared public numbers and `privacy.allow` pass; bank card
/// numbers are warnings.
@Suite struct PrivacyGateTests {
    @Test(arguments: [
        ("身份证 11010519491231002X 请核对", PrivacyGate.Kind.residentID, "11010519491231002X"),
        ("x:330681195607011233", .residentID, "330681195607011233"),
        ("旧证 330681560701123", .residentID, "330681560701123"),
        ("电话13812345678", .mobile, "13812345678"),
        ("call +86 138 1234 5678.", .mobile, "+86 138 1234 5678"),
        ("0086-139-0000-1111", .mobile, "0086-139-0000-1111"),
        ("卡号 6222 0202 0011 2233 446", .bankCard, "6222 0202 0011 2233 446"),
    ])
    func findsNumbersAsWritten(text: String, kind: PrivacyGate.Kind, found: String) {
        #expect(
            PrivacyGate.findings(in: text).map { [$0.kind == kind ? "ok" : "\($0.kind)", $0.text] } == [["ok", found]])
    }

    @Test(arguments: [
        "330681195607011234",  // wrong check digit
        "330681199013011237",  // no 13th month
        "12812345678",  // mobiles start 13 to 19
        "1381234567",  // ten digits
        "138123456789",  // twelve digits
        "0575-87001234",  // a landline
        "订单号 6222020200112233447",  // fails the Luhn check
        "ABC13812345678",  // part of a code
        "2026-11-23 10:30",
    ])
    func leavesOtherNumbersAlone(text: String) {
        #expect(PrivacyGate.findings(in: text).isEmpty)
    }

    @Test func hitsAreErrorsAtTheirOwnLineAndColumn() {
        let result = checkFiles(
            MinimalSite.with([
                "content/points/points.yaml": """
                - id: canteen-a
                  kind: canteen
                  name: 甲村爱心食堂
                  region: east-a
                  address: 甲村1号
                  status: construction
                  phone: "13900001111"
                  description: |
                    负责人王某，手机 13812345678，
                    身份证 11010519491231002X。
                    公开电话 139 0000 1111 可以。
                """,
                "content/pages/about.md": """
                ---
                title: 关于
                ---
                联系 +86 137 0000 2222 或 13600003333（已公开）。
                """,
            ]))
        #expect(
            result.diagnostics.filter { $0.problem.privacy != nil } == [
                .error(.privacy(.mobileNumber(masked: "138****5678")), at: at("content/points/points.yaml", 9, 14)),
                .error(
                    .privacy(.residentID(masked: "110***********002X")), at: at("content/points/points.yaml", 10, 9)),
                .error(.privacy(.mobileNumber(masked: "+86**********2222")), at: at("content/pages/about.md", 4, 4)),
                .error(.privacy(.mobileNumber(masked: "136****3333")), at: at("content/pages/about.md", 4, 24)),
            ])
    }

    @Test func privacyAllowLetsAListedNumberThrough() {
        let settings = MinimalSite.settings + "\nprivacy: {allow: [\"136-0000-3333\"]}\n"
        let result = checkFiles(
            MinimalSite.with([
                "content/site.yaml": settings,
                "content/pages/about.md": "---\ntitle: 关于\n---\n联系 13600003333。\n卡号 6222020200112233446\n",
            ]))
        #expect(
            result.diagnostics == [
                .warning(.privacy(.bankCard(masked: "622************3446")), at: at("content/pages/about.md", 5, 4))
            ])
    }

    @Test func aSiteTemplateIsReadToo() {
        let (loaded, problems) = SiteLoader.parse(
            files: MinimalSite.with([:]).map { ContentFile(path: $0.key, text: $0.value) })
        let result = SiteCheck.check(
            loaded, loadProblems: problems, asOf: LocalDate(year: 2026, month: 11, day: 23)!,
            templates: ["templates/partials/footer.html": "<p>\n值班 13812345678</p>"])
        #expect(
            result.diagnostics.map(\.location) == [at("templates/partials/footer.html", 2, 4)])
    }

    /// A NUL or a bell (written as YAML escapes) cannot reach a page.
    @Test func controlCharactersAreErrors() {
        let result = checkFiles(
            MinimalSite.with(["content/pages/about.md": "---\ntitle: \"关\\0于\"\ndescription: \"响\\a铃\"\n---\n正文\n"]))
        let hint = "retype the text; such characters come from copying out of other programs"
        #expect(
            result.diagnostics == [
                .error(.file(.controlCharacter(code: "0000")), at: at("content/pages/about.md", 2, 8)),
                .error(.file(.controlCharacter(code: "0007")), at: at("content/pages/about.md", 3, 14)),
            ])
    }

    /// Control characters found by bytes are the ones found scalar by scalar: seeded random
    /// texts of controls, their neighbours (U+00A0 is C2 A0, U+0100 is C4 80) and other text.
    @Test func controlCharactersAreFoundByBytesAsByScalars() {
        var generator = SplitMix64(seed: 17)
        let pieces: [String] = [
            "\u{0}", "\u{7}", "\t", "\n", "\r", "\u{1F}", " ", "~", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}",
            "\u{100}", "\u{2028}", "关", "于", "😀", "e\u{301}", "a", "1",
        ]
        func scalarByScalar(_ text: String) -> Unicode.Scalar? {
            text.unicodeScalars.first {
                ($0.value < 0x20 && !["\t", "\n", "\r"].contains($0)) || (0x7F...0x9F).contains($0.value)
            }
        }
        var found = 0
        for _ in 0..<20_000 {
            let text = (0..<Int(generator.next() % 8)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
                .joined()
            let expected = scalarByScalar(text)
            #expect(PublishedText.firstControl(in: text) == expected, "\(text.debugDescription)")
            found += expected == nil ? 0 : 1
        }
        #expect(found > 5_000, "most texts hold a control")
    }

    /// The sample site publishes only its declared public numbers.
    @Test func sampleSitePassesTheGate() {
        let result = SiteCheck.run(
            siteDirectory: Fixtures.root.deletingLastPathComponent().deletingLastPathComponent(),
            asOf: LocalDate(year: 2026, month: 11, day: 23)!)
        #expect(result.diagnostics.filter { $0.problem.privacy != nil }.isEmpty)
    }

    /// The quick look that lets most texts skip the scan (a run of 11 digits with only spaces
    /// and hyphens between) never skips a text the detectors would flag: random texts made
    /// of digits, separators and real numbers, seeded.
    @Test func theQuickLookSkipsOnlyTextsWithNothingToFind() {
        var generator = SplitMix64(seed: 0)
        func next(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
        let pieces = [
            "0", "1", "3", "8", "9", " ", "-", "+86", "0086", "X", ":", "T", "年", "a", "电话", "2026-11-23",
            "138 1234 5678", "13812345678", "11010519491231002X", "6222 0200 0000 0000 018", "4111111111111111",
        ]
        var flagged = 0
        for _ in 0..<20_000 {
            let text = (0..<(1 + next(12))).map { _ in pieces[next(pieces.count)] }.joined()
            let found = PrivacyGate.scan(text)
            flagged += found.isEmpty ? 0 : 1
            #expect(found.isEmpty || PrivacyGate.hasLongDigitRun(text), "\(text)")
        }
        #expect(flagged > 1_000, "the texts hold numbers the detectors flag")
    }
}
