import GongshiModel
import GongshiRender

/// For a week no term touches, what the timetable and the bulletin say instead of its
/// classes: which break it is and when the next term starts (with a link to that week).
package struct TermBreak: FieldModel {
    package var reason: String
    /// Absent after the last term; absent stops the lookup, so the section never shows the
    /// timetable pager's `next`.
    var next: NextTerm?

    package static let fields = TemplateFields<Self>([.text("reason") { $0.reason }, .model("next") { $0.next }])

    struct NextTerm: FieldModel {
        var text: String
        var link: String

        static let fields = TemplateFields<Self>([.text("text") { $0.text }, .text("link") { $0.link }])
    }

    /// The break `week` falls in; nil in term time.
    package init?(_ week: ISOWeek, _ c: PageContext) {
        let terms = c.site.settings.terms
        guard !terms.contains(where: { $0.dates.first <= week.sunday && week.monday <= $0.dates.last }) else {
            return nil
        }
        let previous = terms.filter { $0.dates.last < week.monday }.max { $0.dates.last < $1.dates.last }
        let next = terms.filter { $0.dates.first > week.sunday }.min { $0.dates.first < $1.dates.first }
        let reason: String
        if let previous, let next {
            // A break is named by the months it spans, the same for each of its weeks.
            let months = Set(DateRange(first: previous.dates.last, last: next.dates.first)!.dates.map(\.month))
            reason =
                !months.isDisjoint(with: [7, 8])
                ? "timetable.summer-break"
                : !months.isDisjoint(with: [1, 2]) ? "timetable.winter-break" : "timetable.between-terms"
        } else {
            reason = next == nil ? "timetable.after-terms" : "timetable.before-terms"
        }
        self.reason = c.words[reason]
        self.next = next.map {
            NextTerm(
                text: c.words["timetable.next-term"].replacing("{term}", with: $0.name)
                    .replacing("{date}", with: c.words.date($0.dates.first, relativeTo: week.thursday)),
                link: c.paths.timetable(ISOWeek(containing: $0.dates.first)))
        }
    }
}
