import GongshiLoad
import GongshiModel
import Testing

/// Text encodings: UTF-8 with or without BOM everywhere; GB18030/GBK for CSV only (what a
/// Chinese-locale spreadsheet saves); anything else is an error naming the file.
@Suite struct TextDecodingTests {
    /// GB18030 bytes checked with Python's `'诸暨'.encode('gb18030')`.
    enum GB {
        static let zhuji: [UInt8] = [0xD6, 0xEE, 0xF4, 0xDF]  // 诸暨
        static let mealPoint: [UInt8] = [0xD6, 0xFA, 0xB2, 0xCD, 0xB5, 0xE3]  // 助餐点
        static let jiaCunNo1: [UInt8] = [0xBC, 0xD7, 0xB4, 0xE5, 0x31, 0xBA, 0xC5]  // 甲村1号
    }

    static func ascii(_ s: String) -> [UInt8] { Array(s.utf8) }

    /// `mp-a,meal-point,诸暨助餐点,east-a,甲村1号,<status>` in GB18030.
    static func gbRow(status: String) -> [UInt8] {
        ascii("mp-a,meal-point,") + GB.zhuji + GB.mealPoint + ascii(",east-a,") + GB.jiaCunNo1 + ascii(",\(status)\r\n")
    }

    static let header = ascii("id,kind,name,region,address,status\r\n")

    @Test func gb18030BytesDecode() {
        let decoded = TextDecoding.decode(GB.zhuji + Self.ascii(",") + GB.mealPoint, allowGB18030: true)
        guard case .success(let (text, encoding)) = decoded else {
            Issue.record("not decoded: \(decoded)")
            return
        }
        #expect(text == "诸暨,助餐点")
        #expect(encoding == .gb18030)
    }

    @Test func utf8WithAndWithoutBOMDecodes() {
        let plain = TextDecoding.decode(Self.ascii("id: a\n") + Array("名: 诸暨\n".utf8), allowGB18030: false)
        let bom = TextDecoding.decode(
            [0xEF, 0xBB, 0xBF] + Self.ascii("id: a\n") + Array("名: 诸暨\n".utf8), allowGB18030: false)
        guard case .success(let (a, _)) = plain, case .success(let (b, encoding)) = bom else {
            Issue.record("not decoded: \(plain) \(bom)")
            return
        }
        #expect(a == "id: a\n名: 诸暨\n")
        #expect(b == a)
        #expect(encoding == .utf8)
    }

    @Test func aGB18030CSVIsReadLikeUTF8() {
        let result = checkBytes(
            MinimalSite.withBytes(["content/points/meal-points.csv": Self.header + Self.gbRow(status: "planned")]))
        #expect(result.diagnostics == [])
        #expect(result.site?.point("mp-a")?.name == "诸暨助餐点")
        #expect(result.site?.point("mp-a")?.address == "甲村1号")
    }

    /// Columns count characters, whatever bytes the file used: 诸暨助餐点 is five.
    @Test func positionsInAGB18030CSVCountCharacters() {
        let result = checkBytes(
            MinimalSite.withBytes(["content/points/meal-points.csv": Self.header + Self.gbRow(status: "operting")]))
        #expect(
            result.diagnostics == [
                .error(
                    .value(
                        .unknownWord(
                            field: "status", value: "operting", suggestion: "operating", words: PointStatus.words)),
                    at: at("content/points/meal-points.csv", 2, 35))
            ])
    }

    /// The same file on disk, written by Python's `encode('gb18030')`.
    @Test func aGB18030CSVFixtureLoads() {
        let result = Fixtures.check("gb18030-csv")
        #expect(result.diagnostics == [])
        #expect(result.site?.points.map(\.name) == ["诸暨助餐点", "枫桥镇东村食堂"])
    }

    @Test func aYAMLFileInGBKIsAskedToBeUTF8() {
        let result = checkBytes(
            MinimalSite.withBytes(["content/points/a.yaml": Self.ascii("id: mp-a\nname: ") + GB.zhuji]))
        #expect(
            result.diagnostics == [
                .error(.file(.looksLikeGBK), at: .file("content/points/a.yaml"))
            ])
    }

    @Test func aPageInGBKIsAskedToBeUTF8() {
        let result = checkBytes(
            MinimalSite.withBytes([
                "content/pages/about.md": Self.ascii("---\ntitle: ") + GB.zhuji + Self.ascii("\n---\n")
            ]))
        #expect(
            result.diagnostics == [
                .error(.file(.looksLikeGBK), at: .file("content/pages/about.md"))
            ])
    }

    /// An .xlsx saved under a .csv name: a zip with NULs and bytes no text encoding has.
    @Test func aBinaryCSVIsAnErrorNamingTheFile() {
        let zip: [UInt8] = [
            0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xFF, 0x80,
        ]
        let result = checkBytes(MinimalSite.withBytes(["content/points/meal-points.csv": zip]))
        #expect(
            result.diagnostics == [
                .error(.file(.notText(csv: true)), at: .file("content/points/meal-points.csv"))
            ])
    }

    @Test func aBinaryYAMLIsAnErrorNamingTheFile() {
        let result = checkBytes(MinimalSite.withBytes(["content/courses/autumn.yaml": [0x00, 0x01, 0x02, 0xFF, 0xFE]]))
        #expect(
            result.diagnostics == [
                .error(.file(.notText(csv: false)), at: .file("content/courses/autumn.yaml"))
            ])
    }

    /// Valid UTF-8 holding NULs is still not text.
    @Test func controlCharactersMakeAFileBinary() {
        #expect(TextDecoding.decode(Self.ascii("id: a\u{0}\u{1}\n"), allowGB18030: false) == .failure(.binary))
    }

    @Test func aYAMLFileWithABOMKeepsItsColumns() {
        let point = "\u{FEFF}id: mp-a\nkind: meal-pont\nname: 甲点\nregion: east-a\naddress: 甲村1号\nstatus: planned\n"
        let result = checkFiles(MinimalSite.with(["content/points/a.yaml": point]))
        #expect(
            result.diagnostics == [
                .error(
                    .value(
                        .unknownWord(
                            field: "kind", value: "meal-pont", suggestion: "meal-point", words: PointKind.words)),
                    at: at("content/points/a.yaml", 2, 7))
            ])
    }
}

extension Result where Success == (String, TextDecoding.Encoding), Failure == TextDecoding.Failure {
    static func == (result: Self, expected: Self) -> Bool {
        switch (result, expected) {
        case (.failure(let a), .failure(let b)): return a == b
        case (.success(let a), .success(let b)): return a == b
        default: return false
        }
    }
}
