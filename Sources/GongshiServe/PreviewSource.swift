import GongshiBuild

/// Builds the site for the preview. Called once at start (changed == nil: build everything)
/// and after each change with the site-relative paths that changed (e.g. "content/points/a.yaml").
public protocol PreviewSource: Sendable {
    func rebuild(changed: Set<String>?) async -> PreviewResult
}

/// What one rebuild produced.
public enum PreviewResult: Sendable {
    /// The whole output tree (paths below the output folder → bytes) and the output paths whose bytes changed.
    /// `warnings`: worded as `failed`'s diagnostics. `deferred`: files left out of the tree,
    /// rendered when first asked for.
    case built(
        OutputTree, changedPaths: [String], summary: String, warnings: [String] = [], deferred: DeferredRoutes? = nil)
    /// Diagnostics already worded `path:line:col: error: message (hint)`, one per line, plus a summary line.
    case failed(diagnostics: [String], summary: String)
}
