/// A value of one field that cannot be read as what the field holds (GS1xxx). `field` is
/// the field's name as typed in the file, `value` the text as written.
public enum ValueProblem: Error, Hashable, Sendable, Codable {
    case notText(field: String, found: ValueShape)
    case empty(field: String)
    case notAnId(field: String, value: String)
    case notADate(field: String, value: String)
    case noSuchDate(field: String, value: String)
    case notATime(field: String, value: String)
    case noSuchTime(field: String, value: String)
    case notADateTime(field: String, value: String, offset: String)
    case negative(field: String, value: String)
    case notAWholeNumber(field: String, value: String)
    case notANumber(field: String, value: String)
    case notAShare(field: String, value: String)
    /// A latitude past ±90: most often latitude and longitude written the wrong way round.
    case latitudeOutOfRange(field: String, value: String)
    case longitudeOutOfRange(field: String, value: String)
    case notAnAmount(field: String, value: String)
    case notTrueOrFalse(field: String, value: String)
    case notAWebAddress(field: String, value: String)
    case notAPhoneNumber(field: String, value: String)
    case notAPostalCode(field: String, value: String)
    case unknownTimeZone(field: String, value: String, suggestion: String?)
    case daylightSavingTimeZone(field: String, value: String)
    case notAWeekday(field: String, value: String, suggestion: String?)
    case notDays(field: String, found: ValueShape)
    case notDaysItem(field: String, value: String)
    case notADateOrRange(field: String, value: String)
    /// Every "ends before it starts": a date range, a term, registration, a session, opening
    /// hours, an activity. `strict`: the end must be after the start, not only not before it.
    case reversedRange(startField: String, start: String, endField: String, end: String, strict: Bool)
    /// A word outside a field's vocabulary, with the closest one and the full list.
    case unknownWord(field: String, value: String, suggestion: String?, words: [String])
    case derivedStatus(field: String, value: String)
    /// A bare number in a CSV date column: the serial number a spreadsheet keeps a date as.
    case excelSerialDate(field: String, value: String, date: String)
    /// A time written in words (`10点半`), with the way to write it.
    case chineseTime(field: String, value: String, suggestion: String)
    /// A landline that lost its leading 0 when a spreadsheet read it as a number.
    case phoneLostLeadingZero(field: String, value: String, restored: String)
    /// A phone number a spreadsheet shows in scientific notation (`5.75870E+10`): digits are lost.
    case phoneInScientificNotation(field: String, value: String)
    /// A structured value read after folding characters whose reading is not certain
    /// (circled or superscript digits, ligatures): a warning naming what was read.
    case readAs(field: String, value: String, read: String)

    public var code: String {
        switch self {
        case .notText: "GS1001"
        case .empty: "GS1002"
        case .notAnId: "GS1003"
        case .notADate: "GS1004"
        case .noSuchDate: "GS1005"
        case .notATime: "GS1006"
        case .noSuchTime: "GS1007"
        case .notADateTime: "GS1008"
        case .negative: "GS1009"
        case .notAWholeNumber: "GS1010"
        case .notANumber: "GS1011"
        case .notAShare: "GS1012"
        case .latitudeOutOfRange: "GS1013"
        case .longitudeOutOfRange: "GS1014"
        case .notAnAmount: "GS1015"
        case .notTrueOrFalse: "GS1016"
        case .notAWebAddress: "GS1017"
        case .notAPhoneNumber: "GS1018"
        case .notAPostalCode: "GS1019"
        case .unknownTimeZone: "GS1020"
        case .daylightSavingTimeZone: "GS1021"
        case .notAWeekday: "GS1022"
        case .notDays: "GS1023"
        case .notDaysItem: "GS1024"
        case .notADateOrRange: "GS1025"
        case .reversedRange: "GS1026"
        case .unknownWord: "GS1027"
        case .derivedStatus: "GS1028"
        case .excelSerialDate: "GS1029"
        case .chineseTime: "GS1030"
        case .phoneLostLeadingZero: "GS1031"
        case .phoneInScientificNotation: "GS1032"
        case .readAs: "GS1033"
        }
    }

    /// One of each kind, for the catalogue's tests and the editors' guide.
    public static let examples: [ValueProblem] = [
        .notText(field: "name", found: .list), .empty(field: "address"),
        .notAnId(field: "id", value: "Canteen_A"), .notADate(field: "opened", value: "9/7/26"),
        .noSuchDate(field: "opened", value: "2026-02-30"), .notATime(field: "open", value: "中午"),
        .noSuchTime(field: "close", value: "25:00"),
        .notADateTime(field: "start", value: "2026-11-28 9点", offset: "+08:00"),
        .negative(field: "fee", value: "-50"), .notAWholeNumber(field: "seats", value: "三十"),
        .notANumber(field: "lat", value: "北纬29度"), .notAShare(field: "canteen_coverage", value: "40"),
        .latitudeOutOfRange(field: "lat", value: "120.2"), .longitudeOutOfRange(field: "lon", value: "200"),
        .notAnAmount(field: "price", value: "十元"), .notTrueOrFalse(field: "delivery", value: "看情况"),
        .notAWebAddress(field: "url", value: "www.example.org"),
        .notAPhoneNumber(field: "phone", value: "0575-123"), .notAPostalCode(field: "postal_code", value: "3118"),
        .unknownTimeZone(field: "timezone", value: "Asia/Shanghia", suggestion: "Asia/Shanghai"),
        .daylightSavingTimeZone(field: "timezone", value: "Europe/Paris"),
        .notAWeekday(field: "weekday", value: "thurs", suggestion: "thu"),
        .notDays(field: "days", found: .mapping), .notDaysItem(field: "days", value: "mon~fri"),
        .notADateOrRange(field: "closures", value: "10月1日"),
        .reversedRange(startField: "start", start: "09:00", endField: "end", end: "08:00", strict: true),
        .unknownWord(field: "kind", value: "canten", suggestion: "canteen", words: ["canteen", "meal-point"]),
        .derivedStatus(field: "status", value: "open"),
        .excelSerialDate(field: "opened", value: "45992", date: "2025-12-01"),
        .chineseTime(field: "open", value: "10点半", suggestion: "10:30"),
        .phoneLostLeadingZero(field: "phone", value: "575-87000001", restored: "0575-87000001"),
        .phoneInScientificNotation(field: "phone", value: "5.75870E+10"),
        .readAs(field: "price", value: "⑩", read: "10"),
    ]
}
