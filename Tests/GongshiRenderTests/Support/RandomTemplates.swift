import GongshiRender
import PropertyBased

/// Random templates over every tag kind, and random data for them; now and then a mistake,
/// so parse errors are compared too.
struct RandomTemplates {
    var random: Xoshiro
    /// How often (in a thousand) a tag is written wrong.
    var mistakesPerMille = 0

    static let names = ["a", "b", "c", "d", "a.b", "b.c", "c.a.b", ".", ".a", "x"]
    /// The keys of every model made.
    var keys = ["a", "b", "c", "d"]
    static let texts = [
        "a", " ", "  ", "\n", "\n", "\r\n", "\t", "<b>", "&", "\"'", "公示", "é", "x\ny", "{", "}", "=", "*", "#标题",
        " \n", "\t\n",
    ]
    static let values = ["", "食堂", "<script>", "a & b", "\"q\" 'q'", "# h", "[l](u)", "x\ny", "  lead", "1"]

    init(seed: UInt64, mistakesPerMille: Int = 0) {
        random = Xoshiro(seed: (seed, ~seed, 0x9E37_79B9_7F4A_7C15, seed &* 3))
        self.mistakesPerMille = mistakesPerMille
    }

    mutating func pick<T>(_ choices: [T]) -> T { choices[Int.random(in: 0..<choices.count, using: &random)] }
    mutating func chance(_ perMille: Int) -> Bool { Int.random(in: 0..<1000, using: &random) < perMille }

    /// A template of up to `length` pieces; `partials` are the templates it may include,
    /// `blocks` the block names it may define or fill.
    mutating func template(length: Int, depth: Int, partials: [String], open: String = "{{", close: String = "}}")
        -> String
    {
        var delimiters = (open, close)
        var out = ""
        for _ in 0..<Int.random(in: 0...length, using: &random) {
            out += piece(depth: depth, partials: partials, delimiters: &delimiters)
        }
        return out
    }

    private mutating func piece(depth: Int, partials: [String], delimiters: inout (String, String)) -> String {
        let (o, c) = delimiters
        if chance(mistakesPerMille) { return mistake(o, c) }
        let line = chance(300) ? "\n" : ""
        let blanks = pick(["", "", " ", "  ", "\t"])
        switch Int.random(in: 0..<16, using: &random) {
        case 0...3: return pick(Self.texts)
        case 4, 5: return o + pick(["", "&", " "]) + pick(Self.names) + c
        case 6 where o == "{{": return "{{{" + pick(Self.names) + "}}}"
        case 7, 8, 9:
            let name = pick(Self.names)
            let sigil = pick(["#", "^"])
            var inner = delimiters
            var body = ""
            for _ in 0..<Int.random(in: 0...3, using: &random) where depth > 0 {
                body += piece(depth: depth - 1, partials: partials, delimiters: &inner)
            }
            return blanks + o + sigil + name + c + line + body + blanks + inner.0 + "/" + name + inner.1 + line
        case 10: return blanks + o + "! " + pick(["note", "多行\n注释"]) + " " + c + line
        case 11 where !partials.isEmpty: return blanks + o + ">" + pick(partials) + c + line
        case 12 where partials.contains("base") && depth > 0:
            var blocks = ""
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                let name = pick(["main", "side"])
                blocks +=
                    pick(["", "\n", "  "]) + o + "$" + name + c + line
                    + blockContent(depth: depth - 1, partials: [], open: o, close: c) + o + "/" + name + c
            }
            return blanks + o + "<base" + c + line + blocks + line + o + "/base" + c + line
        case 13 where depth > 0 && !inBlock:
            let name = pick(["main", "side"])
            return blanks + o + "$" + name + c + line
                + blockContent(depth: depth - 1, partials: partials, open: o, close: c) + blanks + o + "/"
                + name + c + line
        case 14:
            // Two characters or more: swift-mustache 2.x crashes on a section closed with
            // a one-character delimiter (it steps back two characters from the `/`).
            let next = pick([("{{", "}}"), ("<%", "%>"), ("[[", "]]"), ("||", "||"), ("{{{", "}}}")])
            delimiters = next
            return blanks + o + "=" + next.0 + " " + next.1 + "=" + c + line
        case 15: return blanks + o + "% CONTENT_TYPE: " + pick(["HTML", "TEXT", "MARKDOWN", "GONGSHI_HTML"]) + c + line
        default: return pick(Self.texts)
        }
    }

    /// Inside a block no other block: one that names itself would render forever, in
    /// swift-mustache as in ours.
    private var inBlock = false

    private mutating func blockContent(depth: Int, partials: [String], open: String, close: String) -> String {
        let outer = inBlock
        inBlock = true
        defer { inBlock = outer }
        return template(length: 3, depth: depth, partials: partials, open: open, close: close)
    }

    private mutating func mistake(_ o: String, _ c: String) -> String {
        pick([
            o, o + "a", o + "a b" + c, o + "#a" + c, o + "/zz" + c, o + "=<%>=" + c, o + "=<% %>" + c,
            o + "% FOO: x " + c, o + "% CONTENT_TYPE: NONE " + c, o + "{a" + c,
            o + "<base" + c + "x" + o + "a" + c
                + o + "/base" + c, o + "$a(b)" + c + o + "/b" + c, o + "!" + "open", "{",
        ])
    }

    /// A value for a key, or nil for a key the model does not have.
    mutating func value(depth: Int) -> TemplateValue? {
        switch Int.random(in: 0..<8, using: &random) {
        case 0: return nil
        case 1: return .absent
        case 2, 3: return .text(pick(Self.values))
        case 4: return .flag(chance(500))
        case 5 where depth > -2:
            let count = Int.random(in: 0...3, using: &random)
            return .list((0..<count).map { _ in value(depth: depth - 1) ?? .text(pick(Self.values)) })
        default: return depth > 0 ? .model(model(depth: depth - 1, top: false)) : .text(pick(Self.values))
        }
    }

    /// A model with every key at the top, and up to eight of them below it (a theme reads
    /// a hundred keys; all of them at each level would be far too many models).
    mutating func model(depth: Int, top: Bool = true) -> JSONModel {
        var fields: [String: TemplateValue] = [:]
        let count = top ? keys.count : min(keys.count, Int.random(in: 1...8, using: &random))
        for index in 0..<count {
            let key = top ? keys[index] : pick(keys)
            fields[key] = value(depth: depth)
        }
        return JSONModel(fields: fields)
    }
}
