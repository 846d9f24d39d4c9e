import Foundation
import GongshiModel
import Testing

@testable import GongshiBuild

/// The build state file gives back exactly the state written; anything else in its place (a
/// cut-off file, another form) reads as no state, so the next build renders everything.
@Suite struct BuildStateFileTests {
    static func state(files: Int, recorded: Bool) -> BuildState {
        var outputs: [String: FileStamp] = [:]
        var digests: [String: String] = [:]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongshi-state-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sample = folder.appendingPathComponent("a")
        FileManager.default.createFile(atPath: sample.path, contents: Data("甲".utf8))
        let stamp = FileStamp(path: sample.path)!
        for n in 0..<files {
            let path = n % 3 == 0 ? "points/p\(n)/index.html" : "点/\(n) 页.html"
            if n % 5 != 4 { outputs[path] = stamp }
            if recorded, n % 7 != 6 { digests[path] = String(repeating: "\(n % 10)", count: 64) }
        }
        return BuildState(
            program: "1-2.3", today: "2026-11-23", offsetMinutes: 480, includeDrafts: false, baseURL: "https://x/",
            inputs: ["content/points/a.yaml": "abc"], keys: ["content/points/a.yaml": ["p:a", "t:b"]],
            outputs: outputs,
            diagnostics: [.warning(.output(.outsideOutput(path: "x")), at: .file("content/site.yaml"))],
            fileCount: files, byteCount: 3 * files, contentFileCount: 1, recorded: recorded,
            digests: recorded ? digests : nil)
    }

    @Test(arguments: [(0, true), (1, false), (200, true), (200, false)])
    func readsBackWhatWasWritten(files: Int, recorded: Bool) throws {
        let output = try AtomicPublisherTests.scratch().appendingPathComponent("public")
        let state = Self.state(files: files, recorded: recorded)
        state.write(for: output)
        #expect(BuildState.read(for: output) == state)
    }

    @Test func aDamagedFileReadsAsNoState() throws {
        let output = try AtomicPublisherTests.scratch().appendingPathComponent("public")
        let state = Self.state(files: 50, recorded: true)
        state.write(for: output)
        let location = BuildState.location(for: output)
        let bytes = try Data(contentsOf: location)
        for cut in [0, 10, bytes.count / 2, bytes.count - 1] {
            try bytes.prefix(cut).write(to: location)
            #expect(BuildState.read(for: output) == nil, "cut at \(cut)")
        }
        try (bytes + Data([0])).write(to: location)
        #expect(BuildState.read(for: output) == nil)
        // The JSON form of earlier builds.
        try JSONEncoder().encode(state).write(to: location)
        #expect(BuildState.read(for: output) == nil)
    }
}
