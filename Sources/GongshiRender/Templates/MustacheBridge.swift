import Mustache

// Temporary: typed models handed to swift-mustache while the pages move to them, removed
// when the renderer of our own reads `TemplateValue` directly.

/// A typed model as swift-mustache reads it.
struct BridgedModel: MustacheParent {
    let model: any TemplateModel
    func child(named name: String) -> Any? { model.value(forKey: name)?.bridged }
}

/// An absent fact: skips a section, shows an inverted one, prints nothing, and stops the
/// lookup (a missing key would go on to the enclosing context).
struct BridgedAbsent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

extension TemplateValue {
    var bridged: Any {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag
        case .model(let model): BridgedModel(model: model)
        case .list(let items): items.map(\.bridged)
        case .absent: BridgedAbsent()
        }
    }
}
