import GongshiModel
import GongshiRender
import GongshiReports
import GongshiSite

/// A4 sheets for the noticeboards of canteens and centres, where many readers have no phone:
/// each point, course and volunteer notice has one at `<page>/print/`, in large type with the
/// facts a passer-by needs, the publisher's phone, the day its facts are as of, and a QR code
/// of the page's address with the short address written beside it. `/print/<town>/` holds
/// every sheet of a town in one document, so a centre's staff print them in one go.
package enum PrintSheets {
    /// A point's sheet; on screen it links to the sheet of the week's classes held there.
    package static func point(_ point: ServicePoint) -> Route {
        sheet(
            of: .point(point.id), reads: [.point(point.id)], source: point.source,
            companions: { c in
                c.weekSheet(of: point).map { link in
                    .init(
                        heading: c.words["sheet.week-sheet"],
                        links: [.init(label: c.words["sheet.print-week"], link: link)])
                }
            }, facts: { c in SheetFacts.point(point, c) })
    }

    package static func course(_ course: Course) -> Route {
        sheet(of: .course(course.id), reads: [.course(course.id), .point(course.venue.id)], source: course.source) {
            c in SheetFacts.course(course, c)
        }
    }

    package static func activity(_ activity: Activity) -> Route {
        sheet(
            of: .activity(activity.id), reads: [.activity(activity.id), .point(activity.venue.id)],
            source: activity.source
        ) { c in SheetFacts.activity(activity, c) }
    }

    /// A town's sheets in one document: its points, the courses held there, the notices
    /// still open for sign-up, and each venue's classes of the as-of week.
    package static func town(_ town: Region) -> Route {
        .page(.townSheets(town.id), layout: "town-sheets", reads: [.town(town.id)]) { c, _ in
            let points = c.site.points.filter { $0.town?.id == town.id }
            let here = Set(points.map(\.id))
            let courses = c.site.courses.filter { here.contains($0.venue.id) }
            let notices = c.site.activities.filter { here.contains($0.venue.id) && $0.status(asOf: c.today) == .open }
            let week = ISOWeek(containing: c.today)
            let classes = points.compactMap { VenueWeek($0, week, c.site) }.flatMap { WeekSheets.venueSheets($0, c) }
            let sheets =
                points.map { SheetFacts.point($0, c) } + courses.map { SheetFacts.course($0, c) }
                + notices.map { SheetFacts.activity($0, c) } + classes
            return PageContent(
                title: c.words["sheet.town-title"].replacing("{town}", with: town.name),
                TownSheetsFacts(town: town.name, sheets: sheets))
        }
    }

    static func sheet(
        of page: Address, reads: Set<InputKey>, source: SourceLocation,
        companions: @escaping @Sendable (PageContext) -> SheetPageFacts.Companions? = { _ in nil },
        facts: @escaping @Sendable (PageContext) -> SheetFacts
    ) -> Route {
        .page(.sheet(page), layout: "sheet", reads: reads, source: RouteSource(source)) { c, _ in
            let sheet = facts(c)
            return PageContent(title: sheet.heading, SheetPageFacts(sheets: [sheet], companions: companions(c)))
        }
    }
}

/// One sheet: what it is, its facts as label and value (or a week's grid of classes, or
/// lists shortened to fit), and how to find the page again.
package struct SheetFacts: FieldModel {
    var kind: String
    var heading: String
    var status: String?
    /// Short paragraphs under the heading: a bulletin's summary, a week's count of classes.
    var notes: [String]
    var facts: [Fact]
    var grid: SheetGrid?
    var blocks: [SheetBlock]
    var qr: String
    /// The page's address without its scheme, written beside the code (`example.org/p/1/`).
    var shortAddress: String
    var publisher: String
    var phone: String?
    /// `信息截至2026年11月23日，以网站为准`.
    var asOf: String

    package static let fields = TemplateFields<Self>([
        .text("kind") { $0.kind }, .text("heading") { $0.heading }, .text("status") { $0.status },
        .items("notes") { $0.notes }, .items("facts") { $0.facts }, .model("grid") { $0.grid },
        .items("blocks") { $0.blocks }, .text("qr") { $0.qr }, .text("shortAddress") { $0.shortAddress },
        .text("publisher") { $0.publisher }, .text("phone") { $0.phone }, .text("asOf") { $0.asOf },
    ])

    struct Fact: FieldModel {
        var label: String
        var value: String

        static let fields = TemplateFields<Self>([.text("label") { $0.label }, .text("value") { $0.value }])
    }

    /// The frame every sheet shares around its facts.
    init(
        kind: String, heading: String, status: String?, notes: [String] = [], facts: [(String, String?)] = [],
        grid: SheetGrid? = nil, blocks: [SheetBlock] = [], page: Address, _ c: PageContext
    ) {
        self.kind = kind
        self.heading = heading
        self.status = status
        self.notes = notes
        self.facts = facts.compactMap { label, value in value.map { Fact(label: c.words[label], value: $0) } }
        self.grid = grid
        self.blocks = blocks
        let address = Escaping.uri(c.paths.absolute(page))
        let code = c.qrCodes.map { $0.value(for: address) { QRCode(address) } } ?? QRCode(address)
        qr = code?.svg(label: c.words["sheet.scan"]) ?? ""
        shortAddress = Self.shortAddress(of: page, c)
        publisher = c.site.settings.publisher.name
        phone = c.site.settings.publisher.phone
        asOf = c.made.value(forKey: "sheet.as-of") {
            c.words["sheet.as-of"].replacing("{date}", with: c.words.reportDate(c.today))
        }
    }

    /// The page's address as the sheet writes it: without its scheme, non-ASCII
    /// percent-encoded as the QR code has it.
    static func shortAddress(of page: Address, _ c: PageContext) -> String {
        Escaping.uri(c.paths.absolute(page)).drop { $0 != ":" }.dropFirst(3).description
    }

    static func point(_ point: ServicePoint, _ c: PageContext) -> SheetFacts {
        let summary = c.pointSummary(point)
        let serves = point.servedVillages.map(\.name).joined(separator: c.words["list.separator"])
        return SheetFacts(
            kind: summary.kind, heading: point.name, status: summary.status,
            facts: [
                ("point.address", point.address),
                ("point.hours", summary.hours.isEmpty ? nil : summary.hours.joined(separator: "\n")),
                ("point.phone", point.phone), ("point.price", summary.price), ("point.elder-price", summary.elderPrice),
                ("point.serves", serves.isEmpty ? nil : serves),
            ], page: .point(point.id), c)
    }

    static func course(_ course: Course, _ c: PageContext) -> SheetFacts {
        let summary = c.courseSummary(course)
        return SheetFacts(
            kind: c.words["sheet.course"], heading: course.title, status: summary.seats,
            facts: [
                ("course.schedule", summary.schedule), ("course.dates", summary.dates),
                ("course.venue", course.venue.name + "\n" + course.venue.address), ("course.fee", summary.fee),
                ("course.teacher", summary.teacher),
            ], page: .course(course.id), c)
    }

    static func activity(_ activity: Activity, _ c: PageContext) -> SheetFacts {
        let summary = c.activitySummary(activity)
        let contact = [summary.contactName, summary.contactPhone].compactMap { $0 }.joined(separator: " ")
        return SheetFacts(
            kind: summary.kind ?? c.words["sheet.notice"], heading: activity.title,
            status: [summary.status, summary.placesLeft].compactMap { $0 }.joined(separator: " · "),
            facts: [
                ("activity.when", summary.when),
                ("activity.venue", activity.venue.name + "\n" + activity.venue.address),
                ("activity.organiser", summary.organiser), ("activity.contact", contact.isEmpty ? nil : contact),
                ("activity.signup", summary.isOpen ? summary.signup : nil),
            ], page: .activity(activity.id), c)
    }
}

/// What `templates/layouts/town-sheets.html` reads: every sheet of the town.
struct TownSheetsFacts: FieldModel {
    var town: String
    var sheets: [SheetFacts]

    static let fields = TemplateFields<Self>([.text("town") { $0.town }, .items("sheets") { $0.sheets }])
}

extension PageContext {
    /// The sheet of the as-of week's classes at a venue; nil when it has none that week.
    func weekSheet(of venue: ServicePoint) -> String? {
        let week = ISOWeek(containing: today)
        return VenueWeek.hasClasses(venue, week, site) ? paths.link(.venueWeekSheet(week, venue: venue.id)) : nil
    }
}
