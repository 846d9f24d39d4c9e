import GongshiModel
import Testing

/// Phone numbers found in running text (`PhoneNumber.occurrences`), which bulletins and pages
/// turn into call links: real phone shapes only, never a date, a sum or part of a longer token.
@Suite struct PhoneNumberTextTests {
    /// Each number found in `text`, as written and as its `tel:` URI.
    static func found(_ text: String) -> [String] {
        PhoneNumber.occurrences(in: text).map { "\(text[$0.range]) \($0.number.telURI)" }
    }

    @Test func findsLandlinesMobilesAndHotlinesAsWritten() {
        #expect(Self.found("如发现信息有误，请拨打 0575-00000000 告诉我们。") == ["0575-00000000 tel:+8657500000000"])
        #expect(Self.found("电话：0575-8701 2345（工作日）") == ["0575-8701 2345 tel:+8657587012345"])
        #expect(Self.found("电话:（0575）87012345") == ["（0575）87012345 tel:+8657587012345"])
        #expect(Self.found("(0575) 8701-2345") == ["(0575) 8701-2345 tel:+8657587012345"])
        #expect(
            Self.found("手机138 0000 0000或+86 139-0000-0000") == [
                "138 0000 0000 tel:+8613800000000", "+86 139-0000-0000 tel:+8613900000000",
            ])
        #expect(Self.found("拨打12345或12349。") == ["12345 tel:12345", "12349 tel:12349"])
        #expect(Self.found("客服400-800-1234。") == ["400-800-1234 tel:4008001234"])
        #expect(
            Self.found("0575-00000000、0575-00000001") == [
                "0575-00000000 tel:+8657500000000", "0575-00000001 tel:+8657500000001",
            ])
        #expect(Self.found("Call 0575-00000000.") == ["0575-00000000 tel:+8657500000000"])
    }

    /// A bare 7–8-digit or other 5-digit number in a sentence is a count or a sum more often
    /// than a phone; dates, decimals, ids and URLs keep their digits as text.
    @Test func leavesNumbersThatAreNotPhonesAsText() {
        for text in [
            "2026-11-23 开始报名", "共 12000 人", "本地号码 87012345", "投入 10000000 元", "圆周率 3.14159265358",
            "编号 057500000000x", "https://example.org/0575-00000000", "0575-0000xxxx", "1380000000012",
            "a0575-00000000", "0575-00000000.5", "id=05750000000", "10:30-12:30", "第 96345 号", "12 345",
            "0575--00000000", "mail 0575-00000000@example.org",
        ] {
            #expect(Self.found(text) == [], "\(text)")
        }
    }

    /// Ranges are of the text given, whatever stands around them (combining marks, emoji).
    @Test func rangesAreOfTheTextGiven() {
        let text = "é😀请拨打 138 0000 0000。"
        let found = PhoneNumber.occurrences(in: text)
        #expect(found.count == 1)
        #expect(found.first.map { String(text[$0.range]) } == "138 0000 0000")
    }
}
