import GongshiModel

/// Each record's cells by column header, written the way the zh-Hans site prints them and the
/// reader takes them back: labels (`运营中`), days (`周一至周五 10:30-12:30 午餐`), yes/no as
/// `是`/`否`, lists in one cell joined by `;`, dates and numbers as real ones.
enum RecordCells {
    /// The separator of values in one cell, as the CSV and workbook readers split them.
    static let listSeparator = ";"

    static func point(_ p: PointRecord) -> [String: SheetCell] {
        [
            "id": .text(p.id), "kind": label(p.kind), "name": .text(p.name), "region": .text(p.region.value),
            "address": .text(p.address), "status": label(p.status), "opened": date(p.opened),
            "operation": label(p.operation), "operator": text(p.operator?.value),
            "serves": list(p.serves?.map(\.value)), "location.lat": number(p.location?.lat),
            "location.lon": number(p.location?.lon), "hours": list(p.hours.map(hours)),
            "services": list(p.services.map { $0.label ?? $0.rawValue }), "meal.price": yuan(p.meal?.price),
            "meal.elder_price": yuan(p.meal?.elderPrice), "meal.delivery": yesNo(p.meal?.delivery),
            "meal.seats": number(p.meal?.seats), "capacity.beds": number(p.capacity?.beds),
            "capacity.seats": number(p.capacity?.seats), "phone": text(p.phone), "description": text(p.description),
            "photos": list(p.photos.map(\.value)), "updated": date(p.updated),
        ]
    }

    static func course(_ c: CourseRecord) -> [String: SheetCell] {
        [
            "id": .text(c.id), "title": .text(c.title), "venue": .text(c.venue.value), "term": .text(c.term.value),
            "sessions": list(c.sessions.map(session)), "from": date(c.from?.value), "until": date(c.until?.value),
            "except": list(c.except.map(\.value.description)), "category": text(c.category),
            "teacher": text(c.teacher), "capacity": number(c.capacity), "enrolled": number(c.enrolled),
            "fee": yuan(c.fee), "registration.opens": date(c.registration?.opens),
            "registration.closes": date(c.registration?.closes), "registration.url": text(c.registration?.url),
            "description": text(c.description),
        ]
    }

    static func activity(_ a: ActivityRecord) -> [String: SheetCell] {
        [
            "id": .text(a.id), "title": .text(a.title), "venue": .text(a.venue.value), "start": .dateTime(a.start),
            "end": .dateTime(a.end), "kind": label(a.kind), "organiser.team": label(a.organiser?.team),
            "organiser.name": text(a.organiser?.name), "volunteers.needed": number(a.volunteers?.needed),
            "volunteers.registered": number(a.volunteers?.registered), "contact.name": text(a.contact?.name),
            "contact.phone": text(a.contact?.phone), "signup": text(a.signup),
            "status": a.isCancelled ? label(ActivityStatus.cancelled) : .empty, "description": text(a.description),
            "updated": date(a.updated?.value),
        ]
    }

    /// `postal_code` only where the region sets its own: one inside takes its parent's.
    static func region(_ r: Region, parent: Region?) -> [String: SheetCell] {
        [
            "id": .text(r.id), "name": .text(r.name), "kind": label(r.kind), "parent": text(r.parentID),
            "postal_code": r.postalCode == parent?.postalCode ? .empty : text(r.postalCode),
        ]
    }

    static func `operator`(_ o: Operator) -> [String: SheetCell] {
        [
            "id": .text(o.id), "name": .text(o.name), "kind": label(o.kind), "phone": text(o.phone),
            "website": text(o.website), "description": text(o.description),
        ]
    }

    /// `周一至周五 10:30-12:30 午餐`.
    static func hours(_ h: OpeningHours) -> String {
        [h.days.chinese, "\(h.open)-\(h.close)", h.label].compactMap { $0 }.joined(separator: " ")
    }

    /// `周二 09:00-10:30`.
    static func session(_ s: WeeklySession) -> String {
        (s.weekday.label ?? s.weekday.rawValue) + " \(s.start)-\(s.end)"
    }

    private static func label<T: AcceptedWords>(_ value: T?) -> SheetCell {
        value.map { .text($0.label ?? $0.rawValue) } ?? .empty
    }

    private static func text(_ value: String?) -> SheetCell { value.map(SheetCell.text) ?? .empty }
    private static func date(_ value: LocalDate?) -> SheetCell { value.map(SheetCell.date) ?? .empty }
    private static func number(_ value: Int?) -> SheetCell { value.map { .number(Double($0)) } ?? .empty }
    private static func number(_ value: Double?) -> SheetCell { value.map(SheetCell.number) ?? .empty }
    private static func yuan(_ value: Yuan?) -> SheetCell { value.map { .number(Double($0.fen) / 100) } ?? .empty }
    private static func yesNo(_ value: Bool?) -> SheetCell { value.map { .text(BooleanWords.label($0)) } ?? .empty }

    private static func list(_ values: [String]?) -> SheetCell {
        guard let values, !values.isEmpty else { return .empty }
        return .text(values.joined(separator: listSeparator))
    }
}
