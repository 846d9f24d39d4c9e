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
