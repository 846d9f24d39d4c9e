import Foundation
import GongshiModel

#if canImport(Glibc)
    import Glibc
#endif

/// Turns a file's bytes into text: UTF-8 with or without BOM, or GB18030/GBK as a
/// Chinese-locale spreadsheet saves CSV. Line ends are kept; readers accept LF and CRLF.
public enum TextDecoding {
    public enum Failure: Error, Equatable, Sendable {
        /// Not valid UTF-8 and the file may not be GB18030.
        case notUTF8
        /// Neither UTF-8 nor GB18030 text.
        case notText
        /// Text holds NUL or other control characters that no editor writes.
        case binary
    }

    /// The encoding a file was read in, so a CSV in GB18030 can be told from UTF-8.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case gb18030 = "GB18030"
    }

    /// Decodes bytes; `allowGB18030` is for CSV files, the one format spreadsheets write in the
    /// locale's code page.
    public static func decode(_ bytes: [UInt8], allowGB18030: Bool) -> Result<(String, Encoding), Failure> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) {
            return hasBinaryControls(text) ? .failure(.binary) : .success((text, .utf8))
        }
        guard allowGB18030 else { return .failure(looksLikeGB18030(body) ? .notUTF8 : .notText) }
        guard let text = gb18030(body) else { return .failure(.notText) }
        return hasBinaryControls(text) ? .failure(.binary) : .success((text, .gb18030))
    }

    /// Whether bytes decode as GB18030: used to say "save as UTF-8" rather than "not text".
    static func looksLikeGB18030(_ bytes: ArraySlice<UInt8>) -> Bool { gb18030(bytes) != nil }

    private static func hasBinaryControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" }
    }

    /// GB18030 through glibc's iconv, which covers GBK and GB2312 as subsets.
    static func gb18030(_ bytes: ArraySlice<UInt8>) -> String? {
        let cd = iconv_open("UTF-8", "GB18030")
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let ok = input.withUnsafeMutableBufferPointer { inBuf -> Int? in
            output.withUnsafeMutableBufferPointer { outBuf -> Int? in
                var inPtr = UnsafeMutableRawPointer(inBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr = UnsafeMutableRawPointer(outBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                let rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                guard rc != -1, inLeft == 0 else { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let written = ok else { return nil }
        return String(validating: output[..<written], as: UTF8.self)
    }
}
