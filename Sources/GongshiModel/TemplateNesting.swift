/// The tags of a Mustache template, read before the template engine sees it: swift-mustache
/// parses and renders sections and partials recursively, so a template too deep or a
/// partial that includes itself overflows the stack of the thread rendering it (a page body
/// of twenty thousand `{{#title}}` did). These are found first and refused with a place.
public enum TemplateTags {
    /// One tag: its sigil (`#`, `/`, `>`, …; nil for a plain variable), its name and where
    /// it starts (line and column in characters, from 1).
    public struct Tag {
        public var sigil: Character?
        public var name: String
        public var line: Int
        public var column: Int

        /// `{{#…}}`, `{{^…}}`, `{{$…}}` and `{{<…}}` open a section that `{{/…}}` closes.
        public var opensSection: Bool { sigil.map { "#^$<".contains($0) } ?? false }
        public var closesSection: Bool { sigil == "/" }
    }

    /// Each tag in order until `body` returns false, following `{{=<% %>=}}` delimiter
    /// changes. An unclosed tag ends the scan (it is the engine's error to report).
    public static func scan(_ text: String, _ body: (Tag) -> Bool) {
        var open = Array("{{".utf8)
        var close = Array("}}".utf8)
        let bytes = Array(text.utf8)
        var line = 1
        var lineStart = 0
        var index = 0
        func matches(_ token: [UInt8], at offset: Int) -> Bool {
            offset + token.count <= bytes.count && bytes[offset..<offset + token.count].elementsEqual(token)
        }
        while index < bytes.count {
            guard matches(open, at: index) else {
                if bytes[index] == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
                continue
            }
            let start = index
            var end = start + open.count
            while end < bytes.count, !matches(close, at: end) { end += 1 }
            guard end < bytes.count else { return }
            let tagEnd = end + close.count
            let inner = String(decoding: bytes[start + open.count..<end], as: UTF8.self).trimmingSpaces()
            let column = bytes[lineStart..<start].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            let sigil = inner.first.flatMap { "#^$</>=!&%{".contains($0) ? $0 : nil }
            let tag = Tag(
                sigil: sigil, name: sigil == nil ? inner : inner.dropFirst().trimmingSpaces(), line: line,
                column: column)
            guard body(tag) else { return }
            if sigil == "=" {
                // `{{=<% %>=}}`: the new delimiters stand between the `=` signs.
                let words = tag.name.dropLast(tag.name.hasSuffix("=") ? 1 : 0).split(separator: " ")
                if words.count == 2 {
                    open = Array(words[0].utf8)
                    close = Array(words[1].utf8)
                }
            }
            for offset in start..<tagEnd where bytes[offset] == UInt8(ascii: "\n") {
                line += 1
                lineStart = offset + 1
            }
            index = tagEnd
        }
    }
}

/// How deep a template's sections nest. A page or layout needs a few levels; past `limit`
/// the template is refused at the section that goes too deep.
public enum TemplateNesting {
    public static let limit = 64

    /// Line and column of the first section opened past `limit`.
    public static func firstExcess(in text: String, limit: Int = limit) -> (line: Int, column: Int)? {
        var depth = 0
        var excess: (line: Int, column: Int)?
        TemplateTags.scan(text) { tag in
            if tag.opensSection {
                depth += 1
                if depth > limit { excess = (tag.line, tag.column) }
            } else if tag.closesSection {
                depth = max(0, depth - 1)
            }
            return excess == nil
        }
        return excess
    }

    /// The innermost section still open at the end of a template: where to point when the
    /// engine reports, at the end of the text, that a section is never closed.
    public static func innermostUnclosed(in text: String) -> TemplateTags.Tag? {
        var open: [TemplateTags.Tag] = []
        TemplateTags.scan(text) { tag in
            if tag.opensSection {
                open.append(tag)
            } else if tag.closesSection {
                _ = open.popLast()
            }
            return true
        }
        return open.last
    }

    /// The error for a section opened past the limit at `location`.
    public static func diagnostic(at location: SourceLocation) -> Diagnostic {
        .error(.theme(.sectionsTooDeep(limit: limit)), at: location)
    }
}
