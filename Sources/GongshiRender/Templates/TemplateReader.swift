/// A cursor over a template's characters (grapheme clusters, as swift-mustache reads them,
/// so `\r\n` is one character and a tag's column counts what an editor shows).
struct TemplateReader {
    /// The reader ran out of text in the middle of a tag.
    struct Overflow: Error {}

    let characters: [Character]
    var index = 0

    init(_ text: String) { characters = Array(text) }

    var atEnd: Bool { index == characters.count }
    /// The character at the cursor; NUL at the end.
    var current: Character { atEnd ? "\0" : characters[index] }

    mutating func advance() { index += 1 }

    /// Skips characters while `test` holds and returns them.
    @discardableResult
    mutating func read(while test: (Character) -> Bool) -> ArraySlice<Character> {
        let start = index
        while index < characters.count, test(characters[index]) { index += 1 }
        return characters[start..<index]
    }

    @discardableResult
    mutating func readSpaces() -> ArraySlice<Character> { read(while: \.isWhitespace) }

    /// Up to the first character passing `test`; without one, an overflow and no move.
    mutating func readToFirst(where test: (Character) -> Bool) throws(Overflow) -> ArraySlice<Character> {
        let start = index
        let found = read(while: { !test($0) })
        guard !atEnd else {
            index = start
            throw Overflow()
        }
        return found
    }

    /// Takes `character` if it is next. At the end of the text, an overflow.
    mutating func take(_ character: Character) throws(Overflow) -> Bool {
        guard !atEnd else { throw Overflow() }
        guard characters[index] == character else { return false }
        index += 1
        return true
    }

    /// Takes `literal` if it comes next. Fewer characters left than it has is an overflow.
    mutating func take(_ literal: [Character]) throws(Overflow) -> Bool {
        guard !literal.isEmpty else { return true }
        guard characters.count - index >= literal.count else { throw Overflow() }
        guard characters[index..<index + literal.count].elementsEqual(literal) else { return false }
        index += literal.count
        return true
    }

    /// Past the first `literal`; after a mismatch the match restarts at the next character
    /// without looking back (as swift-mustache finds a comment's end).
    mutating func skip(past literal: [Character]) throws(Overflow) {
        var matched = 0
        var cursor = index
        while cursor < characters.count {
            if characters[cursor] == literal[matched] {
                matched += 1
                if matched == literal.count {
                    index = cursor + 1
                    return
                }
            } else {
                matched = 0
            }
            cursor += 1
        }
        throw Overflow()
    }

    /// Whether only blanks remain on this line; if so, the reader moves past its line break.
    mutating func lineEndsHere() -> Bool {
        if atEnd { return true }
        var probe = index
        while probe < characters.count, characters[probe] == " " || characters[probe] == "\t" { probe += 1 }
        guard probe < characters.count, characters[probe].isNewline else { return false }
        index = probe + 1
        return true
    }

    /// The line and column of `offset`: lines counted by line breaks of any kind, columns
    /// back to the last `\n`.
    mutating func place(of offset: Int) -> TemplatePlace {
        if offset < counted.offset { counted = (0, 1) }
        counted.line = characters[counted.offset..<offset].reduce(counted.line) { $0 + ($1.isNewline ? 1 : 0) }
        counted.offset = offset
        var start = offset
        while start > 0, characters[start - 1] != "\n" { start -= 1 }
        return TemplatePlace(line: counted.line, column: offset - start + 1)
    }

    /// Lines counted so far, so placing each tag in turn reads the text once.
    private var counted = (offset: 0, line: 1)
}
