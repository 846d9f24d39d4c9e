import GongshiModel

/// Senior-university courses (SPEC §5).
enum CourseDecoder {
    static func decode(_ value: ContentValue, offset: UTCOffset, log: inout LoadLog) -> CourseRecord? {
        guard var r = RecordReader(value, shape: Shapes.course, offset: offset, diagnostics: &log.diagnostics) else {
            return nil
        }
        let id = r.read("id", ValueParsers.slug)
        r.id = id
        log.declare(.course, id, at: r.location(of: "id"))
        let title = r.read("title", ValueParsers.text)
        let venue = r.located("venue", ValueParsers.slug)
        let term = r.located("term", ValueParsers.slug)
        log.refer(.point, venue, noun: .venue)
        log.refer(.term, term)
        let sessions = r.nestedList("sessions") { v, d in decodeSession(v, offset: offset, diagnostics: &d) }
        let from = r.located("from", ValueParsers.date)
        let until = r.located("until", ValueParsers.date)
        let except = r.list("except", ValueParsers.date)
        let category = r.read("category", ValueParsers.text)
        let teacher = r.read("teacher", ValueParsers.text)
        let capacity = r.read("capacity", ValueParsers.count)
        let enrolled = r.read("enrolled", ValueParsers.count)
        let fee = r.read("fee", ValueParsers.price)
        let registration = r.object("registration", shape: Shapes.registration) { sub -> Registration in
            let opens = sub.read("opens", ValueParsers.date)
            let closes = sub.read("closes", ValueParsers.date)
            if let opens, let closes, closes < opens {
                sub.report(
                    ValueProblem.reversed("opens", opens, "closes", closes, strict: false),
                    at: sub.location(of: "closes"))
            }
            return Registration(opens: opens, closes: closes, url: sub.read("url", ValueParsers.url))
        }
        let description = r.read("description", ValueParsers.markdown)

        if let from, let until, until.value < from.value {
            r.report(ValueProblem.reversed("from", from.value, "until", until.value, strict: false), at: until.location)
        }
        if let capacity, let enrolled, enrolled > capacity {
            r.report(
                RecordProblem.enrolledAboveCapacity(enrolled: enrolled, capacity: capacity),
                at: r.location(of: "enrolled"), severity: .warning)
        }
        if let written = r.field("sessions"), RecordReader.items(of: written).isEmpty {
            r.report(RecordProblem.noSessions, at: r.location(of: "sessions"))
        }
        log.diagnostics += r.finish()
        guard let id, let title, let venue, let term, let sessions else { return nil }
        return CourseRecord(
            id: id, title: title, venue: venue, term: term, sessions: sessions, from: from, until: until,
            except: except ?? [], category: category, teacher: teacher, capacity: capacity, enrolled: enrolled,
            fee: fee, registration: registration, description: description, source: value.location)
    }

    /// A weekly slot: `{weekday: tue, start: "09:00", end: "10:30"}` or `tue 09:00-10:30`.
    static func decodeSession(_ v: ContentValue, offset: UTCOffset, diagnostics: inout [Diagnostic]) -> WeeklySession? {
        if let line = v.text {
            let parts = ValueParsers.folded(line).split(separator: " ", omittingEmptySubsequences: true)
            if parts.count == 2, Weekday(name: parts[0]) == nil, PointDecoder.timeSpan(parts[1]) != nil {
                let day = String(parts[0])
                diagnostics.append(
                    .error(
                        .value(.notAWeekday(field: "sessions", value: day, suggestion: ValueParsers.weekdayGuess(day))),
                        at: v.location))
                return nil
            }
            guard parts.count == 2, let day = Weekday(name: parts[0]),
                let (start, end) = PointDecoder.timeSpan(parts[1])
            else {
                diagnostics.append(.error(.record(.notASessionLine(value: line)), at: v.location))
                return nil
            }
            guard start < end else {
                diagnostics.append(.error(.value(.reversed("start", start, "end", end, strict: true)), at: v.location))
                return nil
            }
            return WeeklySession(weekday: day, start: start, end: end)
        }
        return RecordReader.readObject(v, shape: Shapes.session, offset: offset, into: &diagnostics) {
            sub -> WeeklySession? in
            let day = sub.read("weekday", ValueParsers.weekday)
            let start = sub.read("start", ValueParsers.time)
            let end = sub.read("end", ValueParsers.time)
            guard let day, let start, let end else { return nil }
            if end <= start {
                sub.report(ValueProblem.reversed("start", start, "end", end, strict: true), at: sub.location(of: "end"))
                return nil
            }
            return WeeklySession(weekday: day, start: start, end: end)
        }
    }
}
