import GongshiModel

/// Reading what stands inside a tag.
extension TemplateParser {
    private static let nameCharacters = Set<Character>(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let nameOrTransformCharacters = nameCharacters.union("()")
    private static let partialNameCharacters = nameOrTransformCharacters.union("/")

    /// A name up to the close delimiter; a transform (`{{uppercased(name)}}`) is refused, at
    /// the name, since typed models have none.
    mutating func readName(_ scope: Scope) throws(Failure) -> String {
        let start = reader.index
        let (name, transforms) = try readNameAndTransforms(scope)
        guard transforms.isEmpty else {
            reader.index = start
            throw .syntax(.transformUnsupported)
        }
        return name
    }

    /// A name and the transforms around it, innermost last: `f(g(x))` is `x` and `[f, g]`.
    mutating func readNameAndTransforms(_ scope: Scope) throws(Failure) -> (String, [String]) {
        reader.readSpaces()
        let text = reader.read(while: { Self.nameOrTransformCharacters.contains($0) })
        reader.readSpaces()
        guard try take(scope.close) else { throw .syntax(.unclosedTag) }
        var rest = text[...]
        var transforms: [String] = []
        while let open = rest.firstIndex(of: "(") {
            let transform = rest[..<open]
            guard !transform.contains(")") else { throw .syntax(.unclosedTag) }
            transforms.append(String(transform))
            rest = rest[(open + 1)...]
        }
        let name = rest.prefix { $0 != ")" }
        let closers = rest.dropFirst(name.count)
        guard closers.allSatisfy({ $0 == ")" }), closers.count == transforms.count else {
            throw .syntax(.unclosedTag)
        }
        return (String(name), transforms)
    }

    mutating func readPartialName(_ scope: Scope) throws(Failure) -> String {
        reader.readSpaces()
        let name = reader.read(while: { Self.partialNameCharacters.contains($0) })
        reader.readSpaces()
        guard try take(scope.close) else { throw .syntax(.unclosedTag) }
        return String(name)
    }

    /// `{{=<% %>=}}`: the new delimiters, for the rest of this section.
    mutating func readDelimiters(into scope: inout Scope) throws(Failure) {
        let open: ArraySlice<Character>
        let close: ArraySlice<Character>
        do {
            reader.readSpaces()
            open = try reader.readToFirst(where: \.isWhitespace)
            reader.readSpaces()
            close = try reader.readToFirst(where: { $0 == "=" || $0.isWhitespace })
            reader.readSpaces()
        } catch {
            throw .syntax(.badDelimiter)
        }
        guard try take("="), try take(scope.close), !open.isEmpty, !close.isEmpty else {
            throw .syntax(.badDelimiter)
        }
        scope.open = Array(open)
        scope.close = Array(close)
        scope.parentTopLevel = false
    }

    /// `{{% CONTENT_TYPE: NAME }}`, the only setting there is.
    mutating func readSetting(_ scope: Scope) throws(Failure) -> TemplateEscaping {
        func word() -> String { String(reader.read(while: { Self.nameCharacters.contains($0) })) }
        let setting: String
        let value: String
        do {
            reader.readSpaces()
            setting = word()
            reader.readSpaces()
            guard try reader.take(":") else { throw TemplateReader.Overflow() }
            reader.readSpaces()
            value = word()
            reader.readSpaces()
            guard try reader.take(scope.close) else { throw TemplateReader.Overflow() }
        } catch {
            throw .syntax(.unknownSetting)
        }
        guard setting == "CONTENT_TYPE", let escaping = TemplateEscaping(contentType: value) else {
            throw .syntax(.unknownSetting)
        }
        return escaping
    }

    mutating func take(_ character: Character) throws(Failure) -> Bool {
        do { return try reader.take(character) } catch { throw .overflow }
    }

    mutating func take(_ literal: [Character]) throws(Failure) -> Bool {
        do { return try reader.take(literal) } catch { throw .overflow }
    }

    /// Where `offset` is in the text after the pragma.
    mutating func place(of offset: Int) -> TemplatePlace {
        let place = reader.place(of: offset)
        guard place.line == 1 else { return place }
        return TemplatePlace(line: 1, column: max(1, place.column - pragmaLength))
    }
}
