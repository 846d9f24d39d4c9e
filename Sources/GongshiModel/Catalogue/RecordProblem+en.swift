extension RecordProblem {
    /// The English wording.
    public var en: Wording {
        func q(_ s: String) -> String { Say.en(s) }
        func record(_ noun: RecordNoun, _ id: String?) -> String {
            id.map { "\(noun.en) \(q($0))" } ?? "this \(noun.en)"
        }
        switch self {
        case .notFields(let noun, let found):
            return Wording(
                "a \(noun.en) should be a group of fields written as name: value, not \(found.en)",
                hint: "write each field on its own line, like name: 甲村爱心食堂")
        case .misspeltRequired(let field, let required):
            return Wording(
                "unknown field \(q(field)); the required field \(q(required)) is missing",
                hint: "did you mean \(q(required))?")
        case .unknownField(let noun, let field, let suggestion, let nested, let fields):
            let hint =
                suggestion.map { "did you mean \(q($0))?" }
                ?? (nested.isEmpty
                    ? "it is ignored; fields of a \(noun.en): \(fields.joined(separator: ", "))"
                    : "did you mean " + nested.map(q).joined(separator: " or ") + "? it goes inside its group")
            return Wording("unknown \(noun.en) field \(q(field))", hint: hint)
        case .emptyRequired(let noun, let id, let field):
            return Wording("\(q(field)) is empty in \(record(noun, id))", hint: "the field is required: fill it in")
        case .missingRequired(let noun, let id, let field):
            return Wording(
                "\(record(noun, id)) is missing the required field \(q(field))", hint: "add a line \(field): …")
        case .operatingWithoutOpened:
            return Wording(
                "an operating point needs 'opened', the date it started serving",
                hint: "add opened: YYYY-MM-DD, or give the status it really has, such as construction")
        case .elderPriceAbovePrice(let elderPrice, let price):
            return Wording(
                "'elder_price' (\(elderPrice)) is more than 'price' (\(price))",
                hint: "the price for older people is usually the lower one; check both")
        case .enrolledAboveCapacity(let enrolled, let capacity):
            return Wording(
                "'enrolled' (\(enrolled)) is more than 'capacity' (\(capacity))",
                hint: "check both numbers; the page would show no seats left")
        case .noSessions:
            return Wording(
                "'sessions' lists no weekly slot", hint: "add one like {weekday: tue, start: \"09:00\", end: \"10:30\"}"
            )
        case .notASessionLine(let value):
            return Wording("\(q(value)) is not a weekly session", hint: "write it like: tue 09:00-10:30")
        case .notAnHoursLine(let value):
            return Wording("\(q(value)) is not an opening-hours line", hint: "write it like: mon-fri 10:30-12:30 午餐")
        case .regionInside(let kind, let parentKind, let parent):
            return Wording(
                "a \(kind) cannot stand inside a \(parentKind) (\(q(parent)))",
                hint: "city → county → town/subdistrict → village/community")
        case .duplicateId(let noun, let id, let first):
            return Wording(
                "\(noun.en) id \(q(id)) is used twice", hint: "first used at \(first); give each \(noun.en) its own id")
        case .unknownReference(let noun, let kind, let id, let suggestion):
            return Wording(
                "unknown \(noun.en) \(q(id))",
                hint: suggestion.map { "did you mean \(q($0))?" } ?? "no \(kind.en) has this id")
        case .photoNotInMedia(let photo, let suggestion):
            return Wording(
                "photo \(q(photo)) is not in content/media/",
                hint: suggestion.map { "did you mean \(q($0))?" }
                    ?? "put the picture in content/media/ and give its path from there")
        case .outsideTerm(let field, let date, let term, let dates):
            return Wording(
                "\(q(field)) \(date) is outside the term \(q(term)) (\(dates))",
                hint: "the course is shown only within its term's dates")
        case .sameAddress(let path, let first):
            return Wording(
                "this page has the same address /\(path)/ as another", hint: "first at \(first); rename one of them")
        case .opensAfterToday(let id, let opened):
            return Wording(
                "point \(q(id)) is operating but opens only on \(opened)",
                hint: "use status construction until it opens, or correct 'opened'")
        case .updatedAfterToday(let noun, let id, let updated, let today):
            return Wording(
                "\(noun.en) \(q(id)) was 'updated' on \(updated), after today (\(today))",
                hint: "write the day the record was last checked")
        case .noProvince:
            return Wording(
                "HSDS addresses need site.yaml 'province': addresses are left out of /data/hsds/ until it is set",
                hint: "add the province the site lies in, e.g. province: 浙江省")
        case .noPostalCode(let kind, let id, let name, let points):
            return Wording(
                "\(kind) \(q(id)) (\(name)) has no postal_code, nor has any region above it: the addresses of its "
                    + (points == 1 ? "1 point are" : "\(points) points are") + " left out of /data/hsds/",
                hint: "add postal_code: with the six-digit 邮政编码 here or to the city above; regions inside take it")
        case .noSiteFile:
            return Wording(
                "content/site.yaml is missing",
                hint: "every site needs site.yaml with title, base_url, region and publisher")
        case .noRegionsFile:
            return Wording(
                "content/regions.yaml is missing",
                hint:
                    "list the city, its towns and villages there (or in regions.xlsx or regions.csv, a region per row with its parent's id in the parent column)"
            )
        case .regionParentLoop(let chain):
            return Wording(
                "the parents of this region lead back to itself: \(chain.joined(separator: " → "))",
                hint: "write each region's real parent in the parent column; leave it empty for the city")
        case .pageFileName(let name):
            return Wording(
                "the file name \(q(name)) cannot be part of a web address",
                hint: "rename it with lowercase letters a–z, digits and '-': the page's URL comes from its path")
        case .bulletinFileName(let name):
            return Wording(
                "\(q(name)) is not named after an ISO week",
                hint: "name a bulletin note after its week, like 2026-W48.md")
        }
    }
}
