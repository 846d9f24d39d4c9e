import GongshiModel

/// Volunteer activities (SPEC §6).
enum ActivityDecoder {
    static func decode(_ value: ContentValue, offset: UTCOffset, log: inout LoadLog) -> ActivityRecord? {
        guard var r = RecordReader(value, shape: Shapes.activity, offset: offset, diagnostics: &log.diagnostics) else {
            return nil
        }
        let id = r.read("id", ValueParsers.slug)
        r.id = id
        log.declare(.activity, id, at: r.location(of: "id"))
        let title = r.read("title", ValueParsers.text)
        let venue = r.located("venue", ValueParsers.slug)
        log.refer(.point, venue, noun: .venue)
        let start = r.read("start") { ValueParsers.dateTime($0, $1, offset: offset) }
        let end = r.read("end") { ValueParsers.dateTime($0, $1, offset: offset) }
        let kind = r.read("kind") { ValueParsers.vocabulary($0, $1, as: ActivityKind.self) }
        let organiser = r.object("organiser", shape: Shapes.organiser) { sub in
            Organiser(
                team: sub.read("team") { ValueParsers.vocabulary($0, $1, as: Team.self) },
                name: sub.read("name", ValueParsers.text))
        }
        let volunteers = r.object("volunteers", shape: Shapes.volunteers) { sub in
            VolunteerNeed(
                needed: sub.read("needed", ValueParsers.count), registered: sub.read("registered", ValueParsers.count))
        }
        let contact = r.object("contact", shape: Shapes.contact) { sub in
            Contact(name: sub.read("name", ValueParsers.text), phone: sub.read("phone", ValueParsers.phone))
        }
        let signup = r.read("signup", ValueParsers.url)
        let cancelled = r.read("status") { v, field -> Result<Bool, ValueProblem> in
            ValueParsers.text(v, field).flatMap { s in
                let status = ActivityStatus(word: ValueParsers.folded(s))
                if status == .cancelled { return .success(true) }
                if status != nil {
                    return .failure(.derivedStatus(field: field, value: s))
                }
                return .failure(.unknownWord(field: field, value: s, suggestion: nil, words: ["cancelled"]))
            }
        }
        let description = r.read("description", ValueParsers.markdown)
        let updated = r.located("updated", ValueParsers.date)
        if let start, let end, end <= start {
            r.report(ValueProblem.reversed("start", start, "end", end, strict: true), at: r.location(of: "end"))
        }
        log.diagnostics += r.finish()
        guard let id, let title, let venue, let start, let end else { return nil }
        return ActivityRecord(
            id: id, title: title, venue: venue, start: start, end: end, kind: kind, organiser: organiser,
            volunteers: volunteers, contact: contact, signup: signup, isCancelled: cancelled ?? false,
            description: description, updated: updated, source: value.location)
    }
}
