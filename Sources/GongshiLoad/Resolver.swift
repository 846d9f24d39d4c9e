import GongshiModel

/// The resolve stage: follows every reference, checks ids are unique and dates agree, and
/// builds the `Site` the pages read. Records with a broken reference are left out of the
/// Site (and reported), so later stages only see whole facts.
public enum Resolver {
    public static func resolve(_ loaded: LoadedSite) -> (Site?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let regions = unique(loaded.regions, noun: "region", id: \.id, at: \.location, &diagnostics)
        let operators = unique(loaded.operators, noun: "operator", id: \.id, at: \.location, &diagnostics)
        let pointRecords = unique(loaded.points, noun: "point", id: \.id, at: \.source, &diagnostics)
        let courseRecords = unique(loaded.courses, noun: "course", id: \.id, at: \.source, &diagnostics)
        let activityRecords = unique(loaded.activities, noun: "activity", id: \.id, at: \.source, &diagnostics)
        let terms = unique(loaded.settings?.terms ?? [], noun: "term", id: \.id, at: \.location, &diagnostics)
        diagnostics += duplicatePages(loaded.pages)

        let tree = RegionTree(regions)
        let regionIDs = regions.map(\.id)
        let operatorByID = Dictionary(uniqueKeysWithValues: operators.map { ($0.id, $0) })

        var root: Region?
        if let settings = loaded.settings {
            root = lookup(settings.region, noun: "region", in: regionIDs, &diagnostics).flatMap { tree[$0] }
        }

        var points: [ServicePoint] = []
        for record in pointRecords {
            if let point = resolvePoint(record, tree: tree, regionIDs: regionIDs, operators: operatorByID,
                                        media: loaded.mediaFiles, &diagnostics) {
                points.append(point)
            }
        }
        let pointByID = Dictionary(uniqueKeysWithValues: points.map { ($0.id, $0) })
        let pointIDs = pointRecords.map(\.id)
        let termByID = Dictionary(uniqueKeysWithValues: terms.map { ($0.id, $0) })

        var courses: [Course] = []
        for record in courseRecords {
            let venue = lookup(record.venue, noun: "venue", in: pointIDs, &diagnostics).flatMap { pointByID[$0] }
            let term = lookup(record.term, noun: "term", in: terms.map(\.id), &diagnostics).flatMap { termByID[$0] }
            guard let venue, let term else { continue }
            diagnostics += checkCourseDates(record, term: term)
            courses.append(Course(record: record, venue: venue, term: term, closures: loaded.settings?.closures ?? []))
        }

        var activities: [Activity] = []
        for record in activityRecords {
            if let venue = lookup(record.venue, noun: "venue", in: pointIDs, &diagnostics).flatMap({ pointByID[$0] }) {
                activities.append(Activity(record: record, venue: venue))
            }
        }

        guard let settings = loaded.settings, let root else { return (nil, diagnostics) }
        var checked = settings
        checked.terms = terms
        let site = Site(
            settings: checked, regions: tree, root: root, operators: operators, points: points, courses: courses,
            activities: activities, pages: loaded.pages, bulletinNotes: loaded.bulletinNotes)
        return (site, diagnostics)
    }

    static func resolvePoint(
        _ record: PointRecord, tree: RegionTree, regionIDs: [String], operators: [String: Operator],
        media: Set<String>, _ diagnostics: inout [Diagnostic]
    ) -> ServicePoint? {
        let region = lookup(record.region, noun: "region", in: regionIDs, &diagnostics).flatMap { tree[$0] }
        var op: Operator?
        if let ref = record.operator {
            op = lookup(ref, noun: "operator", in: Array(operators.keys).sorted(), &diagnostics).flatMap { operators[$0] }
        }
        let serves = (record.serves ?? []).compactMap { lookup($0, noun: "region", in: regionIDs, &diagnostics).flatMap { tree[$0] } }
        for photo in record.photos {
            let path = "content/media/" + photo.value
            if photo.value.split(separator: "/").contains("..") || !media.contains(path) {
                diagnostics.append(.error("photo '\(photo.value)' is not in content/media/", at: photo.location,
                                          hint: Suggestions.didYouMean(path, in: media).map { "\($0) — paths are relative to content/media/" }
                                              ?? "put the picture in content/media/ and give its path from there"))
            }
        }
        guard let region else { return nil }
        let served = record.serves == nil ? (region.kind.isVillageLevel ? [region] : []) : serves
        var villages: [Region] = []
        for area in served {
            for village in tree.villages(under: area.id) where !villages.contains(where: { $0.id == village.id }) {
                villages.append(village)
            }
        }
        return ServicePoint(record: record, region: region, town: tree.town(of: region.id), operator: op,
                            serves: served, servedVillages: villages)
    }

    /// A course's own dates must sit inside its term; `except` days should be course days.
    static func checkCourseDates(_ record: CourseRecord, term: Term) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if let from = record.from, !term.dates.contains(from.value) {
            out.append(.warning("'from' \(from.value) is outside the term '\(term.id)' (\(term.dates))", at: from.location,
                                hint: "the course is shown only within its term's dates"))
        }
        if let until = record.until, !term.dates.contains(until.value) {
            out.append(.warning("'until' \(until.value) is outside the term '\(term.id)' (\(term.dates))", at: until.location,
                                hint: "the course is shown only within its term's dates"))
        }
        for day in record.except where !term.dates.contains(day.value) {
            out.append(.warning("'except' \(day.value) is outside the term '\(term.id)' (\(term.dates))", at: day.location))
        }
        return out
    }

    /// The id when it names a known record; otherwise an error with the closest id.
    static func lookup(_ ref: Located<String>, noun: String, in ids: [String], _ diagnostics: inout [Diagnostic]) -> String? {
        if ids.contains(ref.value) { return ref.value }
        diagnostics.append(.error("unknown \(noun) '\(ref.value)'", at: ref.location,
                                  hint: Suggestions.didYouMean(ref.value, in: ids)))
        return nil
    }

    /// Keeps the first record of each id and reports the others, naming both places.
    static func unique<T>(
        _ items: [T], noun: String, id: KeyPath<T, String>, at location: KeyPath<T, SourceLocation>,
        _ diagnostics: inout [Diagnostic]
    ) -> [T] {
        var seen: [String: SourceLocation] = [:]
        var out: [T] = []
        for item in items {
            let key = item[keyPath: id]
            if let first = seen[key] {
                diagnostics.append(.error("\(noun) id '\(key)' is used twice", at: item[keyPath: location],
                                          hint: "first used at \(first); give each \(noun) its own id"))
                continue
            }
            seen[key] = item[keyPath: location]
            out.append(item)
        }
        return out
    }

    /// Two page files that would publish at the same URL (`a.md` and `a/index.md`).
    static func duplicatePages(_ pages: [Page]) -> [Diagnostic] {
        var seen: [String: SourceLocation] = [:]
        var out: [Diagnostic] = []
        for page in pages {
            if let first = seen[page.urlPath] {
                out.append(.error("this page has the same address /\(page.urlPath)/ as another",
                                  at: .file(page.bodyLocation.path), hint: "first at \(first.path); rename one of them"))
            } else {
                seen[page.urlPath] = page.bodyLocation
            }
        }
        return out
    }
}
