import ArgumentParser
import Foundation
import GongshiModel

/// `gongshi`: publish a civil-affairs bureau's elderly-care services as a public website.
@main
struct Gongshi: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongshi",
        abstract: "Build and check the public website of elderly-care services (公示).",
        subcommands: [Check.self, Build.self, Serve.self, Init.self, Sheet.self]
    )

    /// Usage mistakes exit with 2 (SPEC §12), not argument-parser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                // The mistake alone: argument-parser's full message adds an English "Error:"
                // and usage line around it, and our own mistakes are already in the clerk's words.
                FileHandleOutput.standardError(message(for: error))
                let language = Language.resolve(
                    option: langArgument(CommandLine.arguments), environment: ProcessInfo.processInfo.environment,
                    site: nil)
                FileHandleOutput.standardError(CommandText.seeHelp.wording(in: language))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}

/// The value of `--lang` (`--lang en` or `--lang=en`) among the arguments, for a usage
/// mistake found before or while the options were parsed.
func langArgument(_ arguments: [String]) -> String? {
    for (index, argument) in arguments.enumerated() {
        if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
        if argument == "--lang", index + 1 < arguments.count { return arguments[index + 1] }
    }
    return nil
}
