import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

extension Array where Element: Sendable {
    /// `map` on all cores, keeping order: for parsing files and rendering pages, where each
    /// item's work is independent and large enough to be worth a thread.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        // Each iteration writes only its own slot, so the slots need no lock.
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        nonisolated(unsafe) let results = slots
        DispatchQueue.concurrentPerform(iterations: count) { i in results[i] = transform(self[i]) }
        return slots.map { $0! }
    }
}

/// Two independent pieces of work at once, for stages that would each keep one core busy
/// while the other waits. The second runs on a thread of its own rather than as a parallel
/// map of two: libdispatch runs a parallel map inside another one on a single thread, so the
/// parallel maps inside either piece (the resolver's, the parser's) would lose their cores.
public func concurrently<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    withoutActuallyEscaping(second) { second in
        let result = Slot<B>()
        let work = ThreadWork { result.value = second() }
        var thread = pthread_t()
        // The thread takes over the retain, and lets go of the work before it ends.
        let context = Unmanaged.passRetained(work).toOpaque()
        let started =
            pthread_create(
                &thread, nil,
                { context in
                    Unmanaged<ThreadWork>.fromOpaque(context!).takeRetainedValue().run()
                    return nil
                }, context) == 0
        if !started {
            Unmanaged<ThreadWork>.fromOpaque(context).release()
            work.run()
        }
        let firstResult = first()
        if started { pthread_join(thread, nil) }
        return (firstResult, result.value!)
    }
}

/// What a thread of `concurrently` runs.
private final class ThreadWork {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

/// A result written by one thread and read by another after it has ended (`pthread_join`).
private final class Slot<Value>: @unchecked Sendable {
    var value: Value?
}
