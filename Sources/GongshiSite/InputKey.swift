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

    /// The keys touched by the records of `paths` (record files) that differ between two
    /// sites: a record counts when the other site has no record of its id with the same
    /// fields and place, so one changed address in a file of a hundred points touches only
    /// that point and its town. Each changed record touches what `touchedByFile` says, taken
    /// in the site it stands in; records added, removed, moved or edited are covered.
    public static func touched(byRecordsIn paths: Set<String>, from old: Site, to new: Site) -> Set<InputKey> {
        var keys: Set<InputKey> = []
        // Usually one file or a few: compared in turn, cheaper than hashing every record's path.
        let files = Array(paths)
        func isChanged(_ location: SourceLocation) -> Bool {
            files.count > 8 ? paths.contains(location.path) : files.contains(location.path)
        }
        func point(_ id: String, in site: Site) {
            keys.insert(.point(id))
            if let town = site.point(id)?.town { keys.insert(.town(town.id)) }
        }
        for (site, other) in [(old, new), (new, old)] {
            for record in site.points where isChanged(record.source) {
                if other.point(record.id)?.record != record.record { point(record.id, in: site) }
            }
            for record in site.courses where isChanged(record.source) {
                guard other.course(record.id)?.record != record.record else { continue }
                keys.insert(.course(record.id))
                point(record.venue.id, in: site)
            }
            for record in site.activities where isChanged(record.source) {
                guard other.activity(record.id)?.record != record.record else { continue }
                keys.insert(.activity(record.id))
                point(record.venue.id, in: site)
            }
        }
        return keys
    }
}
