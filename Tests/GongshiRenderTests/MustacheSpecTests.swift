import Foundation
import Testing

@testable import GongshiRender

/// The official Mustache spec (github.com/mustache/spec, `specs/*.json`, vendored in
/// Fixtures/mustache-spec), every case through our renderer and through swift-mustache.
@Suite struct MustacheSpecTests {
    struct SpecFile: Decodable {
        var tests: [SpecCase]
    }

    struct SpecCase: Decodable {
        var name: String
        var data: JSON
        var template: String
        var partials: [String: String]?
        var expected: String
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/mustache-spec")

    static let files = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]

    /// Cases where swift-mustache 2.x prints otherwise than the spec. Ours follows
    /// swift-mustache, since the point is that the site does not change.
    static let swiftMustacheDeviations: [String: String] = [
        "~inheritance/Intrinsic indentation":
            "swift-mustache indents an overriding block by the blanks before the {{$block}} tag, not by the blanks its default content starts with",
        "~inheritance/Nested block reindentation":
            "the same: a nested block's default indentation is not given to the override",
    ]

    static func cases(in file: String) throws -> [SpecCase] {
        let data = try Data(contentsOf: folder.appendingPathComponent(file + ".json"))
        return try JSONDecoder().decode(SpecFile.self, from: data).tests
    }

    @Test(arguments: files) func everyCaseRendersAsSwiftMustacheDoes(file: String) throws {
        let cases = try Self.cases(in: file)
        #expect(!cases.isEmpty)
        for spec in cases {
            let key = "\(file)/\(spec.name)"
            let root = spec.data.templateValue
            let partials = spec.partials ?? [:]
            let ours = try MustacheOracle.ours(spec.template, root: root, partials: partials).get()
            let oracle = try MustacheOracle.render(spec.template, root: root, partials: partials).get()
            #expect(ours == oracle, "\(key): ours and swift-mustache differ")
            if let reason = Self.swiftMustacheDeviations[key] {
                #expect(oracle != spec.expected, "\(key) is listed as a deviation (\(reason)) but now follows the spec")
            } else {
                #expect(ours == spec.expected, "\(key)")
            }
        }
    }

    /// Every listed deviation names a case that exists.
    @Test func theDeviationsNameRealCases() throws {
        var names: Set<String> = []
        for file in Self.files { names.formUnion(try Self.cases(in: file).map { "\(file)/\($0.name)" }) }
        #expect(Set(Self.swiftMustacheDeviations.keys).subtracting(names).isEmpty)
    }
}
