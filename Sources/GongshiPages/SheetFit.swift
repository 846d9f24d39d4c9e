/// How much of an A4 page a sheet's text takes, worked out before it is printed, so a week
/// with many classes or notices is split or shortened instead of running onto a second page
/// or under the printer's margin. Text is measured in ems (a Chinese character one em, any
/// other character at most 0.6 em, as in Noto Sans CJK and PingFang) and wraps at its box's
/// width. The sizes are those of the "sheet" section of `templates/assets/style.css`; change
/// them together.
package enum SheetFit {
    /// Points (the unit of the style sheet's sizes) per millimetre.
    package static let mm = 72 / 25.4
    /// A4 inside the sheet's `@page { margin: 12mm }`.
    package static let pageWidth = (210 - 24) * mm
    package static let pageHeight = (297 - 24) * mm
    /// Estimates are rounded up line by line; this much of the page is kept free besides,
    /// for what estimates miss (a word of Latin letters wrapped whole, a taller glyph).
    static let spare = 0.04

    /// Text at one size: its height per line and how many ems fit a width.
    package struct Face: Sendable {
        package var size: Double
        package var leading: Double
        package var line: Double { size * leading }

        package init(size: Double, leading: Double) {
            self.size = size
            self.leading = leading
        }

        /// Lines `text` takes in a box `width` points wide; one for an empty text.
        package func lines(_ text: String, width: Double) -> Int {
            let perLine = max(1, width / size)
            return max(1, Int((SheetFit.ems(text) / perLine).rounded(.up)))
        }

        package func height(_ text: String, width: Double) -> Double { Double(lines(text, width: width)) * line }
    }

    static let kind = Face(size: 18, leading: 1.4)
    static let heading = Face(size: 34, leading: 1.2)
    static let status = Face(size: 22, leading: 1.4)
    static let note = Face(size: 20, leading: 1.4)
    /// A list's heading (`h2`), a list's line, and its 另有… line.
    static let blockHeading = Face(size: 22, leading: 1.3)
    static let item = Face(size: 18, leading: 1.35)
    /// A line of a list in two columns, whose lines are short: venues, days.
    static let splitItem = Face(size: 16, leading: 1.35)
    static let more = Face(size: 16, leading: 1.4)
    /// A cell of the week's grid, and its headings.
    static let cell = Face(size: 17, leading: 1.25)

    /// The foot under every sheet: the 45 mm QR code beside the scan line, the short
    /// address (in monospace, 0.6 em a character) and the help line of three, then the
    /// as-of line.
    static func foot(address: String) -> Double {
        let text = Face(size: 17, leading: 1.4)
        let addressFace = Face(size: 16, leading: 1.4)
        let lines = max(1, Int((Double(address.count) * 0.6 * addressFace.size / (pageWidth - 51 * mm)).rounded(.up)))
        let beside = text.line * 3 + Double(lines) * addressFace.line + 2 * mm + Face(size: 24, leading: 1.4).line
        return 2 + 5 * mm + max(45 * mm, beside) + 5 * mm + more.line
    }

    /// Ems `text` takes on a line, as Noto Sans CJK bold measures in Chromium, rounded up:
    /// a Chinese character or full-width sign one, a capital 0.67, a digit 0.59, a space
    /// 0.25, a colon, stop or comma 0.32, any other sign or letter 0.6.
    package static func ems(_ text: some StringProtocol) -> Double {
        text.unicodeScalars.reduce(0) { sum, c in
            let em: Double =
                switch c {
                case " ": 0.25
                case ":", ".", ",", ";", "!", "'", "|", "i", "l": 0.32
                case "0"..."9": 0.59
                case "A"..."Z": 0.67
                case _ where c.isASCII || (0x2000...0x206F).contains(c.value): 0.6
                default: 1
                }
            return sum + em
        }
    }

    /// The height left for a sheet's grid or lists under its kind, heading, status and
    /// notes and over its foot, whose short address is `address`.
    package static func room(heading text: String, status: String?, notes: [String], address: String) -> Double {
        let top =
            kind.line + 6 * mm + heading.height(text, width: pageWidth)
            + (status.map { self.status.height($0, width: pageWidth) + 5 * mm } ?? 0)
            + notes.reduce(0) { $0 + note.height($1, width: pageWidth) + 3 * mm }
        return (pageHeight - top - foot(address: address)) * (1 - spare)
    }

    // MARK: Lists

    /// A list on a sheet: its heading and each line's text, in one column or two.
    package struct List: Sendable {
        package var lines: [String]
        package var columns: Int

        package init(lines: [String], columns: Int = 1) {
            self.lines = lines
            self.columns = columns
        }

        var width: Double { columns == 1 ? pageWidth : (pageWidth - 6 * mm) / 2 }
        var face: Face { columns == 1 ? item : splitItem }

        /// The height of the list's first `count` lines, with the 另有… line when some are left out.
        package func height(keeping count: Int) -> Double {
            let lines = self.lines.prefix(count).map { face.lines($0, width: width) }
            let body: Int
            if columns == 1 {
                body = lines.reduce(0, +)
            } else {
                // Columns balance line by line without splitting an item: at worst one item's
                // lines more than half.
                body = (lines.reduce(0, +) + 1) / 2 + (count > 1 ? (lines.max() ?? 1) - 1 : 0)
            }
            let more = count < self.lines.count ? SheetFit.more.line + 1 * mm : 0
            return blockHeading.line + 1.5 * mm + Double(body) * face.line + more + 4 * mm
        }
    }

    /// How many lines of each list a sheet keeps so that all of them fit `room`: each list in
    /// turn gets one line more while they fit, so one long list does not crowd out the
    /// others, and a list shortened says how many more the website has.
    package static func kept(_ lists: [List], room: Double) -> [Int] {
        var kept = lists.map { _ in 0 }
        var used = lists.reduce(0) { $0 + ($1.lines.isEmpty ? 0 : $1.height(keeping: 0)) }
        var growing = Set(lists.indices.filter { !lists[$0].lines.isEmpty })
        while !growing.isEmpty {
            for i in lists.indices where growing.contains(i) {
                let more = lists[i].height(keeping: kept[i] + 1) - lists[i].height(keeping: kept[i])
                guard used + more <= room else {
                    growing.remove(i)
                    continue
                }
                used += more
                kept[i] += 1
                if kept[i] == lists[i].lines.count { growing.remove(i) }
            }
        }
        return kept
    }

    // MARK: The week's grid

    /// A venue's week as a grid: a row per day, a column per part of the day (上午, 下午);
    /// each cell holds its classes, a paragraph each, measured by `text`.
    package struct Grid<Item> {
        package var columns: [String]
        package var rows: [Row]
        /// An item as it is printed.
        package var text: (Item) -> String

        package struct Row {
            package var heading: String
            /// `cells[column]`: the cell's classes.
            package var cells: [[Item]]

            package init(heading: String, cells: [[Item]]) {
                self.heading = heading
                self.cells = cells
            }
        }

        package init(columns: [String], rows: [Row], text: @escaping (Item) -> String) {
            self.columns = columns
            self.rows = rows
            self.text = text
        }

        /// The column of the days' names, and a cell's padding and border.
        static var headingColumn: Double { 16 * mm }
        static var padding: Double { 2 * mm + 1.5 }
        /// The space between two classes in a cell.
        static var gap: Double { 1.5 * mm }

        var cellWidth: Double { (pageWidth - Self.headingColumn) / Double(max(1, columns.count)) - Self.padding }

        /// A cell's height, in points.
        func height(_ items: some Collection<Item>) -> Double {
            Double(items.reduce(0) { $0 + cell.lines(text($1), width: cellWidth) }) * cell.line
                + Double(max(0, items.count - 1)) * Self.gap
        }

        func height(_ row: Row) -> Double {
            let heading = cell.height(row.heading, width: Self.headingColumn - Self.padding)
            return max(heading, row.cells.map { height($0) }.max() ?? 0) + Self.padding
        }

        /// The grid's height with its column headings and the space under it, in points.
        package var height: Double {
            let header = columns.map { cell.height($0, width: cellWidth) }.max() ?? cell.line
            return header + Self.padding + rows.reduce(0) { $0 + height($1) } + 5 * mm
        }

        /// The grid with only the rows `range`.
        func rows(_ range: Range<Int>) -> Self { Self(columns: columns, rows: Array(rows[range]), text: text) }

        /// The rows, each taller than a sheet's grid can be (`room` with the column headings)
        /// cut into rows that fit, the later ones headed `continued(heading)`.
        func cut(room: Double, continued: (String) -> String) -> Self {
            let most = room - Self(columns: columns, rows: [], text: text).height
            var cut: [Row] = []
            for row in rows {
                var left = row.cells
                var heading = row.heading
                // Each turn takes a class from every cell that has one, so the loop ends even
                // when the sheet's own text leaves no room for any row (hostile, huge titles).
                while left.contains(where: { !$0.isEmpty }), height(Row(heading: heading, cells: left)) > most {
                    // Each cell gives the row as many of its classes as fit, the first at least.
                    let taken = left.map { cell in
                        var count = 0
                        while count < cell.count, count == 0 || height(cell.prefix(count + 1)) + Self.padding <= most {
                            count += 1
                        }
                        return Array(cell.prefix(count))
                    }
                    cut.append(Row(heading: heading, cells: taken))
                    left = zip(left, taken).map { Array($0.dropFirst($1.count)) }
                    heading = continued(row.heading)
                }
                // What is left, or the row as it was if it was never cut (a day without classes).
                if left.contains(where: { !$0.isEmpty }) || heading == row.heading {
                    cut.append(Row(heading: heading, cells: left))
                }
            }
            return Self(columns: columns, rows: cut, text: text)
        }
    }

    /// The grid on the fewest sheets that hold it: its rows (a row too tall for one sheet
    /// first cut, see `Grid.cut`) in runs of equal length, the first runs a row longer.
    package static func sheets<Item>(_ grid: Grid<Item>, room: Double, continued: (String) -> String) -> [Grid<Item>] {
        let grid = grid.cut(room: room, continued: continued)
        let count = grid.rows.count
        guard count > 1 else { return [grid] }
        for runs in 1...count {
            let sheets = runsOf(count, into: runs).map(grid.rows)
            if sheets.allSatisfy({ $0.height <= room }) { return sheets }
        }
        return grid.rows.indices.map { grid.rows($0..<$0 + 1) }
    }

    /// `0..<count` cut into `runs` consecutive ranges whose lengths differ by at most one.
    static func runsOf(_ count: Int, into runs: Int) -> [Range<Int>] {
        var start = 0
        return (0..<runs).map { run in
            let length = count / runs + (run < count % runs ? 1 : 0)
            defer { start += length }
            return start..<start + length
        }
    }
}
