import GongshiModel

/// Hints the loader repeats word for word across many diagnostics, spelt out once here so
/// expected diagnostics stay readable and within the line length.
enum Hint {
    static let slug = "use lowercase letters a–z, digits and '-', starting with a letter or digit, at most 64"

    static let phone =
        "write a landline with its area code like 0575-87012345, a mobile like 13800000000, "
        + "or a service line like 12345"

    static let notRead =
        "records go in points/, courses/ or activities/ as .yaml, .json or .csv; pages as .md"

    static let needsOpened = "add opened: YYYY-MM-DD, or give the status it really has, such as construction"

    static let swapped = "latitude near Zhuji is about 29.7: check that lat and lon are not swapped"

    static let outsideTerm = "the course is shown only within its term's dates"

    static let derivedStatus = "leave status out unless the activity is cancelled"

    static let missingComma = "check for a missing comma or quote just before this place"

    static let jsonFieldComma =
        "add a comma between two fields, or } to close the object; or check for a missing quote just before this place"

    static let jsonItemComma =
        "add a comma between two items, or ] to close the list; or check for a missing quote just before this place"

    static let jsonEscapes =
        "write a backslash as \\\\; JSON's escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with four hex digits"

    static let surrogates =
        "follow a \\uD800–\\uDBFF escape with a \\uDC00–\\uDFFF one, or write the character itself"

    static let colonInValue = "a value holds ': ' — put the value in quotes, or check the indentation"

    static let noSessions = "add one like {weekday: tue, start: \"09:00\", end: \"10:30\"}"

    static let notUTF8 = "save it as UTF-8: in the editor's Save As, choose the UTF-8 encoding"

    static let bulletinName = "name a bulletin note after its week, like 2026-W48.md"

    static let aliasBomb = "write the values out instead of repeating aliases of aliases"

    /// "did you mean 'x'? use one of: …" as the vocabulary fields say it.
    static func vocabulary<T: Vocabulary>(_: T.Type, didYouMean guess: String? = nil) -> String {
        (guess.map { "did you mean '\($0)'? " } ?? "") + "use one of: " + T.words.joined(separator: ", ")
    }

    /// The list of a shape's fields given for an unknown field with no close name.
    static func fields(of shape: String, _ names: [String]) -> String {
        "it is ignored; fields of a \(shape): " + names.joined(separator: ", ")
    }

    static let pointFields = [
        "id", "kind", "name", "region", "address", "status", "opened", "operation", "operator", "serves", "location",
        "hours", "services", "meal", "capacity", "phone", "description", "photos", "updated",
    ]
}
