import ArgumentParser
import Foundation
import GongshiModel

/// Options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The folder holding content/ and templates/.")
    var site: String = "."

    @Option(name: .long, help: "Treat this day as today (YYYY-MM-DD); default: today at the site's offset.")
    var asOf: String?

    var siteURL: URL { URL(fileURLWithPath: site, isDirectory: true) }

    /// The site folder as typed, as a prefix for printed paths ("" for the current folder).
    var pathPrefix: String {
        let trimmed = site.hasSuffix("/") ? String(site.dropLast()) : site
        return trimmed == "." || trimmed.isEmpty ? "" : trimmed + "/"
    }

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: site, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("no site folder at '\(site)'")
        }
        guard FileManager.default.fileExists(atPath: siteURL.appendingPathComponent("content").path) else {
            throw ValidationError("'\(site)' has no content/ folder; run gongshi init to start a site")
        }
        if let asOf, LocalDate(iso: asOf) == nil {
            throw ValidationError("--as-of '\(asOf)' is not a date like 2026-11-23")
        }
    }

    /// The as-of day: the option, or today at the site's offset.
    func today(offset: UTCOffset) -> LocalDate {
        offset.today(asOf: asOf.flatMap { LocalDate(iso: $0) })
    }
}

/// Writes lines to the standard streams.
enum FileHandleOutput {
    static func standardOutput(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Colour only for a person at a terminal, and never when NO_COLOR is set.
    static var standardOutputIsColourTerminal: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}
