import Dispatch
import Foundation

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
        // The thread lets go of `second` before it ends, and `value()` waits for its end.
        let other = BackgroundWork(second)
        return (first(), other.value())
    }
}

/// Work started now on a thread of its own, whose result is waited for when needed (a build
/// reads the last publication while it loads the content).
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let result = Slot<Value>()
    private var thread: pthread_t?

    public init(_ work: @escaping @Sendable () -> Value) {
        let task = ThreadTask { [result] in result.value = work() }
        var thread = pthread_t()
        // The thread takes over the retain, and lets go of the task (and `work`) before it ends.
        let context = Unmanaged.passRetained(task).toOpaque()
        let started =
            pthread_create(
                &thread, nil,
                { context in
                    Unmanaged<ThreadTask>.fromOpaque(context!).takeRetainedValue().run()
                    return nil
                }, context) == 0
        if started {
            self.thread = thread
        } else {
            Unmanaged<ThreadTask>.fromOpaque(context).release()
            result.value = work()
        }
    }

    /// The result, once the work is done.
    public func value() -> Value {
        lock.withLock {
            if let thread {
                pthread_join(thread, nil)
                self.thread = nil
            }
            return result.value!
        }
    }

    deinit {
        if let thread { pthread_join(thread, nil) }
    }
}

/// What a thread of `BackgroundWork` runs.
private final class ThreadTask {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}

/// A result written by one thread and read by another after it has ended (`pthread_join`).
private final class Slot<Value>: @unchecked Sendable {
    var value: Value?
}
