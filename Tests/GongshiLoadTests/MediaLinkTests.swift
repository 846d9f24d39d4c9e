import Foundation
import GongshiModel
import Testing

@testable import GongshiLoad

/// Links under `content/` are followed only to files inside the site folder.
@Suite struct MediaLinkTests {
    @Test func aLinkOutOfTheSiteIsRefusedAndOneInsideIsRead() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-links-\(UUID().uuidString)")
        let media = site.appendingPathComponent("content/media")
        try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
        for (name, text) in MinimalSite.with([:]) {
            try text.write(to: site.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gongshi-secret-\(UUID().uuidString)")
        try "not for the public".write(to: outside, atomically: true, encoding: .utf8)
        try "a photo".write(to: site.appendingPathComponent("photo.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: media.appendingPathComponent("secret.txt"), withDestinationURL: outside)
        try FileManager.default.createSymbolicLink(
            at: media.appendingPathComponent("etc"), withDestinationURL: URL(fileURLWithPath: "/etc"))
        try FileManager.default.createSymbolicLink(
            at: media.appendingPathComponent("photo.txt"), withDestinationURL: site.appendingPathComponent("photo.txt"))

        let result = SiteCheck.run(siteDirectory: site, asOf: LocalDate(year: 2026, month: 11, day: 23)!)
        #expect(
            result.diagnostics.filter { $0.problem == .file(.linkOutsideSite) } == [
                .error(.file(.linkOutsideSite), at: .file("content/media/etc")),
                .error(.file(.linkOutsideSite), at: .file("content/media/secret.txt")),
            ])
        #expect(result.mediaFiles == ["content/media/photo.txt"])
    }
}
