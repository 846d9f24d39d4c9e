import Foundation
import GongshiModel
import GongshiSite

/// The site's search index (`search/`), read by `templates/assets/search.js`: every page worth
/// finding (points, courses, notices, bulletins, content pages) as a numbered document, and
/// for each token of their text the documents holding it. Chinese is indexed as overlapping
/// character pairs, so a query finds a page whatever way its words would be segmented
/// (Pagefind, tried first, indexes and queries with two different segmenters and missed a
/// quarter of the query set; see the README's design notes). The files are split so that a
/// query loads only what its tokens need.
///
/// Files, all one-line JSON:
/// - `index.json`: `{"version": 1, "documents": n, "chunk": c, "shards": k, "strings": {…}}`,
///   the strings being the theme's `search.*` UI strings the box shows as it answers.
/// - `pages-<i>.json`: documents `i·c ..< (i+1)·c` as `[path below the base path, title, facts]`.
/// - `terms-<j>.json`: `{token: [deltas]}` for the tokens whose `SearchTokens.shard` is `j`;
///   the running sum of the deltas gives `document · 2 + 1` where the token is in the
///   document's title, `document · 2` where it is only in its text.
package struct SearchIndex: Sendable {
    /// A page as the index holds it. Its number is its place in the list, which is also the
    /// order results of the same rank are shown in.
    package struct Document: Sendable, Equatable {
        /// Below the base path: `points/canteen-a/`.
        package var path: String
        package var title: String
        /// What a result shows under its title: `枫桥镇 · 爱心食堂 · 运营中`.
        package var facts: String
        /// Everything else the page says that a reader may search for.
        package var text: [String]

        package init(path: String, title: String, facts: String, text: [String]) {
            self.path = path
            self.title = title
            self.facts = facts
            self.text = text
        }
    }

    /// How the files are split, known from the number of documents alone (routes are planned
    /// before any is rendered).
    package struct Layout: Sendable, Equatable {
        package let documents: Int
        /// Documents per `pages-<i>.json`.
        package let chunk: Int
        /// Files the tokens are spread over: a power of two, about one per 32 documents.
        package let shards: Int

        package init(documents: Int) {
            self.documents = documents
            chunk = 200
            var shards = 1
            while shards < 256 && shards * 32 < documents { shards *= 2 }
            self.shards = shards
        }

        package var pageFiles: [String] {
            (0..<max(1, (documents + chunk - 1) / chunk)).map { "pages-\($0).json" }
        }

        package var termFiles: [String] { (0..<shards).map { "terms-\($0).json" } }

        /// Every file of the index, below `search/`.
        package var files: [String] { ["index.json"] + pageFiles + termFiles }
    }

    package let layout: Layout
    package let documents: [Document]
    /// What the box says as it answers, by key (`count`, `none`, …).
    package let strings: [String: String]

    package init(_ documents: [Document], strings: [String: String] = [:]) {
        self.documents = documents
        self.strings = strings
        layout = Layout(documents: documents.count)
    }

    /// Every file of the index by its name below `search/`.
    package var files: [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        out["index.json"] = Self.line(
            .object([
                "version": .int(1), "documents": .int(documents.count), "chunk": .int(layout.chunk),
                "shards": .int(layout.shards), "strings": .object(strings.mapValues(DataJSON.string)),
            ]))
        for (i, name) in layout.pageFiles.enumerated() {
            let slice = documents.dropFirst(i * layout.chunk).prefix(layout.chunk)
            out[name] = Self.line(
                .array(slice.map { .array([.string($0.path), .string($0.title), .string($0.facts)]) }))
        }
        var shards = Array(repeating: [String: DataJSON](), count: layout.shards)
        for (key, postings) in postings() {
            let token = key.text
            var previous = 0
            let deltas = postings.map { value -> DataJSON in
                defer { previous = value }
                return .int(value - previous)
            }
            shards[SearchTokens.shard(of: token, count: layout.shards)][token] = .array(deltas)
        }
        for (j, name) in layout.termFiles.enumerated() { out[name] = Self.line(.object(shards[j])) }
        return out
    }

    /// Each token → the documents holding it, ascending, each as `document · 2 + inTitle`.
    func postings() -> [SearchTokens.Token: [Int]] {
        var out: [SearchTokens.Token: [Int]] = [:]
        for (number, document) in documents.enumerated() {
            var inTitle: Set<SearchTokens.Token> = []
            SearchTokens.forEachToken(in: document.title) { inTitle.insert($0) }
            var all = inTitle
            for text in document.text { SearchTokens.forEachToken(in: text) { all.insert($0) } }
            for token in all { out[token, default: []].append(number * 2 + (inTitle.contains(token) ? 1 : 0)) }
        }
        return out
    }

    static func line(_ value: DataJSON) -> [UInt8] { value.compactBytes + [UInt8(ascii: "\n")] }
}

/// How text becomes tokens, the same in the index and in `search.js`: NFKC, lower case, then
/// runs of Chinese characters and digits become their overlapping pairs (a run of one, the
/// character itself) and runs of other letters become words; everything else separates.
package enum SearchTokens {
    /// A token, hashed as one integer when it is one or two paired characters (most of a
    /// Chinese index: String hashing normalizes, and an index hashes millions of tokens).
    package enum Token: Hashable, Sendable {
        /// One or two scalars, `first << 21 | second`, with bit 42 set for a pair.
        case characters(UInt64)
        case word(String)

        init(_ first: Unicode.Scalar, _ second: Unicode.Scalar?) {
            self = .characters(
                second.map { 1 << 42 | UInt64(first.value) << 21 | UInt64($0.value) } ?? UInt64(first.value))
        }

        package var text: String {
            switch self {
            case .word(let word): return word
            case .characters(let packed):
                var out = String.UnicodeScalarView()
                if packed >> 42 == 1 { out.append(Unicode.Scalar(UInt32(packed >> 21 & 0x1F_FFFF))!) }
                out.append(Unicode.Scalar(UInt32(packed & 0x1F_FFFF))!)
                return String(out)
            }
        }
    }

    /// The tokens of each run of the text, in order (a query's runs rank pages whose title
    /// holds a whole run first).
    package static func runs(_ text: String) -> [[String]] {
        var runs: [[String]] = []
        forEachToken(in: text) { token, startsRun in
            if startsRun { runs.append([]) }
            runs[runs.count - 1].append(token.text)
        }
        return runs
    }

    package static func tokens(_ text: String) -> Set<String> { Set(runs(text).joined()) }

    static func forEachToken(in text: String, _ body: (Token) -> Void) {
        forEachToken(in: text) { token, _ in body(token) }
    }

    /// Calls `body` with each token of the text in order, and whether it begins a run.
    static func forEachToken(in text: String, _ body: (Token, Bool) -> Void) {
        var previous: Unicode.Scalar?
        var pairs = 0
        var word = ""
        func endCharacters() {
            if let previous, pairs == 0 { body(Token(previous, nil), true) }
            previous = nil
            pairs = 0
        }
        func endWord() {
            if !word.isEmpty { body(.word(word), true) }
            word = ""
        }
        for scalar in folded(text).unicodeScalars {
            if isPaired(scalar) {
                endWord()
                if let first = previous {
                    body(Token(first, scalar), pairs == 0)
                    pairs += 1
                }
                previous = scalar
            } else if isLetter(scalar) {
                endCharacters()
                word.unicodeScalars.append(scalar)
            } else {
                endCharacters()
                endWord()
            }
        }
        endCharacters()
        endWord()
    }

    /// NFKC, then lower case. Text of ASCII, the common Chinese characters and the Chinese
    /// punctuation below is its own NFKC form and has no case beyond ASCII's, so it skips
    /// Foundation's normalization, which is most of the cost of indexing it.
    package static func folded(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x80, 0x4E00...0x9FFF, 0x3001...0x3002, 0x3008...0x3011: true
            default: false
            }
        }
        guard plain else { return text.precomposedStringWithCompatibilityMapping.lowercased() }
        return text.utf8.contains(where: { (0x41...0x5A).contains($0) }) ? text.lowercased() : text
    }

    /// Chinese characters (the CJK unified and compatibility ideographs and 〇) and ASCII
    /// digits, which are read in pairs: `第48周` is `第4`, `48`, `8周`.
    static func isPaired(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39, 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }

    /// Letters and numbers of every other script (JavaScript's `[\p{L}\p{N}]`).
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber:
            true
        default: false
        }
    }

    /// The `terms-<j>.json` a token is in: FNV-1a over its UTF-16 code units, which JavaScript
    /// strings are made of.
    package static func shard(of token: String, count: Int) -> Int {
        var hash: UInt32 = 2_166_136_261
        for unit in token.utf16 {
            hash ^= UInt32(unit)
            hash = hash &* 16_777_619
        }
        return Int(hash % UInt32(count))
    }
}

extension SearchTokens {
    /// The text of HTML (a rendered description or page body): tags dropped, the entities
    /// cmark writes decoded, each block on its own line.
    package static func plainText(fromHTML html: String) -> String {
        var out = ""
        var inTag = false
        var entity: String?
        for character in html {
            if inTag {
                if character == ">" { inTag = false }
            } else if character == "<" {
                inTag = true
                out.append(" ")
            } else if var name = entity {
                if character == ";" {
                    out += decode(name)
                    entity = nil
                } else if name.count < 10 {
                    name.append(character)
                    entity = name
                } else {
                    out += "&" + name + String(character)
                    entity = nil
                }
            } else if character == "&" {
                entity = ""
            } else {
                out.append(character)
            }
        }
        return out
    }

    private static func decode(_ name: String) -> String {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos", "#39": return "'"
        default:
            let hex = name.hasPrefix("#x") || name.hasPrefix("#X")
            let number = name.hasPrefix("#") ? UInt32(name.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10) : nil
            guard let scalar = number.flatMap(Unicode.Scalar.init) else { return "&" + name + ";" }
            return String(Character(scalar))
        }
    }
}
