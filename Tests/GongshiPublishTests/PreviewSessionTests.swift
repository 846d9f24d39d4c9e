import Foundation
import GongshiModel
import Testing

@testable import GongshiBuild

/// The preview's incremental rebuild serves exactly what a build from scratch gives.
@Suite struct PreviewSessionTests {
    static let fixture = ReportPagesTests.root.appendingPathComponent("Tests/Fixtures/build-small")
    static let asOf = LocalDate(iso: "2026-11-23")!

    static func copy() throws -> URL {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-preview-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixture, to: site)
        return site
    }

    static func session(_ site: URL) -> PreviewSession {
        PreviewSession(siteDirectory: site, asOf: asOf, includeDrafts: false, baseURL: nil)
    }

    /// Every file the preview would serve, deferred ones rendered.
    static func served(_ result: PreviewSession.Result) throws -> [String: [UInt8]] {
        var files = try #require(result.tree).files
        for path in result.deferred?.paths ?? [] { files[path] = try #require(result.deferred?.bytes(at: path)) }
        return files
    }

    @Test func anEditServesWhatAFreshBuildGives() throws {
        let site = try Self.copy()
        let session = Self.session(site)
        let first = session.rebuild()
        #expect(first.deferred == nil)
        let points = site.appendingPathComponent("content/points/points.yaml")
        let text = try String(contentsOf: points, encoding: .utf8)
        try text.replacingOccurrences(of: "address: 东镇2号", with: "address: 东镇9号").write(
            to: points, atomically: true, encoding: .utf8)
        let second = session.rebuild()
        #expect(second.diagnostics.isEmpty)
        #expect(second.changedPaths.contains("points/tc-east/index.html"))
        #expect(second.deferred?.paths.contains("canteens/index.html") == true)
        #expect(second.renderedCount < first.renderedCount)
        let fresh = Self.session(site).rebuild()
        #expect(try Self.served(second) == Self.served(fresh))
    }

    /// One point edited in a file of two: only the routes reading that point or its town are
    /// rendered again, not those of the other point of the file or of what is held there.
    @Test func anEditRendersOnlyTheRoutesOfTheChangedRecord() throws {
        let site = try Self.copy()
        let session = Self.session(site)
        _ = session.rebuild()
        let points = site.appendingPathComponent("content/points/points.yaml")
        let text = try String(contentsOf: points, encoding: .utf8)
        try text.replacingOccurrences(of: "address: 东镇2号", with: "address: 东镇9号").write(
            to: points, atomically: true, encoding: .utf8)
        let edited = session.rebuild()
        let plan = try #require(edited.plan)
        #expect(edited.renderedPaths.contains("points/tc-east/index.html"))
        #expect(edited.renderedPaths.contains("towns/east/index.html"))
        let untouched = plan.routes.filter { $0.reads?.isDisjoint(with: [.point("tc-east"), .town("east")]) == true }
        #expect(untouched.contains { $0.path == "points/canteen-a/index.html" })
        #expect(Set(edited.renderedPaths).isDisjoint(with: untouched.map(\.path)))
        // The plan took over the routes of the other records instead of making them again.
        #expect(try #require(plan.renewedRoutes).count < plan.routes.count)
        #expect(try Self.served(edited) == Self.served(Self.session(site).rebuild()))
    }

    @Test func aBrokenFileFailsAndTheFixReturnsTheSite() throws {
        let site = try Self.copy()
        let session = Self.session(site)
        let good = session.rebuild()
        let points = site.appendingPathComponent("content/points/points.yaml")
        let text = try String(contentsOf: points, encoding: .utf8)
        try (text + "- id: [broken\n").write(to: points, atomically: true, encoding: .utf8)
        let broken = session.rebuild()
        #expect(broken.tree == nil)
        #expect(
            broken.diagnostics.contains { $0.severity == .error && $0.location.path == "content/points/points.yaml" })
        try text.write(to: points, atomically: true, encoding: .utf8)
        let fixed = session.rebuild()
        #expect(try Self.served(fixed) == Self.served(good))
    }
}
