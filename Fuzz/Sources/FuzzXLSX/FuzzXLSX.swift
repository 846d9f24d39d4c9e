import FuzzSupport

/// Two halves: an input starting with an even byte is a whole workbook file (the ZIP
/// container and its limits); one starting with an odd byte is the XML of a sheet, put into
/// a valid workbook, so that the fuzzer reaches the cell, date and header code past the ZIP's
/// checksums.
@_cdecl("FuzzXLSX_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv) { data, count in
        guard count > 0 else { return 0 }
        let bytes = UnsafeRawBufferPointer(start: data, count: count)
        if bytes[0] % 2 == 0 {
            FuzzSite.check(bytes, at: "content/数据.xlsx")
        } else {
            FuzzSite.check(FuzzWorkbook.wrapping(sheetXML: Array(bytes.dropFirst())), at: "content/数据.xlsx")
        }
        return 0
    }
}
