import GongshiModel
import PropertyBased
import Testing

@Suite struct LocalDateTests {
    @Test func parsesOnlyRealDays() {
        #expect(LocalDate(iso: "2026-09-07") == LocalDate(year: 2026, month: 9, day: 7))
        #expect(LocalDate(iso: "2028-02-29") != nil)
        #expect(LocalDate(iso: "2026-02-29") == nil)
        #expect(LocalDate(iso: "2026-02-30") == nil)
        #expect(LocalDate(iso: "2026-13-01") == nil)
        #expect(LocalDate(iso: "2026-9-7") == nil)
        #expect(LocalDate(iso: "２０２６-09-07") == nil)
    }

    @Test func knowsWeekdays() {
        #expect(LocalDate(iso: "2026-11-23")!.weekday == .mon)
        #expect(LocalDate(iso: "2026-10-01")!.weekday == .thu)
        #expect(LocalDate(iso: "1970-01-01")!.weekday == .thu)
    }

    @Test func dayNumbersRoundTrip() async {
        await propertyCheck(input: Gen.int(in: -719_162...2_932_896)) { n in
            let date = LocalDate(dayNumber: n)
            #expect(date.dayNumber == n)
            #expect(LocalDate(iso: date.description) == date)
            #expect(date.adding(days: 1).weekday.isoNumber == date.weekday.isoNumber % 7 + 1)
        }
    }
}

@Suite struct ISOWeekTests {
    @Test func numbersWeeksAsISO8601Does() {
        #expect(ISOWeek(containing: LocalDate(iso: "2026-11-23")!).description == "2026-W48")
        // 2026 starts on a Thursday, so it has a week 53 that ends in 2027.
        #expect(ISOWeek.weeksIn(year: 2026) == 53)
        #expect(ISOWeek(containing: LocalDate(iso: "2027-01-01")!).description == "2026-W53")
        #expect(ISOWeek(containing: LocalDate(iso: "2027-01-04")!).description == "2027-W01")
        // 2020 starts on a Wednesday and is a leap year: 53 weeks too.
        #expect(ISOWeek.weeksIn(year: 2020) == 53)
        #expect(ISOWeek.weeksIn(year: 2025) == 52)
        #expect(ISOWeek(containing: LocalDate(iso: "2024-12-30")!).description == "2025-W01")
        #expect(ISOWeek(text: "2026-W53") != nil)
        #expect(ISOWeek(text: "2025-W53") == nil)
        #expect(ISOWeek(text: "2026-W48")!.monday == LocalDate(iso: "2026-11-23"))
    }

    /// The weeks of any year run Monday to Sunday without gap or overlap, and every date
    /// maps back to the week that holds it.
    @Test func weeksPartitionTheDaysOfAYear() async {
        await propertyCheck(input: Gen.int(in: 1601...2399)) { year in
            let weeks = (1...ISOWeek.weeksIn(year: year)).map { ISOWeek(year: year, week: $0)! }
            var expected = weeks[0].monday
            for week in weeks {
                #expect(week.monday.weekday == .mon)
                for date in week.dates {
                    #expect(date == expected)
                    #expect(ISOWeek(containing: date) == week)
                    expected = expected.adding(days: 1)
                }
            }
            // Week 1 holds 4 January; the year after the last week starts a new week 1.
            #expect(weeks[0].dates.contains(LocalDate(year: year, month: 1, day: 4)!))
            #expect(ISOWeek(containing: expected) == ISOWeek(year: year + 1, week: 1))
        }
    }
}

@Suite struct WeekdayTests {
    @Test func readsRangesListsAndChineseNames() {
        #expect(WeekdaySet(text: "mon-fri")?.days == [.mon, .tue, .wed, .thu, .fri])
        #expect(WeekdaySet(text: "sat-mon")?.days == [.mon, .sat, .sun])
        #expect(WeekdaySet(text: "mon,wed")?.days == [.mon, .wed])
        #expect(WeekdaySet(text: "周一-周五")?.days.count == 5)
        #expect(Weekday(name: "星期日") == .sun)
        #expect(Weekday(name: "Tuesday") == .tue)
        #expect(WeekdaySet(text: "mon-fry") == nil)
        #expect(WeekdaySet([.mon, .tue, .wed, .thu, .fri, .sun]).description == "mon-fri,sun")
    }

    @Test func readsTimes() {
        #expect(LocalTime(text: "9:05")?.description == "09:05")
        #expect(LocalTime(text: "10:30:00")?.description == "10:30")
        #expect(LocalTime(text: "24:00") == nil)
        #expect(LocalTime(text: "10:60") == nil)
        #expect(LocalTime(text: "10") == nil)
    }

    @Test func readsLocalDateTimesAtTheSiteOffset() {
        let china = UTCOffset.china
        #expect(LocalDateTime(text: "2026-11-28 09:00", offset: china)?.description == "2026-11-28 09:00")
        #expect(LocalDateTime(text: "2026-11-28T09:00", offset: china) != nil)
        #expect(LocalDateTime(text: "2026-11-28 9:00", offset: china)?.description == "2026-11-28 09:00")
        #expect(LocalDateTime(text: "2026-11-28T09:00+08:00", offset: china) != nil)
        #expect(LocalDateTime(text: "2026-11-28T09:00Z", offset: china) == nil)
        #expect(LocalDateTime(text: "2026-11-31 09:00", offset: china) == nil)
        #expect(UTCOffset(text: "+08:00") == china)
        #expect(china.localDate(unixSeconds: 1_795_449_600 - 3600) == LocalDate(iso: "2026-11-23"))
    }
}
