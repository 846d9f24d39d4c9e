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
                .warning(.record(.noProvince), at: .file("content/site.yaml"))
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
                .record(.noPostalCode(kind: region.kind.rawValue, id: region.id, name: region.name, points: count)),
                at: region.location)
        }
    }
}
