import GongshiLoad
import GongshiModel
import Testing

/// CSVReader: the header row names the fields, dotted names nest, `;` separates list items,
/// quoted cells hold anything, and every cell keeps its line and column.
@Suite struct CSVReaderTests {
    static let path = "content/points/meal-points.csv"

    func parse(_ text: String) -> (records: [ContentValue], diagnostics: [Diagnostic]) {
        CSVReader.parse(text: text, path: Self.path)
    }

    func checkCSV(_ text: String) -> SiteCheck.Result {
        checkFiles(MinimalSite.with([Self.path: text]))
    }

    @Test func theHeaderRowNamesTheFieldsOfEachRow() {
        let (records, diagnostics) = parse("id,name,region\nmp-a,甲点,east-a\nmp-b,乙点,east-b\n")
        #expect(diagnostics == [])
        #expect(
            records.map(\.sketch) == [
                "{id: ‹mp-a›, name: ‹甲点›, region: ‹east-a›}", "{id: ‹mp-b›, name: ‹乙点›, region: ‹east-b›}",
            ])
        #expect(records.map(\.location) == [at(Self.path, 2, 1), at(Self.path, 3, 1)])
        #expect(
            records.first?.entries?.map(\.keyLocation) == [
                at(Self.path, 1, 1), at(Self.path, 1, 4), at(Self.path, 1, 9),
            ])
        #expect(records.first?["region"]?.location == at(Self.path, 2, 9))
    }

    @Test func dottedNamesNest() {
        let (records, _) = parse("id,location.lat,location.lon,meal.price\nmp-a,29.7,120.2,8\nmp-b,,,\n")
        #expect(
            records.map(\.sketch) == [
                "{id: ‹mp-a›, location: {lat: ‹29.7›, lon: ‹120.2›}, meal: {price: ‹8›}}",
                "{id: ‹mp-b›, location: ~, meal: ~}",
            ])
        #expect(records.first?["location"]?["lon"]?.location == at(Self.path, 2, 11))
    }

    @Test func emptyCellsAreAbsent() {
        let result = checkCSV(
            "id,kind,name,region,address,status,opened,phone,serves\nmp-a,meal-point,甲点,east-a,甲村1号,planned,,,\n")
        #expect(result.diagnostics == [])
        let point = result.site?.point("mp-a")
        #expect(point?.opened == nil)
        #expect(point?.phone == nil)
        #expect(point?.serves.map(\.id) == ["east-a"])
    }

    @Test func anEmptyRequiredCellIsReportedAtTheCell() {
        let result = checkCSV("id,kind,name,region,address,status\nmp-a,meal-point,甲点,east-a,,planned\n")
        #expect(
            result.diagnostics == [
                .error(.record(.emptyRequired(noun: .point, id: "mp-a", field: "address")), at: at(Self.path, 2, 27))
            ])
    }

    /// `;` (or the full-width `；` a Chinese keyboard types) separates the items of a list.
    @Test func listsAreSeparatedBySemicolons() {
        let result = checkCSV(
            "id,kind,name,region,address,status,opened,serves,services\n"
                + "mp-a,meal-point,甲点,east-a,甲村1号,operating,2025-01-01,east-a;east-b,meals; meal-delivery\n"
                + "mp-b,meal-point,乙点,west-c,丙社区,operating,2025-01-01,west-c；east-b,meals\n")
        #expect(result.diagnostics == [])
        #expect(result.site?.point("mp-a")?.serves.map(\.id) == ["east-a", "east-b"])
        #expect(result.site?.point("mp-a")?.services == [.meals, .mealDelivery])
        #expect(result.site?.point("mp-b")?.serves.map(\.id) == ["west-c", "east-b"])
    }

    @Test func compactHoursFitOneCell() throws {
        let result = checkCSV(
            "id,kind,name,region,address,status,opened,hours\n"
                + "mp-a,meal-point,甲点,east-a,甲村1号,operating,2025-01-01,mon-fri 10:30-12:30 午餐;sat 11:00-12:00\n")
        #expect(result.diagnostics == [])
        let t = { (h: Int, m: Int) in LocalTime(hour: h, minute: m)! }
        #expect(
            result.site?.point("mp-a")?.hours == [
                OpeningHours(
                    days: WeekdaySet([.mon, .tue, .wed, .thu, .fri]), open: t(10, 30), close: t(12, 30), label: "午餐"),
                OpeningHours(days: WeekdaySet([.sat]), open: t(11, 0), close: t(12, 0)),
            ])
    }

    @Test func aBadHoursItemIsReportedAtItsCell() {
        let result = checkCSV(
            "id,kind,name,region,address,status,opened,hours\n"
                + "mp-a,meal-point,甲点,east-a,甲村1号,operating,2025-01-01,mon-fri 10:30-12:30;weekends 9-5\n")
        #expect(
            result.diagnostics == [
                .error(.record(.notAnHoursLine(value: "weekends 9-5")), at: at(Self.path, 2, 53))
            ])
    }

    /// Quoted cells may hold commas, doubled quotes and line breaks; the next row's line
    /// number counts the break.
    @Test func quotedCellsHoldCommasQuotesAndLineBreaks() {
        let (records, diagnostics) = parse("id,name,address\nmp-a,\"甲点, 东\",\"村口\"\"大树\"\"下\n北侧\"\nmp-b,乙点,乙村\n")
        #expect(diagnostics == [])
        #expect(
            records.map(\.sketch) == [
                "{id: ‹mp-a›, name: ‹甲点, 东›, address: ‹村口\"大树\"下\n北侧›}", "{id: ‹mp-b›, name: ‹乙点›, address: ‹乙村›}",
            ])
        #expect(records.map(\.location) == [at(Self.path, 2, 1), at(Self.path, 4, 1)])
        #expect(records.first?["address"]?.location == at(Self.path, 2, 14))
        #expect(records.last?["address"]?.location == at(Self.path, 4, 9))
    }

    @Test func crlfLineEndsGiveTheSamePositions() {
        let lf = parse("id,name\nmp-a,\"甲\n点\"\nmp-b,乙点\n")
        let crlf = parse("id,name\r\nmp-a,\"甲\r\n点\"\r\nmp-b,乙点\r\n")
        #expect(crlf.diagnostics == [])
        #expect(crlf.records.map(\.location) == lf.records.map(\.location))
        #expect(crlf.records.map { $0["name"]?.location } == lf.records.map { $0["name"]?.location })
        #expect(crlf.records.last?.sketch == "{id: ‹mp-b›, name: ‹乙点›}")
    }

    /// Excel writes a BOM before the header; the first field is still `id`.
    @Test func aByteOrderMarkIsNotPartOfTheFirstName() {
        let result = checkCSV(
            "\u{FEFF}id,kind,name,region,address,status\r\nmp-a,meal-point,甲点,east-a,甲村1号,planned\r\n")
        #expect(result.diagnostics == [])
        #expect(result.site?.point("mp-a")?.name == "甲点")
    }

    @Test func blankLinesAreSkipped() {
        let (records, diagnostics) = parse("id,name\n\nmp-a,甲点\n,\n\nmp-b,乙点\n")
        #expect(diagnostics == [])
        #expect(records.map(\.location) == [at(Self.path, 3, 1), at(Self.path, 6, 1)])
    }

    @Test func aRowWithMoreCellsThanTheHeaderIsAnErrorAtTheExtraCell() {
        let (records, diagnostics) = parse("id,name\nmp-a,甲点,甲村1号,9\nmp-b,乙点,,\n")
        #expect(
            diagnostics == [
                .error(.file(.extraCell(names: 2)), at: at(Self.path, 2, 9))
            ])
        #expect(records.map(\.sketch) == ["{id: ‹mp-a›, name: ‹甲点›}", "{id: ‹mp-b›, name: ‹乙点›}"])
    }

    /// A row that stops early has only the cells it holds; the rest are absent, as in a
    /// record that leaves fields out.
    @Test func aShortRowHoldsOnlyItsCells() {
        let (records, diagnostics) = parse("id,name,location.lat,location.lon\nmp-a,甲点\nmp-b,乙点,29.7\n")
        #expect(diagnostics == [])
        #expect(
            records.map(\.sketch) == ["{id: ‹mp-a›, name: ‹甲点›}", "{id: ‹mp-b›, name: ‹乙点›, location: {lat: ‹29.7›}}"])
    }

    @Test func aDottedNameNestingPastTheLimitIsRefused() {
        let deep = Array(repeating: "a", count: 100).joined(separator: ".")
        let (records, diagnostics) = parse("id,\(deep)\nmp-a,1\n")
        #expect(
            diagnostics == [
                .error(
                    .file(.columnTooDeep(name: "a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.…", levels: 100, limit: 64)),
                    at: at(Self.path, 1, 4))
            ])
        #expect(records.map(\.sketch) == ["{id: ‹mp-a›}"])
    }

    @Test func anUnterminatedQuoteIsAnErrorAtTheQuote() {
        let (records, diagnostics) = parse("id,name,address\nmp-a,甲点,\"甲村1号\nmp-b,乙点,乙村\n")
        #expect(
            diagnostics == [
                .error(.file(.quoteNeverClosed), at: at(Self.path, 2, 9))
            ])
        #expect(records.map(\.sketch) == ["{id: ‹mp-a›, name: ‹甲点›, address: ‹甲村1号\nmp-b,乙点,乙村\n›}"])
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        let (records, diagnostics) = parse("id,name\nmp-a,\"甲\"点\n")
        #expect(
            diagnostics == [
                .error(.file(.textAfterQuote), at: at(Self.path, 2, 9))
            ])
        #expect(records.map(\.sketch) == ["{id: ‹mp-a›, name: ‹甲点›}"])
    }

    @Test func headerProblemsAreReportedInTheHeaderRow() {
        let (_, diagnostics) = parse("id,name,,name\nmp-a,甲点,x,乙\n")
        #expect(
            diagnostics == [
                .error(.file(.unnamedColumn(column: 3)), at: at(Self.path, 1, 9)),
                .error(.file(.duplicateColumn(name: "name")), at: at(Self.path, 1, 10)),
            ])
    }

    /// A misspelt header is one mistake, reported once at the header, not once per row.
    @Test func aMisspeltHeaderIsReportedOnce() {
        let result = checkCSV(
            "id,kind,name,regoin,address,status\nmp-a,meal-point,甲点,east-a,甲村1号,planned\nmp-b,meal-point,乙点,east-b,乙村2号,planned\n"
        )
        #expect(
            result.diagnostics == [
                .error(.record(.misspeltRequired(field: "regoin", required: "region")), at: at(Self.path, 1, 14))
            ])
    }

    /// Courses and activities may be CSV too: sessions and except dates are `;` lists.
    @Test func coursesAndActivitiesReadFromCSV() throws {
        let point = "- {id: canteen-a, kind: canteen, name: 甲, region: east-a, address: 甲村1号, status: planned}\n"
        let courses = """
            id,title,venue,term,sessions,except,capacity,enrolled,fee,registration.opens,registration.closes
            taiji,太极拳,canteen-a,t1,tue 09:00-10:30;thu 14:00-15:30,2026-11-24;2026-12-01,30,12,0,2026-08-15,2026-09-05
            """
        let activities = """
            id,title,venue,start,end,volunteers.needed,volunteers.registered,contact.name,contact.phone
            visit-1,上门探访,canteen-a,2026-11-28 09:00,2026-11-28 11:00,6,2,王阿姨,0575-87012345
            """
        let result = checkFiles(
            MinimalSite.with([
                "content/points/p.yaml": point, "content/courses/autumn.csv": courses,
                "content/activities/november.csv": activities,
            ]))
        #expect(result.diagnostics == [])
        let course = try #require(result.site?.course("taiji"))
        #expect(course.record.sessions.map(\.weekday) == [.tue, .thu])
        #expect(course.record.except.map(\.value.description) == ["2026-11-24", "2026-12-01"])
        #expect(
            course.record.except.map(\.location) == [
                at("content/courses/autumn.csv", 2, 56), at("content/courses/autumn.csv", 2, 56),
            ])
        #expect(course.fee == Yuan(fen: 0))
        #expect(course.registration?.closes == LocalDate(year: 2026, month: 9, day: 5))
        let activity = try #require(result.site?.activity("visit-1"))
        #expect(activity.volunteers == VolunteerNeed(needed: 6, registered: 2))
        #expect(activity.contact == Contact(name: "王阿姨", phone: "0575-87012345"))
        #expect(activity.status(asOf: LocalDate(year: 2026, month: 11, day: 23)!) == .open)
    }
}
