import GongshiModel
import GongshiSite

/// `data/manifest.json`: every file of a publication with its size and SHA-256 (all but the
/// manifest itself), and every public record with the digest of its public fields and the
/// fields themselves, which the next build compares its records with; each field's label once
/// per kind of record. Anyone can check a copy of the site against it (`sha256sum -c`), and
/// tell from it what was published. One file or record to a line: a prefecture's manifest is
/// tens of megabytes, and a line each keeps it small and lets `diff` show what changed.
struct PublicationManifest {
    var day: LocalDate
    var files: [(path: String, size: Int, sha256: String)]
    var records: [PublicRecord]

    var bytes: [UInt8] {
        let files = files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }.parallelMap {
            DataJSON.object(["path": .string($0.path), "size": .int($0.size), "sha256": .string($0.sha256)])
                .compactText
        }
        let records = records.parallelMap { $0.manifestEntry.compactText }
        var labels: [String: [String: DataJSON]] = [:]
        for record in self.records {
            for field in record.fields { labels[record.kind.rawValue, default: [:]][field.key] = .string(field.label) }
        }
        var out = "{\n\"as_of\": " + DataJSON.string(day.description).compactText + ",\n"
        out += "\"files\": [\n" + files.joined(separator: ",\n") + "\n],\n"
        out += "\"labels\": " + DataJSON.object(labels.mapValues(DataJSON.object)).compactText + ",\n"
        out += "\"records\": [\n" + records.joined(separator: ",\n") + "\n]\n}\n"
        return Array(out.utf8)
    }
}
