import FuzzSupport

@_cdecl("FuzzCSV_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv) { data, count in
        FuzzSite.check(UnsafeRawBufferPointer(start: data, count: count), at: "content/courses/fuzz.csv")
        return 0
    }
}
