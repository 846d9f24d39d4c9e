import Foundation
import GongshiBuild
import GongshiModel
import GongshiPages
import GongshiSite
import GongshiTestSupport
import Testing

/// The site's own search index (`search/`): what it holds, in what order, and the tokens the
/// browser's search.js looks up. The query set run through the search box in Chromium is
/// `scripts/check-search.py`.
@Suite struct SearchIndexTests {
    /// The index of the `search` fixture, read back from its files as search.js reads them.
    struct PublishedIndex {
        var meta: [String: Any]
        var documents: [[String]]
        var terms: [[String: [Int]]]

        init(_ tree: OutputTree) throws {
            func json<T>(_ name: String, as: T.Type) throws -> T {
                let bytes = try #require(tree.files["search/" + name], "search/\(name) is not published")
                return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? T, "search/\(name)")
            }
            meta = try json("index.json", as: [String: Any].self)
            let layout = SearchIndex.Layout(documents: meta["documents"] as? Int ?? -1)
            documents = try layout.pageFiles.flatMap { try json($0, as: [[String]].self) }
            terms = try layout.termFiles.map { try json($0, as: [String: [Int]].self) }
        }

        var paths: [String] { documents.map { $0[0] } }

        /// A token's documents: number → whether the token is in its title.
        func postings(_ token: String) -> [Int: Bool] {
            let shard = terms[SearchTokens.shard(of: token, count: terms.count)]
            var value = 0
            var out: [Int: Bool] = [:]
            for delta in shard[token] ?? [] {
                value += delta
                out[value >> 1] = value & 1 == 1
            }
            return out
        }

        /// The paths of the documents holding every token of the query, in index order.
        func holding(_ query: String) -> [String] {
            let lists = SearchTokens.tokens(query).map(postings)
            guard let first = lists.first else { return [] }
            return first.keys.filter { number in lists.allSatisfy { $0[number] != nil } }.sorted().map { paths[$0] }
        }
    }

    static func index() throws -> (PublishedIndex, OutputTree) {
        let tree = try OpenDataTests.build(fixture: "search")
        return (try PublishedIndex(tree), tree)
    }

    @Test func chineseBecomesOverlappingPairsAndOtherLettersWords() {
        #expect(SearchTokens.runs("北坑村") == [["北坑", "坑村"]])
        // Full-width letters fold, case folds, digits pair with the characters around them.
        #expect(SearchTokens.runs("第48周：Gongshi ＡＢ村") == [["第4", "48", "8周"], ["gongshi"], ["ab"], ["村"]])
        #expect(SearchTokens.runs("村") == [["村"]])
        #expect(SearchTokens.runs("·，。 ") == [])
    }

    /// Text the tokenizer folds without Foundation folds as NFKC and lower case would: random
    /// texts of ASCII, Chinese, Chinese punctuation and what sits next to them (combining
    /// marks that compose with ASCII, full-width forms, compatibility ideographs, 〇).
    @Test func theShortcutFoldsAsNFKCAndLowerCase() {
        let pieces: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0x4E00...0x9FFF, 0x3000...0x3012, 0x0300...0x036F, 0xFF01...0xFF5E, 0xF900...0xFAFF,
            0x3007...0x3007, 0x00C0...0x00FF, 0x0410...0x044F,
        ]
        var random = SplitMix64(seed: 15)
        for _ in 0..<3000 {
            var scalars = String.UnicodeScalarView()
            // Mostly texts the shortcut takes, with one scalar from the other ranges at times.
            let ranges = Bool.random(using: &random) ? [0, 1, 2] : Array(pieces.indices)
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                let range = pieces[ranges.randomElement(using: &random)!]
                scalars.append(Unicode.Scalar(UInt32.random(in: range, using: &random))!)
            }
            let text = String(scalars)
            let folded = SearchTokens.folded(text)
            #expect(
                Array(folded.unicodeScalars)
                    == Array(text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars),
                "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// A token packed into an integer reads back as the characters it was made of.
    @Test func packedTokensReadBack() {
        #expect(SearchTokens.runs("𠀀𠀁") == [["𠀀𠀁"]])
        #expect(SearchTokens.runs("0") == [["0"]])
        #expect(SearchTokens.runs("一二三 x 四") == [["一二", "二三"], ["x"], ["四"]])
    }

    /// search.js picks a token's file with the same FNV-1a over UTF-16 code units: the
    /// published test vectors of 32-bit FNV-1a (ASCII, where code units are the bytes).
    @Test func tokensAreSpreadByFNV1a() {
        let full = Int(UInt32.max)
        #expect(SearchTokens.shard(of: "", count: full) == 0x811c_9dc5 % full)
        #expect(SearchTokens.shard(of: "a", count: full) == 0xe40c_292c % full)
        #expect(SearchTokens.shard(of: "foobar", count: full) == 0xbf9c_f968 % full)
        #expect((0..<64).contains(SearchTokens.shard(of: "食堂", count: 64)))
    }

    @Test func htmlIsReadAsItsText() {
        let text = SearchTokens.plainText(fromHTML: "<h2>怎样</h2><p>A &amp; B&#39;s <strong>好</strong>&#x4E00;</p>")
        #expect(text.split(separator: " ") == ["怎样", "A", "&", "B's", "好", "一"])
    }

    @Test func filesAreSplitByTheNumberOfDocuments() {
        #expect(SearchIndex.Layout(documents: 0).files == ["index.json", "pages-0.json", "terms-0.json"])
        let county = SearchIndex.Layout(documents: 1_449)
        #expect(county.shards == 64 && county.pageFiles.count == 8)
        #expect(SearchIndex.Layout(documents: 1_000_000).shards == 256)
    }

    /// Points open now, other points, courses, content pages, bulletins newest first, notices
    /// to come, past notices; no home page, directory, list or draft.
    @Test func theIndexHoldsThePagesReadersLookForInRankOrder() throws {
        let (index, tree) = try Self.index()
        #expect(
            index.paths == [
                "points/canteen-beikeng/", "points/tc-fengqiao/", "points/canteen-xiyuan/",
                "courses/taiji-fengqiao/", "help/", "bulletins/2026-W48/", "bulletins/2026-W47/",
                "bulletins/2026-W46/", "volunteer/haircut-coming/", "volunteer/haircut-past/",
            ])
        #expect(index.meta["documents"] as? Int == index.documents.count)
        let strings = try #require(index.meta["strings"] as? [String: String])
        #expect(strings.keys.sorted() == ["count", "failed", "loading", "more", "none"])
        #expect(strings.values.allSatisfy { !$0.isEmpty && !$0.hasPrefix("search.") }, "\(strings)")
        for path in index.paths { #expect(tree.files[path + "index.html"] != nil, "\(path) is not published") }
    }

    /// A result shows its town and status beside its title.
    @Test func eachDocumentCarriesItsTitleTownAndStatus() throws {
        let (index, _) = try Self.index()
        let byPath = Dictionary(uniqueKeysWithValues: index.documents.map { ($0[0], $0) })
        #expect(byPath["points/canteen-beikeng/"]?[1] == "北坑村爱心食堂")
        #expect(byPath["points/canteen-beikeng/"]?[2] == "枫桥镇 · 爱心食堂 · 运营中")
        #expect(byPath["points/canteen-xiyuan/"]?[2] == "安华镇 · 爱心食堂 · 建设中")
        #expect(byPath["courses/taiji-fengqiao/"]?[2] == "枫桥镇 · 每周二 08:30–10:00")
        #expect(byPath["volunteer/haircut-coming/"]?[2].hasPrefix("枫桥镇 · ") == true)
        #expect(byPath["bulletins/2026-W47/"]?[1].hasSuffix("：冬季志愿服务开始报名") == true)
    }

    @Test func aVillageFindsThePointsThatServeIt() throws {
        let (index, _) = try Self.index()
        // 紫峰村 has no point: the canteen that serves it names it, and so does the town
        // centre, which serves every village of its town.
        #expect(index.holding("紫峰村") == ["points/canteen-beikeng/", "points/tc-fengqiao/"])
        #expect(index.postings("坑村")[0] == true, "the canteen's name holds 坑村")
        #expect(index.holding("北坑村").contains("volunteer/haircut-coming/"), "a notice held there names its venue")
        #expect(index.holding("西源社区") == ["points/canteen-xiyuan/"])
    }

    @Test func aTownAndAServiceFindTheirCourse() throws {
        let (index, _) = try Self.index()
        #expect(index.holding("枫桥 太极") == ["courses/taiji-fengqiao/"])
        #expect(index.holding("理发").starts(with: ["points/canteen-beikeng/"]))
    }

    /// A content page is indexed as it reads: its template tags rendered, drafts left out.
    @Test func contentPagesAreIndexedAsTheyRead() throws {
        let (index, _) = try Self.index()
        #expect(index.holding("申请助餐") == ["help/"])
        #expect(index.holding("搜索示例的电话") == ["help/"])
        #expect(index.holding("sitetitle").isEmpty)
        #expect(index.holding("草稿").isEmpty)
    }
}
