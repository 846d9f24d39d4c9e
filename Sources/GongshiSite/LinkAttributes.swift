/// Where the values of `href="…"` and `src="…"` attributes stand in HTML, found in one
/// byte scan: the templates always quote attributes with `"`, and the names are ASCII.
package enum LinkAttributes {
    /// The byte ranges of the values (between the quotes), in order.
    package static func valueRanges(in html: [UInt8]) -> [Range<Int>] {
        html.withUnsafeBufferPointer { bytes in
            var out: [Range<Int>] = []
            var index = 0
            while let equals = nextValue(in: bytes, from: index) {
                var end = equals + 2
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                guard end < bytes.count else { break }
                out.append((equals + 2)..<end)
                index = end + 1
            }
            return out
        }
    }

    /// The position of the `=` of the next `href="` or `src="` at or after `start`.
    private static func nextValue(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = max(start, 3)
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "="), bytes[index + 1] == UInt8(ascii: "\""),
                endsWithName(bytes, before: index)
            {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func endsWithName(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        func matches(_ name: StaticString) -> Bool {
            let count = name.utf8CodeUnitCount
            guard index > count else { return false }
            for offset in 0..<count where bytes[index - count + offset] != name.utf8Start[offset] { return false }
            let before = bytes[index - count - 1]
            return before == UInt8(ascii: " ") || before == UInt8(ascii: "\n") || before == UInt8(ascii: "\t")
        }
        return matches("href") || matches("src")
    }
}
