/// Sheet names as Excel allows them: at most 31 characters, none of `[ ] : * ? / \`, no
/// apostrophe first or last, and no two alike (ignoring case). A wanted name that breaks a
/// rule is mended (forbidden characters become `_`, a long name is cut, a repeat gets `(2)`).
struct SheetNames {
    static let maximumLength = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    private var taken: Set<String>

    /// `reserved`: names other sheets of the workbook already have.
    init(reserved: [String] = []) { taken = Set(reserved.map { $0.lowercased() }) }

    /// The name a sheet wanting `wanted` gets, now taken.
    mutating func take(_ wanted: String) -> String {
        var base = String(wanted.map { Self.forbidden.contains($0) ? "_" : $0 })
        while base.hasPrefix("'") { base.removeFirst() }
        while base.hasSuffix("'") { base.removeLast() }
        if base.isEmpty { base = "_" }
        var name = String(base.prefix(Self.maximumLength))
        var n = 1
        while taken.contains(name.lowercased()) {
            n += 1
            let suffix = "(\(n))"
            name = String(base.prefix(Self.maximumLength - suffix.count)) + suffix
        }
        taken.insert(name.lowercased())
        return name
    }
}
