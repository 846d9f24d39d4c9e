import GongshiModel

/// `content/site.yaml` (SPEC §2).
enum SiteDecoder {
    static func decode(_ value: ContentValue, log: inout LoadLog) -> SiteSettings? {
        guard var r = RecordReader(value, shape: Shapes.site, offset: .china, diagnostics: &log.diagnostics) else {
            return nil
        }
        let title = r.read("title", ValueParsers.text)
        var baseURL = r.read("base_url", ValueParsers.url)
        if let url = baseURL, !url.hasSuffix("/") { baseURL = url + "/" }
        let language = r.read("language") { ValueParsers.vocabulary($0, $1, as: SiteLanguage.self) }
        let timeZone = r.read("timezone", ValueParsers.timeZone) ?? .china
        let region = r.located("region", ValueParsers.slug)
        log.refer(.region, region)
        let publisher = r.object("publisher", shape: Shapes.publisher) { sub -> Publisher? in
            let name = sub.read("name", ValueParsers.text)
            let phone = sub.read("phone", ValueParsers.phone)
            let address = sub.read("address", ValueParsers.text)
            return name.map { Publisher(name: $0, phone: phone, address: address) }
        }
        let bulletinsFrom = r.read("bulletins_from", ValueParsers.date)
        let targets = r.object("targets", shape: Shapes.targets) { sub in
            Targets(
                canteenCoverage: sub.read("canteen_coverage", ValueParsers.ratio),
                activitiesPerCanteenMonth: sub.read("activities_per_canteen_month", ValueParsers.count))
        }
        let declaredTerms = r.nestedList("terms") { v, d in decodeTerm(v, diagnostics: &d) }
        for (term, idAt) in declaredTerms ?? [] { log.declare(.term, term.id, at: idAt) }
        let terms = declaredTerms?.map(\.term)
        let closures = r.list("closures", ValueParsers.dateRange)?.map {
            Closure(dates: $0.value, location: $0.location)
        }
        let allow = r.object("privacy", shape: Shapes.privacy) { sub in sub.list("allow", ValueParsers.text) } ?? nil
        let stale = r.read("stale_after_days", ValueParsers.count)
        let rawHTML = r.read("allow_raw_html", ValueParsers.boolean)
        let province = r.read("province", ValueParsers.text)
        log.diagnostics += r.finish()
        guard let title, let baseURL, let region, let publisher else { return nil }
        return SiteSettings(
            title: title, baseURL: baseURL, language: language ?? .zhHans, timeZone: timeZone, region: region,
            publisher: publisher, bulletinsFrom: bulletinsFrom, targets: targets ?? Targets(), terms: terms ?? [],
            closures: closures ?? [], privacyAllow: (allow ?? []).map(\.value), staleAfterDays: stale ?? 180,
            allowRawHTML: rawHTML ?? false, province: province)
    }

    /// A term and where its id stands, which a duplicate id is reported at.
    static func decodeTerm(_ v: ContentValue, diagnostics: inout [Diagnostic]) -> (term: Term, idAt: SourceLocation)? {
        RecordReader.readObject(v, shape: Shapes.term, offset: .china, into: &diagnostics) {
            sub -> (term: Term, idAt: SourceLocation)? in
            let id = sub.read("id", ValueParsers.slug)
            sub.id = id
            let name = sub.read("name", ValueParsers.text)
            let from = sub.read("from", ValueParsers.date)
            let until = sub.read("until", ValueParsers.date)
            guard let id, let name, let from, let until else { return nil }
            guard let dates = DateRange(first: from, last: until) else {
                sub.report(
                    ValueProblem.reversed("from", from, "until", until, strict: false), at: sub.location(of: "until"))
                return nil
            }
            return (Term(id: id, name: name, dates: dates, location: v.location), sub.location(of: "id"))
        }
    }
}

/// `content/regions.yaml` (SPEC §3): a tree flattened with parent ids.
enum RegionDecoder {
    static func decode(_ value: ContentValue, log: inout LoadLog) -> [Region] {
        var out: [Region] = []
        for record in value.records { walk(record, parent: nil, into: &out, log: &log) }
        return out
    }

    static func walk(_ v: ContentValue, parent: Region?, into out: inout [Region], log: inout LoadLog) {
        guard var r = RecordReader(v, shape: Shapes.region, offset: .china, diagnostics: &log.diagnostics) else {
            return
        }
        let id = r.read("id", ValueParsers.slug)
        r.id = id
        log.declare(.region, id, at: r.location(of: "id"))
        let name = r.read("name", ValueParsers.text)
        let kind = r.read("kind") { ValueParsers.vocabulary($0, $1, as: RegionKind.self) }
        let children = r.field("children").map(RecordReader.items(of:)) ?? []
        let postalCode = r.read("postal_code", ValueParsers.postalCode)
        if let kind, let parent, !canNest(kind, under: parent.kind) {
            r.report(
                RecordProblem.regionInside(kind: kind.rawValue, parentKind: parent.kind.rawValue, parent: parent.id),
                at: r.location(of: "kind"))
        }
        log.diagnostics += r.finish()
        var region: Region?
        if let id, let name, let kind {
            region = Region(
                id: id, name: name, kind: kind, parentID: parent?.id, location: v.location,
                postalCode: postalCode ?? parent?.postalCode)
            out.append(region!)
        }
        for child in children { walk(child, parent: region ?? parent, into: &out, log: &log) }
    }

    /// A row of a region table; its place in the tree is settled by `RegionTable.place`.
    static func decodeRow(_ value: ContentValue, log: inout LoadLog) -> RegionRow? {
        guard var r = RecordReader(value, shape: Shapes.regionRow, offset: .china, diagnostics: &log.diagnostics)
        else { return nil }
        let id = r.read("id", ValueParsers.slug)
        r.id = id
        log.declare(.region, id, at: r.location(of: "id"))
        let name = r.read("name", ValueParsers.text)
        let kind = r.read("kind") { ValueParsers.vocabulary($0, $1, as: RegionKind.self) }
        let parent = r.located("parent", ValueParsers.slug)
        log.refer(.region, parent)
        let postalCode = r.read("postal_code", ValueParsers.postalCode)
        log.diagnostics += r.finish()
        guard let id, let name, let kind else { return nil }
        return RegionRow(
            region: Region(
                id: id, name: name, kind: kind, parentID: parent?.value, location: value.location,
                postalCode: postalCode),
            parentCell: parent?.location, kindCell: r.location(of: "kind"))
    }

    /// Levels only go down: a village cannot hold a town.
    static func canNest(_ child: RegionKind, under parent: RegionKind) -> Bool {
        let level: [RegionKind: Int] = [.city: 0, .county: 1, .town: 2, .subdistrict: 2, .village: 3, .community: 3]
        return level[child]! > level[parent]!
    }
}

/// `content/operators.yaml` (SPEC §3).
enum OperatorDecoder {
    static func decode(_ value: ContentValue, log: inout LoadLog) -> Operator? {
        guard var r = RecordReader(value, shape: Shapes.operator, offset: .china, diagnostics: &log.diagnostics) else {
            return nil
        }
        let id = r.read("id", ValueParsers.slug)
        r.id = id
        log.declare(.operator, id, at: r.location(of: "id"))
        let name = r.read("name", ValueParsers.text)
        let kind = r.read("kind") { ValueParsers.vocabulary($0, $1, as: OperatorKind.self) }
        let phone = r.read("phone", ValueParsers.phone)
        let website = r.read("website", ValueParsers.url)
        let description = r.read("description", ValueParsers.markdown)
        log.diagnostics += r.finish()
        guard let id, let name, let kind else { return nil }
        return Operator(
            id: id, name: name, kind: kind, phone: phone, website: website, description: description,
            location: value.location)
    }
}
