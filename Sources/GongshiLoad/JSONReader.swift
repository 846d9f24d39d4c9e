import Foundation
import GongshiModel

/// Reads JSON into a `ContentValue`. Foundation's parser decides what is valid JSON (and says
/// where it is not); libyaml then reads the same text, since JSON is YAML, to give every
/// value its line and column.
public enum JSONReader {
    public static func parse(text: String, path: String) -> Result<ContentValue, Diagnostic> {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            return .failure(diagnostic(for: error, text: text, path: path))
        }
        // YAML forbids tabs where JSON allows them as spaces; inside JSON strings a raw tab
        // is already invalid, so replacing every tab keeps positions and meaning.
        let yaml = text.replacingOccurrences(of: "\t", with: " ")
        return YAMLReader.parse(text: yaml, path: path)
    }

    /// Foundation reports "around line L, column C" in its debug description; use it when
    /// present so the error points at the place.
    static func diagnostic(for error: Error, text: String, path: String) -> Diagnostic {
        let described = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        var location = SourceLocation.file(path)
        if let match = described.firstMatch(of: /line (\d+), column (\d+)/),
            let line = Int(match.1), let column = Int(match.2)
        {
            location = SourceLocation(path: path, line: line, column: column)
        }
        let message = described.replacing(/\ around line \d+, column \d+/, with: "")
            .trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        return .error(
            "JSON syntax: \(message)", at: location,
            hint: "check for a missing comma or quote just before this place")
    }
}
