import GongshiModel

/// The resolve stage: checks every id is unique and every reference names a record,
/// then builds the `Site` the pages read. Records that are broken or duplicated are left
/// out of the Site (and reported), so later stages only see whole facts.
public enum Resolver {
    public static func resolve(_ loaded: LoadedSite) -> (Site?, [Diagnostic]) {
        // The checks of ids and references read only the declarations: done on another core
        // while the records are resolved (the preview's rebuild after an edit waits for both).
        let (problems, (site, resolving)) = concurrently {
            duplicateIDs(loaded.declarations) + unknownReferences(loaded) + duplicatePages(loaded.pages)
        } _: {
            resolveRecords(loaded)
        }
        return (site, problems + resolving)
    }

    /// The site of the records whose references resolve, with the problems found on the way
    /// (photos not in the media, course dates outside their term).
    static func resolveRecords(_ loaded: LoadedSite) -> (Site?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let regions = firstOfEachID(loaded.regions)
        let tree = RegionTree(regions)
        let operators = firstOfEachID(loaded.operators)
        let operatorByID = Dictionary(uniqueKeysWithValues: operators.map { ($0.id, $0) })
        let terms = firstOfEachID(loaded.settings?.terms ?? [])
        let termByID = Dictionary(uniqueKeysWithValues: terms.map { ($0.id, $0) })

        var villagesServed: [[String]: [Region]] = [:]
        let points = firstOfEachID(loaded.points) { record -> ServicePoint? in
            diagnostics += missingPhotos(record, media: loaded.mediaFiles)
            return resolvePoint(record, tree: tree, operators: operatorByID, villagesServed: &villagesServed)
        }
        let pointByID = Dictionary(uniqueKeysWithValues: points.map { ($0.id, $0) })
        let closures = loaded.settings?.closures ?? []

        let courses = firstOfEachID(loaded.courses) { record -> Course? in
            guard let venue = pointByID[record.venue.value], let term = termByID[record.term.value] else { return nil }
            diagnostics += checkCourseDates(record, term: term)
            return Course(record: record, venue: venue, term: term, closures: closures)
        }
        let activities = firstOfEachID(loaded.activities) { record in
            pointByID[record.venue.value].map { Activity(record: record, venue: $0) }
        }

        guard var settings = loaded.settings, let root = tree[settings.region.value] else { return (nil, diagnostics) }
        settings.terms = terms
        let site = Site(
            settings: settings, regions: tree, root: root, operators: operators, points: points, courses: courses,
            activities: activities, pages: loaded.pages, bulletinNotes: loaded.bulletinNotes)
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

    /// Every id used twice within its kind, naming both places.
    static func duplicateIDs(_ declarations: [LoadLog.Declaration]) -> [Diagnostic] {
        var first: [LoadLog.RecordKind: [String: SourceLocation]] = [:]
        var out: [Diagnostic] = []
        for d in declarations {
            if let earlier = first[d.kind]?[d.id] {
                out.append(
                    .error(.record(.duplicateId(noun: d.kind.noun, id: d.id, first: earlier)), at: d.location))
            } else {
                first[d.kind, default: [:]][d.id] = d.location
            }
        }
        return out
    }

    /// Every reference to an id no record declares, with the closest declared id.
    static func unknownReferences(_ loaded: LoadedSite) -> [Diagnostic] {
        var known: [LoadLog.RecordKind: Set<String>] = [:]
        for d in loaded.declarations { known[d.kind, default: []].insert(d.id) }
        var sorted: [LoadLog.RecordKind: [String]] = [:]
        return loaded.references.compactMap { ref in
            let ids = known[ref.kind] ?? []
            guard !ids.contains(ref.id.value), !loaded.unreadableFileMayDeclare(ref.kind, ref.id.value) else {
                return nil
            }
            if sorted[ref.kind] == nil { sorted[ref.kind] = ids.sorted() }
            let guess = Suggestions.closest(to: ref.id.value, in: sorted[ref.kind]!)
            return .error(
                .record(.unknownReference(noun: ref.noun, kind: ref.kind.noun, id: ref.id.value, suggestion: guess)),
                at: ref.id.location)
        }
    }

    /// Keeps the first record of each id; the duplicates are reported from the declarations.
    static func firstOfEachID<T: Identifiable>(_ items: [T]) -> [T] where T.ID == String {
        firstOfEachID(items) { $0 }
    }

    /// The first record of each id, resolved, without an interim copy of the records (for a
    /// million points that copy was 0.3 GB of the peak).
    static func firstOfEachID<T: Identifiable, Resolved>(_ items: [T], _ resolve: (T) -> Resolved?) -> [Resolved]
    where T.ID == String {
        var seen: Set<String> = []
        var out: [Resolved] = []
        for item in items where seen.insert(item.id).inserted {
            if let resolved = resolve(item) { out.append(resolved) }
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
