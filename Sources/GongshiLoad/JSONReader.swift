import Foundation
import GongshiModel

/// Reads JSON into a `ContentValue`. Foundation's parser decides what is valid JSON (and says
/// where it is not); libyaml then reads the same text, since JSON is YAML, to give every
/// value its line and column.
public enum JSONReader {
    public static func parse(text: String, path: String) -> Result<ContentValue, Diagnostic> {
        if let excess = NestingDepth.firstExcess(in: text) {
            return .failure(NestingDepth.diagnostic(at: excess, path: path))
        }
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

    /// Foundation says where it stopped either as "line L, column C" or as "character N" (a
    /// UTF-8 offset); both become a line and column.
    static func diagnostic(for error: Error, text: String, path: String) -> Diagnostic {
        let described = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        var location = SourceLocation.file(path)
        if let match = described.firstMatch(of: /line (\d+), column (\d+)/),
            let line = Int(match.1), let column = Int(match.2)
        {
            location = SourceLocation(path: path, line: line, column: column)
        } else if let match = described.firstMatch(of: /character (\d+)/), let offset = Int(match.1) {
            location = position(ofUTF8Offset: offset, in: text, path: path)
        }
        let message = described.replacing(/\ around (line \d+, column \d+|character \d+)/, with: "")
            .trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        return .error(
            "JSON syntax: \(message)", at: location,
            hint: "check for a missing comma or quote just before this place")
    }

    static func position(ofUTF8Offset offset: Int, in text: String, path: String) -> SourceLocation {
        let prefix = String(decoding: text.utf8.prefix(offset), as: UTF8.self)
        let lines = prefix.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        let column = lines.last.map { $0.count - ($0.last == "\r" ? 1 : 0) } ?? 0
        return SourceLocation(path: path, line: lines.count, column: column + 1)
    }
}
