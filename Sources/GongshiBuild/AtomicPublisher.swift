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

    public static func publish(_ tree: OutputTree, to output: URL) throws(Failure) -> Summary {
        let staged = try StagedOutput(replacing: output)
        do throws(Failure) {
            try staged.makeFolders(for: tree.files.keys)
            var written = 0
            for path in tree.sortedPaths where try staged.put(path, tree.files[path]!) { written += 1 }
            try staged.commit(waitForRemoval: true)
            return Summary(
                fileCount: tree.files.count, byteCount: tree.files.values.reduce(0) { $0 + $1.count },
                writtenCount: written)
        } catch {
            staged.discard()
            throw error
        }
    }
}
