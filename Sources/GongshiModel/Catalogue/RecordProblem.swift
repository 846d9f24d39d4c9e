/// A record as a whole: its fields, the rules between its fields, its id and what it refers
/// to, and the rules between records (GS2xxx). `id` is the record's id when it has one.
public enum RecordProblem: Error, Hashable, Sendable, Codable {
    case notFields(noun: RecordNoun, found: ValueShape)
    /// An unknown field that is a misspelling of a missing required one: one problem, not two.
    case misspeltRequired(field: String, required: String)
    /// `suggestion`: a field of this record; `nested`: `group.field` homes of the name.
    case unknownField(noun: RecordNoun, field: String, suggestion: String?, nested: [String], fields: [String])
    case emptyRequired(noun: RecordNoun, id: String?, field: String)
    case missingRequired(noun: RecordNoun, id: String?, field: String)
    case operatingWithoutOpened
    case elderPriceAbovePrice(elderPrice: String, price: String)
    case enrolledAboveCapacity(enrolled: Int, capacity: Int)
    case noSessions
    case notASessionLine(value: String)
    case notAnHoursLine(value: String)
    case regionInside(kind: String, parentKind: String, parent: String)
    /// A region table whose `parent` column leads back to the region itself.
    case regionParentLoop(chain: [String])
    case duplicateId(noun: RecordNoun, id: String, first: SourceLocation)
    /// `noun`: the word of the field ("venue"); `kind`: what its ids name ("point").
    case unknownReference(noun: RecordNoun, kind: RecordNoun, id: String, suggestion: String?)
    case photoNotInMedia(photo: String, suggestion: String?)
    case outsideTerm(field: String, date: String, term: String, dates: String)
    case sameAddress(path: String, first: String)
    case opensAfterToday(id: String, opened: String)
    case updatedAfterToday(noun: RecordNoun, id: String, updated: String, today: String)
    case noProvince
    case noPostalCode(kind: String, id: String, name: String, points: Int)
    case noSiteFile
    case noRegionsFile
    case pageFileName(name: String)
    case bulletinFileName(name: String)

    public var code: String {
        switch self {
        case .notFields: "GS2001"
        case .misspeltRequired: "GS2002"
        case .unknownField: "GS2003"
        case .emptyRequired: "GS2004"
        case .missingRequired: "GS2005"
        case .operatingWithoutOpened: "GS2006"
        case .elderPriceAbovePrice: "GS2007"
        case .enrolledAboveCapacity: "GS2008"
        case .noSessions: "GS2009"
        case .notASessionLine: "GS2010"
        case .notAnHoursLine: "GS2011"
        case .regionInside: "GS2012"
        case .duplicateId: "GS2013"
        case .unknownReference: "GS2014"
        case .photoNotInMedia: "GS2015"
        case .outsideTerm: "GS2016"
        case .sameAddress: "GS2017"
        case .opensAfterToday: "GS2018"
        case .updatedAfterToday: "GS2019"
        case .noProvince: "GS2020"
        case .noPostalCode: "GS2021"
        case .noSiteFile: "GS2022"
        case .noRegionsFile: "GS2023"
        case .pageFileName: "GS2024"
        case .bulletinFileName: "GS2025"
        case .regionParentLoop: "GS2026"
        }
    }

    public static let examples: [RecordProblem] = [
        .notFields(noun: .point, found: .text), .misspeltRequired(field: "regoin", required: "region"),
        .unknownField(noun: .point, field: "seats", suggestion: nil, nested: ["meal.seats"], fields: ["id", "name"]),
        .emptyRequired(noun: .point, id: "canteen-a", field: "name"),
        .missingRequired(noun: .course, id: "taiji", field: "venue"), .operatingWithoutOpened,
        .elderPriceAbovePrice(elderPrice: "8", price: "6"), .enrolledAboveCapacity(enrolled: 35, capacity: 30),
        .noSessions, .notASessionLine(value: "周二上午"), .notAnHoursLine(value: "10:30到12:30"),
        .regionInside(kind: "town", parentKind: "village", parent: "east-a"),
        .duplicateId(
            noun: .point, id: "canteen-a", first: SourceLocation(path: "content/points/a.yaml", line: 3, column: 7)),
        .unknownReference(noun: .region, kind: .region, id: "eest-b", suggestion: "east-b"),
        .photoNotInMedia(photo: "canteen-a.jpg", suggestion: "canteen-a.jpeg"),
        .outsideTerm(field: "starts", date: "2027-03-01", term: "2026-autumn", dates: "2026-09-01..2027-01-20"),
        .sameAddress(path: "about", first: "content/pages/about.md"),
        .opensAfterToday(id: "canteen-a", opened: "2026-12-01"),
        .updatedAfterToday(noun: .point, id: "canteen-a", updated: "2026-12-01", today: "2026-11-23"),
        .noProvince, .noPostalCode(kind: "town", id: "east", name: "东镇", points: 3), .noSiteFile, .noRegionsFile,
        .pageFileName(name: "关于"), .bulletinFileName(name: "week48.md"),
        .regionParentLoop(chain: ["east-a", "east", "east-a"]),
    ]
}
