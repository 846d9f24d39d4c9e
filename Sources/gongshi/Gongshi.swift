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
                let language = Language.resolve(
                    option: langArgument(CommandLine.arguments), environment: ProcessInfo.processInfo.environment,
                    site: nil)
                let message = message(for: error)
                FileHandleOutput.standardError(
                    UsageMistake(argumentParserMessage: message).map { CommandText.usage($0).wording(in: language) }
                        ?? message)
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

extension UsageMistake {
    /// The mistake argument-parser's message (English, from its fixed forms) describes; nil
    /// for a message of ours, already worded, or a form not listed here, which is then shown
    /// as it is.
    init?(argumentParserMessage message: String) {
        // The option as the clerk typed it, without the value synopsis (`--site <site>`).
        func option(_ text: Substring) -> String { String(text.split(separator: " ").first ?? text) }
        if let match = message.wholeMatch(of: /Unknown option '([^']+)'(?:\. Did you mean '([^']+)'\?)?/) {
            self = .unknownOption(String(match.1), suggestion: match.2.map(option))
        } else if let match = message.wholeMatch(of: /Missing value for '([^']+)'/) {
            self = .missingValue(option: option(match.1))
        } else if let match = message.wholeMatch(of: /Unexpected argument '([^']+)'/) {
            self = .unexpectedArgument(String(match.1))
        } else if let match = message.wholeMatch(of: /The value '([^']*)' is invalid for '([^']+)'(?:: .*)?/) {
            self = .invalidValue(String(match.1), option: option(match.2))
        } else {
            return nil
        }
    }
}
