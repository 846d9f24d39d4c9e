import Foundation

/// Values made once by whichever thread asks first and only read afterwards, shared by the
/// threads of a build (a week's bulletin is its page and an entry of two feeds; a theme's
/// template warnings hold for every rebuild of a preview).
public final class MadeOnce<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    public init() {}

    /// The value for a key, made by `make` if nobody made it yet (two threads asking at once
    /// may both make it; the results are equal). Nil, and nothing kept, when `make` gives nil.
    public func value(for key: Key, _ make: () -> Value?) -> Value? {
        if let known = lock.withLock({ values[key] }) { return known }
        guard let value = make() else { return nil }
        lock.withLock { values[key] = value }
        return value
    }

    /// The value for a key, made by `make` (which always makes one) if nobody made it yet.
    public func value(forKey key: Key, _ make: () -> Value) -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let value = make()
        lock.withLock { values[key] = value }
        return value
    }
}
