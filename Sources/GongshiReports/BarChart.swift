import GongshiModel
import GongshiSite

/// A horizontal bar chart as inline SVG: one row per label, bars stacked from series, an
/// optional outline (what a plan would reach) and an optional target line. No script, no
/// fixed colours: marks take `currentColor` from CSS classes tied to the theme's custom
/// properties, so the high-contrast switch and print recolour them, and every series has its
/// own pattern and a legend entry, so nothing depends on telling colours apart. The drawing
/// is in a 340-unit-wide `viewBox` with 23-unit text, and is as wide as its text at the
/// page's size (`width` in em): its text is the body text, growing with the larger-text
/// switch, until the screen is narrower than the chart; then at least 18px on a 390px phone
/// (23px with larger text on) and 18px on a 320px one with larger text on.
struct BarChart: Sendable {
    /// The theme colour a mark takes (`--ok`, `--warn`, `--accent`, `--ink`, `--muted`).
    enum Tone: String, Sendable {
        case ok, warn, accent, ink, muted
    }

    /// How a mark is filled, so series differ in shape as well as colour.
    enum Fill: String, Sendable {
        case solid, hatch, dots, cross, lines, empty
    }

    struct Series: Sendable {
        var name: String
        var tone: Tone
        var fill: Fill
    }

    struct Row: Sendable {
        var label: String
        /// One value per series, stacked left to right.
        var values: [Double]
        /// A value drawn as a dashed outline over the bar (e.g. the share once planned canteens open).
        var outline: Double?
        /// The figure written at the end of the row (`14/29 48.3%`).
        var valueText: String
        /// A summary row (the whole city), in bold.
        var isTotal: Bool = false
    }

    struct Target: Sendable {
        var value: Double
        var label: String
    }

    /// Prefix of the chart's ids, unique on its page.
    var id: String
    var title: String
    var description: String
    var series: [Series]
    var rows: [Row]
    /// The value a full-length bar stands for.
    var maximum: Double
    /// Legend text for the outline mark, when rows have outlines.
    var outlineName: String? = nil
    var target: Target? = nil
    /// A pale full-length track behind each bar, for shares of a whole.
    var showsTrack: Bool = false

    static let width = 340.0
    static let fontSize = 23.0
    static let lineHeight = 30.0
    static let barHeight = 24.0
    static let rowGap = 12.0
    /// The drawing's width in ems of the page's text, so its text is as large as the page's.
    static let widthInEm = Fixed.text(width / fontSize, decimals: 2)

    /// Where each piece goes; kept apart from the drawing so tests can check for overlaps.
    struct Layout {
        var labelLines: [[String]]
        /// Left end of the bars, and the end of their full length.
        var barStart: Double
        var barEnd: Double
        /// Labels above the bars instead of beside them (narrow charts with long labels).
        var stacked: Bool
    }

    func layout() -> Layout {
        let f = Self.fontSize
        let labelWidest = rows.map { ChartText.width($0.label, fontSize: f) }.max() ?? 0
        let valueWidest = rows.map { ChartText.width($0.valueText, fontSize: f) }.max() ?? 0
        let labelColumn = min(labelWidest, Self.width * 0.38)
        let barStart = labelColumn + 12
        let barEnd = Self.width - valueWidest - 12
        if barEnd - barStart >= Self.width * 0.35 {
            return Layout(
                labelLines: rows.map { ChartText.wrap($0.label, limit: labelColumn, fontSize: f) }, barStart: barStart,
                barEnd: barEnd, stacked: false)
        }
        return Layout(
            labelLines: rows.map { ChartText.wrap($0.label, limit: Self.width, fontSize: f) }, barStart: 0,
            barEnd: barEnd, stacked: true)
    }

    /// The SVG element, every text XML-escaped.
    var svg: String {
        let f = Self.fontSize
        let lh = Self.lineHeight
        let plan = layout()
        var body = ""
        var y = 0.0

        // Legend: a swatch and a name per series, wrapped to the width.
        var legend: [(swatch: String, name: String)] = []
        if series.count > 1 || outlineName != nil {
            legend = series.map { (mark($0, x: 0, y: 0, width: 28, height: 20), $0.name) }
            if let outlineName { legend.append((outlineMark(x: 0, y: 0, width: 28, height: 20), outlineName)) }
        }
        var x = 0.0
        if !legend.isEmpty { y += 4 }
        for entry in legend {
            let itemWidth = 28 + 8 + ChartText.width(entry.name, fontSize: f)
            if x > 0, x + itemWidth > Self.width {
                x = 0
                y += lh + 8
            }
            body += "<g transform=\"translate(\(n(x)),\(n(y + 4)))\">\(entry.swatch)</g>"
            body += text(entry.name, x: x + 36, y: y + lh - 6)
            x += itemWidth + 20
        }
        if !legend.isEmpty { y += lh + 16 }

        // The target's name above the bars, centred on its line but kept inside the chart.
        var targetX: Double?
        if let target {
            let tx = plan.barStart + (plan.barEnd - plan.barStart) * (maximum > 0 ? min(1, target.value / maximum) : 0)
            let half = ChartText.width(target.label, fontSize: f) / 2
            let centre = min(max(tx, half), Self.width - half)
            body += text(target.label, x: centre, y: y + lh - 6, anchor: "middle")
            y += lh + 4
            targetX = tx
        }

        let rowsTop = y
        for (row, lines) in zip(rows, plan.labelLines) {
            let labelHeight = Double(lines.count) * lh
            let barTop: Double
            let rowHeight: Double
            for (i, line) in lines.enumerated() {
                body += text(line, x: 0, y: y + Double(i + 1) * lh - 7, bold: row.isTotal)
            }
            if plan.stacked {
                barTop = y + labelHeight + (lh - Self.barHeight) / 2
                rowHeight = labelHeight + lh
            } else {
                let block = max(labelHeight, lh)
                barTop = y + (block - Self.barHeight) / 2
                rowHeight = block
            }
            body += bar(row, plan: plan, top: barTop)
            body += text(
                row.valueText, x: Self.width, y: barTop + Self.barHeight / 2 + f * 0.36, anchor: "end",
                bold: row.isTotal
            )
            y += rowHeight + Self.rowGap
        }
        let rowsBottom = y - Self.rowGap / 2
        body +=
            "<line class=\"chart-axis\" x1=\"\(n(plan.barStart))\" y1=\"\(n(rowsTop - 4))\" x2=\"\(n(plan.barStart))\" y2=\"\(n(rowsBottom))\" stroke=\"currentColor\" stroke-width=\"2\"/>"
        if let targetX {
            body +=
                "<line class=\"chart-target\" x1=\"\(n(targetX))\" y1=\"\(n(rowsTop - 4))\" x2=\"\(n(targetX))\" y2=\"\(n(rowsBottom))\" stroke=\"currentColor\" stroke-width=\"4\"/>"
        }
        let height = rowsBottom + 4
        return
            "<svg class=\"chart\" viewBox=\"0 0 \(n(Self.width)) \(n(height))\" width=\"\(Self.widthInEm)em\" role=\"img\""
            + " aria-labelledby=\"\(id)-title \(id)-desc\">"
            + "<title id=\"\(id)-title\">\(Escaping.xml(title))</title>"
            + "<desc id=\"\(id)-desc\">\(Escaping.xml(description))</desc>"
            + patterns() + "<g font-size=\"\(n(f))\">" + body + "</g></svg>"
    }

    private func bar(_ row: Row, plan: Layout, top: Double) -> String {
        let span = plan.barEnd - plan.barStart
        // A chart of nothing but zeros has no scale: its bars stay empty.
        let unit = maximum > 0 ? span / maximum : 0
        var out = ""
        if showsTrack {
            out +=
                "<rect class=\"chart-track\" x=\"\(n(plan.barStart))\" y=\"\(n(top))\" width=\"\(n(span))\" height=\"\(n(Self.barHeight))\" fill=\"none\"/>"
        }
        var x = plan.barStart
        for (series, value) in zip(series, row.values) where value > 0 {
            let width = unit * value
            out += mark(series, x: x, y: top, width: width, height: Self.barHeight)
            x += width
        }
        if let outline = row.outline, outline > 0 {
            out += outlineMark(x: plan.barStart, y: top, width: unit * outline, height: Self.barHeight)
        }
        return out
    }

    /// A filled rectangle in a series' tone and pattern, edged so neighbours stay apart.
    private func mark(_ series: Series, x: Double, y: Double, width: Double, height: Double) -> String {
        let fill = series.fill == .solid ? "currentColor" : "url(#\(patternID(series)))"
        return "<rect class=\"tone-\(series.tone.rawValue)\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\""
            + " height=\"\(n(height))\" fill=\"\(fill)\" stroke=\"currentColor\" stroke-width=\"2\"/>"
    }

    private func outlineMark(x: Double, y: Double, width: Double, height: Double) -> String {
        "<rect class=\"chart-outline\" x=\"\(n(x + 1.5))\" y=\"\(n(y - 3))\" width=\"\(n(max(0, width - 3)))\""
            + " height=\"\(n(height + 6))\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"3\" stroke-dasharray=\"6 4\"/>"
    }

    private func patternID(_ series: Series) -> String { "\(id)-\(series.fill.rawValue)-\(series.tone.rawValue)" }

    /// One `<pattern>` per patterned series, drawn in the series' tone over the page colour.
    private func patterns() -> String {
        var seen: Set<String> = []
        var out = ""
        for series in series where series.fill != .solid && seen.insert(patternID(series)).inserted {
            let open =
                "<pattern id=\"\(patternID(series))\" class=\"tone-\(series.tone.rawValue)\" patternUnits=\"userSpaceOnUse\""
            let paper = "<rect class=\"chart-paper\" width=\"10\" height=\"10\" fill=\"none\"/>"
            let ink = "stroke=\"currentColor\""
            switch series.fill {
            case .solid: continue
            case .hatch:
                out +=
                    open + " width=\"10\" height=\"10\" patternTransform=\"rotate(45)\">" + paper
                    + "<line x1=\"2.5\" y1=\"0\" x2=\"2.5\" y2=\"10\" \(ink) stroke-width=\"5\"/></pattern>"
            case .cross:
                out +=
                    open + " width=\"10\" height=\"10\" patternTransform=\"rotate(45)\">" + paper
                    + "<line x1=\"1.5\" y1=\"0\" x2=\"1.5\" y2=\"10\" \(ink) stroke-width=\"3\"/>"
                    + "<line x1=\"0\" y1=\"1.5\" x2=\"10\" y2=\"1.5\" \(ink) stroke-width=\"3\"/></pattern>"
            case .dots:
                out +=
                    open + " width=\"8\" height=\"8\">" + paper
                    + "<circle cx=\"4\" cy=\"4\" r=\"2.2\" fill=\"currentColor\"/></pattern>"
            case .lines:
                out +=
                    open + " width=\"8\" height=\"8\">" + paper
                    + "<line x1=\"0\" y1=\"4\" x2=\"8\" y2=\"4\" \(ink) stroke-width=\"2.5\"/></pattern>"
            case .empty:
                out += open + " width=\"10\" height=\"10\">" + paper + "</pattern>"
            }
        }
        return out.isEmpty ? "" : "<defs>" + out + "</defs>"
    }

    private func text(_ content: String, x: Double, y: Double, anchor: String? = nil, bold: Bool = false) -> String {
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\""
        if let anchor { attributes += " text-anchor=\"\(anchor)\"" }
        if bold { attributes += " font-weight=\"700\"" }
        return "<text \(attributes) fill=\"currentColor\">\(Escaping.xml(content))</text>"
    }

    /// Coordinates with one decimal, so the same chart always gives the same bytes.
    private func n(_ value: Double) -> String { value.isFinite ? Fixed.text(value, decimals: 1) : "0.0" }
}
