import Foundation
import GongshiLoad
import GongshiModel
import Testing

/// Chinese words where the site prints them, and the damage spreadsheets do to structured
/// fields: recognised and read where the meaning is certain, an error that says what
/// happened and how to fix it where it is not.
@Suite struct ChineseValueTests {
    /// One point in YAML with the given lines after its required fields.
    static func point(_ lines: String, status: String = "planned", kind: String = "canteen") -> [String: String] {
        MinimalSite.with([
            "content/points/p.yaml": """
            id: p1
            kind: \(kind)
            name: 甲村食堂
            region: east-a
            address: 甲村1号
            status: \(status)
            \(lines)
            """
        ])
    }

    static func read(_ files: [String: String]) throws -> PointRecord {
        let result = checkFiles(files)
        #expect(result.diagnostics == [])
        return try #require(result.site?.points.first).record
    }

    /// The CSV row of the issue: only the Excel serial and the lost 0 are errors; the
    /// full-width colons, full-width digits, 运营中, 2025/3/5 and 周一至周五 all read.
    @Test func aDamagedSpreadsheetRowHasOnlyItsTwoGenuineErrors() throws {
        let result = Fixtures.check("spreadsheet-damage")
        #expect(
            result.diagnostics == [
                .error(
                    .value(.excelSerialDate(field: "opened", value: "45992", date: "2025-12-01")),
                    at: at("content/points/points.csv", 2, 39)),
                .error(
                    .value(.phoneLostLeadingZero(field: "phone", value: "575-87000001", restored: "0575-87000001")),
                    at: at("content/points/points.csv", 2, 73)),
            ])
    }

    /// The same CSV as Excel or WPS saves it on a Chinese system (GB18030, CRLF), and opened
    /// in LibreOffice and saved as a workbook (which turns １０ and ￥10 into numbers and
    /// 2025/3/5 into a date cell): the same two errors, at the cell in the workbook.
    @Test func theDamagedRowSavedAsGB18030OrAsAWorkbookHasTheSameTwoErrors() throws {
        let fixture = Fixtures.url("spreadsheet-damage")
        func bytes(_ path: String) throws -> [UInt8] {
            Array(try Data(contentsOf: fixture.appendingPathComponent(path)))
        }
        let site = [
            "content/site.yaml": try bytes("content/site.yaml"),
            "content/regions.yaml": try bytes("content/regions.yaml"),
        ]
        let gb = "content/points/points.csv"
        let gbResult = checkBytes(site.merging([gb: try bytes("saved-as/points.gb18030.csv")]) { $1 })
        #expect(
            gbResult.diagnostics == [
                .error(
                    .value(.excelSerialDate(field: "opened", value: "45992", date: "2025-12-01")), at: at(gb, 2, 39)),
                .error(
                    .value(.phoneLostLeadingZero(field: "phone", value: "575-87000001", restored: "0575-87000001")),
                    at: at(gb, 2, 73)),
            ])
        let book = "content/points/points.xlsx"
        let bookResult = checkBytes(site.merging([book: try bytes("saved-as/points.xlsx")]) { $1 })
        #expect(
            bookResult.diagnostics == [
                .error(
                    .value(.excelSerialDate(field: "opened", value: "45992", date: "2025-12-01")),
                    at: .cell(book, sheet: "points", row: 2, column: 7)),
                .error(
                    .value(.phoneLostLeadingZero(field: "phone", value: "575-87000001", restored: "0575-87000001")),
                    at: .cell(book, sheet: "points", row: 2, column: 10)),
            ])
        let points = try #require(bookResult.site?.points)
        #expect(points.map(\.record.meal?.price) == [Yuan(fen: 1000), Yuan(fen: 1000)])
        #expect(points.last?.record.opened == LocalDate(year: 2025, month: 3, day: 5))
    }

    /// The records themselves, read without the two fields in error.
    @Test func theDamagedRowReadsAsWritten() throws {
        let (loaded, _) = SiteLoader.parse(files: [
            ContentFile(
                path: "content/points/points.csv",
                text: """
                    id,kind,name,region,address,status,opened,operation,hours,phone,meal.price,meal.delivery
                    canteen-a,爱心食堂,甲村爱心食堂,east-a,甲村1号,运营中,,公建民营,mon-fri 10：30-12：30 午餐,0575-87000001,１０,有
                    meal-b,助餐点,乙村助餐点,east-b,乙村2号,营业中,2025/3/5,公建民营,周一至周五 10:30-12:30,0575-87000002,￥10,否
                    """)
        ])
        let a = try #require(loaded.points.first { $0.id == "canteen-a" })
        let b = try #require(loaded.points.first { $0.id == "meal-b" })
        #expect(a.kind == .canteen && b.kind == .mealPoint)
        #expect(a.status == .operating && b.status == .operating)
        #expect(a.operation == .publicPrivate)
        #expect(b.opened == LocalDate(year: 2025, month: 3, day: 5))
        let weekdays = WeekdaySet([.mon, .tue, .wed, .thu, .fri])
        #expect(
            a.hours == [
                OpeningHours(
                    days: weekdays, open: LocalTime(hour: 10, minute: 30)!, close: LocalTime(hour: 12, minute: 30)!,
                    label: "午餐")
            ])
        #expect(b.hours.map(\.days) == [weekdays])
        #expect(a.meal?.price == Yuan(fen: 1000) && b.meal?.price == Yuan(fen: 1000))
        #expect(a.meal?.delivery == true && b.meal?.delivery == false)
    }

    /// Every accepted Chinese word of every vocabulary reads as its value.
    @Test func everyChineseWordReadsAsItsValue() throws {
        for (value, words) in PointStatus.table {
            for word in words {
                let p = try Self.read(Self.point("opened: 2025-01-01", status: word))
                #expect(p.status.rawValue == value, "\(word)")
            }
        }
        for (value, words) in PointKind.table {
            for word in words {
                #expect(try Self.read(Self.point("", kind: word)).kind.rawValue == value, "\(word)")
            }
        }
        for (value, words) in Operation.table {
            for word in words {
                #expect(try Self.read(Self.point("operation: \(word)")).operation?.rawValue == value, "\(word)")
            }
        }
        for (value, words) in Service.table {
            for word in words {
                #expect(try Self.read(Self.point("services: [\(word)]")).services.map(\.rawValue) == [value], "\(word)")
            }
        }
    }

    /// No word stands for two values of one vocabulary, and none is another value's name.
    @Test func noChineseWordIsAmbiguous() {
        func check<T: AcceptedWords>(_: T.Type) {
            let words = T.table.flatMap(\.words)
            #expect(Set(words).count == words.count, "\(T.self)")
            #expect(Set(words).isDisjoint(with: T.words), "\(T.self)")
        }
        check(PointKind.self)
        check(PointStatus.self)
        check(Operation.self)
        check(Service.self)
        check(RegionKind.self)
        check(OperatorKind.self)
        check(ActivityKind.self)
        check(Team.self)
        check(SiteLanguage.self)
        check(Weekday.self)
    }

    @Test(arguments: [
        ("是", true), ("有", true), ("提供", true), ("yes", true), ("否", false), ("无", false), ("不提供", false),
    ])
    func booleansInChinese(_ written: String, _ meant: Bool) throws {
        #expect(try Self.read(Self.point("meal: {delivery: \(written)}")).meal?.delivery == meant)
    }

    @Test(arguments: [
        ("周一至周五", "mon-fri"), ("周一到周五", "mon-fri"), ("工作日", "mon-fri"), ("每天", "mon-sun"),
        ("星期一至星期三", "mon-wed"), ("礼拜六、礼拜天", "sat,sun"), ("周六，周日", "sat,sun"), ("周末", "sat,sun"),
        ("mon-fri", "mon-fri"),
    ])
    func daysInChinese(_ written: String, _ meant: String) throws {
        let p = try Self.read(Self.point("hours: [\"\(written) 10:30-12:30\"]"))
        #expect(p.hours.first?.days.description == meant, "\(written)")
        let mapping = try Self.read(Self.point("hours: [{days: \(written), open: \"10:30\", close: \"12:30\"}]"))
        #expect(mapping.hours.first?.days.description == meant, "\(written)")
    }

    @Test(arguments: ["2025-03-05", "2025-3-5", "2025/3/5", "2025.3.5", "2025年3月5日", "２０２５－０３－０５", "2025/03/05"])
    func datesAsSpreadsheetsWriteThem(_ written: String) throws {
        #expect(try Self.read(Self.point("opened: \(written)")).opened == LocalDate(year: 2025, month: 3, day: 5))
    }

    @Test(arguments: ["\"10：30\"", "\"１０:３０\"", "\"10:30\""])
    func fullWidthTimesAreTimes(_ written: String) throws {
        let p = try Self.read(Self.point("hours: [{days: mon, open: \(written), close: \"12:30\"}]"))
        #expect(p.hours.first?.open == LocalTime(hour: 10, minute: 30))
    }

    @Test(arguments: ["10元", "￥10", "¥10", "１０", "10.00"])
    func pricesWithTheirSign(_ written: String) throws {
        #expect(try Self.read(Self.point("meal: {price: \(written)}")).meal?.price == Yuan(fen: 1000))
    }

    @Test func fullWidthPhonesAndIdsAreFolded() throws {
        let p = try Self.read(Self.point("phone: ０５７５－８７０００００１\nserves: [ｅａｓｔ-ａ]"))
        #expect(p.phone == "0575-87000001")
        #expect(p.serves?.map(\.value) == ["east-a"])
        #expect(try Self.read(Self.point("description: ｆｕｌｌ　ｗｉｄｔｈ")).description == "ｆｕｌｌ　ｗｉｄｔｈ")
    }

    /// The errors: each says what was seen and how to write it.
    @Test(arguments: [
        (
            "hours: [{days: mon, open: 10点半, close: \"12:30\"}]",
            ValueProblem.chineseTime(field: "open", value: "10点半", suggestion: "10:30")
        ),
        (
            "hours: [{days: mon, open: \"10:30\", close: 下午2点}]",
            .chineseTime(field: "close", value: "下午2点", suggestion: "14:00")
        ),
        (
            "phone: 575-87000001",
            .phoneLostLeadingZero(field: "phone", value: "575-87000001", restored: "0575-87000001")
        ),
        ("phone: 5.75870E+10", .phoneInScientificNotation(field: "phone", value: "5.75870E+10")),
        (
            "phone: \"10-12345678\"",
            .phoneLostLeadingZero(field: "phone", value: "10-12345678", restored: "010-12345678")
        ),
        ("opened: 2025/2/30", .noSuchDate(field: "opened", value: "2025/2/30")),
        ("opened: 2025/3-5", .notADate(field: "opened", value: "2025/3-5")),
        ("opened: 45992", .notADate(field: "opened", value: "45992")),
        ("meal: {delivery: 看情况}", .notTrueOrFalse(field: "delivery", value: "看情况")),
        (
            "operation: 公建民",
            .unknownWord(field: "operation", value: "公建民", suggestion: "公建民营", words: Operation.words)
        ),
    ])
    func spreadsheetDamageIsAnError(_ line: String, _ problem: ValueProblem) {
        let diagnostics = checkFiles(Self.point(line)).diagnostics
        #expect(diagnostics.map(\.problem) == [.value(problem)], "\(line)")
        #expect(diagnostics.map(\.severity) == [.error])
    }

    @Test(arguments: ["2026-11-28 09:00", "2026/11/28 09:00", "2026年11月28日 9:00", "２０２６-１１-２８ ０９：００"])
    func activityTimesWithDatesAsSpreadsheetsWriteThem(_ written: String) throws {
        let activity = """
            id: a1
            title: 助餐服务
            venue: p1
            start: \(written)
            end: 2026-11-28 11:00
            """
        let result = checkFiles(Self.point("").merging(["content/activities/a.yaml": activity]) { a, _ in a })
        #expect(result.diagnostics == [])
        let start = try #require(result.site?.activities.first).record.start
        #expect(start.description.hasPrefix("2026-11-28") && start.time == LocalTime(hour: 9, minute: 0))
    }

    /// Folding that goes beyond full-width forms (circled digits) reads, with a warning that says what was read.
    @Test func anUncertainFoldingIsAWarningThatSaysWhatWasRead() throws {
        let result = checkFiles(Self.point("meal: {price: ⑩, seats: ２０}\nphone: ０５７５-８７０１２３４５"))
        #expect(
            result.diagnostics == [
                .warning(
                    .value(.readAs(field: "price", value: "⑩", read: "10")), at: at("content/points/p.yaml", 7, 15))
            ])
        #expect(result.site?.points.first?.record.meal == MealInfo(price: Yuan(fen: 1000), seats: 20))
    }

    /// A bare number is an Excel serial only in a CSV cell: the hint names the day it stands for.
    @Test func anExcelSerialInACSVNamesItsDay() {
        let csv = """
            id,kind,name,region,address,status,opened
            p1,canteen,甲村食堂,east-a,甲村1号,planned,45658
            """
        #expect(
            checkFiles(MinimalSite.with(["content/points/p.csv": csv])).diagnostics == [
                .error(
                    .value(.excelSerialDate(field: "opened", value: "45658", date: "2025-01-01")),
                    at: at("content/points/p.csv", 2, 37))
            ])
    }
}
