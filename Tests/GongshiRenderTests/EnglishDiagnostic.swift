import GongshiModel

/// A diagnostic as its English words, for the tests written before problems were kinds:
/// severity, place, message and hint. New tests compare `Diagnostic` values (kind and
/// arguments) instead.
struct EnglishDiagnostic: Equatable, CustomStringConvertible {
    var severity: Severity
    var location: GongshiModel.SourceLocation
    var message: String
    var hint: String?

    static func error(_ message: String, at location: GongshiModel.SourceLocation, hint: String? = nil) -> Self {
        Self(severity: .error, location: location, message: message, hint: hint)
    }

    static func warning(_ message: String, at location: GongshiModel.SourceLocation, hint: String? = nil) -> Self {
        Self(severity: .warning, location: location, message: message, hint: hint)
    }

    var description: String { "\(location): \(severity): \(message)" + (hint.map { " (\($0))" } ?? "") }
}

extension Diagnostic {
    var english: EnglishDiagnostic {
        let words = wording(in: .en)
        return EnglishDiagnostic(severity: severity, location: location, message: words.message, hint: words.hint)
    }
    var message: String { wording(in: .en).message }
    var hint: String? { wording(in: .en).hint }
}

extension Array where Element == Diagnostic {
    var english: [EnglishDiagnostic] { map(\.english) }
}
