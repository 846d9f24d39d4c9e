import GongshiModel

/// Reads template text into nodes by swift-mustache's rules, so a theme renders as it did:
/// a tag alone on its line takes the line's blanks and break with it; text is split where
/// swift-mustache splits it, since a partial's indentation is put in between such pieces.
struct TemplateParser {
    var reader: TemplateReader
    /// The characters of the pragma put before the text: places on line 1 are moved back by it.
    let pragmaLength: Int

    /// `text` after `pragma` (a content type), compiled; places are within `text`.
    static func parse(_ text: String, pragma: String = "") -> Result<CompiledTemplate, TemplateParseError> {
        var parser = TemplateParser(reader: TemplateReader(pragma + text), pragmaLength: pragma.count)
        do {
            return .success(CompiledTemplate(nodes: try parser.parseBody(Scope()).nodes))
        } catch {
            let syntax: TemplateSyntax
            switch error {
            case .syntax(let found): syntax = found
            // The text ends inside a tag (swift-mustache calls it an overflow).
            case .overflow: syntax = .unclosedTag
            }
            return .failure(TemplateParseError(syntax: syntax, place: parser.place(of: parser.reader.index)))
        }
    }

    enum Failure: Error {
        case syntax(TemplateSyntax)
        case overflow
    }

    /// What the parser knows where it stands.
    struct Scope {
        /// The section being read, whose close tag ends it; nil at the top.
        var section: String?
        /// Nothing but blanks before the cursor on this line.
        var atLineStart = true
        /// Inside `{{<parent}}`, and directly in it (where only `{{$block}}` may stand).
        var inParent = false
        var parentTopLevel = false
        /// The blanks before a block's first line, taken off each of its lines.
        var blockIndent: ArraySlice<Character>?
        var open: [Character] = ["{", "{"]
        var close: [Character] = ["}", "}"]

        func entering(section name: String, standalone: Bool) -> Scope {
            var inner = self
            inner.section = name
            inner.parentTopLevel = false
            inner.atLineStart = standalone
            return inner
        }

        func enteringParent(_ name: String) -> Scope {
            var inner = self
            inner.section = name
            inner.atLineStart = true
            inner.inParent = true
            inner.parentTopLevel = true
            return inner
        }
    }

    /// Nodes read so far; text is joined up to each line break.
    private struct Body {
        var nodes: [TemplateNode] = []
        /// `{{$name}}` definitions directly inside a parent.
        var blocks: [String: [TemplateNode]] = [:]
        private var text: [UInt8] = []

        mutating func append(text characters: ArraySlice<Character>...) {
            for piece in characters { text += String(piece).utf8 }
            if text.last == UInt8(ascii: "\n") { flushText() }
        }

        mutating func append(_ node: TemplateNode) {
            flushText()
            nodes.append(node)
        }

        mutating func finish() -> Body {
            flushText()
            return self
        }

        private mutating func flushText() {
            guard !text.isEmpty else { return }
            nodes.append(.text(text))
            text = []
        }
    }

    private mutating func parseBody(_ outer: Scope) throws(Failure) -> Body {
        var scope = outer
        var body = Body()
        // Blanks at the start of the line, dropped if the tag after them stands alone.
        var blanks: ArraySlice<Character> = []
        while !reader.atEnd {
            if scope.atLineStart {
                let read = reader.read(while: { $0 == " " || $0 == "\t" })
                if scope.inParent && !scope.parentTopLevel {
                    if let indent = scope.blockIndent {
                        blanks = read.dropFirst(indent.count)
                    } else {
                        scope.blockIndent = read
                    }
                } else {
                    blanks = read
                }
            }
            let text = try readText(scope)
            if reader.current.isNewline {
                body.append(text: blanks, text, [reader.current][...])
                scope.atLineStart = true
                reader.advance()
                continue
            }
            if !text.isEmpty {
                body.append(text: blanks, text)
                blanks = []
                scope.atLineStart = false
            }
            if reader.atEnd { break }
            let place = self.place(of: reader.index - scope.open.count)
            var standalone = false
            func flushBlanks() {
                guard !blanks.isEmpty else { return }
                body.append(text: blanks)
                blanks = []
            }
            switch reader.current {
            case "#", "^":
                let inverted = reader.current == "^"
                reader.advance()
                let name = try readName(scope)
                if lineEnds(scope) { standalone = true } else { flushBlanks() }
                let inner = try parseBody(scope.entering(section: name, standalone: standalone)).nodes
                body.append(
                    inverted
                        ? .inverted(TemplateName(name), body: inner, at: place)
                        : .section(TemplateName(name), body: inner, at: place))
            case "/":
                reader.advance()
                let nameStart = reader.index
                let (name, transforms) = try readNameAndTransforms(scope)
                guard name == scope.section, transforms.isEmpty else {
                    reader.index = nameStart
                    throw .syntax(.wrongSectionClose)
                }
                if !lineEnds(scope) { flushBlanks() }
                return body.finish()
            case "!":
                reader.advance()
                do { try reader.skip(past: scope.close) } catch { throw .overflow }
                standalone = lineEnds(scope)
            case "{":
                flushBlanks()
                reader.advance()
                let name = try readName(scope)
                guard try take("}") else { throw .syntax(.unclosedTag) }
                body.append(.variable(TemplateName(name), escaped: false, at: place))
            case "&":
                flushBlanks()
                reader.advance()
                body.append(.variable(TemplateName(try readName(scope)), escaped: false, at: place))
            case ">":
                reader.advance()
                reader.readSpaces()
                let dynamic = reader.current == "*"
                if dynamic { reader.advance() }
                let name = try readPartialName(scope)
                if !blanks.isEmpty { body.append(text: blanks) }
                standalone = lineEnds(scope)
                let indentation = standalone ? Array(String(blanks).utf8) : nil
                body.append(.partial(Self.reference(name, dynamic: dynamic), indentation: indentation, at: place))
                blanks = []
            case "<":
                reader.advance()
                reader.readSpaces()
                let name = try readPartialName(scope)
                if !blanks.isEmpty { body.append(text: blanks) }
                standalone = lineEnds(scope)
                let inner = try parseBody(scope.enteringParent(name))
                guard inner.nodes.allSatisfy(\.isText) else { throw .syntax(.onlyBlocksInsideParent) }
                let dynamic = name.first == "*"
                body.append(
                    .parent(
                        Self.reference(dynamic ? String(name.dropFirst()) : name, dynamic: dynamic),
                        indentation: Array(String(blanks).utf8), blocks: inner.blocks, at: place))
                blanks = []
            case "$":
                reader.advance()
                let (name, transforms) = try readNameAndTransforms(scope)
                guard transforms.isEmpty else { throw .syntax(.transformOnInherited) }
                if scope.parentTopLevel {
                    standalone = lineEnds(scope)
                    body.blocks[name] = try parseBody(scope.entering(section: name, standalone: standalone)).nodes
                } else {
                    if !blanks.isEmpty { body.append(text: blanks) }
                    standalone = lineEnds(scope)
                    let inner = try parseBody(scope.entering(section: name, standalone: standalone)).nodes
                    body.append(.block(name, default: inner, indentation: Array(String(blanks).utf8), at: place))
                    blanks = []
                }
            case "=":
                reader.advance()
                try readDelimiters(into: &scope)
                standalone = lineEnds(scope)
            case "%":
                reader.advance()
                body.append(.contentType(try readSetting(scope)))
                standalone = lineEnds(scope)
            default:
                flushBlanks()
                body.append(.variable(TemplateName(try readName(scope)), escaped: true, at: place))
            }
            scope.atLineStart = standalone
        }
        guard scope.section == nil else { throw .syntax(.sectionNeverClosed) }
        return body.finish()
    }

    private static func reference(_ name: String, dynamic: Bool) -> TemplateReference {
        dynamic ? .dynamic(TemplateName(name)) : .fixed(name)
    }

    /// Text up to a line break (left next) or past the next open delimiter.
    private mutating func readText(_ scope: Scope) throws(Failure) -> ArraySlice<Character> {
        guard let first = scope.open.first else { return [] }
        var text: [Character] = []
        while !reader.atEnd {
            text += reader.read(while: { $0 != "\n" && $0 != "\r\n" && $0 != first })
            if reader.current.isNewline { break }
            if reader.current == first {
                if try take(scope.open) { break }
                text.append(first)
                reader.advance()
            }
        }
        return text[...]
    }

    /// A tag that stands alone on its line takes the rest of the line with it.
    private mutating func lineEnds(_ scope: Scope) -> Bool {
        scope.atLineStart && reader.lineEndsHere()
    }
}

extension TemplateNode {
    fileprivate var isText: Bool {
        if case .text = self { true } else { false }
    }
}
