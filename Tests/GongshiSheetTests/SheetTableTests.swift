import GongshiLoad
import GongshiModel
import Testing

@testable import GongshiSheet

/// The pure stage, records to typed tables, without libxlsxwriter.
@Suite struct SheetTableTests {
    static let site = SampleSite.checked.site!
    static let book = RecordSheets.workbook(site)

    func table(_ name: String) throws -> SheetTable { try #require(Self.book.tables.first { $0.name == name }) }
    func column(_ table: SheetTable, _ header: String) throws -> SheetColumn {
        try #require(table.columns.first { $0.header == header })
    }

    @Test func oneSheetPerKindNamedAsTheLoaderReadsThem() {
        #expect(Self.book.tables.map(\.name) == ["服务点", "课程", "活动", "区域", "运营方"])
        #expect(
            Self.book.tables.map(\.rows.count) == [
                Self.site.points.count, Self.site.courses.count, Self.site.activities.count,
                Self.site.regions.all.count,
                Self.site.operators.count,
            ])
    }

    @Test func headersAreTheReadersFieldNamesDottedWhenNested() throws {
        let points = try table("服务点")
        #expect(points.columns.prefix(6).map(\.header) == ["id", "kind", "name", "region", "address", "status"])
        #expect(points.columns.map(\.header).contains("meal.elder_price"))
        #expect(!points.columns.map(\.header).contains("meal"))
        #expect(try table("区域").columns.map(\.header) == ["id", "name", "kind", "parent", "postal_code"])
    }

    /// Every column of every kind has a Chinese note from `FieldNotes`, not the English summary.
    @Test(arguments: SheetKind.allCases) func everyHeaderHasAChineseNote(kind: SheetKind) {
        for field in SheetColumns.fields(of: kind.shape) {
            #expect(FieldNotes.zhHans(field.noun, field.spec.name) != nil, "\(kind).\(field.header)")
        }
    }

    @Test func formatsFollowTheFieldTypes() throws {
        let points = try table("服务点")
        #expect(try column(points, "phone").format == .text)
        #expect(try column(points, "id").format == .text)
        #expect(try column(points, "hours").format == .text)
        #expect(try column(points, "opened").format == .date)
        #expect(try column(points, "meal.price").format == .number)
        #expect(try column(table("活动"), "start").format == .dateTime)
        #expect(try column(table("区域"), "postal_code").format == .text)
    }

    /// A vocabulary's dropdown offers one word per value, each read back as that value, and a
    /// reference's dropdown the site's ids.
    @Test func dropdownsOfferWordsTheReaderTakesBack() throws {
        let points = try table("服务点")
        func values(_ header: String) throws -> [String] {
            let dropdown = try #require(try column(points, header).dropdown)
            return try #require(Self.book.choiceLists.first { $0.name == dropdown.list }).values
        }
        #expect(try values("status").map { PointStatus(word: $0) } == PointStatus.allCases)
        #expect(try values("kind").map { PointKind(word: $0) } == PointKind.allCases)
        #expect(try values("status").allSatisfy { $0.unicodeScalars.allSatisfy { !$0.isASCII } })
        #expect(try values("meal.delivery").map(BooleanWords.read) == [true, false])
        #expect(try values("region") == Self.site.regions.all.map(\.id))
        #expect(try values("operator") == Self.site.operators.map(\.id))
        #expect(try column(points, "services").dropdown?.allowsOther == true)
        #expect(try column(points, "status").dropdown?.allowsOther == false)
        #expect(try column(points, "serves").dropdown == nil, "a list of ids has no one-value dropdown")
    }

    @Test func aFormulaNamesItsColumnOfTheHiddenSheet() {
        let book = SheetWorkbook(
            guide: [], tables: [],
            choiceLists: [.init(name: "a", values: ["x", "y"]), .init(name: "b", values: ["1", "2", "3"])],
            created: SampleSite.asOf)
        #expect(book.formula(for: "b") == "='#选项'!$B$2:$B$4")
        #expect(book.formula(for: "c") == nil)
    }

    @Test func pointsByTownGoOneSheetPerTown() throws {
        let book = RecordSheets.workbook(Self.site, .init(kinds: [.points], pointsByTown: true))
        let ids = Self.site.points.map(\.id)
        var written: [String] = []
        for table in book.tables {
            let sheetIDs = table.rows.map { row -> String in
                guard case .text(let id) = row[0] else { return "" }
                return id
            }
            written += sheetIDs
            for id in sheetIDs {
                let town = try #require(Self.site.point(id)).town
                #expect(table.name == town.map { "服务点·" + $0.name } ?? "服务点", "\(id)")
            }
        }
        #expect(written.sorted() == ids.sorted())
        #expect(Set(book.tables.map(\.name)).count == book.tables.count)
    }

    @Test func valuesAreWrittenAsTheSitePrintsThem() {
        let hours = OpeningHours(
            days: WeekdaySet([.mon, .tue, .wed, .thu, .fri]), open: LocalTime(hour: 10, minute: 30)!,
            close: LocalTime(hour: 12, minute: 30)!, label: "午餐")
        #expect(RecordCells.hours(hours) == "周一至周五 10:30-12:30 午餐")
        let session = WeeklySession(
            weekday: .tue, start: LocalTime(hour: 9, minute: 0)!, end: LocalTime(hour: 10, minute: 30)!)
        #expect(RecordCells.session(session) == "周二 09:00-10:30")
        #expect(WeekdaySet([.sat, .sun]).chinese == "周六、周日")
        #expect(WeekdaySet([.mon, .tue, .wed, .fri, .sun]).chinese == "周一至周三、周五、周日")
    }

    /// Lists go in one cell joined by `;`, as the readers split them; a field left out is an
    /// empty cell. (The sample site has no photos, so they are shown here.)
    @Test func listsShareOneCell() {
        let here = SourceLocation.file("content/points/x.yaml")
        let point = PointRecord(
            id: "p", kind: .canteen, name: "甲", region: Located("east-a", at: here), address: "路1号",
            status: .operating, serves: [Located("east-a", at: here), Located("east-b", at: here)],
            services: [.meals, .mealDelivery],
            photos: [Located("content/media/a.jpg", at: here), Located("content/media/b.jpg", at: here)],
            source: here)
        let cells = RecordCells.point(point)
        #expect(cells["photos"] == .text("content/media/a.jpg;content/media/b.jpg"))
        #expect(cells["serves"] == .text("east-a;east-b"))
        #expect(cells["services"] == .text("助餐;送餐"))
        #expect(cells["meal.price"] == .empty)
        #expect(cells["opened"] == .empty)
    }

    /// Every set of days is written in Chinese as a form the reader takes back as the same set.
    @Test func everySetOfDaysReadsBack() {
        for bits in 1..<128 {
            let set = WeekdaySet(Weekday.allCases.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element))
            #expect(WeekdaySet(text: set.chinese) == set, "\(set.chinese)")
        }
    }

    @Test func sheetNamesKeepExcelsRules() {
        var names = SheetNames(reserved: ["说明"])
        #expect(names.take("服务点·枫桥镇") == "服务点·枫桥镇")
        #expect(names.take("a/b:c?d*[e]\\f") == "a_b_c_d__e__f")
        #expect(names.take("'引号'") == "引号")
        let long = String(repeating: "长", count: 40)
        #expect(names.take(long) == String(repeating: "长", count: 31))
        #expect(names.take(long) == String(repeating: "长", count: 28) + "(2)")
        #expect(names.take("说明") == "说明(2)")
        #expect(names.take("") == "_")
    }

    @Test func widthsFitChineseText() {
        #expect(ColumnWidth.display("爱心食堂") == 6.4)
        #expect(ColumnWidth.fitting(header: "id", cells: [.text("ab")]) == ColumnWidth.minimum)
        #expect(ColumnWidth.fitting(header: "name", cells: [.text(String(repeating: "食", count: 10))]) == 18)
        #expect(ColumnWidth.fitting(header: "d", cells: [.text(String(repeating: "x", count: 500))]) == 48)
    }
}
