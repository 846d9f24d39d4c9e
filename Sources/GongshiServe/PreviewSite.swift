import GongshiBuild
import GongshiModel

/// A response before it meets HTTP, so what the preview serves is testable without a socket.
public struct PreviewResponse: Sendable, Equatable {
    public var status: Int
    public var headers: [String: String]
    public var body: [UInt8]

    public init(status: Int, headers: [String: String] = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// The latest rebuild's problems, shown above every page until a rebuild succeeds.
public struct PreviewFailure: Sendable, Equatable {
    public var diagnostics: [String]
    public var summary: String

    public init(diagnostics: [String], summary: String) {
        self.diagnostics = diagnostics
        self.summary = summary
    }
}

/// What the preview serves at one moment: the last good output tree under the base path, and
/// the latest failure, if the latest rebuild failed.
public struct PreviewSite: Sendable {
    /// `/` or `/yanglao/`: where the tree's root is served.
    public var basePath: String
    public var tree: OutputTree?
    public var failure: PreviewFailure?
    /// Files of the tree rendered only when asked for (lists and data after an edit).
    public var deferred: DeferredRoutes?
    /// Counts the reloads pushed; pages carry it so a rebuild between loading a page and
    /// opening its event stream still reloads it.
    public var generation = 0

    /// The language of the preview's own panel and pages.
    public var language: Language

    public init(basePath: String, language: Language = .zhHans) {
        self.basePath = basePath.hasSuffix("/") ? basePath : basePath + "/"
        self.language = language
    }

    /// Takes a rebuild's result; true when open pages should reload (something they show changed,
    /// a build failed, or it recovered).
    public mutating func apply(_ build: PreviewResult) -> Bool {
        let reload: Bool
        switch build {
        case .built(let newTree, let changedPaths, _, _, let later):
            reload = !changedPaths.isEmpty || failure != nil || tree == nil
            tree = newTree
            deferred = later
            failure = nil
        case .failed(let diagnostics, let summary):
            reload = true
            failure = PreviewFailure(diagnostics: diagnostics, summary: summary)
        }
        if reload { generation += 1 }
        return reload
    }

    /// The response for a decoded request path such as `/yanglao/canteens/`.
    public func respond(to path: String) -> PreviewResponse {
        if path == PreviewAddresses.errors {
            return page(200, PreviewPage.problems(failure, generation: generation, language: language))
        }
        guard path.hasPrefix(basePath) else {
            // The bare host, or the base path without its slash, leads to the site.
            if path == "/" || path + "/" == basePath { return redirect(302, to: basePath) }
            return notFound()
        }
        let relative = String(path.dropFirst(basePath.count))
        guard relative.split(separator: "/").allSatisfy({ $0 != "." && $0 != ".." }) else { return notFound() }
        guard let tree else {
            // Nothing good to show yet: the first build failed or is still running.
            let html = failure.map { PreviewPage.problems($0, generation: generation, language: language) }
            return page(503, html ?? PreviewPage.building(generation: generation, language: language))
        }
        let file = relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
        if let bytes = tree.files[file] ?? deferred?.bytes(at: file) {
            return PreviewResponse(status: 200, headers: headers(for: file), body: decorated(bytes, file: file))
        }
        let folderIndex = relative + "/index.html"
        if !relative.isEmpty, !relative.hasSuffix("/"),
            tree.files[folderIndex] != nil || deferred?.paths.contains(folderIndex) == true
        {
            return redirect(301, to: basePath + relative + "/")
        }
        return notFound()
    }

    private func notFound() -> PreviewResponse {
        guard let bytes = tree?.files["404.html"] else {
            return PreviewResponse(
                status: 404, headers: headers(for: "404.txt"), body: Array("404 not found\n".utf8))
        }
        return PreviewResponse(status: 404, headers: headers(for: "404.html"), body: decorated(bytes, file: "404.html"))
    }

    private func redirect(_ status: Int, to location: String) -> PreviewResponse {
        PreviewResponse(status: status, headers: ["Location": location, "Cache-Control": "no-store"])
    }

    private func page(_ status: Int, _ html: String) -> PreviewResponse {
        PreviewResponse(status: status, headers: headers(for: "page.html"), body: Array(html.utf8))
    }

    private func headers(for file: String) -> [String: String] {
        ["Content-Type": ContentTypes.forPath(file), "Cache-Control": "no-store"]
    }

    /// HTML gets the reload script and, while the latest rebuild failed, the problems panel.
    private func decorated(_ bytes: [UInt8], file: String) -> [UInt8] {
        guard file.hasSuffix(".html") else { return bytes }
        return Array(
            PreviewPage.decorate(
                String(decoding: bytes, as: UTF8.self), failure: failure, generation: generation, language: language
            ).utf8)
    }
}

/// The preview's own addresses, outside any base path a site can have (no site folder starts
/// with `__`).
public enum PreviewAddresses {
    public static let events = "/__gongshi/events"
    public static let errors = "/__gongshi/errors"
}
