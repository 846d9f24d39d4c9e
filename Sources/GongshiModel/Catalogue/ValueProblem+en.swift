extension ValueProblem {
    /// The English wording.
    public var en: Wording {
        func q(_ s: String) -> String { Say.en(s) }
        switch self {
        case .notText(let field, let found):
            return Wording("\(q(field)) should be text, not \(found.en)")
        case .empty(let field):
            return Wording("\(q(field)) is empty", hint: "write a value after \(field):, or leave the field out")
        case .notAnId(let field, let value):
            return Wording(
                "\(q(value)) is not a valid \(field)",
                hint: "use lowercase letters a–z, digits and '-', starting with a letter or digit, at most 64")
        case .notADate(let field, let value):
            return Wording("\(q(field)) should be a date like 2026-09-07, not \(q(value))")
        case .noSuchDate(let field, let value):
            return Wording("\(q(field)) \(value) is not a date in the calendar", hint: "check the month and the day")
        case .notATime(let field, let value):
            return Wording(
                "\(q(field)) should be a time like \"10:30\", not \(q(value))", hint: "write times in quotes: \"10:30\""
            )
        case .noSuchTime(let field, let value):
            return Wording("\(q(field)) \(value) is not a time of day (00:00 to 23:59)")
        case .notADateTime(let field, let value, let offset):
            return Wording(
                "\(q(field)) should be a local date and time like \"2026-11-28 09:00\", not \(q(value))",
                hint: "times are local to the site's offset \(offset); leave the offset out")
        case .negative(let field, let value):
            return Wording("\(q(field)) must not be negative (\(value))")
        case .notAWholeNumber(let field, let value):
            return Wording("\(q(field)) should be a whole number like 30, not \(q(value))")
        case .notANumber(let field, let value):
            return Wording("\(q(field)) should be a number like 29.71, not \(q(value))")
        case .notAShare(let field, let value):
            return Wording("\(q(field)) should be a share between 0 and 1 (0.4 for 40%), not \(value)")
        case .latitudeOutOfRange(let field, let value):
            return Wording(
                "latitude \(q(field)) \(value) is out of range (-90 to 90)",
                hint: "did you swap lat and lon? latitude is the smaller number in China, 18 to 54")
        case .longitudeOutOfRange(let field, let value):
            return Wording("longitude \(q(field)) \(value) is out of range (-180 to 180)")
        case .notAnAmount(let field, let value):
            return Wording("\(q(field)) should be an amount in yuan like 10 or 12.5, not \(q(value))")
        case .notTrueOrFalse(let field, let value):
            return Wording("\(q(field)) should be true or false, not \(q(value))")
        case .notAWebAddress(let field, let value):
            return Wording("\(q(field)) should be a web address starting with https://, not \(q(value))")
        case .notAPhoneNumber(let field, let value):
            return Wording(
                "\(q(field)) \(q(value)) is not a phone number",
                hint:
                    "write a landline with its area code like 0575-87012345, a mobile like 13800000000, or a service line like 12345"
            )
        case .notAPostalCode(let field, let value):
            return Wording(
                "\(q(field)) should be a postal code of six digits, not \(q(value))",
                hint: "write the 邮政编码 like 311800; villages without one take their town's or city's")
        case .unknownTimeZone(let field, let value, let suggestion):
            return Wording(
                "\(q(field)) should be a time zone like Asia/Shanghai or an offset like +08:00, not \(q(value))",
                hint: suggestion.map { "did you mean \(q($0))?" })
        case .daylightSavingTimeZone(let field, let value):
            return Wording(
                "\(q(field)): the time zone \(q(value)) changes its clocks (daylight saving time), which the site's dates cannot follow",
                hint: "use a zone without daylight saving time, such as Asia/Shanghai, or an offset like +08:00")
        case .notAWeekday(let field, let value, let suggestion):
            return Wording(
                "\(q(field)): \(q(value)) is not a day of the week",
                hint: suggestion.map { "did you mean \(q($0))?" } ?? "use mon, tue, wed, thu, fri, sat or sun")
        case .notDays(let field, let found):
            return Wording("\(q(field)) should be days like mon-fri or [mon, wed], not \(found.en)")
        case .notDaysItem(let field, let value):
            return Wording(
                "\(q(field)): \(q(value)) is not a day or range of days",
                hint: "write mon-fri, sat, or a list [mon, wed]")
        case .notADateOrRange(let field, let value):
            return Wording("\(q(field)): \(q(value)) is not a date or a range like 2026-10-01..2026-10-07")
        case .reversedRange(let startField, let start, let endField, let end, let strict):
            let place =
                startField == endField
                ? "in \(q(startField)) the end \(end) is \(strict ? "not after" : "before") the start \(start)"
                : "\(q(endField)) (\(end)) is \(strict ? "not after" : "before") \(q(startField)) (\(start))"
            return Wording(place, hint: "swap the two, or correct the one that is wrong")
        case .unknownWord(let field, let value, let suggestion, let words):
            return Wording(
                "unknown \(field) \(q(value))",
                hint: (suggestion.map { "did you mean \(q($0))? " } ?? "") + "use one of: "
                    + words.joined(separator: ", "))
        case .derivedStatus(let field, let value):
            return Wording(
                "\(field) \(q(value)) is worked out, not written",
                hint: "leave \(field) out unless the activity is cancelled")
        case .excelSerialDate(let field, let value, let date):
            return Wording(
                "\(q(field)) \(value) is a number, not a date; as an Excel date serial it would be \(date)",
                hint:
                    "the spreadsheet saved the date as a number: format the column as text before typing dates, or write \(date) in place of \(value)"
            )
        case .chineseTime(let field, let value, let suggestion):
            return Wording(
                "\(q(field)) should be a time like \"10:30\", not \(q(value))", hint: "write \(q(suggestion))")
        case .phoneLostLeadingZero(let field, let value, let restored):
            return Wording(
                "\(q(field)) \(q(value)) looks like a landline that lost its leading 0 (\(restored))",
                hint:
                    "a spreadsheet read the number as a number and dropped the 0: format the column as text and write \(q(restored))"
            )
        case .readAs(let field, let value, let read):
            return Wording(
                "\(q(field)) \(q(value)) was read as \(q(read))",
                hint: "check that this is what you meant, and write it with plain digits and letters: \(read)")
        case .phoneInScientificNotation(let field, let value):
            return Wording(
                "\(q(field)) \(q(value)) is a phone number shown in scientific notation; its last digits are lost",
                hint: "format the column as text and type the number again in full, like 0575-87012345")
        }
    }
}
