import GongshiModel

/// One fact a route can read, so that a rebuild re-renders only the routes whose facts
/// changed. Keys are coarse on purpose: a point's key stands for the point and everything
/// held there (its courses and activities), a town's for every point in it. A route that
/// declares no keys reads the whole site.
public enum InputKey: Hashable, Sendable {
    case point(String)
    case town(String)
    case course(String)
    case activity(String)

    /// Whether a content file holds only records that `touched` accounts for; any other file
    /// (settings, regions, operators, pages, bulletin notes) or a template can change any page.
    public static func isRecordFile(_ path: String) -> Bool {
        ["content/points/", "content/courses/", "content/activities/"].contains { path.hasPrefix($0) }
    }

    /// The keys touched by the record files whose digests changed, before or after the
    /// change; nil when another input changed (settings, regions, operators, pages, bulletin
    /// notes, templates, media), which can change any page.
    public static func changed(
        from oldInputs: [String: String], to newInputs: [String: String], oldKeys: [String: Set<InputKey>],
        newKeys: [String: Set<InputKey>]
    ) -> Set<InputKey>? {
        let changed = Set(oldInputs.keys).union(newInputs.keys).filter { oldInputs[$0] != newInputs[$0] }
        guard changed.allSatisfy(isRecordFile) else { return nil }
        var dirty: Set<InputKey> = []
        for path in changed {
            dirty.formUnion(oldKeys[path] ?? [])
            dirty.formUnion(newKeys[path] ?? [])
        }
        return dirty
    }
}
