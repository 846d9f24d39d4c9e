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
            Fixtures.check("coordinates").diagnostics.english == [
                .error(
                    "latitude 120.21 is out of range (-90 to 90)", at: at("content/points/points.yaml", 7, 19),
                    hint: Hint.swapped),
                .error(
                    "latitude -91.0 is out of range (-90 to 90)", at: at("content/points/points.yaml", 15, 10),
                    hint: Hint.swapped),
                .error("longitude 200.5 is out of range (-180 to 180)", at: at("content/points/points.yaml", 16, 10)),
                .error("'lat' should be a number, not '北纬29.7'", at: at("content/points/points.yaml", 23, 19)),
            ])
    }

    /// capacity, enrolled, fee, meal price and seats, beds, volunteers needed and registered.
    @Test func countsAndPricesMustNotBeNegative() {
        #expect(
            Fixtures.check("negative-numbers").diagnostics.english == [
                .error("'price' must not be negative (-3)", at: at("content/points/points.yaml", 8, 17)),
                .error("'seats' must not be negative (-40)", at: at("content/points/points.yaml", 8, 44)),
                .error("'beds' must not be negative (-1)", at: at("content/points/points.yaml", 9, 20)),
                .error("'capacity' must not be negative (-10)", at: at("content/courses/courses.yaml", 6, 13)),
                .error("'enrolled' must not be negative (-1)", at: at("content/courses/courses.yaml", 7, 13)),
                .error("'fee' must not be negative (-100)", at: at("content/courses/courses.yaml", 8, 8)),
                .error("'needed' must not be negative (-2)", at: at("content/activities/activities.yaml", 6, 24)),
                .error("'registered' must not be negative (-1)", at: at("content/activities/activities.yaml", 6, 40)),
            ])
    }

    /// Too short, a digit missing, or words: errors; +86 mobiles, landlines with spaces and 12345 are fine.
    @Test func phoneNumbersMustLookLikePhoneNumbers() {
        #expect(
            Fixtures.check("phones").diagnostics.english == [
                .error(
                    "'0575-8701' is not a phone number", at: at("content/operators.yaml", 1, 47),
                    hint: Hint.phone),
                .error(
                    "'12' is not a phone number", at: at("content/points/points.yaml", 7, 10),
                    hint: Hint.phone),
                .error(
                    "'138-0000-000' is not a phone number", at: at("content/activities/activities.yaml", 6, 31),
                    hint: Hint.phone),
                .error(
                    "'电话待定' is not a phone number", at: at("content/activities/activities.yaml", 12, 31),
                    hint: Hint.phone),
            ])
    }

    /// kind, status, operation, services, days, weekday, activity kind, team and operator kind.
    @Test func wordsOutsideAVocabularyAreErrorsWithASuggestion() {
        #expect(
            Fixtures.check("vocabulary").diagnostics.english == [
                .error(
                    "unknown kind 'compnay'", at: at("content/operators.yaml", 1, 31),
                    hint: Hint.vocabulary(OperatorKind.self, didYouMean: "company")),
                .error(
                    "unknown kind 'canten'", at: at("content/points/points.yaml", 2, 9),
                    hint: Hint.vocabulary(PointKind.self, didYouMean: "canteen")),
                .error(
                    "unknown status 'operting'", at: at("content/points/points.yaml", 6, 11),
                    hint: Hint.vocabulary(PointStatus.self, didYouMean: "operating")),
                .error(
                    "unknown operation 'public_private'", at: at("content/points/points.yaml", 7, 14),
                    hint: Hint.vocabulary(Operation.self, didYouMean: "public-private")),
                .error(
                    "unknown service 'haircutt'", at: at("content/points/points.yaml", 8, 21),
                    hint: Hint.vocabulary(Service.self, didYouMean: "haircut")),
                .error(
                    "unknown service 'massage'", at: at("content/points/points.yaml", 8, 31),
                    hint: Hint.vocabulary(Service.self)),
                .error(
                    "'mon-fir' is not a day or range of days", at: at("content/points/points.yaml", 16, 18),
                    hint: "write mon-fri, sat, or a list [mon, wed]"),
                .error(
                    "'tues' is not a day of the week", at: at("content/courses/courses.yaml", 5, 24),
                    hint: "did you mean 'tue'?"),
                .error(
                    "unknown kind 'haircutt'", at: at("content/activities/activities.yaml", 6, 9),
                    hint: Hint.vocabulary(ActivityKind.self, didYouMean: "haircut")),
                .error(
                    "unknown team 'villag'", at: at("content/activities/activities.yaml", 7, 21),
                    hint: Hint.vocabulary(Team.self, didYouMean: "village")),
            ])
    }

    /// open, full and done are derived, so writing them is an error; only cancelled may be written.
    @Test func anActivityStatusIsWorkedOutUnlessCancelled() {
        #expect(
            Fixtures.check("activity-status").diagnostics.english == [
                .error(
                    "status 'open' is worked out, not written", at: at("content/activities/activities.yaml", 6, 11),
                    hint: Hint.derivedStatus),
                .error(
                    "status 'full' is worked out, not written", at: at("content/activities/activities.yaml", 12, 11),
                    hint: Hint.derivedStatus),
                .error(
                    "status 'done' is worked out, not written", at: at("content/activities/activities.yaml", 18, 11),
                    hint: Hint.derivedStatus),
                .error(
                    "unknown status 'canceled'", at: at("content/activities/activities.yaml", 24, 11),
                    hint: "the only status to write is 'cancelled'"),
            ])
    }

    /// status operating without opened is an error at the status; an opening date after today is a warning.
    @Test func anOperatingPointNeedsItsOpeningDate() {
        #expect(
            Fixtures.check("operating-without-opened").diagnostics.english == [
                .error(
                    "an operating point needs 'opened', the date it started serving",
                    at: at("content/points/points.yaml", 6, 11),
                    hint: Hint.needsOpened),
                .error(
                    "an operating point needs 'opened', the date it started serving",
                    at: at("content/points/points.yaml", 12, 11),
                    hint: Hint.needsOpened),
            ])
    }

    /// enrolled above capacity is a warning at enrolled; enrolled equal to capacity is a full course, not a mistake.
    @Test func moreEnrolledThanSeatsIsAWarning() {
        #expect(
            Fixtures.check("over-enrolled").diagnostics.english == [
                .warning(
                    "'enrolled' (32) is more than 'capacity' (30)", at: at("content/courses/courses.yaml", 7, 13),
                    hint: "check both numbers; the page would show no seats left")
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
            result.diagnostics.english == [
                .error(
                    "'thurs' is not a day of the week", at: at("content/courses/c.yaml", 5, 14),
                    hint: "did you mean 'thu'?")
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
            result.diagnostics.english == [
                .warning("'elder_price' (12.5) is more than 'price' (8)", at: at("content/points/p.yaml", 7, 9))
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
        #expect(result.diagnostics.english == [])
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
