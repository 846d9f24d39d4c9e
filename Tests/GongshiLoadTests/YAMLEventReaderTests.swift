import Foundation
import GongshiModel
import GongshiTestSupport
import Testing
import Yams

@testable import GongshiLoad

/// The event reader builds the tree Yams' composer builds from the same libyaml events: the
/// same values, the same places, the same refusals. Yams stays the oracle here.
@Suite struct YAMLEventReaderTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Every YAML file of the sample site and of the fixtures reads as Yams reads it.
    @Test func everyContentFileReadsAsYamsReadsIt() throws {
        var compared = 0
        for folder in ["content", "Tests/Fixtures"] {
            let root = Self.repository.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
            for case let url as URL in files where ["yaml", "yml"].contains(url.pathExtension) {
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                #expect(Self.ours(text) == Self.yams(text), "\(url.path)")
                compared += 1
            }
        }
        #expect(compared > 100)
    }

    /// Seeded random documents: block and flow collections, quoted and plain scalars, Chinese
    /// text, anchors and aliases, nulls, comments, and mistakes.
    @Test func randomDocumentsReadAsYamsReadsThem() {
        var generator = SplitMix64(seed: 0x5EED_4A4D)
        var refused = 0
        for _ in 0..<1_500 {
            let text = RandomYAML.document(using: &generator)
            let ours = Self.ours(text)
            #expect(ours == Self.yams(text), "\(text)")
            refused += ours.hasPrefix("error@") ? 1 : 0
        }
        // Both kinds are compared: most documents read, and a fair number are refused.
        #expect((100..<1_000).contains(refused), "\(refused) refused")
    }

    // MARK: - Both readers as one picture

    /// A value with its places, or the refusal's place: `{id@1:1=a@1:5}`.
    static func ours(_ text: String) -> String {
        switch YAMLReader.parse(text: text, path: "f.yaml") {
        case .success(let value): return value.isNull && value.location.line == 1 ? "~" : picture(value)
        case .failure(let diagnostic): return "error@\(diagnostic.location.line):\(diagnostic.location.column)"
        }
    }

    static func picture(_ value: ContentValue) -> String {
        let place = "@\(value.location.line):\(value.location.column)"
        switch value.kind {
        case .null: return "~" + place
        case .scalar(let s), .cell(let s): return s.debugDescription + place
        case .list(let items): return "[" + items.map(picture).joined(separator: ",") + "]" + place
        case .mapping(let entries):
            let fields = entries.map {
                "\($0.key.debugDescription)@\($0.keyLocation.line):\($0.keyLocation.column)=\(picture($0.value))"
            }
            return "{" + fields.joined(separator: ",") + "}" + place
        }
    }

    static func yams(_ text: String) -> String {
        if NestingDepth.firstExcess(in: text) != nil { return ours(text) }
        do {
            guard let root = try Yams.compose(yaml: text, .basic) else { return "~" }
            let whole = picture(root)
            return whole == "~@1:1" ? "~" : whole
        } catch let error as YamlError {
            switch error {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
                return "error@\(mark.line):\(mark.column)"
            case .duplicatedKeysInMapping:
                // Yams names only the first place; the event reader names the repeat.
                return ours(text).hasPrefix("error@") ? ours(text) : "duplicate not refused"
            default: return "error@1:1"
            }
        } catch {
            return "error@1:1"
        }
    }

    static func picture(_ node: Node) -> String {
        let place = node.mark.map { "@\($0.line):\($0.column)" } ?? ""
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return "~" + place }
            return scalar.string.debugDescription + place
        case .sequence(let sequence): return "[" + sequence.map(picture).joined(separator: ",") + "]" + place
        case .mapping(let mapping):
            let fields = mapping.map { key, value in
                let keyPlace = key.mark.map { "@\($0.line):\($0.column)" } ?? ""
                return "\((key.scalar?.string ?? "?").debugDescription)\(keyPlace)=\(picture(value))"
            }
            return "{" + fields.joined(separator: ",") + "}" + place
        case .alias: return "*" + place
        }
    }
}

/// Small YAML documents of the shapes content files have, with a mistake now and then.
enum RandomYAML {
    static let words = ["甲村食堂", "canteen-a", "10:30", "0575-87012345", "null", "~", "", "周一至周五", "a b", "x"]

    static func document(using g: inout SplitMix64) -> String {
        var lines: [String] = []
        var anchors: [String] = []
        if Int.random(in: 0..<3, using: &g) == 0 {
            for _ in 0..<Int.random(in: 1...3, using: &g) {
                lines.append("- " + mapping(indent: 2, depth: 0, anchors: &anchors, using: &g).dropFirst(2))
            }
        } else {
            lines.append(mapping(indent: 0, depth: 0, anchors: &anchors, using: &g))
        }
        var text = lines.joined(separator: "\n") + "\n"
        if Int.random(in: 0..<8, using: &g) == 0 {
            // A mistake: a stray colon, a tab, a lone quote, or a line cut short.
            let mistakes = [": x: y\n", "\tk: v\n", "k: \"open\n", "k: [a, b\n", "- x\n"]
            text += mistakes.randomElement(using: &g)!
        }
        if Int.random(in: 0..<10, using: &g) == 0 { text = "# 注释\n" + text + "---\nb: 1\n" }
        return text
    }

    static func scalar(anchors: inout [String], using g: inout SplitMix64) -> String {
        switch Int.random(in: 0..<10, using: &g) {
        case 0: return "\"" + words.randomElement(using: &g)! + "\""
        case 1: return "'" + words.randomElement(using: &g)! + "'"
        case 2 where !anchors.isEmpty: return "*" + anchors.randomElement(using: &g)!
        case 3:
            let name = "a\(anchors.count)"
            anchors.append(name)
            return "&\(name) " + plain(using: &g)
        case 4:
            return "[" + (0..<Int.random(in: 0...3, using: &g)).map { _ in plain(using: &g) }.joined(separator: ", ")
                + "]"
        case 5: return "{p: " + plain(using: &g) + ", q: " + plain(using: &g) + "}"
        default: return plain(using: &g)
        }
    }

    static func plain(using g: inout SplitMix64) -> String {
        let word = words.randomElement(using: &g)!
        return word.isEmpty || word == "a b" ? "v" : word
    }

    static func mapping(indent: Int, depth: Int, anchors: inout [String], using g: inout SplitMix64) -> String {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        let keys = ["id", "name", "hours", "serves", "meal", "note", "status"]
        for _ in 0..<Int.random(in: 1...5, using: &g) {
            let key = keys.randomElement(using: &g)!
            switch Int.random(in: 0..<6, using: &g) {
            case 0 where depth < 2:
                lines.append(pad + key + ":")
                lines.append(mapping(indent: indent + 2, depth: depth + 1, anchors: &anchors, using: &g))
            case 1 where depth < 2:
                lines.append(pad + key + ":")
                for _ in 0..<Int.random(in: 1...3, using: &g) {
                    lines.append(pad + "  - " + scalar(anchors: &anchors, using: &g))
                }
            case 2: lines.append(pad + key + ":")
            default: lines.append(pad + key + ": " + scalar(anchors: &anchors, using: &g))
            }
        }
        return lines.joined(separator: "\n")
    }
}
