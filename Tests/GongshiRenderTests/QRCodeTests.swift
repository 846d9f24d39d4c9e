import GongshiRender
import Testing

/// libqrencode's codes as the sheets draw them: the module grid of a QR code (finder patterns
/// in three corners, a side of 17 + 4 × version modules), and one SVG path that covers exactly
/// the dark modules. Scanning them back is `scripts/check-sheets.py`'s work (zbarimg).
@Suite struct QRCodeTests {
    static let address = "https://example.org/yanglao/points/canteen-anhua-anhua/"

    @Test func theGridHasItsFinderPatternsAndAVersionsSide() throws {
        let code = try #require(QRCode(Self.address))
        #expect((code.width - 17) % 4 == 0 && code.width >= 21)
        func dark(_ row: Int, _ column: Int) -> Bool { code.modules[row * code.width + column] }
        // A finder pattern: a 7×7 dark ring, a light ring, a 3×3 dark centre.
        for (top, left) in [(0, 0), (0, code.width - 7), (code.width - 7, 0)] {
            for i in 0..<7 {
                #expect(
                    dark(top, left + i) && dark(top + 6, left + i) && dark(top + i, left) && dark(top + i, left + 6))
            }
            for i in 1..<6 { #expect(!dark(top + 1, left + i) && !dark(top + i, left + 1)) }
            for i in 2..<5 { for j in 2..<5 { #expect(dark(top + i, left + j)) } }
        }
    }

    @Test func longerTextNeedsALargerCode() throws {
        let short = try #require(QRCode("https://e.org/"))
        let long = try #require(QRCode(Self.address + String(repeating: "x", count: 200)))
        #expect(long.width > short.width)
        #expect(QRCode(String(repeating: "长", count: 3_000)) == nil, "too long for any QR code")
    }

    /// Each `M x y h n v1 h-n z` of the path is a run of dark modules of one row.
    @Test func thePathCoversExactlyTheDarkModules() throws {
        let code = try #require(QRCode(Self.address))
        let svg = code.svg(label: "扫码")
        let path = try #require(svg.split(separator: "d=\"").last?.split(separator: "\"").first)
        var drawn = Array(repeating: false, count: code.width * code.width)
        for run in path.split(separator: "z") {
            let numbers = run.split(whereSeparator: { "Mhv ".contains($0) }).compactMap { Int($0) }
            #expect(numbers.count == 5 && numbers[3] == 1 && numbers[4] == -numbers[2])
            let (x, y, length) = (numbers[0] - QRCode.quietZone, numbers[1] - QRCode.quietZone, numbers[2])
            for column in x..<(x + length) { drawn[y * code.width + column] = true }
        }
        #expect(drawn == code.modules)
        let side = code.width + 2 * QRCode.quietZone
        #expect(svg.contains("viewBox=\"0 0 \(side) \(side)\"") && svg.contains("aria-label=\"扫码\""))
    }
}
