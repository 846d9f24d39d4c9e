import GongshiModel
import GongshiSite
import Testing

/// A day is worded once per build and then read back: with its year where the year differs
/// from the one it is said against, without it elsewhere, whichever way it was asked first.
@Suite struct WordsDateTests {
    static let strings = [
        "date": ["month-day": "{m}月{d}日", "year-suffix": "年"], "weekday": ["mon": "周一", "tue": "周二"],
    ]

    @Test func aDayKeepsItsYearOnlyWhereTheYearDiffers() {
        let day = LocalDate(year: 2027, month: 1, day: 4)!
        let lastYear = LocalDate(year: 2026, month: 11, day: 23)!
        let sameYear = LocalDate(year: 2027, month: 3, day: 1)!
        for firstAsked in [nil, lastYear, sameYear] {
            let words = Words(strings: Self.strings)
            _ = words.date(day, relativeTo: firstAsked)
            for _ in 0..<2 {
                #expect(words.date(day) == "1月4日 周一")
                #expect(words.date(day, relativeTo: sameYear) == "1月4日 周一")
                #expect(words.date(day, relativeTo: lastYear) == "2027年1月4日 周一")
                #expect(words.date(day.adding(days: 1), relativeTo: lastYear) == "2027年1月5日 周二")
            }
        }
    }
}
