import Foundation

/// Publishes a tree built in memory through a `StagedOutput`: the old folder is untouched
/// until the new tree is complete, and unchanged files keep their modification times.
public enum AtomicPublisher {
    public typealias Failure = PublishFailure

    /// What a publish did.
    public struct Summary: Equatable, Sendable {
        public var fileCount: Int
        public var byteCount: Int
        /// Files whose bytes differ from the previous output (or are new).
        public var writtenCount: Int
        public var unchangedCount: Int { fileCount - writtenCount }

        public init(fileCount: Int, byteCount: Int, writtenCount: Int) {
            self.fileCount = fileCount
            self.byteCount = byteCount
            self.writtenCount = writtenCount
        }
    }

    /// `keepingSpare`: keep the tree swapped out as the spare the next publish updates (see
    /// `StagedOutput`) instead of removing it; `removed`, the old tree's paths the new one
    /// does not have, which the spare then drops.
    public static func publish(
        _ tree: OutputTree, to output: URL, keepingSpare: Bool = false, removed: [String] = []
    ) throws(Failure) -> Summary {
        let staged = try StagedOutput(
            replacing: output, paths: tree.files.keys, keepsSpare: keepingSpare, waitsForRemoval: true)
        do throws(Failure) {
            var written = 0
            for path in tree.sortedPaths where try staged.put(path, tree.files[path]!) { written += 1 }
            try staged.commit(removed: removed)
            return Summary(
                fileCount: tree.files.count, byteCount: tree.files.values.reduce(0) { $0 + $1.count },
                writtenCount: written)
        } catch {
            staged.discard()
            throw error
        }
    }
}
