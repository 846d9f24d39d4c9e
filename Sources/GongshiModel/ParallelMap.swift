import Dispatch

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
/// while the other waits.
public func concurrently<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let done = [true, false].parallelMap { isFirst -> (A?, B?) in isFirst ? (first(), nil) : (nil, second()) }
    return (done[0].0!, done[1].1!)
}
