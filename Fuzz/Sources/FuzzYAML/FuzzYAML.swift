import FuzzSupport

@_cdecl("FuzzYAML_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv) { data, count in
        FuzzSite.check(UnsafeRawBufferPointer(start: data, count: count), at: "content/points/fuzz.yaml")
        return 0
    }
}
