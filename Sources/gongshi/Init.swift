import ArgumentParser
import Foundation
import GongshiModel

/// `gongshi init DIR`: a new site with a small working example that checks and builds at once.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new site in a folder, with a small example to edit."
    )

    @Argument(help: "The folder for the new site (created if missing).")
    var directory: String

    @OptionGroup var language: LanguageOption

    var lang: Language { language.resolved(siteLanguage: nil) }

    func validate() throws {
        try language.validate()
        let content = URL(fileURLWithPath: directory).appendingPathComponent("content")
        if FileManager.default.fileExists(atPath: content.path) {
            throw usageError(.alreadyHasContent(directory), lang)
        }
    }

    func run() throws {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let today = UTCOffset.china.localDate(unixSeconds: Int(Date().timeIntervalSince1970))
        for (path, text) in StarterSite.files(today: today) {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        FileHandleOutput.standardOutput(CommandText.created(folder: directory).wording(in: lang))
        FileHandleOutput.standardOutput(CommandText.next(folder: directory).wording(in: lang))
    }
}

/// The example a new site starts from: one town, two villages, a canteen, a centre, a
/// course and an activity, dated around the day it is created so its pages are not empty.
enum StarterSite {
    static func files(today: LocalDate) -> [(String, String)] {
        let monday = ISOWeek(containing: today).monday
        let termEnd = monday.adding(days: 7 * 16 - 3)
        let activityDay = monday.adding(days: 9)
        return [
            (".gitignore", "public/\n"),
            (
                "content/site.yaml",
                """
                title: 示例市居家养老服务公示
                base_url: https://example.org/
                timezone: Asia/Shanghai
                region: city
                province: 浙江省  # for addresses in open data (HSDS state_province)
                publisher: {name: 示例市民政局, phone: "0575-00000000", address: 示例市人民路1号}
                bulletins_from: \(monday)
                targets: {canteen_coverage: 0.4, activities_per_canteen_month: 2}
                terms:
                  - {id: term-1, name: 本学期, from: \(monday), until: \(termEnd)}
                closures: []

                """
            ),
            (
                "content/regions.yaml",
                """
                - id: city
                  name: 示例市
                  kind: city
                  postal_code: "311800"  # towns and villages without their own take this one
                  children:
                    - id: east
                      name: 东镇
                      kind: town
                      children:
                        - {id: east-a, name: 甲村, kind: village}
                        - {id: east-b, name: 乙村, kind: village}

                """
            ),
            (
                "content/operators.yaml",
                """
                - {id: east-a-lxh, name: 甲村老年协会, kind: village-association}

                """
            ),
            (
                "content/points/east.yaml",
                """
                - id: canteen-east-a
                  kind: canteen
                  name: 甲村爱心食堂
                  region: east-a
                  address: 东镇甲村文化礼堂一楼
                  status: operating
                  opened: \(monday.adding(days: -365))
                  operation: village-association
                  operator: east-a-lxh
                  serves: [east-a, east-b]
                  phone: "0575-00000001"
                  hours:
                    - {days: mon-fri, open: "10:30", close: "12:30", label: 午餐}
                  services: [meals, meal-delivery]
                  meal: {price: 12, elder_price: 6, delivery: true, seats: 30}
                  updated: \(today)

                - id: tc-east
                  kind: town-centre
                  name: 东镇居家养老服务中心
                  region: east
                  address: 东镇中心路8号
                  status: operating
                  opened: \(monday.adding(days: -730))
                  operation: public-private
                  services: [day-care, elder-university, recreation]
                  hours:
                    - {days: mon-fri, open: "08:00", close: "17:00"}

                """
            ),
            (
                "content/courses/term-1.yaml",
                """
                - id: shufa
                  title: 书法入门
                  category: 书法
                  venue: tc-east
                  term: term-1
                  sessions: [{weekday: tue, start: "09:00", end: "10:30"}]
                  capacity: 30
                  enrolled: 12

                """
            ),
            (
                "content/activities/activities.yaml",
                """
                - id: haircut-1
                  title: 理发志愿服务
                  venue: canteen-east-a
                  kind: haircut
                  start: "\(activityDay) 09:00"
                  end: "\(activityDay) 11:00"
                  organiser: {team: village, name: 甲村志愿服务队}
                  volunteers: {needed: 4, registered: 1}
                  contact: {name: 王老师, phone: "0575-00000001"}

                """
            ),
            (
                "content/pages/about.md",
                """
                ---
                title: 关于本站
                ---
                本站公示示例市的居家养老服务。这是 `gongshi init` 生成的示例，请改成您自己的内容。

                """
            ),
        ]
    }
}
