/// Byte-level reading of the fixed-width numbers dates and times are written with. Every
/// record has several, so they are read from the text's UTF-8 bytes rather than split into
/// substrings of characters; a text with any byte outside ASCII is never one of them.
enum ASCIIDigits {
    /// The number written by `bytes`, all of them ASCII digits; nil when empty or not digits.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var n = 0
        for byte in bytes {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            n = n * 10 + Int(digit)
        }
        return n
    }

    /// Runs `read` over the text's bytes, without a copy when the text is stored as UTF-8.
    static func reading<T>(_ text: some StringProtocol, _ read: (UnsafeBufferPointer<UInt8>) -> T?) -> T? {
        if let result = text.utf8.withContiguousStorageIfAvailable(read) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(read)
    }
}
