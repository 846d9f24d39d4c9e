/// Compiled templates by name: the partials and parents a template may include.
public struct TemplateLibrary: Sendable {
    var templates: [String: CompiledTemplate]

    public init(_ templates: [String: CompiledTemplate] = [:]) { self.templates = templates }

    public subscript(name: String) -> CompiledTemplate? {
        get { templates[name] }
        set { templates[name] = newValue }
    }

    /// The named template rendered over `model`; nil when there is no such template.
    public func render(_ model: some TemplateModel, withTemplate name: String) -> String? {
        templates[name]?.render(model, library: self)
    }
}

extension CompiledTemplate {
    /// The template over `model`, its partials and parents taken from `library`.
    public func render(_ model: some TemplateModel, library: TemplateLibrary) -> String {
        render(root: .model(model), library: library)
    }

    /// The template over any value at the root (a test's list or text).
    func render(root: TemplateValue, library: TemplateLibrary) -> String {
        var renderer = TemplateRenderer(library: library, root: root)
        renderer.render(nodes, TemplateRenderer.Scope(escaping: .mustacheHTML, indentation: [], blocks: nil))
        return String(decoding: renderer.out, as: UTF8.self)
    }
}

/// Renders nodes into one byte buffer over a stack of the values sections opened.
struct TemplateRenderer {
    /// What holds for the nodes of one template or section as they render.
    struct Scope {
        var escaping: TemplateEscaping
        /// Put before each piece that starts a line: the blanks before standalone partials.
        var indentation: [UInt8]
        /// The blocks the parents being rendered replace, outermost first.
        var blocks: [String: [TemplateNode]]?
    }

    let library: TemplateLibrary
    var out: [UInt8] = []
    /// The model, then each value a section opened, innermost last.
    private var stack: [TemplateValue]
    /// Partials, parents and blocks entered and not yet left. A block whose replacement holds
    /// a block of its own name would enter itself forever (swift-mustache overflows the
    /// stack); past `includeLimit` nothing more is rendered.
    private var includes = 0
    static let includeLimit = 128

    init(library: TemplateLibrary, root: TemplateValue) {
        self.library = library
        stack = [root]
        out.reserveCapacity(1 << 14)
    }

    mutating func render(_ nodes: [TemplateNode], _ outer: Scope) {
        var scope = outer
        guard !scope.indentation.isEmpty else {
            for node in nodes { render(node, &scope) }
            return
        }
        // swift-mustache indents a piece (text up to a line break, or a whole tag's output)
        // when what this template printed so far ends a line.
        let start = out.count
        for node in nodes {
            let before = out.count
            render(node, &scope)
            if out.count > before, endsLine(at: before, after: start) {
                out.insert(contentsOf: scope.indentation, at: before)
            }
        }
    }

    /// Whether the output between `start` and `end` ends with `\n` as a character of its own
    /// (not the end of `\r\n`).
    private func endsLine(at end: Int, after start: Int) -> Bool {
        end > start && out[end - 1] == UInt8(ascii: "\n") && !(end - 2 >= start && out[end - 2] == UInt8(ascii: "\r"))
    }

    private mutating func render(_ node: TemplateNode, _ scope: inout Scope) {
        switch node {
        case .partial, .parent, .block:
            guard includes < Self.includeLimit else { return }
            includes += 1
            defer { includes -= 1 }
            include(node, scope)
        case .text(let bytes):
            out.append(contentsOf: bytes)
        case .variable(let name, let escaped, _):
            if let value = lookUp(name) { write(value, escaped ? scope.escaping : .none) }
        case .section(let name, let body, _):
            guard let value = lookUp(name) else { return }
            switch value {
            case .list(let items):
                for item in items { render(body, scope, over: item) }
            case .flag(let flag):
                if flag { render(body, scope) }
            case .absent:
                break
            case .text, .model:
                render(body, scope, over: value)
            }
        case .inverted(let name, let body, _):
            switch lookUp(name) {
            case nil, .absent?: render(body, scope)
            case .flag(let flag)?: if !flag { render(body, scope) }
            case .list(let items)? where items.isEmpty: render(body, scope, over: .list(items))
            case .list?, .text?, .model?: break
            }
        case .contentType(let escaping):
            scope.escaping = escaping
        }
    }

    /// A partial, a parent with its blocks, or a block (replaced or not).
    private mutating func include(_ node: TemplateNode, _ scope: Scope) {
        switch node {
        case .partial(let reference, let indentation, _):
            guard let template = resolve(reference) else { return }
            let inner = Scope(
                escaping: .mustacheHTML, indentation: indentation.map { scope.indentation + $0 } ?? scope.indentation,
                blocks: scope.blocks)
            render(template.nodes, inner)
        case .parent(let reference, let indentation, let blocks, _):
            guard let template = resolve(reference) else { return }
            // A block the outer parent replaces stays replaced.
            let merged = scope.blocks.map { $0.merging(blocks) { outer, _ in outer } } ?? blocks
            render(
                template.nodes,
                Scope(escaping: .mustacheHTML, indentation: scope.indentation + indentation, blocks: merged))
        case .block(let name, let defaultBody, let indentation, _):
            let inner = Scope(
                escaping: scope.escaping, indentation: scope.indentation + indentation, blocks: scope.blocks)
            render(scope.blocks?[name] ?? defaultBody, inner)
        case .text, .variable, .section, .inverted, .contentType:
            break
        }
    }

    private mutating func render(_ nodes: [TemplateNode], _ scope: Scope, over value: TemplateValue) {
        stack.append(value)
        render(nodes, scope)
        stack.removeLast()
    }

    private func resolve(_ reference: TemplateReference) -> CompiledTemplate? {
        switch reference {
        case .fixed(let name):
            return library.templates[name]
        case .dynamic(let name):
            guard case .text(let found)? = lookUp(name) else { return nil }
            return library.templates[found]
        }
    }

    /// The value `name` reads: its first part from the innermost frame that has it, the rest
    /// inside that.
    private func lookUp(_ name: TemplateName) -> TemplateValue? {
        guard let first = name.parts.first else { return stack.last }
        var found: TemplateValue?
        if name.fromTop {
            found = stack.last.flatMap { Self.child(first, of: $0) }
        } else {
            for frame in stack.reversed() {
                if let child = Self.child(first, of: frame) {
                    found = child
                    break
                }
            }
        }
        for part in name.parts.dropFirst() {
            guard let value = found else { return nil }
            found = Self.child(part, of: value)
        }
        return found
    }

    private static func child(_ key: String, of value: TemplateValue) -> TemplateValue? {
        guard case .model(let model) = value else { return nil }
        return model.value(forKey: key)
    }
}
