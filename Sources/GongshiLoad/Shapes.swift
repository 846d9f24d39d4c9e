import GongshiModel

/// The shape of every file kind of SPEC §2–8.
public enum Shapes {
    public static let hoursItem = RecordShape(
        .hoursEntry,
        [
            FieldSpec("days", .weekdays, required: true, "days: mon-fri, sat, or a list [mon, wed]"),
            FieldSpec("open", .time, required: true, "opening time, \"10:30\""),
            FieldSpec("close", .time, required: true, "closing time, after open"),
            FieldSpec("label", .text, "what these hours are for: 午餐, 晚餐"),
        ])

    public static let location = RecordShape(
        .location,
        [
            FieldSpec("lat", .latitude, required: true, "latitude, WGS-84 degrees"),
            FieldSpec("lon", .longitude, required: true, "longitude, WGS-84 degrees"),
        ])

    public static let meal = RecordShape(
        .meal,
        [
            FieldSpec("price", .price, "price of a meal in yuan"),
            FieldSpec("elder_price", .price, "subsidised price for older residents, in yuan"),
            FieldSpec("delivery", .boolean, "whether meals are delivered home"),
            FieldSpec("seats", .count, "seats in the dining room"),
        ])

    public static let capacity = RecordShape(
        .capacity,
        [
            FieldSpec("beds", .count, "beds for day care or respite"),
            FieldSpec("seats", .count, "seats"),
        ])

    public static let point = RecordShape(
        .point,
        [
            FieldSpec("id", .slug, required: true, "unique id; the page is /points/<id>/"),
            FieldSpec("kind", .words(PointKind.self), required: true, "what the point is"),
            FieldSpec("name", .text, required: true, "display name"),
            FieldSpec("region", .reference("region"), required: true, "region id where it stands"),
            FieldSpec("address", .text, required: true, "street address"),
            FieldSpec("status", .words(PointStatus.self), required: true, "stage from planning to closure"),
            FieldSpec("opened", .date, "date it started serving; needed when operating"),
            FieldSpec("operation", .words(Operation.self), "how it is run (public-private = 公建民营)"),
            FieldSpec("operator", .reference("operator"), "operator id from operators.yaml"),
            FieldSpec("serves", .list(.reference("region")), "region ids it serves (辐射村社); default: its region"),
            FieldSpec("location", .object(location), "map position"),
            FieldSpec("hours", .list(.compactObject(hoursItem, example: "mon-fri 10:30-12:30 午餐")), "opening hours"),
            FieldSpec("services", .list(.words(Service.self)), "services offered"),
            FieldSpec("meal", .object(meal), "canteens: prices, delivery, seats"),
            FieldSpec("capacity", .object(capacity), "beds and seats"),
            FieldSpec("phone", .phone, "public contact line"),
            FieldSpec("description", .markdown, "Markdown"),
            FieldSpec("photos", .list(.mediaPath), "paths under content/media/"),
            FieldSpec("updated", .date, "date the record was last checked"),
        ])

    public static let session = RecordShape(
        .session,
        [
            FieldSpec("weekday", .weekday, required: true, "day of the week: mon … sun"),
            FieldSpec("start", .time, required: true, "start time, \"09:00\""),
            FieldSpec("end", .time, required: true, "end time, after start"),
        ])

    public static let registration = RecordShape(
        .registration,
        [
            FieldSpec("opens", .date, "first day of sign-up"),
            FieldSpec("closes", .date, "last day of sign-up"),
            FieldSpec("url", .url, "where to sign up"),
        ])

    public static let course = RecordShape(
        .course,
        [
            FieldSpec("id", .slug, required: true, "unique id; the page is /courses/<id>/"),
            FieldSpec("title", .text, required: true, "course title"),
            FieldSpec("venue", .reference("point"), required: true, "point id where it is held"),
            FieldSpec("term", .reference("term"), required: true, "term id from site.yaml"),
            FieldSpec(
                "sessions", .list(.compactObject(session, example: "tue 09:00-10:30")), required: true,
                "weekly slots"),
            FieldSpec("from", .date, "first day, when later than the term's"),
            FieldSpec("until", .date, "last day, when earlier than the term's"),
            FieldSpec("except", .list(.date), "extra days without class"),
            FieldSpec("category", .text, "e.g. 书法, 太极, 智能手机"),
            FieldSpec("teacher", .text, "teacher's display name"),
            FieldSpec("capacity", .count, "seats"),
            FieldSpec("enrolled", .count, "seats taken"),
            FieldSpec("fee", .price, "yuan per term; 0 or absent = free"),
            FieldSpec("registration", .object(registration), "sign-up window and link"),
            FieldSpec("description", .markdown, "Markdown"),
        ])

    public static let organiser = RecordShape(
        .organiser,
        [
            FieldSpec("team", .words(Team.self), "city, town, village or professional"),
            FieldSpec("name", .text, "team name"),
        ])

    public static let volunteers = RecordShape(
        .volunteers,
        [
            FieldSpec("needed", .count, "volunteers wanted"),
            FieldSpec("registered", .count, "volunteers signed up"),
        ])

    public static let contact = RecordShape(
        .contact,
        [
            FieldSpec("name", .text, "contact person"),
            FieldSpec("phone", .phone, "public contact line"),
        ])

    public static let activity = RecordShape(
        .activity,
        [
            FieldSpec("id", .slug, required: true, "unique id; the page is /volunteer/<id>/"),
            FieldSpec("title", .text, required: true, "notice title"),
            FieldSpec("venue", .reference("point"), required: true, "point id where it happens"),
            FieldSpec("start", .dateTime, required: true, "local start, \"2026-11-28 09:00\""),
            FieldSpec("end", .dateTime, required: true, "local end, after start"),
            FieldSpec("kind", .words(ActivityKind.self), "what kind of activity"),
            FieldSpec("organiser", .object(organiser), "who organises it"),
            FieldSpec("volunteers", .object(volunteers), "volunteers needed and registered"),
            FieldSpec("contact", .object(contact), "public contact"),
            FieldSpec("signup", .url, "where to sign up"),
            FieldSpec(
                "status", .vocabulary(["cancelled"], chinese: ["cancelled": ActivityStatus.chinese[.cancelled]!]),
                "only 'cancelled'; open, full and done are worked out"),
            FieldSpec("description", .markdown, "Markdown"),
            FieldSpec("updated", .date, "date the notice was last changed; its date in the feeds"),
        ])

    public static let region: RecordShape = RecordShape(
        .region,
        [
            FieldSpec("id", .slug, required: true, "unique id over the whole file"),
            FieldSpec("name", .text, required: true, "display name"),
            FieldSpec("kind", .words(RegionKind.self), required: true, "level of the region"),
            // The recursion is described by the schema generator; here it only needs a name.
            FieldSpec("children", .list(.reference("region-tree")), "regions inside this one"),
            FieldSpec(
                "postal_code", .postalCode,
                "six-digit postal code for addresses in open data; regions inside take it unless they set their own"),
        ])

    /// A region as a row of a table, naming its parent instead of listing its children.
    public static let regionRow: RecordShape = RecordShape(
        .region,
        [
            FieldSpec("id", .slug, required: true, "unique id over all the regions"),
            FieldSpec("name", .text, required: true, "display name"),
            FieldSpec("kind", .words(RegionKind.self), required: true, "level of the region"),
            FieldSpec("parent", .reference("region"), "id of the region it lies in; empty for the city"),
            FieldSpec(
                "postal_code", .postalCode,
                "six-digit postal code for addresses in open data; regions inside take it unless they set their own"),
        ])

    public static let `operator` = RecordShape(
        .operator,
        [
            FieldSpec("id", .slug, required: true, "unique id"),
            FieldSpec("name", .text, required: true, "display name"),
            FieldSpec("kind", .words(OperatorKind.self), required: true, "kind of organisation"),
            FieldSpec("phone", .phone, "public contact line"),
            FieldSpec("website", .url, "web site"),
            FieldSpec("description", .markdown, "Markdown"),
        ])

    public static let publisher = RecordShape(
        .publisher,
        [
            FieldSpec("name", .text, required: true, "who publishes the site"),
            FieldSpec("phone", .phone, "help line shown on every page"),
            FieldSpec("address", .text, "office address"),
        ])

    public static let targets = RecordShape(
        .targets,
        [
            FieldSpec("canteen_coverage", .ratio, "share of villages/communities served by an operating canteen"),
            FieldSpec("activities_per_canteen_month", .count, "volunteer activities per operating canteen per month"),
        ])

    public static let term = RecordShape(
        .term,
        [
            FieldSpec("id", .slug, required: true, "term id courses refer to"),
            FieldSpec("name", .text, required: true, "display name"),
            FieldSpec("from", .date, required: true, "first day"),
            FieldSpec("until", .date, required: true, "last day"),
        ])

    public static let privacy = RecordShape(
        .privacy,
        [FieldSpec("allow", .list(.text), "strings the privacy gate may publish")])

    public static let site = RecordShape(
        .siteSetting,
        [
            FieldSpec("title", .text, required: true, "site title"),
            FieldSpec("base_url", .url, required: true, "absolute URL the site is published at"),
            FieldSpec("language", .words(SiteLanguage.self), "UI language; default zh-Hans"),
            FieldSpec(
                "timezone", .timeZone,
                "IANA time zone (Asia/Shanghai, the default) or offset (+08:00) all dates and times are local to"),
            FieldSpec("region", .reference("region"), required: true, "root region this site shows"),
            FieldSpec("publisher", .object(publisher), required: true, "the publishing bureau"),
            FieldSpec("bulletins_from", .date, "first week that gets a bulletin"),
            FieldSpec("targets", .object(targets), "published targets the reports measure"),
            FieldSpec("terms", .list(.object(term)), "senior-university terms"),
            FieldSpec("closures", .list(.dateOrRange), "days without courses: 2026-10-01..2026-10-07"),
            FieldSpec("privacy", .object(privacy), "privacy gate settings"),
            FieldSpec("stale_after_days", .count, "records not updated for longer count as stale; default 180"),
            FieldSpec("allow_raw_html", .boolean, "keep raw HTML in content Markdown; default false"),
            FieldSpec("province", .text, "province for addresses in open data (HSDS state_province), e.g. 浙江省"),
        ])

    public static let page = RecordShape(
        .page,
        [
            FieldSpec("title", .text, required: true, "page title"),
            FieldSpec("description", .text, "one-line summary for search engines and lists"),
            FieldSpec("layout", .text, "layout name in templates/layouts/"),
            FieldSpec("draft", .boolean, "left out unless built with --drafts"),
            FieldSpec("weight", .integer, "order in menus, lower first"),
        ])

    public static let bulletinNote = RecordShape(
        .bulletinNote,
        [
            FieldSpec("title", .text, "the week's headline"),
            FieldSpec("summary", .text, "one-line summary for the index and feed"),
            FieldSpec("draft", .boolean, "left out unless built with --drafts"),
        ])
}
