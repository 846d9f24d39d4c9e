import Foundation
import GongshiLoad
import Testing

/// The committed `schemas/` must equal what the loader's shapes generate, so editors check
/// exactly what `gongshi check` checks. `GONGSHI_RECORD=1 swift test` rewrites them (and fails).
@Suite struct SchemaExportTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schemas")

    @Test func committedSchemasMatchTheModel() throws {
        let recording = ProcessInfo.processInfo.environment["GONGSHI_RECORD"] == "1"
        for (name, json) in SchemaExport.all() {
            let url = Self.folder.appendingPathComponent(name)
            if recording {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try json.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let committed = try? String(contentsOf: url, encoding: .utf8)
            #expect(committed == json, "schemas/\(name) is out of date: run GONGSHI_RECORD=1 swift test")
        }
        #expect(!recording, "recorded schemas/; run again without GONGSHI_RECORD")
    }

    /// Every schema is valid JSON naming the draft it follows.
    @Test func schemasAreJSON() throws {
        for (_, json) in SchemaExport.all() {
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        }
    }
}
