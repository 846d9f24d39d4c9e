import Foundation
import GongshiModel

/// load + resolve + the checks that need "today": what `gongshi check` runs and what
/// `build` runs before it writes anything.
public enum SiteCheck {
    public struct Result: Sendable {
        public var site: Site?
        /// Sorted in file order, then line and column; identical reports (one per CSV row
        /// for a misspelt header) appear once.
        public var diagnostics: [Diagnostic]
        public var fileCount: Int
        /// Site-relative paths of the files under `content/media/`, to publish as they are.
        public var mediaFiles: [String]
        /// The files diagnostics are sorted by, in reading order.
        public var fileOrder: [String] = []
    }

    public static func run(siteDirectory: URL, asOf: LocalDate?) -> Result {
        let (loaded, loadProblems) = SiteLoader.load(siteDirectory: siteDirectory)
        return check(loaded, loadProblems: loadProblems, asOf: asOf, templates: siteTemplates(siteDirectory))
    }

    /// `templates`: the site's own template files (site-relative path → text): their words are
    /// published too, so the privacy gate reads them.
    /// `earlier`: the last site resolved and the files changed since (see `Resolver.resolve`).
    public static func check(
        _ loaded: LoadedSite, loadProblems: [Diagnostic], asOf: LocalDate?, templates: [String: String] = [:],
        earlier: EarlierResolution? = nil
    ) -> Result {
        let (site, resolveProblems) = Resolver.resolve(loaded, earlier: earlier)
        var all = loadProblems + resolveProblems
        let rules = PrivacyGate.Rules(
            allow: loaded.settings?.privacyAllow ?? [],
            publicNumbers: [loaded.settings?.publisher.phone].compactMap { $0 })
        for (path, text) in templates.sorted(by: { $0.key < $1.key }) {
            all += PublishedText.problems(inLines: text, path: path, rules: rules)
        }
        if let site {
            let today = site.settings.offset.today(asOf: asOf)
            all += DateChecks.check(site, today: today)
            all += OpenDataChecks.check(site)
        }
        var seen = Set<Diagnostic>()
        let unique = all.filter { seen.insert($0).inserted }
        let fileOrder = SiteLoader.namedFiles + loaded.files
        return Result(
            site: site, diagnostics: unique.sortedForReading(fileOrder: fileOrder), fileCount: loaded.files.count,
            mediaFiles: loaded.mediaFiles.sorted(), fileOrder: fileOrder)
    }
}

extension SiteCheck {
    /// Every file under `templates/` (hidden ones aside), by site-relative path: the same
    /// files the theme reads (`Theme.files`), scripts and styles among them, since all of
    /// them are published.
    static func siteTemplates(_ siteDirectory: URL) -> [String: String] {
        let folder = siteDirectory.appendingPathComponent("templates").standardizedFileURL
        var out: [String: String] = [:]
        let walker = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                let data = FileManager.default.contents(atPath: url.path)
            else { continue }
            out["templates/" + url.standardizedFileURL.path.dropFirst(folder.path.count + 1)] = String(
                decoding: data, as: UTF8.self)
        }
        return out
    }
}

/// Dates that cannot be true as of today.
enum DateChecks {
    static func check(_ site: Site, today: LocalDate) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for point in site.points {
            if point.status == .operating, let opened = point.opened, opened > today {
                out.append(
                    .warning(
                        .record(.opensAfterToday(id: point.id, opened: opened.description)),
                        at: point.places["opened"] ?? point.source))
            }
            if let updated = point.updated, updated > today {
                out.append(
                    .warning(
                        .record(
                            .updatedAfterToday(
                                noun: .point, id: point.id, updated: updated.description, today: today.description)),
                        at: point.places["updated"] ?? point.source))
            }
        }
        for activity in site.activities {
            if let updated = activity.updated, updated.value > today {
                out.append(
                    .warning(
                        .record(
                            .updatedAfterToday(
                                noun: .activity, id: activity.id, updated: updated.value.description,
                                today: today.description)),
                        at: updated.location))
            }
        }
        return out
    }
}

extension UTCOffset {
    /// The as-of day: `asOf` when given (`--as-of`), else today at this offset.
    public func today(asOf: LocalDate? = nil) -> LocalDate {
        asOf ?? localDate(unixSeconds: Int(Date().timeIntervalSince1970))
    }
}
