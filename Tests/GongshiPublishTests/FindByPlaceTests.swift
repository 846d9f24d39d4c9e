import Foundation
import GongshiBuild
import GongshiModel
import Testing

/// Finding by place (`Tests/Fixtures/find-by-place`): the towns page, the village finder,
/// directories by town with open points first, this week's classes without a claimed
/// "today", and the small things of point and bulletin pages.
@Suite struct FindByPlaceTests {
    static let site = Result {
        try ReportPagesTests.build(ReportPagesTests.root.appendingPathComponent("Tests/Fixtures/find-by-place"))
    }

    static func page(_ path: String) throws -> String { try ReportPagesTests.text(try site.get(), path) }

    /// The part of `html` from `start` up to the first `end` after it.
    static func part(_ html: String, from start: String, to end: String) throws -> Substring {
        let from = try #require(html.range(of: start), "no \(start)")
        let to = html[from.upperBound...].range(of: end)?.lowerBound ?? html.endIndex
        return html[from.lowerBound..<to]
    }

    /// Where each of `needles` first stands in `text`, in order; nil for one missing.
    static func positions(_ needles: [String], in text: some StringProtocol) -> [String.Index?] {
        needles.map { text.range(of: $0)?.lowerBound }
    }

    @Test func townsPageListsEveryTownWithItsCountsAndIsInTheSitemap() throws {
        let towns = try Self.page("towns/index.html")
        for (id, name) in [("east", "东镇"), ("west", "西街道")] {
            #expect(towns.contains(#"<a href="/sub/towns/\#(id)/">\#(name)</a>"#))
            #expect(towns.contains(#"href="/sub/villages/#town-\#(id)""#))
        }
        let east = try Self.part(towns, from: #"id="town-east""#, to: "</li>")
        // Canteens: a, b operating; the planned one on the way; suspended and closed neither.
        #expect(east.contains(#"<span class="count-part">运营中 2 处、</span><span class="count-part">筹建中 1 处</span>"#))
        #expect(east.contains("4 个中有 2 个"), "甲村 and 乙村 have an operating canteen")
        let west = try Self.part(towns, from: #"id="town-west""#, to: "</li>")
        #expect(west.contains("<dd>2 门</dd>") && west.contains("<dd>1 项</dd>"))
        let sitemap = try Self.page("sitemap.xml")
        #expect(sitemap.contains("https://example.org/sub/towns/<"))
        #expect(sitemap.contains("https://example.org/sub/villages/<"))
        #expect(try Self.page("index.html").contains(#"href="/sub/villages/""#), "one tap from home")
    }

    @Test func villageFinderSaysWhoServesEachVillageAndSaysSoWhenNoOneDoes() throws {
        let villages = try Self.page("villages/index.html")
        let jump = try Self.part(villages, from: #"<nav class="jump""#, to: "</nav>")
        #expect(jump.contains(##"href="#town-east""##) && jump.contains(##"href="#town-west""##))
        let a = try Self.part(villages, from: #"id="village-east-a""#, to: "</li>\n<li")
        #expect(a.contains("/sub/points/canteen-a/") && a.contains("/sub/points/canteen-b/"))
        let b = try Self.part(villages, from: #"id="village-east-b""#, to: "</li>\n<li")
        #expect(!b.contains("canteen-closed"), "a closed canteen serves no one")
        let order = Self.positions(["/sub/points/canteen-a/", "/sub/points/canteen-suspended/"], in: b)
        #expect(order[0] != nil && order[1] != nil && order[0]! < order[1]!, "the open canteen first")
        let c = try Self.part(villages, from: #"id="village-east-c""#, to: "</li>\n<li")
        #expect(c.contains("/sub/points/canteen-planned/") && c.contains("规划中"))
        let d = try Self.part(villages, from: #"id="village-east-d""#, to: "</li>\n</ul>")
        #expect(d.components(separatedBy: "<dd>暂无</dd>").count - 1 == 2, "\(d)")
        #expect(!d.contains("<a "))
    }

    @Test func directoriesOpenWithAJumpListAndPutPointsNotYetOpenUnderPreparing() throws {
        let canteens = try Self.page("canteens/index.html")
        let jump = try Self.part(canteens, from: #"<nav class="jump""#, to: "</nav>")
        #expect(jump.contains(##"href="#town-east""##))
        #expect(!jump.contains("town-west"), "west has no canteen")
        let east = try Self.part(
            canteens, from: #"<section class="place" aria-labelledby="town-east">"#, to: "</section>")
        let order = Self.positions(
            [
                "points/canteen-a/", "points/canteen-b/", "points/canteen-suspended/", "points/canteen-closed/",
                #"<details class="preparing">"#, "<summary>筹建中（1 个）</summary>", "points/canteen-planned/",
            ], in: east)
        #expect(order.allSatisfy { $0 != nil }, "\(order)")
        #expect(zip(order, order.dropFirst()).allSatisfy { $0! < $1! }, "open first, then the rest, then 筹建中")
        #expect(!east.contains("<details class=\"preparing\" open"), "collapsed")

        let centres = try Self.page("centres/index.html")
        let eastCentres = try Self.part(
            centres, from: #"<section class="place" aria-labelledby="town-east">"#, to: "</section>")
        #expect(eastCentres.contains("这里还没有开放的服务点。"), "its only centre is under construction")
        #expect(try Self.part(String(eastCentres), from: "<details", to: "</details>").contains("points/tc-east/"))

        let town = try Self.page("towns/east/index.html")
        let preparing = try Self.part(town, from: #"<details class="preparing">"#, to: "</details>")
        #expect(preparing.contains("points/canteen-planned/") && !preparing.contains("points/canteen-a/"))
    }

    @Test func volunteerNoticesAreByTownWithTheFullOnesCollapsedAfter() throws {
        let volunteer = try Self.page("volunteer/index.html")
        let order = Self.positions(
            [
                #"<nav class="jump""#, #"id="town-east""#, "东镇理发", #"id="town-west""#, "西街道探访",
                #"<details class="preparing">"#, "东镇送餐",
            ],
            in: volunteer)
        #expect(order.allSatisfy { $0 != nil }, "\(order)")
        #expect(zip(order, order.dropFirst()).allSatisfy { $0! < $1! })
        #expect(volunteer.contains("<summary>名额已满的活动（1 项）</summary>"))
    }

    /// Built weekly, the home page never says which day is today: it lists the week's days,
    /// each with its date for `today.js`, and says 今天 only where the script reads it.
    @Test func homeListsThisWeekByDayAndClaimsNoToday() throws {
        let home = try Self.page("index.html")
        let week = try Self.part(home, from: #"<section class="week""#, to: "</section>")
        let dates = week.matches(of: /data-date="([0-9-]+)"/).map { String($0.1) }
        #expect(dates == ISOWeek(containing: ReportPagesTests.asOf).dates.map(\.description))
        #expect(week.contains(#"data-utc-offset="480""#))
        #expect(home.contains(#"<script src="/sub/assets/today.js" defer></script>"#))
        #expect(home.components(separatedBy: "今天").count - 1 == 1, "only the script's label")
        #expect(week.contains(#"data-today-label="今天""#))
        #expect(week.contains("本周课程"))
        // Every day shows with JavaScript off: the days with classes are open.
        #expect(!week.contains("<details class=\"day\" data-date=\"2026-11-24\">"))
        #expect(week.contains("<details class=\"day\" data-date=\"2026-11-24\" open>"))
        #expect(try Self.site.get().files["assets/today.js"] != nil)
    }

    @Test func timetableCellsHoldEachClassInItsOwnBlockAndCarryTheirDate() throws {
        let timetable = try Self.page("timetable/2026-W48/index.html")
        let tuesday = try Self.part(timetable, from: #"<td data-date="2026-11-24"><div"#, to: "</td>")
        #expect(tuesday.components(separatedBy: #"<div class="cell-class">"#).count - 1 == 2, "\(tuesday)")
        #expect(timetable.contains(#"<th scope="col" class="day-name" data-date="2026-11-29">"#))
        #expect(timetable.contains(#"<div class="day" data-date="2026-11-23">"#))
    }

    @Test func pointPagesWriteTheCheckDateAsOtherDatesAndListVillagesWithTheListSeparator() throws {
        let point = try Self.page("points/canteen-a/index.html")
        #expect(point.contains("<dt>信息核对日期</dt><dd>11月2日 周一</dd>"))
        #expect(!point.contains("2026-11-02"))
        #expect(point.contains("<dd>甲村、乙村</dd>"))
    }

    @Test func phoneNumbersInBulletinTextAreCallLinksButNotInCode() throws {
        let bulletin = try Self.page("bulletins/2026-W48/index.html")
        let body = try Self.part(bulletin, from: "如发现信息有误", to: "</p>")
        #expect(body.contains(#"请拨打 <a href="tel:+8657500000000">0575-00000000</a> 告诉我们"#))
        #expect(body.contains("<code>0575-00000001</code>"))
    }
}
