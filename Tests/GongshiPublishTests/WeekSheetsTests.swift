import Foundation
import GongshiModel
import GongshiPages
import GongshiSite
import GongshiTestSupport
import Testing

/// The noticeboard sheets of a week (`Tests/Fixtures/week-sheets`): each venue's week as a
/// grid, split over sheets when too long for one A4 page, the city's week, a bulletin's
/// essentials shortened to fit, where they are and who links to them; and `SheetFit`, which
/// measures a sheet before it is printed.
@Suite struct WeekSheetsTests {
    static let site = Result {
        try ReportPagesTests.build(ReportPagesTests.root.appendingPathComponent("Tests/Fixtures/week-sheets"))
    }

    static func page(_ path: String) throws -> String { try ReportPagesTests.text(try site.get(), path) }

    static func count(_ needle: String, in text: some StringProtocol) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// Each match's first group, in order.
    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }

    static let w47 = ISOWeek(year: 2026, week: 47)!
    static let w48 = ISOWeek(year: 2026, week: 48)!
    static let w49 = ISOWeek(year: 2026, week: 49)!

    // MARK: Where the sheets are

    @Test func weekSheetsHaveTheirAddressesAndStayOutOfTheSitemap() {
        let sheets: [(Address, String)] = [
            (.sheet(.timetable(Self.w48)), "timetable/2026-W48/print/index.html"),
            (.sheet(.timetable(nil)), "timetable/print/index.html"),
            (.venueWeekSheet(Self.w48, venue: "tc-east"), "timetable/2026-W48/print/tc-east/index.html"),
            (.sheet(.bulletin(Self.w48)), "bulletins/2026-W48/print/index.html"),
        ]
        for (address, path) in sheets {
            #expect(address.outputPath == path)
            #expect(address.isPage && !address.isListed, "\(path) is for paper")
        }
    }

    @Test func everyWeekAndBulletinHasASheetAndEachVenueOneForEachWeekItHasClasses() throws {
        let files = try Self.site.get().files
        for week in [Self.w47, Self.w48, Self.w49] {
            #expect(files["timetable/\(week)/print/index.html"] != nil)
            #expect(files["timetable/\(week)/print/tc-east/index.html"] != nil)
            #expect(files["timetable/\(week)/print/canteen-a/index.html"] == nil, "no classes there")
        }
        #expect(files["timetable/print/index.html"] != nil)
        #expect(files["bulletins/2026-W48/print/index.html"] != nil)
        #expect(files["timetable/2026-W48/print/vc-west-e/index.html"] != nil)
        #expect(files["timetable/2026-W49/print/vc-west-e/index.html"] == nil, "its course ends on 29 November")
        #expect(!(try Self.page("sitemap.xml")).contains("/print/"))
    }

    /// The plan's quick question and the week a sheet is made of agree, for every venue and
    /// week of the fixtures that have courses, closed days and cancelled classes.
    @Test func aVenueHasClassesExactlyWhenItHasAWeek() throws {
        for fixture in ["week-sheets", "build-small", "summer-break", "reports-city"] {
            let site = try ReportFiguresTests.site(fixture)
            let weeks = Set(site.courses.flatMap(\.dates.weeks))
            for venue in site.points {
                for week in weeks.sorted() {
                    #expect(
                        VenueWeek.hasClasses(venue, week, site) == (VenueWeek(venue, week, site) != nil),
                        "\(fixture) \(venue.id) \(week)")
                }
            }
        }
    }

    @Test func pagesLinkTheirSheetsAndAVenueItsWeek() throws {
        #expect(try Self.page("timetable/2026-W48/index.html").contains(#"href="/sub/timetable/2026-W48/print/""#))
        #expect(try Self.page("timetable/index.html").contains(#"href="/sub/timetable/print/""#))
        #expect(try Self.page("bulletins/2026-W48/index.html").contains(#"href="/sub/bulletins/2026-W48/print/""#))
        // The as-of week's: 23 November is in W48.
        let week = #"href="/sub/timetable/2026-W48/print/tc-east/""#
        #expect(try Self.page("points/tc-east/index.html").contains(week))
        #expect(try Self.page("points/tc-east/print/index.html").contains(week))
        #expect(!(try Self.page("points/canteen-a/index.html")).contains("/print/canteen-a/"), "no classes there")
        let city = try Self.page("timetable/2026-W48/print/index.html")
        for venue in ["tc-east", "vc-west-e"] {
            #expect(city.contains(#"href="/sub/timetable/2026-W48/print/\#(venue)/""#))
        }
        #expect(try Self.page("timetable/print/index.html").contains(#"href="/sub/timetable/2026-W48/print/tc-east/""#))
    }

    // MARK: A venue's week

    @Test func aVenueWeekTooLongForOneSheetIsSplitByDaysWithEveryClassOnce() throws {
        let html = try Self.page("timetable/2026-W48/print/tc-east/index.html")
        let sheets = html.components(separatedBy: #"<article class="sheet">"#).dropFirst()
        // Twenty classes in five rows at 17 pt, with the heading and the 45 mm code, are more
        // than an A4 page holds.
        #expect(sheets.count >= 2)
        for (n, sheet) in sheets.enumerated() {
            #expect(sheet.contains("第 \(n + 1) 张，共 \(sheets.count) 张"))
            #expect(sheet.contains("停课：11月26日 周四"), "the holiday on every sheet")
            #expect(sheet.contains("example.org/sub/points/tc-east/"), "the code opens the venue's page")
            #expect(sheet.contains("<svg"))
        }
        // Every day but the holiday and Sunday, in order, none cut in two.
        #expect(Self.matches(#"<th scope="row">([^<]*)</th>"#, in: html) == ["周一", "周二", "周三", "周五", "周六"])
        let classes = Self.matches(#"<p><span class="sheet-time">([^<]*</span> [^<]*)"#, in: html)
        #expect(classes.count == 5 * 4 + 1, "four a morning on five days, and the cancelled one")
        for (time, title) in [
            ("08:00–08:50", "书法"), ("09:00–09:50", "国画"), ("10:00–10:50", "太极拳"), ("11:00–11:50", "越剧"),
        ] {
            #expect(classes.filter { $0 == "\(time)</span> \(title)" }.count == 5)
        }
        #expect(html.contains("14:00–15:30</span> 智能手机 <strong>停课</strong>"), "cancelled on 24 November")
        #expect(Self.count("<strong>停课</strong>", in: html) == 1)
        let columns = try #require(sheets.first.flatMap { Self.matches(#"<th scope="col">([^<]*)</th>"#, in: $0) })
        #expect(columns == ["星期", "上午", "下午"])
    }

    @Test func aShortVenueWeekIsOneSheet() throws {
        let html = try Self.page("timetable/2026-W48/print/vc-west-e/index.html")
        #expect(Self.count(#"<article class="sheet">"#, in: html) == 1)
        #expect(!html.contains("第 1 张"))
        #expect(html.contains(#"<th scope="row">周三</th><td><p><span class="sheet-time">09:00–10:30</span> 戊社区书法</p>"#))
        #expect(html.contains("<h1>戊社区居家养老服务照料中心</h1>"))
        #expect(html.contains("11月23日至11月29日"))
    }

    @Test func aTownsPrintDocumentHoldsItsVenuesWeek() throws {
        let week = try Self.page("timetable/2026-W48/print/tc-east/index.html")
        let east = try Self.page("print/east/index.html")
        #expect(
            Self.count(#"<table class="sheet-grid">"#, in: east) == Self.count(#"<article class="sheet">"#, in: week))
        #expect(Self.count(#"<table class="sheet-grid">"#, in: try Self.page("print/west/index.html")) == 1)
        #expect(!east.contains("戊社区书法"), "west's venue is not east's")
    }

    // MARK: The city's week and the bulletin

    @Test func theCitysWeekCountsClassesByDayAndVenue() throws {
        let html = try Self.page("timetable/2026-W48/print/index.html")
        #expect(Self.count(#"<article class="sheet">"#, in: html) == 1)
        #expect(html.contains("全市 2 个教学点共 21 节课。"), "twenty at the town centre, one in the village")
        #expect(html.contains(#"<li>东镇居家养老服务中心 <span class="sheet-detail">20 节课</span>"#))
        #expect(html.contains(#"周四 11月26日 <span class="sheet-detail">节假日停课</span>"#))
        #expect(html.contains(#"周日 11月29日 <span class="sheet-detail">没有课</span>"#))
        #expect(html.contains("example.org/sub/timetable/2026-W48/"))
        #expect(try Self.page("timetable/print/index.html").contains("example.org/sub/timetable/</span>"))
    }

    @Test func aBulletinSheetKeepsItsSummaryAndSaysHowManyMoreEachListHas() throws {
        let html = try Self.page("bulletins/2026-W48/print/index.html")
        #expect(html.contains("<h1>本周要闻</h1>"))
        #expect(html.contains(#"<p class="sheet-status">11月23日至11月29日 简报</p>"#))
        #expect(html.contains("周四节假日停课；十二月理发志愿服务开始报名。"))
        #expect(!html.contains("老年大学停课一天"), "the note's body stays on the website")
        #expect(html.contains("example.org/sub/bulletins/2026-W48/"))
        let bulletin = try Self.page("bulletins/2026-W48/index.html")
        let blocks = html.components(separatedBy: #"<section class="sheet-block">"#).dropFirst()
        #expect(blocks.count == 2, "this week's notices and the open ones; no point opened")
        var shortened = false
        for (block, prefix) in zip(blocks, ["/sub/volunteer/week-", "/sub/volunteer/later-"]) {
            let shown = Self.count("<li>", in: block)
            let more = Self.matches(#"另有 (\d+) 项，完整内容见网站"#, in: String(block)).compactMap { Int($0) }.first ?? 0
            #expect(shown + more == Self.count(#"href="\#(prefix)"#, in: bulletin), "as many as the bulletin lists")
            #expect(shown > 0)
            shortened = shortened || more > 0
        }
        #expect(shortened, "thirty notices of the week do not fit one A4 page")
    }

    // MARK: Measuring

    @Test func chineseTakesAnEmACharacterAndLatinLess() {
        #expect(SheetFit.ems("老年大学") == 4)
        #expect(SheetFit.ems("08:30") < 5 * 0.6)
        #expect(SheetFit.ems("Ab") < 2)
        let face = SheetFit.Face(size: 20, leading: 1.4)
        #expect(face.lines("老年大学", width: 80) == 1)
        #expect(face.lines("老年大学", width: 79) == 2)
        #expect(face.lines("", width: 80) == 1)
        #expect(face.height("老年大学老年大学", width: 80) == 2 * 28)
    }

    @Test func listsAreShortenedInTurnToFitTheRoom() {
        let long = SheetFit.List(lines: Array(repeating: "志愿服务", count: 40))
        let short = SheetFit.List(lines: ["理发", "义诊"])
        let split = SheetFit.List(lines: Array(repeating: "东镇", count: 40), columns: 2)
        let lists = [long, short, long, split]
        let room = 900.0
        let kept = SheetFit.kept(lists, room: room)
        let height = { (kept: [Int]) in zip(lists, kept).reduce(0) { $0 + $1.0.height(keeping: $1.1) } }
        #expect(height(kept) <= room)
        #expect(kept[1] == 2, "a short list is kept whole")
        #expect(abs(kept[0] - kept[2]) <= 1, "two long lists share the room")
        #expect(kept[3] >= kept[0], "a list in two columns takes less room a line")
        #expect(kept[0] < 40, "the room is shared")
        for i in lists.indices where kept[i] < lists[i].lines.count {
            var more = kept
            more[i] += 1
            #expect(height(more) > room, "list \(i) could have kept one more")
        }
        #expect(SheetFit.kept([long, short], room: 1e6) == [40, 2])
        #expect(SheetFit.kept([SheetFit.List(lines: [])], room: room) == [0])
    }

    @Test func aGridIsSplitByDaysOnlyWhenItDoesNotFitAndEachSheetFits() {
        var random = SplitMix64(seed: 17)
        let room = SheetFit.room(heading: "东镇居家养老服务中心", status: "11月23日至11月29日", notes: [], address: "example.org/p/1/")
        var split = 0
        for _ in 0..<200 {
            let columns = ["上午", "下午", "晚上"].prefix(Int.random(in: 1...3, using: &random))
            let days = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"].prefix(Int.random(in: 1...7, using: &random))
            let most = Int.random(in: 0...12, using: &random)
            let rows = days.map { day in
                SheetFit.Grid<String>.Row(
                    heading: day,
                    cells: columns.map { _ in
                        (0..<Int.random(in: 0...most, using: &random)).map { n in
                            "09:00–10:30 " + String(repeating: "书", count: Int.random(in: 1...16, using: &random))
                                + "\(n)"
                        }
                    })
            }
            let grid = SheetFit.Grid(columns: Array(columns), rows: rows, text: { $0 })
            let sheets = SheetFit.sheets(grid, room: room) { $0 + "（续）" }
            for sheet in sheets { #expect(sheet.height <= room) }
            #expect(sheets.allSatisfy { $0.columns == grid.columns })
            // Every class once, in its own cell, in order.
            var cells: [String: [String]] = [:]
            for row in sheets.flatMap(\.rows) {
                for (column, cell) in row.cells.enumerated() {
                    cells[row.heading.replacing("（续）", with: "") + "|\(column)", default: []] += cell
                }
            }
            for row in rows {
                for (column, cell) in row.cells.enumerated() { #expect(cells[row.heading + "|\(column)"] == cell) }
            }
            if grid.height <= room {
                #expect(sheets.count == 1)
            } else {
                #expect(sheets.count > 1)
                split += 1
            }
        }
        #expect((20...180).contains(split), "grids that fit and grids that do not: \(split) split")
    }

    @Test func aDayTooLongForOneSheetIsCutAndContinued() {
        let classes = (1...60).map { "09:00–10:30 书法\($0)班" }
        let grid = SheetFit.Grid(
            columns: ["上午"], rows: [.init(heading: "周一", cells: [classes]), .init(heading: "周二", cells: [["国画"]])],
            text: { $0 })
        let room = 400.0
        let sheets = SheetFit.sheets(grid, room: room) { $0 + "（续）" }
        #expect(sheets.count > 2)
        #expect(sheets.allSatisfy { $0.height <= room })
        let headings = sheets.flatMap(\.rows).map(\.heading)
        #expect(headings.first == "周一" && headings.last == "周二")
        #expect(headings.dropFirst().dropLast().allSatisfy { $0 == "周一（续）" })
        #expect(sheets.flatMap(\.rows).flatMap { $0.cells[0] } == classes + ["国画"])
    }

    /// Found by the hostile site: column headings taller than the room left no room for any
    /// row, and cutting a day took nothing from it, forever. Now each class still goes on a
    /// sheet of its own, in order, and cutting ends.
    @Test func headingsTallerThanTheRoomStillEnd() {
        let heading = String(repeating: "很长的栏目名", count: 400)
        let classes = (1...5).map { "09:00–10:30 书法\($0)班" }
        let grid = SheetFit.Grid(
            columns: [heading], rows: [.init(heading: "周一", cells: [classes]), .init(heading: "周二", cells: [[]])],
            text: { $0 })
        let sheets = SheetFit.sheets(grid, room: 300) { $0 + "（续）" }
        #expect(sheets.flatMap(\.rows).flatMap { $0.cells[0] } == classes)
        #expect(sheets.flatMap(\.rows).map(\.heading).last == "周二")
    }
}
