import GongshiModel

/// An upper estimate of how deeply a YAML text nests, read before parsing (JSON's levels are
/// counted exactly as `JSONReader` reads them, against the same limit): libyaml's
/// composer and our tree copy recurse once per level, and a file of a few kilobytes of `[`
/// (or of ever deeper indentation) would overflow a parsing thread's stack. Real content
/// nests a handful of levels; the estimate may count a little more (indentation inside a
/// block of text), never less.
enum NestingDepth {
    /// The most levels a content file may nest.
    static let limit = 64

    /// Where the text first nests deeper than `limit` (1-based line and column), if it does.
    static func firstExcess(in text: String, limit: Int = limit) -> (line: Int, column: Int)? {
        var text = text
        return text.withUTF8 { firstExcess(in: $0, limit: limit) }
    }

    /// The same over the text's bytes, a line at a time without copying it.
    private static func firstExcess(in all: UnsafeBufferPointer<UInt8>, limit: Int) -> (line: Int, column: Int)? {
        var indents: [Int] = []
        var flow = 0
        var line = 1
        var start = 0
        while start <= all.count {
            let end = all[start...].firstIndex(of: UInt8(ascii: "\n")) ?? all.count
            defer {
                line += 1
                start = end + 1
            }
            let bytes = UnsafeBufferPointer(rebasing: all[start..<end])
            var column = 0
            while column < bytes.count, bytes[column] == UInt8(ascii: " ") { column += 1 }
            let blank = column == bytes.count || bytes[column] == UInt8(ascii: "#") || bytes[column] == 13
            if flow == 0, !blank {
                while let last = indents.last, last >= column { indents.removeLast() }
                indents.append(column)
                // `- - - x` opens a level per dash on one line.
                var i = column
                while i + 1 < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "?"),
                    bytes[i + 1] == UInt8(ascii: " ")
                {
                    i += 2
                    while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
                    indents.append(i)
                }
            }
            if indents.count + flow > limit { return (line, column + 1) }
            var quote: UInt8?
            var index = column
            while index < bytes.count {
                let byte = bytes[index]
                if let open = quote {
                    if byte == UInt8(ascii: "\\"), open == UInt8(ascii: "\"") {
                        index += 1
                    } else if byte == open {
                        quote = nil
                    }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    // A quote starts a quoted scalar only at a value's start; `it's` is plain text.
                    let before = index == 0 ? UInt8(ascii: " ") : bytes[index - 1]
                    if before == UInt8(ascii: " ") || before == UInt8(ascii: "[") || before == UInt8(ascii: "{")
                        || before == UInt8(ascii: ",") || before == UInt8(ascii: ":")
                    {
                        quote = byte
                    }
                } else if byte == UInt8(ascii: "#"), index == 0 || bytes[index - 1] == UInt8(ascii: " ") {
                    break
                } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                    flow += 1
                    if indents.count + flow > limit { return (line, index + 1) }
                } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                    flow = max(0, flow - 1)
                }
                index += 1
            }
        }
        return nil
    }

    static func diagnostic(at excess: (line: Int, column: Int), path: String, lineOffset: Int = 0) -> Diagnostic {
        .error(
            .file(.nestedTooDeep(limit: limit)),
            at: SourceLocation(path: path, line: excess.line + lineOffset, column: excess.column))
    }
}
