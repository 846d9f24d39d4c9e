import Foundation
import GongshiBuild
import GongshiLoad
import GongshiModel
import GongshiOpenData
import GongshiRender
import GongshiTestSupport
import PropertyBased
import Testing

/// The iCalendar writer: TEXT escaping, 75-octet folding, date formats and the time zone.
@Suite struct ICalendarTests {
    /// Hostile text stays one property: no line break, nothing read as a parameter or a new
    /// property, and unescaping gives the text back.
    @Test(arguments: [
        "书法, 太极; 入门\\班", "a\r\nEND:VEVENT\r\nBEGIN:VEVENT", "</script><script>alert(1)</script>",
        "NUL\u{0}here", "DESCRIPTION;X=1:y", "\n\n", "逗号，分号；反斜杠＼",
    ])
    func hostileTextStaysOneProperty(_ text: String) {
        var ics = ICalendar()
        ics.addText("SUMMARY", text)
        let output = String(decoding: ics.bytes, as: UTF8.self)
        #expect(output.hasSuffix("\r\n"))
        let unfolded = ICalendar.unfold(output)
        #expect(unfolded.utf8.filter { $0 == 10 || $0 == 13 }.count == 2, "\(unfolded)")
        #expect(unfolded.hasPrefix("SUMMARY:"))
        #expect(
            Self.unescape(Self.value(of: String(decoding: unfolded.utf8.dropLast(2), as: UTF8.self), after: "SUMMARY:"))
                == CalendarText.expected(text))
    }

    @Test func foldsLongChineseLinesAtCharacterBoundaries() {
        let text = String(repeating: "诸暨市居家养老服务中心老年大学书法提高班，", count: 12)
        let line = "DESCRIPTION:" + Escaping.icalText(text)
        let folded = ICalendar.fold(line)
        let physical = folded.utf8.split(separator: 10, omittingEmptySubsequences: false)
        #expect(physical.count > 5)
        for (i, part) in physical.enumerated() {
            let bytes = Array(part.last == 13 ? part.dropLast() : part[...])
            #expect(bytes.count <= 75)
            #expect(String(validating: bytes, as: UTF8.self) != nil, "line \(i) splits a character")
            #expect(i == 0 || bytes.first == 32)
        }
        #expect(physical.dropLast().allSatisfy { $0.last == 13 }, "every line ends in CRLF")
        #expect(ICalendar.unfold(folded) == line)
    }

    @Test func leavesShortLinesAlone() {
        let line = String(repeating: "a", count: 75)
        #expect(ICalendar.fold(line) == line)
        #expect(ICalendar.fold(line + "书") == line + "\r\n 书")
        #expect(ICalendar.fold(String(repeating: "a", count: 74) + "书") == String(repeating: "a", count: 74) + "\r\n 书")
    }

    /// Any text, escaped and folded, never exceeds 75 octets a line, never splits a
    /// character, and unfolds and unescapes to what was written.
    @Test func foldingRoundTripsAnyText() async {
        // Inputs the random checks once failed on, kept.
        for found in ["\r\u{312}", "\r\n\u{312}"] { Self.checkRoundTrip(found) }
        let anyBMP = Gen.unicodeScalar(in: "\u{0}"..."\u{D7FF}").array(of: 0...200).map {
            String(String.UnicodeScalarView($0))
        }
        await propertyCheck(count: 300, input: anyBMP) { text in Self.checkRoundTrip(text) }
        let pool = [
            "a", " ", ",", ";", ":", "\\", "\n", "\r\n", "\r", "\u{0}", "\t", "\u{7F}", "书", "\u{20000}", "😀",
            "e\u{301}", "\u{202E}", "\u{2028}", "\"", "</script>", "\u{FEFF}", "ä",
        ]
        let tokens = Gen<String?>.element(of: pool).map { $0 ?? "" }.array(of: 0...120).map { $0.joined() }
        await propertyCheck(count: 300, input: tokens) { text in Self.checkRoundTrip(text) }
    }

    static func checkRoundTrip(_ text: String) {
        let line = "DESCRIPTION:" + Escaping.icalText(text)
        var bytes: [UInt8] = []
        let parts = ICalendar.fold(line).utf8.split(separator: 10, omittingEmptySubsequences: false)
        for part in parts {
            let physical = Array(part.last == 13 ? part.dropLast() : part[...])
            #expect(physical.count <= 75)
            #expect(String(validating: physical, as: UTF8.self) != nil)
            bytes += physical
        }
        #expect(!line.utf8.contains(10) && !line.utf8.contains(13))
        let unfolded = ICalendar.unfold(ICalendar.fold(line))
        #expect(unfolded == line)
        #expect(Self.unescape(Self.value(of: unfolded, after: "DESCRIPTION:")) == CalendarText.expected(text))
        #expect(bytes.count == line.utf8.count + parts.count - 1, "one space more per continuation line")
    }

    /// The value of a content line, cut by octets: a combining mark after the colon would
    /// join it in one Character.
    static func value(of line: String, after prefix: String) -> String {
        String(decoding: line.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
    }

    /// RFC 5545 TEXT unescaping, as a calendar app reads it.
    static func unescape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var escaped = false
        for scalar in text.unicodeScalars {
            if escaped {
                out.append(scalar == "n" || scalar == "N" ? "\n" : scalar)
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    @Test func formatsDatesInLocalTimeAndUTC() {
        let moment = LocalDateTime(
            date: LocalDate(year: 2026, month: 12, day: 1)!, time: LocalTime(hour: 7, minute: 5)!)
        #expect(ICalendar.date(moment.date) == "20261201")
        #expect(ICalendar.dateTime(moment) == "20261201T070500")
        #expect(ICalendar.utcDateTime(moment, offset: .china) == "20261130T230500Z")
        #expect(ICalendar.utcDateTime(moment, offset: UTCOffset(minutes: -330)) == "20261201T123500Z")
        #expect(ICalendar.utcOffset(UTCOffset(minutes: -330)) == "-0530")
    }

    /// A named zone is written with its IANA name (Home Assistant's `ical` accepts no other
    /// TZID); an offset stands for its `Etc/GMT` zone, whose sign is reversed.
    @Test func describesTheZoneByItsIANAName() {
        var ics = ICalendar()
        ics.addTimeZone(.china)
        #expect(
            ics.lines == [
                "BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:GMT+8", "END:STANDARD", "END:VTIMEZONE",
            ])
        #expect(SiteTimeZone(offset: .china).identifier == "Etc/GMT-8")
        #expect(SiteTimeZone(offset: UTCOffset(minutes: -300)).identifier == "Etc/GMT+5")
        #expect(SiteTimeZone(offset: UTCOffset(minutes: 0)).identifier == "Etc/UTC")
        let moment = LocalDateTime(
            date: LocalDate(year: 2026, month: 9, day: 8)!, time: LocalTime(hour: 8, minute: 30)!)
        var event = ICalendar()
        event.addDateTimes("DTSTART", [moment], in: SiteTimeZone(offset: .china))
        #expect(event.lines == ["DTSTART;TZID=Etc/GMT-8:20260908T083000"])
    }

    /// No IANA zone has the offset +05:45 without its own rules, so times go out in UTC and
    /// no VTIMEZONE is written.
    @Test func writesUTCForAnOffsetNoZoneNames() {
        let nepal = SiteTimeZone(offset: UTCOffset(minutes: 345))
        #expect(nepal.identifier == nil)
        var ics = ICalendar()
        ics.addTimeZone(nepal)
        #expect(ics.lines.isEmpty)
        let moment = LocalDateTime(
            date: LocalDate(year: 2026, month: 9, day: 8)!, time: LocalTime(hour: 8, minute: 30)!)
        ics.addDateTimes("EXDATE", [moment, moment], in: nepal)
        #expect(ics.lines == ["EXDATE:20260908T024500Z,20260908T024500Z"])
    }
}

/// The site's calendars, built with the whole builder: weekly rules, days off, statuses and
/// the subscribe links on the pages.
@Suite struct CalendarPagesTests {
    static let asOf = LocalDate(year: 2026, month: 11, day: 23)!

    static let files = [
        "content/site.yaml": """
        title: 测试站点
        base_url: https://example.org/sub/
        region: city
        publisher: {name: 民政局, phone: "0575-00000000"}
        terms:
          - {id: t1, name: 秋季学期, from: 2026-09-07, until: 2026-12-31}
        closures: ["2026-10-01..2026-10-07"]
        """,
        "content/regions.yaml": """
        - id: city
          name: 市
          kind: city
          children:
            - {id: east, name: 东镇, kind: town}
        """,
        "content/points/p.yaml": """
        - {id: centre, kind: town-centre, name: "东镇中心, 二楼", region: east, address: 东镇2号, status: operating, opened: 2020-01-01}
        - {id: quiet, kind: meal-point, name: 助餐点, region: east, address: 东镇3号, status: planned}
        """,
        "content/courses/c.yaml": """
        - id: taiji
          title: "太极，拳; 入门\\\\班"
          venue: centre
          term: t1
          teacher: 王老师
          from: 2026-09-14
          until: 2026-11-20
          except: [2026-10-15, 2026-11-02]
          sessions:
            - {weekday: thu, start: "14:00", end: "15:30"}
            - {weekday: mon, start: "08:00", end: "09:00"}
        """,
        "content/activities/a.yaml": """
        - {id: visit, title: 上门探访, venue: centre, start: "2026-11-28 09:00", end: "2026-11-28 11:30", volunteers: {needed: 5, registered: 2}}
        - {id: show, title: 文艺演出, venue: centre, start: "2026-11-30 14:00", end: "2026-11-30 16:00", status: cancelled}
        - {id: past, title: 理发, venue: centre, start: "2026-11-02 09:00", end: "2026-11-02 10:00"}
        """,
    ]

    /// Builds in-memory files (or a fixture folder) into an output tree as of 2026-11-23.
    static func build(files: [String: String]? = nil, fixture: String? = nil) throws -> OutputTree {
        let checked: SiteCheck.Result
        var themeFiles = DefaultTheme.allFiles.mapValues { ThemeFile(text: $0, origin: nil) }
        if let fixture {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Fixtures/" + fixture)
            checked = SiteCheck.run(siteDirectory: url, asOf: asOf)
            themeFiles = Theme.files(siteDirectory: url)
        } else {
            let (loaded, problems) = SiteLoader.parse(
                files: (files ?? [:]).map { ContentFile(path: $0.key, text: $0.value) })
            checked = SiteCheck.check(loaded, loadProblems: problems, asOf: asOf)
        }
        let site = try #require(checked.site, "\(checked.diagnostics)")
        let theme = try #require(Theme.compile(themeFiles, language: site.settings.language).0)
        let (tree, problems) = RenderStage.build(site, theme: theme, media: [:], options: .init(today: asOf))
        return try #require(tree, "\(problems)")
    }

    /// The unfolded content lines of a published calendar.
    static func lines(_ tree: OutputTree, _ path: String) throws -> [String] {
        let bytes = try #require(tree.files[path], "\(path) is not published")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasSuffix("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        return ICalendar.unfold(text).components(separatedBy: "\r\n").dropLast()
    }

    /// The VEVENTs of a calendar as their lines.
    static func events(_ lines: [String]) -> [[String]] {
        var out: [[String]] = []
        var inside = false
        for line in lines {
            if line == "BEGIN:VEVENT" {
                out.append([])
            } else if inside, line != "END:VEVENT" {
                out[out.count - 1].append(line)
            }
            inside = line == "BEGIN:VEVENT" || (inside && line != "END:VEVENT")
        }
        return out
    }

    @Test func smallSiteTimetableRepeatsWeeklyAndSkipsTheClosure() throws {
        let tree = try Self.build(fixture: "build-small")
        let lines = try Self.lines(tree, "timetable.ics")
        #expect(
            Array(lines.prefix(4)) == [
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Gongshi//Gongshi//ZH", "CALSCALE:GREGORIAN",
            ])
        #expect(
            lines.contains("METHOD:PUBLISH") && lines.contains("TZID:Asia/Shanghai") && lines.last == "END:VCALENDAR")
        let events = Self.events(lines)
        #expect(events.count == 1)
        let shufa = try #require(events.first)
        #expect(shufa.contains("UID:course-shufa-thu-0900@example.org"))
        #expect(shufa.contains("DTSTAMP:20261122T160000Z"))
        #expect(shufa.contains("DTSTART;TZID=Asia/Shanghai:20261119T090000"))
        #expect(shufa.contains("DTEND;TZID=Asia/Shanghai:20261119T103000"))
        #expect(shufa.contains("RRULE:FREQ=WEEKLY;UNTIL=20261203T010000Z"))
        #expect(shufa.contains("EXDATE;TZID=Asia/Shanghai:20261126T090000"))
        #expect(shufa.contains("SUMMARY:书法 [链接](https://evil.example)"))
        #expect(shufa.contains("URL:https://example.org/sub/courses/shufa/"))
        #expect(
            try Self.lines(tree, "courses/shufa/calendar.ics").filter { $0.hasPrefix("RRULE") } == [
                "RRULE:FREQ=WEEKLY;UNTIL=20261203T010000Z"
            ])
        let page = String(decoding: try #require(tree.files["courses/shufa/index.html"]), as: UTF8.self)
        #expect(page.contains("href=\"webcal://example.org/sub/courses/shufa/calendar.ics\""))
        #expect(page.contains("href=\"/sub/courses/shufa/calendar.ics\""))
    }

    @Test func eachSlotIsOneWeeklyEventWithItsDaysOff() throws {
        let tree = try Self.build(files: Self.files)
        let events = Self.events(try Self.lines(tree, "timetable.ics"))
        #expect(events.count == 2)
        let monday = try #require(events.first)
        #expect(monday.first == "UID:course-taiji-mon-0800@example.org")
        #expect(monday.contains("DTSTART;TZID=Asia/Shanghai:20260914T080000"))
        #expect(monday.contains("RRULE:FREQ=WEEKLY;UNTIL=20261116T000000Z"))
        #expect(monday.contains("EXDATE;TZID=Asia/Shanghai:20261005T080000,20261102T080000"))
        #expect(monday.contains("SUMMARY:太极，拳\\; 入门\\\\班"))
        #expect(monday.contains("LOCATION:东镇中心\\, 二楼\\, 东镇2号"))
        #expect(monday.contains("DESCRIPTION:授课老师：王老师\\n学期：秋季学期\\nhttps://example.org/sub/courses/taiji/"))
        let thursday = try #require(events.last)
        #expect(thursday.first == "UID:course-taiji-thu-1400@example.org")
        #expect(thursday.contains("DTSTART;TZID=Asia/Shanghai:20260917T140000"))
        #expect(thursday.contains("DTEND;TZID=Asia/Shanghai:20260917T153000"))
        #expect(thursday.contains("RRULE:FREQ=WEEKLY;UNTIL=20261119T060000Z"))
        #expect(thursday.contains("EXDATE;TZID=Asia/Shanghai:20261001T140000,20261015T140000"))
    }

    /// Expanding each event's rule by hand gives exactly the course's sessions.
    @Test func expandedRulesEqualTheSessions() throws {
        let tree = try Self.build(files: Self.files)
        let site = try #require(
            SiteCheck.check(
                SiteLoader.parse(files: Self.files.map { ContentFile(path: $0.key, text: $0.value) }).0,
                loadProblems: [], asOf: Self.asOf
            ).site)
        var occurrences: [String] = []
        for event in Self.events(try Self.lines(tree, "timetable.ics")) {
            func value(_ prefix: String) -> String? {
                event.first { $0.hasPrefix(prefix) }.map { String($0.split(separator: ":").last!) }
            }
            let start = try #require(value("DTSTART"))
            let until = value("RRULE").map { String($0.dropFirst("FREQ=WEEKLY;UNTIL=".count)) } ?? ""
            let excluded = Set(value("EXDATE")?.split(separator: ",").map(String.init) ?? [])
            var day = try #require(
                LocalDate(iso: "\(start.prefix(4))-\(start.dropFirst(4).prefix(2))-\(start.dropFirst(6).prefix(2))"))
            let time = try #require(
                LocalTime(hour: Int(start.dropFirst(9).prefix(2))!, minute: Int(start.dropFirst(11).prefix(2))!))
            repeat {
                let local = ICalendar.dateTime(LocalDateTime(date: day, time: time))
                if !excluded.contains(local) { occurrences.append(local) }
                day = day.adding(days: 7)
            } while ICalendar.utcDateTime(LocalDateTime(date: day, time: time), offset: .china) <= until
        }
        let sessions = site.courses.flatMap(\.allSessions).map {
            ICalendar.dateTime(LocalDateTime(date: $0.date, time: $0.start))
        }
        #expect(occurrences.sorted() == sessions.sorted())
        let closure = (1...7).map { "2026100\($0)" }
        #expect(!occurrences.contains { closure.contains(String($0.prefix(8))) }, "no class in the closure")
    }

    @Test func activitiesCarryTheirStatus() throws {
        let tree = try Self.build(files: Self.files)
        let events = Self.events(try Self.lines(tree, "volunteer.ics"))
        #expect(
            events.map { $0.first } == [
                "UID:activity-past@example.org", "UID:activity-visit@example.org", "UID:activity-show@example.org",
            ])
        #expect(
            events[1].contains("STATUS:CONFIRMED")
                && events[1].contains("DESCRIPTION:还差 3 人\\nhttps://example.org/sub/volunteer/visit/"))
        #expect(events[1].contains("DTEND;TZID=Asia/Shanghai:20261128T113000"))
        #expect(events[2].contains("STATUS:CANCELLED"))
        let point = Self.events(try Self.lines(tree, "points/centre/calendar.ics"))
        #expect(
            point.map { $0.first } == [
                "UID:course-taiji-mon-0800@example.org", "UID:course-taiji-thu-1400@example.org",
                "UID:activity-visit@example.org",
            ])
        #expect(try Self.lines(tree, "points/quiet/calendar.ics").contains("BEGIN:VTIMEZONE"))
        let quiet = String(decoding: try #require(tree.files["points/quiet/index.html"]), as: UTF8.self)
        #expect(!quiet.contains("calendar.ics"), "a point with nothing on has no subscribe link")
        let volunteer = String(decoding: try #require(tree.files["volunteer/index.html"]), as: UTF8.self)
        #expect(volunteer.contains("href=\"webcal://example.org/sub/volunteer.ics\""))
    }

    @Test func sameSiteGivesTheSameCalendars() throws {
        let a = try Self.build(files: Self.files)
        let b = try Self.build(files: Self.files)
        for path in a.sortedPaths where path.hasSuffix(".ics") { #expect(a.files[path] == b.files[path], "\(path)") }
    }
}
