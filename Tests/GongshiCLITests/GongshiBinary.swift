import Foundation

/// The built `gongshi` binary, run as a user would from the package root.
enum Gongshi {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `gongshi` is built beside the test bundle.
    static var binary: URL {
        let beside = Bundle.main.executableURL!.deletingLastPathComponent()
        for folder in [beside, beside.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("gongshi")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/gongshi")
    }

    struct Run {
        var status: Int32
        var output: String
        var error: String
        var lines: [String] { output.split(separator: "\n").map(String.init) }
    }

    /// English, chosen the way a user would (tests of the language itself pass their own).
    static let english = ["GONGSHI_LANG": "en"]

    /// This process's environment without whatever chooses a language (`GONGSHI_LANG`, `LANG`,
    /// `LANGUAGE`, `LC_*`), so that a developer's locale never changes what a test reads; then
    /// `language`, the settings the test chose.
    static func environment(_ language: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { key, _ in
            !(key == "GONGSHI_LANG" || key == "LANG" || key == "LANGUAGE" || key.hasPrefix("LC_"))
        }
        environment.merge(language) { _, chosen in chosen }
        return environment
    }

    /// Runs `gongshi` from the package root with `language` as its only language settings.
    static func run(_ arguments: [String], language: [String: String] = english) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment(language)
        process.currentDirectoryURL = packageRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            error: String(decoding: error, as: UTF8.self))
    }
}
