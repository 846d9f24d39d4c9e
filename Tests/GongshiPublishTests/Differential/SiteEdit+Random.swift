import GongshiTestSupport
extension SiteEdit {
    static let names = ["幸福食堂", "长者食堂", "老年之家", "颐养驿站", "邻里 & 互助", "<b>夕阳红</b>", "\"康乐\"中心"]
    static let addresses = ["甲村8号", "老街 12 号", "东路 3 号 <二楼>", "西街'5'号", "新村 & 旧村 9 号"]
    static let phones: [String?] = ["0575-00001234", "0575-87650000", "0575-00002222", nil]
    static let statuses = ["operating", "suspended", "closed"]
    static let opens = ["07:00", "10:30", "11:00"]
    static let closes = ["12:30", "13:00", "18:00"]
    static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    static let starts = [("08:30", "09:30"), ("09:00", "10:30"), ("14:00", "15:00"), ("18:30", "20:00")]
    static let pointFiles = ["points.yaml", "more.yaml", "third.yaml"]
    static let courseFiles = ["courses.yaml", "more.yaml"]
    static let activityFiles = ["activities.yaml", "more.yaml"]
    static let bodies = ["这是一个**小站**。", "关于本站：\n\n- 食堂\n- 中心\n", "*老年人* 的网站 & 服务", "简介 <i>改</i>。"]
    static let titles = ["本周要闻", "本周 & 下周", "要闻 <速览>", "“暖心”一周"]
    static let notes: [String?] = ["服务点", "站点", "编号 & 名称", nil]
    static let footers: [String?] = ["页脚", "联系我们", nil]
    static let stylesheets: [String?] = ["extra.css", "print.css", nil]

    /// A random edit that `site` allows (records it names exist; new ids are new).
    static func random(for site: EditableSite, using rng: inout SplitMix64) -> SiteEdit {
        while true {
            if let edit = candidate(for: site, using: &rng), edit.apply(to: site) != site || !edit.keepsSiteValid {
                return edit
            }
        }
    }

    private static func candidate(for site: EditableSite, using rng: inout SplitMix64) -> SiteEdit? {
        func pick<T>(_ items: [T]) -> T? { items.randomElement(using: &rng) }
        func freshID(_ prefix: String, taken: [String]) -> String {
            while true {
                let id = "\(prefix)\(Int.random(in: 1...999, using: &rng))"
                if !taken.contains(id) { return id }
            }
        }
        let point = pick(site.points)
        let course = pick(site.courses)
        let activity = pick(site.activities)
        let villages = site.towns.flatMap(\.villages).map(\.id)
        let pointIDs = site.points.map(\.id)
        switch Int.random(in: 0..<39, using: &rng) {
        case 0, 1: return point.map { .pointName($0.id, name: pick(names)! + "\(Int.random(in: 1...9, using: &rng))") }
        case 2: return point.map { .pointAddress($0.id, address: pick(addresses)!) }
        case 3: return point.map { .pointHours($0.id, open: pick(opens)!, close: pick(closes)!) }
        case 4: return point.map { .pointPhone($0.id, phone: pick(phones)!) }
        case 5: return point.map { .pointPrice($0.id, price: pick([6, 8, 10, 12, nil])!) }
        case 6, 7: return point.map { .pointStatus($0.id, status: pick(statuses)!) }
        case 8:
            guard let point else { return nil }
            return .pointRegion(point.id, region: point.kind == "town-centre" ? pick(site.towns)!.id : pick(villages)!)
        case 9:
            let kind = pick(["canteen", "village-centre", "town-centre"])!
            guard let region = kind == "town-centre" ? pick(site.towns)?.id : pick(villages) else { return nil }
            return .addPoint(
                EditableSite.Point(
                    id: freshID("p", taken: pointIDs), file: pick(pointFiles)!, kind: kind, name: pick(names)!,
                    region: region, address: pick(addresses)!, status: pick(statuses)!, phone: pick(phones)!,
                    hours: kind == "canteen" ? EditableSite.Hours(open: "11:00", close: "13:00") : nil,
                    price: kind == "canteen" ? 9 : nil))
        case 10: return point.map { .removePoint($0.id) }
        case 11: return point.map { .movePoint($0.id, file: pick(pointFiles)!) }
        case 12, 13: return point.map { .renamePoint($0.id, to: freshID("r", taken: pointIDs)) }
        case 14: return pick(site.regionIDs).map { .renameRegion($0, to: freshID("g", taken: site.regionIDs)) }
        case 15:
            guard let venue = pick(pointIDs) else { return nil }
            let (start, end) = pick(starts)!
            return .addCourse(
                EditableSite.Course(
                    id: freshID("c", taken: site.courses.map(\.id)), file: pick(courseFiles)!, title: pick(titles)!,
                    venue: venue, sessions: [EditableSite.Session(weekday: pick(weekdays)!, start: start, end: end)],
                    enrolled: Int.random(in: 0...20, using: &rng)))
        case 16: return course.map { .removeCourse($0.id) }
        case 17: return course.map { .moveCourse($0.id, file: pick(courseFiles)!) }
        case 18: return course.map { .renameCourse($0.id, to: freshID("c", taken: site.courses.map(\.id))) }
        case 19: return course.map { .courseVenue($0.id, venue: pick(pointIDs)!) }
        case 20: return course.map { .courseEnrolled($0.id, enrolled: Int.random(in: 0...20, using: &rng)) }
        case 21, 22:
            guard let course else { return nil }
            let (start, end) = pick(starts)!
            return .courseSession(
                course.id, index: Int.random(in: 0...course.sessions.count, using: &rng),
                EditableSite.Session(weekday: pick(weekdays)!, start: start, end: end))
        case 23: return course.map { .dropSession($0.id) }
        case 24:
            guard let venue = pick(pointIDs) else { return nil }
            return .addActivity(
                EditableSite.Activity(
                    id: freshID("a", taken: site.activities.map(\.id)), file: pick(activityFiles)!,
                    title: pick(titles)!, venue: venue, day: Int.random(in: 10...30, using: &rng)))
        case 25: return activity.map { .removeActivity($0.id) }
        case 26: return activity.map { .moveActivity($0.id, file: pick(activityFiles)!) }
        case 27: return activity.map { .activityVenue($0.id, venue: pick(pointIDs)!) }
        case 28: return activity.map { .activityDay($0.id, day: Int.random(in: 10...30, using: &rng)) }
        case 29, 35, 36, 37, 38:
            switch Int.random(in: 0..<7, using: &rng) {
            case 5: return .siteTitle(pick(["小站", "小站 & 大站", "<小站>"])!)
            case 6: return .closure(pick(["2026-11-26", "2026-11-24", "2026-12-01..2026-12-02", nil])!)
            case 0: return .pageBody(pick(bodies)!)
            case 1: return .bulletin(title: pick(titles)!, body: pick(bodies)!)
            case 2: return .cardNote(pick(notes)!)
            case 3: return .pageFooter(pick(footers)!)
            default: return .extraStylesheet(pick(stylesheets)!)
            }
        case 32:
            let day = pick(["2026-11-19", "2026-11-24", "2026-12-01", nil])!
            return course.map { .courseExcept($0.id, day: day) }
        case 33: return activity.map { .activityCancelled($0.id, !$0.cancelled) }
        case 34: return activity.map { .activityUpdated($0.id, day: pick([1, 15, 22, 23, nil])!) }
        case 30: return course.map { .unknownVenue(course: $0.id) }
        case 31: return pick(site.files.keys.filter { $0.hasPrefix("content/points/") }.sorted()).map { .breakFile($0) }
        default: return nil
        }
    }
}
