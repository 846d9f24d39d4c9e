import GongshiModel

/// What the open data needs beyond what each file checks itself. HSDS 3.0 requires an
/// address's `state_province` and `postal_code`; the export leaves a point's address out
/// rather than publish them empty. A site that sets neither `province` nor any
/// `postal_code` has not taken up HSDS addresses and hears nothing; one that has set only
/// part of them is told which addresses are left out and where to add what is missing.
enum OpenDataChecks {
    static func check(_ site: Site) -> [Diagnostic] {
        guard !site.points.isEmpty else { return [] }
        let anyPostalCode = site.regions.all.contains { $0.postalCode != nil }
        guard site.settings.province != nil else {
            guard anyPostalCode else { return [] }
            return [
                .warning(
                    "HSDS addresses need site.yaml `province`: addresses are left out of /data/hsds/ until it is set",
                    at: .file("content/site.yaml"), hint: "add the province the site lies in, e.g. `province: 浙江省`")
            ]
        }
        // Points without a postal code, grouped by the town they lie in (or their own region
        // when it is above town level): the town or the city is where a code is missing.
        var groups: [String: (region: Region, count: Int)] = [:]
        for point in site.points where point.region.postalCode == nil {
            let region = point.town ?? point.region
            groups[region.id, default: (region, 0)].count += 1
        }
        return groups.values.sorted { $0.region.location < $1.region.location }.map { region, count in
            .warning(
                "\(region.kind.rawValue) '\(region.id)' (\(region.name)) has no postal_code, nor has any region above it:"
                    + " the addresses of its \(count) point\(count == 1 ? "" : "s") are left out of /data/hsds/",
                at: region.location,
                hint: "add `postal_code:` with the six-digit 邮政编码 here or to the city above; regions inside take it")
        }
    }
}
