import CXlsxWriter
import Foundation
import GongshiModel

/// Writes a `SheetWorkbook` with libxlsxwriter: the `说明` sheet first, the record sheets
/// (header frozen, a note on every header cell, column formats, dropdowns), then the hidden
/// `#选项` sheet the dropdowns read. The file is written beside `path` and renamed into
/// place, so a failure leaves any earlier file as it was.
public enum WorkbookWriter {
    /// Why the workbook could not be written.
    public enum Failure: Error, Sendable, Equatable {
        /// No file can be made in the folder (missing, or not writable).
        case cannotCreate(path: String)
        /// libxlsxwriter refused, in its words (a cell over 32,767 characters, say).
        case library(String)
    }

    /// The last row a dropdown reaches: the whole column, so rows added later get it too.
    static let lastRow: UInt32 = 1_048_575

    public static func write(_ book: SheetWorkbook, to path: String) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let partial = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial").path
        // Made here first, so a folder that cannot take the file is reported in our words
        // (libxlsxwriter would print its own line to standard error).
        guard FileManager.default.createFile(atPath: partial, contents: nil),
            let workbook = workbook_new(partial)
        else { throw .cannotCreate(path: path) }
        var session = Session(workbook: workbook)
        session.setProperties(created: book.created)
        session.writeGuide(book.guide)
        for table in book.tables { session.write(table, in: book) }
        session.writeChoices(book.choiceLists)
        let closed = workbook_close(workbook)
        if let problem = session.problem ?? (closed == LXW_NO_ERROR ? nil : closed) {
            unlink(partial)
            throw .library(String(cString: lxw_strerror(problem)))
        }
        guard rename(partial, path) == 0 else {
            unlink(partial)
            throw .cannotCreate(path: path)
        }
    }

    /// One workbook being written: its formats, and the first problem libxlsxwriter reported.
    struct Session {
        let workbook: UnsafeMutablePointer<lxw_workbook>
        var problem: lxw_error?
        let header: UnsafeMutablePointer<lxw_format>
        let formats: [CellFormat: UnsafeMutablePointer<lxw_format>]
        let guideStyles: [GuideLine.Style: UnsafeMutablePointer<lxw_format>]

        init(workbook: UnsafeMutablePointer<lxw_workbook>) {
            self.workbook = workbook
            func format(_ configure: (UnsafeMutablePointer<lxw_format>) -> Void) -> UnsafeMutablePointer<lxw_format> {
                let format = workbook_add_format(workbook)!
                format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
                configure(format)
                return format
            }
            header = format {
                format_set_bold($0)
                format_set_bg_color($0, 0xDDEB_F7)
                format_set_border($0, UInt8(LXW_BORDER_THIN.rawValue))
            }
            formats = [
                .general: format { _ in }, .number: format { _ in },
                .text: format { format_set_num_format($0, "@") },
                // Centred, so a date keeps clear of the text in the next column.
                .date: format {
                    format_set_num_format($0, "yyyy-mm-dd")
                    format_set_align($0, UInt8(LXW_ALIGN_CENTER.rawValue))
                },
                .dateTime: format {
                    format_set_num_format($0, "yyyy-mm-dd hh:mm")
                    format_set_align($0, UInt8(LXW_ALIGN_CENTER.rawValue))
                },
            ]
            guideStyles = [
                .title: format {
                    format_set_bold($0)
                    format_set_font_size($0, 16)
                },
                .heading: format {
                    format_set_bold($0)
                    format_set_font_size($0, 13)
                },
                .body: format { format_set_text_wrap($0) },
            ]
        }

        mutating func check(_ result: lxw_error) {
            if problem == nil, result != LXW_NO_ERROR { problem = result }
        }

        func setProperties(created: LocalDate) {
            "公示网站数据".withCString { title in
                "gongshi".withCString { author in
                    var properties = lxw_doc_properties()
                    properties.title = UnsafeMutablePointer(mutating: title)
                    properties.author = UnsafeMutablePointer(mutating: author)
                    properties.created = time_t(created.dayNumber * 86_400)
                    _ = workbook_set_properties(workbook, &properties)
                }
            }
        }

        mutating func addSheet(_ name: String) -> UnsafeMutablePointer<lxw_worksheet>? {
            let sheet = workbook_add_worksheet(workbook, name)
            if sheet == nil { check(LXW_ERROR_SHEETNAME_ALREADY_USED) }
            return sheet
        }

        /// The `说明` sheet's one column, in Excel's units.
        static let guideWidth = 70.0

        mutating func writeGuide(_ lines: [GuideLine]) {
            guard let sheet = addSheet(SheetWorkbook.guideSheetName) else { return }
            // As wide as an A4 page printed upright, so every line wraps inside it; each row as
            // tall as its wrapped lines, since LibreOffice keeps a written row's default height.
            check(worksheet_set_column(sheet, 0, 0, Self.guideWidth, nil))
            worksheet_set_paper(sheet, 9)
            for (row, line) in lines.enumerated() {
                let wrapped = (ColumnWidth.display(line.text) / (Self.guideWidth - 2)).rounded(.up)
                let height = [.title: 26, .heading: 21][line.style] ?? 15 * max(1, wrapped) + 2
                check(worksheet_set_row(sheet, UInt32(row), height, nil))
                check(worksheet_write_string(sheet, UInt32(row), 0, line.text, guideStyles[line.style]))
            }
        }

        mutating func write(_ table: SheetTable, in book: SheetWorkbook) {
            guard let sheet = addSheet(table.name) else { return }
            var note = lxw_comment_options()
            note.width = 300
            note.height = 110
            for (index, column) in table.columns.enumerated() {
                let col = UInt16(index)
                check(worksheet_set_column(sheet, col, col, column.width, formats[column.format]))
                check(worksheet_write_string(sheet, 0, col, column.header, header))
                check(worksheet_write_comment_opt(sheet, 0, col, column.note, &note))
                if let dropdown = column.dropdown, let formula = book.formula(for: dropdown.list) {
                    validate(sheet, column: col, formula: formula, allowsOther: dropdown.allowsOther)
                }
            }
            // The header and the id column stay in view; printed, each page repeats the header.
            worksheet_freeze_panes(sheet, 1, 1)
            worksheet_set_landscape(sheet)
            worksheet_set_paper(sheet, 9)
            check(worksheet_repeat_rows(sheet, 0, 0))
            for (r, cells) in table.rows.enumerated() {
                for (c, cell) in cells.enumerated() {
                    write(cell, sheet, row: UInt32(r + 1), col: UInt16(c), formats[table.columns[c].format])
                }
            }
        }

        mutating func write(
            _ cell: SheetCell, _ sheet: UnsafeMutablePointer<lxw_worksheet>, row: UInt32, col: UInt16,
            _ format: UnsafeMutablePointer<lxw_format>?
        ) {
            switch cell {
            case .empty: return
            case .text(let text): check(worksheet_write_string(sheet, row, col, text, format))
            case .number(let number): check(worksheet_write_number(sheet, row, col, number, format))
            case .date(let date):
                var value = lxw_datetime(
                    year: Int32(date.year), month: Int32(date.month), day: Int32(date.day), hour: 0, min: 0, sec: 0)
                check(worksheet_write_datetime(sheet, row, col, &value, format))
            case .dateTime(let moment):
                var value = lxw_datetime(
                    year: Int32(moment.date.year), month: Int32(moment.date.month), day: Int32(moment.date.day),
                    hour: Int32(moment.time.hour), min: Int32(moment.time.minute), sec: 0)
                check(worksheet_write_datetime(sheet, row, col, &value, format))
            }
        }

        /// A list validation from the hidden sheet; one that allows other text only informs.
        mutating func validate(
            _ sheet: UnsafeMutablePointer<lxw_worksheet>, column: UInt16, formula: String, allowsOther: Bool
        ) {
            let message = allowsOther ? "可以从列表里选一个，几个值用分号 ; 隔开。" : "请从下拉列表里选。"
            formula.withCString { formula in
                "不在列表里".withCString { title in
                    message.withCString { message in
                        var validation = lxw_data_validation()
                        validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
                        validation.value_formula = UnsafeMutablePointer(mutating: formula)
                        validation.error_type = UInt8(
                            (allowsOther ? LXW_VALIDATION_ERROR_TYPE_INFORMATION : LXW_VALIDATION_ERROR_TYPE_STOP)
                                .rawValue)
                        validation.error_title = UnsafeMutablePointer(mutating: title)
                        validation.error_message = UnsafeMutablePointer(mutating: message)
                        check(worksheet_data_validation_range(sheet, 1, column, lastRow, column, &validation))
                    }
                }
            }
        }

        mutating func writeChoices(_ lists: [ChoiceList]) {
            guard let sheet = addSheet(SheetWorkbook.choicesSheetName) else { return }
            for (index, list) in lists.enumerated() {
                let col = UInt16(index)
                check(worksheet_set_column(sheet, col, col, 16, formats[.text]))
                check(worksheet_write_string(sheet, 0, col, list.name, header))
                for (row, value) in list.values.enumerated() {
                    check(worksheet_write_string(sheet, UInt32(row + 1), col, value, formats[.text]))
                }
            }
            worksheet_hide(sheet)
        }
    }
}
