import GongshiModel

/// The resolve stage: checks every id is unique and every reference names a record,
/// then builds the `Site` the pages read. Records that are broken or duplicated are left
/// out of the Site (and reported), so later stages only see whole facts.
public enum Resolver {
    /// `earlier`: the site resolved last time and the files changed since (the preview's),
    /// whose records in unchanged files are taken over as they were resolved.
    public static func resolve(_ loaded: LoadedSite, earlier: EarlierResolution? = nil) -> (Site?, [Diagnostic]) {
        // The checks of ids and references read only the declarations: done on another core
        // while the records are resolved (the preview's rebuild after an edit waits for both).
        let (problems, (site, resolving)) = concurrently {
            let declared = Declared(loaded.declarations)
            return declared.duplicates + unknownReferences(loaded, declared: declared) + duplicatePages(loaded.pages)
        } _: {
            resolveRecords(loaded, earlier: earlier.flatMap { $0.onlyRecordsChanged ? $0 : nil })
        }
        return (site, problems + resolving)
    }

    /// The site of the records whose references resolve, with the problems found on the way
    /// (photos not in the media, course dates outside their term).
    static func resolveRecords(_ loaded: LoadedSite, earlier: EarlierResolution? = nil) -> (Site?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let regions = firstOfEachID(loaded.regions)
        let tree = RegionTree(regions)
        let operators = firstOfEachID(loaded.operators)
        let operatorByID = Dictionary(uniqueKeysWithValues: operators.map { ($0.id, $0) })
        let terms = firstOfEachID(loaded.settings?.terms ?? [])
        let termByID = Dictionary(uniqueKeysWithValues: terms.map { ($0.id, $0) })

        var villagesServed: [[String]: [Region]] = [:]
        // Points made anew: the courses and activities held there are made anew too.
        var renewedPoints: Set<String> = []
        let earlierPoints = earlier?.points
        let points = firstOfEachID(loaded.points) { record, position -> ServicePoint? in
            diagnostics += missingPhotos(record, media: loaded.mediaFiles)
            if let kept = earlierPoints?.kept(record.id, from: record.source, at: position) { return kept }
            renewedPoints.insert(record.id)
            return resolvePoint(record, tree: tree, operators: operatorByID, villagesServed: &villagesServed)
        }
        let pointByID = Dictionary(uniqueKeysWithValues: points.map { ($0.id, $0) })
        let closures = loaded.settings?.closures ?? []

        let earlierCourses = earlier?.courses
        let courses = firstOfEachID(loaded.courses) { record, position -> Course? in
            guard let venue = pointByID[record.venue.value], let term = termByID[record.term.value] else { return nil }
            diagnostics += checkCourseDates(record, term: term)
            if let earlierCourses, !renewedPoints.contains(venue.id),
                let kept = earlierCourses.kept(record.id, from: record.source, at: position)
            {
                return kept
            }
            return Course(record: record, venue: venue, term: term, closures: closures)
        }
        let earlierActivities = earlier?.activities
        let activities = firstOfEachID(loaded.activities) { record, position -> Activity? in
            guard let venue = pointByID[record.venue.value] else { return nil }
            if let earlierActivities, !renewedPoints.contains(venue.id),
                let kept = earlierActivities.kept(record.id, from: record.source, at: position)
            {
                return kept
            }
            return Activity(record: record, venue: venue)
        }
        guard var settings = loaded.settings, let root = tree[settings.region.value] else { return (nil, diagnostics) }
        settings.terms = terms
        let site = Site(
            settings: settings, regions: tree, root: root, operators: operators, points: points, courses: courses,
            activities: activities, pages: loaded.pages, bulletinNotes: loaded.bulletinNotes,
            indexedLike: earlier?.site)
        return (site, diagnostics)
    }

    /// A point whose region exists, with everything it refers to that exists. Points
    /// serving the same areas share one list of villages (`villagesServed`, keyed by the
    /// areas' ids): a town's hundred points would otherwise each copy its villages.
    static func resolvePoint(
        _ record: PointRecord, tree: RegionTree, operators: [String: Operator],
        villagesServed: inout [[String]: [Region]]
    ) -> ServicePoint? {
        guard let region = tree[record.region.value] else { return nil }
        let serves =
            record.serves.map { $0.compactMap { tree[$0.value] } } ?? [region]
        let areas = serves.map(\.id)
        let villages = villagesServed[areas] ?? Self.villages(under: serves, in: tree)
        villagesServed[areas] = villages
        return ServicePoint(
            record: record, region: region, town: tree.town(of: region.id),
            operator: record.operator.flatMap { operators[$0.value] }, serves: serves, servedVillages: villages)
    }

    /// The villages and communities under any of `areas`, each once, in order.
    static func villages(under areas: [Region], in tree: RegionTree) -> [Region] {
        var villages: [Region] = []
        var seen: Set<String> = []
        for area in areas {
            for village in tree.villages(under: area.id) where seen.insert(village.id).inserted {
                villages.append(village)
            }
        }
        return villages
    }

    static func missingPhotos(_ record: PointRecord, media: Set<String>) -> [Diagnostic] {
        record.photos.compactMap { photo in
            let path = "content/media/" + photo.value
            guard photo.value.split(separator: "/").contains("..") || !media.contains(path) else { return nil }
            let guess = Suggestions.closest(to: path, in: media).map { String($0.dropFirst("content/media/".count)) }
            return .error(.record(.photoNotInMedia(photo: photo.value, suggestion: guess)), at: photo.location)
        }
    }

    /// A course's own dates must sit inside its term.
    static func checkCourseDates(_ record: CourseRecord, term: Term) -> [Diagnostic] {
        let outside =
            [("from", record.from), ("until", record.until)].compactMap { name, date in
                date.map { (name, $0) }
            } + record.except.map { ("except", $0) }
        return outside.filter { !term.dates.contains($0.1.value) }.map { name, date in
            .warning(
                .record(
                    .outsideTerm(
                        field: name, date: date.value.description, term: term.id, dates: term.dates.description)),
                at: date.location)
        }
    }

    /// The ids each kind of record declares, with the first place of each, in one pass over
    /// the declarations, and every id used twice within its kind, naming both places.
    struct Declared {
        var first: [LoadLog.RecordKind: [String: SourceLocation]] = [:]
        var duplicates: [Diagnostic] = []

        init(_ declarations: [LoadLog.Declaration]) {
            // By kind first: one table per kind, filled without looking the kind up each time.
            var byKind: [LoadLog.RecordKind: [Int]] = [:]
            for (index, d) in declarations.enumerated() { byKind[d.kind, default: []].append(index) }
            var clashes: [(index: Int, diagnostic: Diagnostic)] = []
            for (kind, positions) in byKind {
                var table: [String: SourceLocation] = [:]
                table.reserveCapacity(positions.count)
                for index in positions {
                    let d = declarations[index]
                    if let earlier = table[d.id] {
                        let clash = Diagnostic.error(
                            .record(.duplicateId(noun: kind.noun, id: d.id, first: earlier)), at: d.location)
                        clashes.append((index, clash))
                    } else {
                        table[d.id] = d.location
                    }
                }
                first[kind] = table
            }
            duplicates = clashes.sorted { $0.index < $1.index }.map(\.diagnostic)
        }
    }

    /// Every reference to an id no record declares, with the closest declared id.
    static func unknownReferences(_ loaded: LoadedSite, declared: Declared) -> [Diagnostic] {
        var sorted: [LoadLog.RecordKind: [String]] = [:]
        return loaded.references.compactMap { ref in
            let ids = declared.first[ref.kind]
            guard ids?[ref.id.value] == nil, !loaded.unreadableFileMayDeclare(ref.kind, ref.id.value) else {
                return nil
            }
            if sorted[ref.kind] == nil { sorted[ref.kind] = ids.map { $0.keys.sorted() } ?? [] }
            let guess = Suggestions.closest(to: ref.id.value, in: sorted[ref.kind]!)
            return .error(
                .record(.unknownReference(noun: ref.noun, kind: ref.kind.noun, id: ref.id.value, suggestion: guess)),
                at: ref.id.location)
        }
    }

    /// Keeps the first record of each id; the duplicates are reported from the declarations.
    static func firstOfEachID<T: Identifiable>(_ items: [T]) -> [T] where T.ID == String {
        firstOfEachID(items) { item, _ in item }
    }

    /// The first record of each id, resolved, without an interim copy of the records (for a
    /// million points that copy was 0.3 GB of the peak).
    /// `resolve` gets each record with the position its result would take.
    static func firstOfEachID<T: Identifiable, Resolved>(_ items: [T], _ resolve: (T, Int) -> Resolved?) -> [Resolved]
    where T.ID == String {
        var seen: Set<String> = []
        var out: [Resolved] = []
        out.reserveCapacity(items.count)
        // By index: a loop over the items would copy each record, some hundred fields, first.
        for index in items.indices where seen.insert(items[index].id).inserted {
            if let resolved = resolve(items[index], out.count) { out.append(resolved) }
        }
        return out
    }

    /// Two page files that would publish at the same URL (`a.md` and `a/index.md`).
    static func duplicatePages(_ pages: [Page]) -> [Diagnostic] {
        var seen: [String: String] = [:]
        var out: [Diagnostic] = []
        for page in pages {
            if let first = seen[page.urlPath] {
                out.append(
                    .error(.record(.sameAddress(path: page.urlPath, first: first)), at: .file(page.bodyLocation.path)))
            } else {
                seen[page.urlPath] = page.bodyLocation.path
            }
        }
        return out
    }
}

/// A site resolved before, and the content files changed since: the preview's last site. When
/// only point, course and activity files changed, the settings, regions, operators and media
/// are the same, so a record read from an unchanged file, at the same place, resolves as it
/// did, unless the point it is held at was made anew.
public struct EarlierResolution: Sendable {
    public var site: Site
    /// Site-relative paths of the content files added, removed or edited since.
    public var changedFiles: Set<String>

    public init(site: Site, changedFiles: Set<String>) {
        self.site = site
        self.changedFiles = changedFiles
    }

    var onlyRecordsChanged: Bool {
        changedFiles.allSatisfy { path in
            switch ContentRole.of(path) {
            case .points, .courses, .activities: true
            default: false
            }
        }
    }

    var points: EarlierRecords<ServicePoint> { EarlierRecords(site.points, byID: site.point, changedFiles) }
    var courses: EarlierRecords<Course> { EarlierRecords(site.courses, byID: site.course, changedFiles) }
    var activities: EarlierRecords<Activity> { EarlierRecords(site.activities, byID: site.activity, changedFiles) }
}

/// The records of one kind an earlier site resolved, to take over one by one.
struct EarlierRecords<Resolved: ResolvedRecord> {
    let records: [Resolved]
    let byID: (String) -> Resolved?
    let changedFiles: Set<String>

    init(_ records: [Resolved], byID: @escaping (String) -> Resolved?, _ changedFiles: Set<String>) {
        self.records = records
        self.byID = byID
        self.changedFiles = changedFiles
    }

    /// The earlier record of an id when it was read from the same place of an unchanged
    /// file. `position`: where it will stand, usually where it stood before.
    func kept(_ id: String, from source: SourceLocation, at position: Int) -> Resolved? {
        guard !changedFiles.contains(source.path) else { return nil }
        let old = position < records.count && records[position].id == id ? records[position] : byID(id)
        guard let old, old.source == source else { return nil }
        return old
    }
}
