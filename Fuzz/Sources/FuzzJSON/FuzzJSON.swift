import FuzzSupport

@_cdecl("FuzzJSON_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv) { data, count in
        FuzzSite.check(UnsafeRawBufferPointer(start: data, count: count), at: "content/activities/fuzz.json")
        return 0
    }
}
