import Foundation
import Testing

@testable import GongshiReports

/// The SVG bar charts: every text escaped, large enough on a phone, inside the drawing and
/// clear of every other text and bar, drawn only in `currentColor` and theme classes, and
/// the same bytes for the same chart. Overlaps are judged with the same width estimate the
/// layout uses, which errs wide for the CJK fonts a reader has (and was checked by eye
/// on screenshots at 390px and 1280px).
@Suite struct ReportChartTests {
    struct Box: CustomStringConvertible {
        var text: String
        var left, right, top, bottom: Double

        func overlaps(_ other: Box) -> Bool {
            left < other.right && other.left < right && top < other.bottom && other.top < bottom
        }

        var description: String { "\(text) [\(left)…\(right) × \(top)…\(bottom)]" }
    }

    static func unescape(_ text: Substring) -> String {
        String(text).replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
            .replacing("&apos;", with: "'").replacing("&amp;", with: "&")
    }

    /// Every `<text>` of a chart as the box it covers.
    static func textBoxes(_ svg: String) -> [Box] {
        let f = BarChart.fontSize
        return svg.matches(of: /<text x="([-\d.]+)" y="([-\d.]+)"( text-anchor="(\w+)")?[^>]*>([^<]*)<\/text>/).map {
            match in
            let x = Double(match.1)!
            let y = Double(match.2)!
            let text = unescape(match.5)
            let width = ChartText.width(text, fontSize: f)
            let left: Double
            switch match.4 {
            case "end": left = x - width
            case "middle": left = x - width / 2
            default: left = x
            }
            return Box(text: text, left: left, right: left + width, top: y - f * 0.92, bottom: y + f * 0.24)
        }
    }

    /// The bars (legend swatches, drawn in their own groups, left out).
    static func barBoxes(_ svg: String) -> [Box] {
        let body = svg.replacing(/<g transform="[^"]*">.*?<\/g>/, with: "").replacing(/<defs>.*<\/defs>/, with: "")
        return body.matches(
            of: /<rect class="([\w-]+)" x="([-\d.]+)" y="([-\d.]+)" width="([-\d.]+)" height="([-\d.]+)"/
        )
        .map { match in
            let x = Double(match.2)!
            let y = Double(match.3)!
            return Box(
                text: String(match.1), left: x, right: x + Double(match.4)!, top: y, bottom: y + Double(match.5)!)
        }
    }

    static func height(_ svg: String) throws -> Double {
        let match = try #require(svg.firstMatch(of: /viewBox="0 0 340\.0 ([\d.]+)"/))
        return Double(match.1)!
    }

    /// Checks one chart: texts inside the drawing, apart from each other and from the bars.
    static func checkLayout(_ svg: String, _ name: String) throws {
        let height = try height(svg)
        let texts = textBoxes(svg)
        #expect(!texts.isEmpty, "\(name)")
        for box in texts {
            #expect(box.left >= -0.01 && box.right <= BarChart.width + 0.01, "\(name): \(box) leaves the drawing")
            #expect(box.top >= 0 && box.bottom <= height, "\(name): \(box) leaves the drawing")
        }
        for (i, a) in texts.enumerated() {
            for b in texts[(i + 1)...] { #expect(!a.overlaps(b), "\(name): \(a) overlaps \(b)") }
            for bar in barBoxes(svg) { #expect(!a.overlaps(bar), "\(name): \(a) overlaps the bar \(bar)") }
        }
    }

    static func chart(labels: [String], values: [String], target: Double? = 0.4) -> BarChart {
        BarChart(
            id: "t", title: "图 <1> & \"2\"", description: "说明 'x' <script>",
            series: [
                BarChart.Series(name: "运营中", tone: .ok, fill: .solid),
                BarChart.Series(name: "建设中 & 规划", tone: .warn, fill: .hatch),
            ],
            rows: zip(labels, values).enumerated().map { i, pair in
                BarChart.Row(
                    label: pair.0, values: [Double(i % 3) / 10, 0.3], outline: 0.9, valueText: pair.1, isTotal: i == 0)
            }, maximum: 1, outlineName: "开放后", target: target.map { BarChart.Target(value: $0, label: "目标 40%") },
            showsTrack: true)
    }

    /// The size a chart's text is drawn at, in px: the chart is `width` ems of the page's
    /// text wide, or the column's width when that is less.
    static func textPixels(svg: String, bodyPixels: Double, column: Double) throws -> Double {
        let em = try #require(svg.firstMatch(of: /<svg class="chart" viewBox="[^"]*" width="([\d.]+)em"/))
        let drawn = min(Double(em.1)! * bodyPixels, column)
        return BarChart.fontSize * drawn / BarChart.width
    }

    @Test func textIsAtLeast18PixelsOnAPhoneAndGrowsWithLargerText() throws {
        let svg = Self.chart(labels: ["东镇"], values: ["1"]).svg
        #expect(svg.contains("<g font-size=\"23.0\">"))
        // A 390px phone: 20px text and 1rem margins, or 25px text and margins with larger text on.
        let normal = try Self.textPixels(svg: svg, bodyPixels: 20, column: 390 - 40)
        let larger = try Self.textPixels(svg: svg, bodyPixels: 25, column: 390 - 50)
        #expect(normal >= 18)
        #expect(larger > normal)
        // On a wide screen the chart's text is the page's.
        #expect(abs(try Self.textPixels(svg: svg, bodyPixels: 20, column: 1200) - 20) < 0.1)
        #expect(abs(try Self.textPixels(svg: svg, bodyPixels: 25, column: 1200) - 25) < 0.1)
        // A 320px phone with larger text on.
        #expect(try Self.textPixels(svg: svg, bodyPixels: 25, column: 320 - 50) >= 18)
    }

    @Test func everyTextIsEscaped() {
        let svg = Self.chart(labels: ["甲村 <script>alert(\"x\")</script> & 'y'"], values: ["<b>1</b>"]).svg
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("&lt;script&gt;"))
        #expect(svg.contains("<title id=\"t-title\">图 &lt;1&gt; &amp; &quot;2&quot;</title>"))
        #expect(svg.contains("<desc id=\"t-desc\">说明 &apos;x&apos; &lt;script&gt;</desc>"))
        #expect(svg.contains(">建设中 &amp; 规划</text>"))
    }

    @Test func drawsWithThemeColoursOnly() {
        let svg = Self.chart(labels: ["东镇", "西镇"], values: ["1", "2"]).svg
        #expect(svg.hasPrefix("<svg class=\"chart\" viewBox=\"0 0 340.0 "))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"t-title t-desc\""))
        let colours = svg.matches(of: /(fill|stroke)="([^"]*)"/).map { String($0.2) }
        #expect(colours.allSatisfy { ["currentColor", "none", "url(#t-hatch-warn)"].contains($0) }, "\(Set(colours))")
        #expect(svg.contains("<pattern id=\"t-hatch-warn\" class=\"tone-warn\""))
        #expect(!svg.contains("style="))
        #expect(!svg.contains("<script"))
    }

    @Test func numbersHaveOneDecimalAndTheSameChartGivesTheSameBytes() {
        let a = Self.chart(labels: ["东镇", "西镇"], values: ["1", "2"]).svg
        #expect(a == Self.chart(labels: ["东镇", "西镇"], values: ["1", "2"]).svg)
        // Computed positions only: the pattern tiles in <defs> are fixed literals, and the
        // drawing's own width is a length in em.
        let drawn = a.replacing(/<defs>.*<\/defs>/, with: "").replacing(/^<svg[^>]*>/, with: "")
        let numbers = drawn.matches(of: /\s(?:x|y|x1|x2|y1|y2|width|height)="([^"]*)"/).map { String($0.1) }
        #expect(!numbers.isEmpty)
        #expect(numbers.allSatisfy { $0.wholeMatch(of: /-?\d+\.\d/) != nil }, "\(numbers)")
    }

    @Test func shortLabelsSitBesideTheBarsWithoutOverlap() throws {
        let towns = ["暨阳街道", "浣东街道", "应店街镇", "东和乡", "王家井镇", "诸暨市"]
        let svg = Self.chart(labels: towns, values: towns.map { _ in "100.0%" }).svg
        try Self.checkLayout(svg, "towns")
        #expect(Self.chart(labels: towns, values: towns.map { _ in "1" }).layout().stacked == false)
    }

    @Test func longLabelsWrapAndStillDoNotOverlap() throws {
        let long = "诸暨市暨阳街道新丰社区居家养老服务照料中心爱心食堂"
        let chart = Self.chart(labels: [long, "短"], values: ["12/20", "3/4"])
        #expect(chart.layout().labelLines[0].count > 1)
        try Self.checkLayout(chart.svg, "wrapped")
        // Wide figures leave too little room beside the labels: labels go above the bars.
        let wide = Self.chart(labels: ["五泄镇十四个字的很长很长的名字", "东镇"], values: ["1234/5678 100.0%", "1/2 50.0%"])
        #expect(wide.layout().stacked)
        try Self.checkLayout(wide.svg, "stacked")
    }

    @Test func aChartOfZerosDrawsEmptyBars() throws {
        var chart = Self.chart(labels: ["东镇", "西镇"], values: ["0", "0"])
        chart.maximum = 0
        chart.rows = chart.rows.map { row in
            var row = row
            row.values = [0, 0]
            row.outline = 0
            return row
        }
        #expect(!chart.svg.contains("nan") && !chart.svg.contains("inf"))
        try Self.checkLayout(chart.svg, "zeros")
    }

    @Test func theTargetLabelStaysInsideAtEitherEnd() throws {
        for target in [0.0, 0.02, 0.5, 0.98, 1.0] {
            try Self.checkLayout(Self.chart(labels: ["东镇"], values: ["1"], target: target).svg, "target \(target)")
        }
    }

    @Test func everyChartOfTheSampleSiteIsClear() throws {
        let tree = try ReportPagesTests.sample.get()
        var charts = 0
        for name in ReportPagesTests.names {
            let page = try ReportPagesTests.text(tree, "reports/\(name)/index.html")
            for match in page.matches(of: /<svg class="chart".*?<\/svg>/) {
                charts += 1
                try Self.checkLayout(String(match.0), name)
            }
        }
        // Every report draws at least one chart (the university one per term with courses).
        #expect(charts >= ReportPagesTests.names.count)
    }
}
