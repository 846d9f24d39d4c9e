import GongshiModel

/// Service points (SPEC §4) from records of any format.
enum PointDecoder {
    static func decode(_ value: ContentValue, offset: UTCOffset, log: inout LoadLog) -> PointRecord? {
        guard var r = RecordReader(value, shape: Shapes.point, offset: offset, diagnostics: &log.diagnostics) else {
            return nil
        }
        let id = r.read("id", ValueParsers.slug)
        r.id = id
        log.declare(.point, id, at: r.location(of: "id"))
        let kind = r.read("kind") { ValueParsers.vocabulary($0, $1, as: PointKind.self) }
        let name = r.read("name", ValueParsers.text)
        let region = r.located("region", ValueParsers.slug)
        let address = r.read("address", ValueParsers.text)
        let status = r.read("status") { ValueParsers.vocabulary($0, $1, as: PointStatus.self) }
        let opened = r.read("opened", ValueParsers.date)
        let operation = r.read("operation") { ValueParsers.vocabulary($0, $1, as: Operation.self) }
        let op = r.located("operator", ValueParsers.slug)
        let serves = r.list("serves", ValueParsers.slug)
        log.refer(.region, region)
        log.refer(.operator, op)
        for area in serves ?? [] { log.refer(.region, area) }
        let location = r.object("location", shape: Shapes.location) { sub -> GeoPoint? in
            let lat = sub.read("lat") { ValueParsers.degrees($0, $1, latitude: true) }
            let lon = sub.read("lon") { ValueParsers.degrees($0, $1, latitude: false) }
            guard let lat, let lon else { return nil }
            return GeoPoint(lat: lat, lon: lon)
        }
        let hours = r.nestedList("hours") { v, d in decodeHours(v, offset: offset, diagnostics: &d) }
        let services = r.list("services") { v, _ in ValueParsers.vocabulary(v, "service", as: Service.self) }
        let meal = r.object("meal", shape: Shapes.meal) { sub in
            MealInfo(
                price: sub.read("price", ValueParsers.price), elderPrice: sub.read("elder_price", ValueParsers.price),
                delivery: sub.read("delivery", ValueParsers.boolean), seats: sub.read("seats", ValueParsers.count))
        }
        let capacity = r.object("capacity", shape: Shapes.capacity) { sub in
            Capacity(beds: sub.read("beds", ValueParsers.count), seats: sub.read("seats", ValueParsers.count))
        }
        let phone = r.read("phone", ValueParsers.phone)
        let description = r.read("description", ValueParsers.markdown)
        let photos = r.list("photos", ValueParsers.text)
        let updated = r.read("updated", ValueParsers.date)

        if status == .operating, opened == nil, r.diagnostics.allSatisfy({ $0.location != r.location(of: "opened") }) {
            r.report(RecordProblem.operatingWithoutOpened, at: r.location(of: "status"))
        }
        if let meal, let price = meal.price, let elder = meal.elderPrice, elder > price {
            r.report(
                RecordProblem.elderPriceAbovePrice(elderPrice: "\(elder)", price: "\(price)"),
                at: r.location(of: "meal"), severity: .warning)
        }
        let places = r.places
        log.diagnostics += r.finish()
        guard let id, let kind, let name, let region, let address, let status else { return nil }
        return PointRecord(
            id: id, kind: kind, name: name, region: region, address: address, status: status, opened: opened,
            operation: operation, operator: op, serves: serves, location: location, hours: hours ?? [],
            services: (services ?? []).map(\.value), meal: meal, capacity: capacity, phone: phone,
            description: description, photos: photos ?? [], updated: updated, source: value.location, places: places)
    }

    /// One hours entry: a mapping `{days, open, close, label}` or the one-line form
    /// `mon-fri 10:30-12:30 午餐` that fits a CSV cell.
    static func decodeHours(_ v: ContentValue, offset: UTCOffset, diagnostics: inout [Diagnostic]) -> OpeningHours? {
        if let line = v.text {
            // Days and times are folded (full-width colons and digits); the label stays as written.
            let parts = line.split(
                maxSplits: 2, omittingEmptySubsequences: true, whereSeparator: { $0 == " " || $0 == "\u{3000}" })
            guard parts.count >= 2, let days = WeekdaySet(text: ValueParsers.folded(parts[0])),
                let (open, close) = timeSpan(ValueParsers.folded(parts[1]))
            else {
                diagnostics.append(.error(.record(.notAnHoursLine(value: line)), at: v.location))
                return nil
            }
            guard open < close else {
                diagnostics.append(
                    .error(
                        .value(.reversed("open", open, "close", close, strict: true)), at: v.location))
                return nil
            }
            return OpeningHours(days: days, open: open, close: close, label: parts.count > 2 ? String(parts[2]) : nil)
        }
        return RecordReader.readObject(v, shape: Shapes.hoursItem, offset: offset, into: &diagnostics) {
            sub -> OpeningHours? in
            let days = sub.read("days", ValueParsers.weekdays)
            let open = sub.read("open", ValueParsers.time)
            let close = sub.read("close", ValueParsers.time)
            let label = sub.read("label", ValueParsers.text)
            guard let days, let open, let close else { return nil }
            if close <= open {
                sub.report(
                    ValueProblem.reversed("open", open, "close", close, strict: true), at: sub.location(of: "close"))
                return nil
            }
            return OpeningHours(days: days, open: open, close: close, label: label)
        }
    }

    /// `10:30-12:30` (also with an en dash or `~`).
    static func timeSpan(_ text: some StringProtocol) -> (LocalTime, LocalTime)? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "~" || $0 == "～" })
        guard parts.count == 2, let a = LocalTime(text: parts[0]), let b = LocalTime(text: parts[1]) else { return nil }
        return (a, b)
    }
}
