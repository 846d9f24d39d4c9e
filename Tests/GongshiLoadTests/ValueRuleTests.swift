import GongshiLoad
import GongshiModel
import Testing

/// Values that read but cannot be right: coordinates off the globe, negative counts and
/// prices, phone numbers, words outside a field's vocabulary, derived statuses written by
/// hand, and numbers that contradict each other.
@Suite struct ValueRuleTests {
    /// Latitude within ±90 (with a hint when lat and lon look swapped), longitude within ±180, and numbers only.
    @Test func coordinatesMustBeOnTheGlobe() {
        #expect(
            Fixtures.check("coordinates").diagnostics == [
                .error(
                    .value(.latitudeOutOfRange(field: "lat", value: "120.21")),
                    at: at("content/points/points.yaml", 7, 19)),
                .error(
                    .value(.latitudeOutOfRange(field: "lat", value: "-91")),
                    at: at("content/points/points.yaml", 15, 10)),
                .error(
                    .value(.longitudeOutOfRange(field: "lon", value: "200.5")),
                    at: at("content/points/points.yaml", 16, 10)),
                .error(
                    .value(.notANumber(field: "lat", value: "北纬29.7")), at: at("content/points/points.yaml", 23, 19)),
            ])
    }

    /// capacity, enrolled, fee, meal price and seats, beds, volunteers needed and registered.
    @Test func countsAndPricesMustNotBeNegative() {
        #expect(
            Fixtures.check("negative-numbers").diagnostics == [
                .error(.value(.negative(field: "price", value: "-3")), at: at("content/points/points.yaml", 8, 17)),
                .error(.value(.negative(field: "seats", value: "-40")), at: at("content/points/points.yaml", 8, 44)),
                .error(.value(.negative(field: "beds", value: "-1")), at: at("content/points/points.yaml", 9, 20)),
                .error(
                    .value(.negative(field: "capacity", value: "-10")), at: at("content/courses/courses.yaml", 6, 13)),
                .error(
                    .value(.negative(field: "enrolled", value: "-1")), at: at("content/courses/courses.yaml", 7, 13)),
                .error(.value(.negative(field: "fee", value: "-100")), at: at("content/courses/courses.yaml", 8, 8)),
                .error(
                    .value(.negative(field: "needed", value: "-2")), at: at("content/activities/activities.yaml", 6, 24)
                ),
                .error(
                    .value(.negative(field: "registered", value: "-1")),
                    at: at("content/activities/activities.yaml", 6, 40)),
            ])
    }

    /// Too short, a digit missing, or words: errors; +86 mobiles, landlines with spaces and 12345 are fine.
    @Test func phoneNumbersMustLookLikePhoneNumbers() {
        #expect(
            Fixtures.check("phones").diagnostics == [
                .error(
                    .value(.notAPhoneNumber(field: "phone", value: "0575-8701")),
                    at: at("content/operators.yaml", 1, 47)),
                .error(
                    .value(.notAPhoneNumber(field: "phone", value: "12")), at: at("content/points/points.yaml", 7, 10)),
                .error(
                    .value(.notAPhoneNumber(field: "phone", value: "138-0000-000")),
                    at: at("content/activities/activities.yaml", 6, 31)),
                .error(
                    .value(.notAPhoneNumber(field: "phone", value: "电话待定")),
                    at: at("content/activities/activities.yaml", 12, 31)),
            ])
    }

    /// kind, status, operation, services, days, weekday, activity kind, team and operator kind.
    @Test func wordsOutsideAVocabularyAreErrorsWithASuggestion() {
        #expect(
            Fixtures.check("vocabulary").diagnostics == [
                .error(
                    .value(
                        .unknownWord(field: "kind", value: "compnay", suggestion: "company", words: OperatorKind.words)),
                    at: at("content/operators.yaml", 1, 31)),
                .error(
                    .value(.unknownWord(field: "kind", value: "canten", suggestion: "canteen", words: PointKind.words)),
                    at: at("content/points/points.yaml", 2, 9)),
                .error(
                    .value(
                        .unknownWord(
                            field: "status", value: "operting", suggestion: "operating", words: PointStatus.words)),
                    at: at("content/points/points.yaml", 6, 11)),
                .error(
                    .value(
                        .unknownWord(
                            field: "operation", value: "public_private", suggestion: "public-private",
                            words: Operation.words)), at: at("content/points/points.yaml", 7, 14)),
                .error(
                    .value(
                        .unknownWord(field: "service", value: "haircutt", suggestion: "haircut", words: Service.words)),
                    at: at("content/points/points.yaml", 8, 21)),
                .error(
                    .value(.unknownWord(field: "service", value: "massage", suggestion: nil, words: Service.words)),
                    at: at("content/points/points.yaml", 8, 31)),
                .error(
                    .value(.notDaysItem(field: "days", value: "mon-fir")), at: at("content/points/points.yaml", 16, 18)),
                .error(
                    .value(.notAWeekday(field: "weekday", value: "tues", suggestion: "tue")),
                    at: at("content/courses/courses.yaml", 5, 24)),
                .error(
                    .value(
                        .unknownWord(field: "kind", value: "haircutt", suggestion: "haircut", words: ActivityKind.words)
                    ), at: at("content/activities/activities.yaml", 6, 9)),
                .error(
                    .value(.unknownWord(field: "team", value: "villag", suggestion: "village", words: Team.words)),
                    at: at("content/activities/activities.yaml", 7, 21)),
            ])
    }

    /// open, full and done are derived, so writing them is an error; only cancelled may be written.
    @Test func anActivityStatusIsWorkedOutUnlessCancelled() {
        #expect(
            Fixtures.check("activity-status").diagnostics == [
                .error(
                    .value(.derivedStatus(field: "status", value: "open")),
                    at: at("content/activities/activities.yaml", 6, 11)),
                .error(
                    .value(.derivedStatus(field: "status", value: "full")),
                    at: at("content/activities/activities.yaml", 12, 11)),
                .error(
                    .value(.derivedStatus(field: "status", value: "done")),
                    at: at("content/activities/activities.yaml", 18, 11)),
                .error(
                    .value(.unknownWord(field: "status", value: "canceled", suggestion: nil, words: ["cancelled"])),
                    at: at("content/activities/activities.yaml", 24, 11)),
            ])
    }

    /// status operating without opened is an error at the status; an opening date after today is a warning.
    @Test func anOperatingPointNeedsItsOpeningDate() {
        #expect(
            Fixtures.check("operating-without-opened").diagnostics == [
                .error(.record(.operatingWithoutOpened), at: at("content/points/points.yaml", 6, 11)),
                .error(.record(.operatingWithoutOpened), at: at("content/points/points.yaml", 12, 11)),
            ])
    }

    /// enrolled above capacity is a warning at enrolled; enrolled equal to capacity is a full course, not a mistake.
    @Test func moreEnrolledThanSeatsIsAWarning() {
        #expect(
            Fixtures.check("over-enrolled").diagnostics == [
                .warning(
                    .record(.enrolledAboveCapacity(enrolled: 32, capacity: 30)),
                    at: at("content/courses/courses.yaml", 7, 13))
            ])
    }

    /// The one-line session form (what a CSV cell holds) names the wrong weekday and suggests
    /// the right one, as the mapping form does.
    @Test
    func aCompactSessionSuggestsTheWeekday() {
        let point = "- {id: canteen-a, kind: canteen, name: 甲, region: east-a, address: 甲村1号, status: planned}\n"
        let course =
            "- id: taiji\n  title: 太极拳\n  venue: canteen-a\n  term: t1\n  sessions: [\"thurs 09:00-10:30\", \"mon 09:00-10:30\"]\n"
        let result = checkFiles(MinimalSite.with(["content/points/p.yaml": point, "content/courses/c.yaml": course]))
        #expect(
            result.diagnostics == [
                .error(
                    .value(.notAWeekday(field: "sessions", value: "thurs", suggestion: "thu")),
                    at: at("content/courses/c.yaml", 5, 14))
            ])
    }

    /// A subsidised price above the full price is a warning at the meal.
    @Test func anElderPriceAboveThePriceIsAWarning() {
        let point = """
            - id: canteen-a
              kind: canteen
              name: 甲村爱心食堂
              region: east-a
              address: 甲村1号
              status: planned
              meal: {price: 8, elder_price: 12.5}
            """
        let result = checkFiles(MinimalSite.with(["content/points/p.yaml": point]))
        #expect(
            result.diagnostics == [
                .warning(
                    .record(.elderPriceAbovePrice(elderPrice: "12.5", price: "8")),
                    at: at("content/points/p.yaml", 7, 9))
            ])
    }

    /// The spellings staff use for numbers and booleans are read, not refused.
    @Test func commonSpellingsOfValuesAreAccepted() {
        let point = """
            - id: canteen-a
              kind: canteen
              name: 甲村爱心食堂
              region: east-a
              address: 甲村1号
              status: Operating
              opened: 2025-01-01
              meal: {price: ¥10.5, elder_price: 6元, delivery: 是, seats: 40}
              capacity: {beds: 12.0}
              phone: "0575-8701 2345"
            """
        let result = checkFiles(MinimalSite.with(["content/points/p.yaml": point]))
        #expect(result.diagnostics == [])
        let canteen = result.site?.point("canteen-a")
        #expect(canteen?.status == .operating)
        #expect(
            canteen?.meal == MealInfo(price: Yuan(fen: 1050), elderPrice: Yuan(fen: 600), delivery: true, seats: 40))
        #expect(canteen?.capacity == Capacity(beds: 12))
    }

    /// The words each vocabulary accepts are SPEC §3–6's, so the hints above list them.
    @Test func vocabulariesAreTheSpecs() {
        #expect(PointKind.words == ["canteen", "meal-point", "city-centre", "town-centre", "village-centre"])
        #expect(
            PointStatus.words == [
                "planned", "site-selection", "design", "construction", "operating", "suspended", "closed",
            ])
        #expect(Operation.words == ["public-private", "village-association", "public", "private"])
        #expect(
            Service.words == [
                "meals", "meal-delivery", "day-care", "respite-care", "rehabilitation", "health-check",
                "cognitive-care",
                "elder-university", "recreation", "haircut", "counselling",
            ])
        #expect(
            ActivityKind.words == ["meal-service", "health", "haircut", "performance", "visit", "training", "other"])
        #expect(Team.words == ["city", "town", "village", "professional"])
        #expect(OperatorKind.words == ["company", "social-org", "village-association", "government"])
        #expect(RegionKind.words == ["city", "county", "town", "subdistrict", "village", "community"])
    }
}
