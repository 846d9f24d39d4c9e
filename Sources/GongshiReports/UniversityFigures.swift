import GongshiModel

/// The senior university (老年大学) per term: courses, class sessions, seats and enrolment,
/// by category and by venue. A course without `capacity` adds no seats and one without
/// `enrolled` no enrolment; the counts of such courses are kept so the page can say so.
struct UniversityFigures: Sendable {
    struct Tally: Sendable, Equatable {
        var courses = 0
        var sessions = 0
        var seats = 0
        var enrolled = 0
        var withoutCapacity = 0

        mutating func add(_ course: Course) {
            courses += 1
            sessions += course.allSessions.count
            seats += course.capacity ?? 0
            enrolled += course.enrolled ?? 0
            if course.capacity == nil { withoutCapacity += 1 }
        }
    }

    struct TermFigures: Sendable {
        let term: Term
        let total: Tally
        /// By category in order of first appearance; courses without one (nil) last.
        let categories: [(category: String?, tally: Tally)]
        /// By venue in order of first appearance.
        let venues: [(venue: ServicePoint, tally: Tally)]
    }

    let asOf: LocalDate
    let terms: [TermFigures]

    init(_ site: Site, asOf: LocalDate) {
        self.asOf = asOf
        terms = site.settings.terms.map { term in
            let courses = site.courses.filter { $0.term.id == term.id }
            var total = Tally()
            var categoryOrder: [String?] = []
            var byCategory: [String?: Tally] = [:]
            var venueOrder: [ServicePoint] = []
            var byVenue: [String: Tally] = [:]
            for course in courses {
                total.add(course)
                if byCategory[course.category] == nil { categoryOrder.append(course.category) }
                byCategory[course.category, default: Tally()].add(course)
                if byVenue[course.venue.id] == nil { venueOrder.append(course.venue) }
                byVenue[course.venue.id, default: Tally()].add(course)
            }
            categoryOrder = categoryOrder.filter { $0 != nil } + categoryOrder.filter { $0 == nil }
            return TermFigures(
                term: term, total: total, categories: categoryOrder.map { ($0, byCategory[$0]!) },
                venues: venueOrder.map { ($0, byVenue[$0.id]!) })
        }
    }

    /// The term a headline speaks of: the one holding the day, else the last that began
    /// before it, else the first.
    var current: TermFigures? {
        terms.first { $0.term.dates.contains(asOf) } ?? terms.last { $0.term.dates.first <= asOf } ?? terms.first
    }
}
