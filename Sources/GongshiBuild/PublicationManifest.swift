import GongshiModel
import GongshiSite

/// `data/manifest.json`: every file of a publication with its size and SHA-256 (all but the
/// manifest itself), and every public record with the digest of its public fields and the
/// fields themselves, which the next build compares its records with. Anyone can check a
/// copy of the site against it (`sha256sum -c`), and tell from it what was published.
struct PublicationManifest {
    var day: LocalDate
    var files: [(path: String, size: Int, sha256: String)]
    var records: [PublicRecord]

    var bytes: [UInt8] {
        DataJSON.object([
            "as_of": .string(day.description),
            "files": .array(
                files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }.map {
                    .object(["path": .string($0.path), "size": .int($0.size), "sha256": .string($0.sha256)])
                }),
            "records": .array(records.map(\.json)),
        ]).fileBytes
    }
}
