import GongshiModel

/// Checks a template's tags against the model it is rendered with: a key no model in reach
/// has (`{{titel}}`) is a warning with did-you-mean, as is a section that would read an
/// outer model's key of the same name, and a UI string that does not exist. Partials and
/// parents are followed with the same models in reach as where they are included.
struct TemplateKeyCheck {
    /// Template text and its file, by the name `{{> …}}` and `{{< …}}` use.
    let sources: [String: ThemeSource]
    /// The UI strings, for `{{t.group.key}}`.
    let strings: [String: [String: String]]

    /// What a section put in reach: a model's keys, any keys (UI strings), or nothing
    /// (text, a flag).
    private enum Frame {
        case keys(TemplateSchema, name: String)
        case anyKeys
        case nothing
    }

    /// The warnings for `template` rendered over `schema`; `page` names the page kind in
    /// the message (`point`).
    func warnings(template name: String, over schema: TemplateSchema, page: String) -> [Diagnostic] {
        guard let source = sources[name] else { return [] }
        var out: [Diagnostic] = []
        walk(source, stack: [.keys(schema, name: page)], page: page, visiting: [name], into: &out)
        return out
    }

    /// The warnings for text that starts at `origin` (a page body) rendered over `schema`.
    func warnings(text: String, at origin: SourceLocation, over schema: TemplateSchema, page: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        walk(
            ThemeSource(text: text, origin: origin), stack: [.keys(schema, name: page)], page: page, visiting: [],
            into: &out)
        return out
    }

    private func walk(
        _ source: ThemeSource, stack start: [Frame], page: String, visiting: Set<String>, into out: inout [Diagnostic]
    ) {
        var stack = start
        // For each open section, whether it put a frame on the stack.
        var pushed: [Bool] = []
        TemplateTags.scan(source.text) { tag in
            let place = source.place(line: tag.line, column: tag.column)
            switch tag.sigil {
            case nil, "&", "{":
                _ = resolve(tag.name, in: stack, page: page, at: place, into: &out)
            case "#":
                let shape = resolve(tag.name, in: stack, page: page, at: place, into: &out, section: true)
                if let frame = shape.map({ frame(for: $0, name: tag.name) }) {
                    stack.append(frame)
                    pushed.append(true)
                } else {
                    pushed.append(false)
                }
            case "^":
                _ = resolve(tag.name, in: stack, page: page, at: place, into: &out)
                pushed.append(false)
            case "$":
                pushed.append(false)
            case "<", ">":
                if tag.sigil == "<" { pushed.append(false) }
                if let included = sources[tag.name], !visiting.contains(tag.name) {
                    walk(included, stack: stack, page: page, visiting: visiting.union([tag.name]), into: &out)
                }
            case "/":
                if pushed.popLast() == true { stack.removeLast() }
            default:
                break
            }
            return true
        }
    }

    private func frame(for shape: TemplateShape, name: String) -> Frame {
        switch shape {
        case .model(let schema): .keys(schema, name: name)
        case .list(let item): frame(for: item, name: name)
        case .anyKeys: .anyKeys
        case .text, .flag: .nothing
        }
    }

    /// The shape `name` has where it stands, or nil (after a warning) when nothing in reach
    /// has it.
    private func resolve(
        _ name: String, in stack: [Frame], page: String, at place: SourceLocation, into out: inout [Diagnostic],
        section: Bool = false
    ) -> TemplateShape? {
        guard name != "." else { return .anyKeys }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var found: (shape: TemplateShape, depth: Int)?
        for (depth, frame) in stack.enumerated().reversed() {
            switch frame {
            case .keys(let schema, _):
                if let shape = schema.shape(of: parts[0]) { found = (shape, depth) }
            case .anyKeys:
                return .anyKeys
            case .nothing:
                continue
            }
            if found != nil { break }
        }
        guard let (first, depth) = found else {
            let candidates = stack.flatMap { frame -> [String] in
                if case .keys(let schema, _) = frame { return schema.keys }
                return []
            }
            out.append(
                .warning(
                    .theme(
                        .unknownKey(
                            name: name, page: page,
                            suggestion: Suggestions.closest(to: parts[0], in: Set(candidates).sorted()).map {
                                ([$0] + parts.dropFirst()).joined(separator: ".")
                            })),
                    at: place))
            return nil
        }
        if section, let innermost = innermostModel(stack), innermost.depth > depth, parts.count == 1 {
            out.append(.warning(.theme(.outerKey(name: name, inner: innermost.name)), at: place))
        }
        return follow(parts.dropFirst(), from: first, name: name, page: page, at: place, into: &out)
    }

    /// The innermost frame a section put a model's keys in, below the page's own.
    private func innermostModel(_ stack: [Frame]) -> (depth: Int, name: String)? {
        for (depth, frame) in stack.enumerated().reversed() where depth > 0 {
            if case .keys(_, let name) = frame { return (depth, name) }
        }
        return nil
    }

    /// The rest of a dotted name (`publisher.tel`, `t.site.skip`) inside what its first part
    /// found.
    private func follow(
        _ rest: ArraySlice<String>, from shape: TemplateShape, name: String, page: String, at place: SourceLocation,
        into out: inout [Diagnostic]
    ) -> TemplateShape? {
        var shape = shape
        for (offset, part) in rest.enumerated() {
            switch shape {
            case .model(let schema):
                guard let next = schema.shape(of: part) else {
                    let prefix = name.split(separator: ".").prefix(offset + 1).joined(separator: ".")
                    out.append(
                        .warning(
                            .theme(
                                .unknownKey(
                                    name: name, page: page,
                                    suggestion: Suggestions.closest(to: part, in: schema.keys).map {
                                        ([prefix, $0] + rest.dropFirst(offset + 1)).joined(separator: ".")
                                    })),
                            at: place))
                    return nil
                }
                shape = next
            case .anyKeys:
                return uiString(name, at: place, into: &out) ? .text : nil
            case .text, .flag, .list:
                out.append(.warning(.theme(.unknownKey(name: name, page: page, suggestion: nil)), at: place))
                return nil
            }
        }
        return shape
    }

    /// Whether `t.group.key` is one of the UI strings; a warning when not.
    private func uiString(_ name: String, at place: SourceLocation, into out: inout [Diagnostic]) -> Bool {
        let parts = name.split(separator: ".").map(String.init)
        guard parts.count == 3, parts[0] == "t", !strings.isEmpty else { return true }
        if strings[parts[1]]?[parts[2]] != nil { return true }
        let all = strings.flatMap { group, keys in keys.keys.map { "t.\(group).\($0)" } }
        out.append(
            .warning(
                .theme(.unknownString(name: name, suggestion: Suggestions.closest(to: name, in: all.sorted()))),
                at: place))
        return false
    }
}

/// A template's text and where it starts in its file.
struct ThemeSource: Sendable {
    var text: String
    var origin: SourceLocation

    func place(line: Int, column: Int) -> SourceLocation {
        SourceLocation(
            path: origin.path, line: origin.line + line - 1, column: line == 1 ? origin.column + column - 1 : column)
    }
}
