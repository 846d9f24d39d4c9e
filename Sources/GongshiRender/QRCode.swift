import CQRencode
import GongshiModel

#if canImport(Glibc)
    import Glibc
#endif

/// A QR code made by libqrencode (error correction level M, byte mode, the smallest version
/// that holds the text), drawn as one SVG path for the printed sheets: a passer-by scans it to
/// open the page the sheet was printed from.
public struct QRCode: Sendable {
    /// Modules per side, without the quiet zone.
    public let width: Int
    /// Row by row, one bit a module, set for a dark one: the preview keeps the codes it drew
    /// (`PageContext.qrCodes`), some 27,000 at prefecture scale, so they are kept small.
    private let bits: [UInt64]

    /// Row by row, `true` for a dark module.
    public var modules: [Bool] { (0..<(width * width)).map(isDark) }

    func isDark(_ index: Int) -> Bool { bits[index >> 6] & (1 << UInt64(index & 63)) != 0 }

    /// The code of a text; nil when it does not fit a QR code (over some 2,300 bytes at M).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard
            let code = bytes.withUnsafeBufferPointer({
                QRcode_encodeData(Int32($0.count), $0.baseAddress, 0, QR_ECLEVEL_M)
            })
        else { return nil }
        defer { QRcode_free(code) }
        width = Int(code.pointee.width)
        // Bit 0 of each byte is the module's colour; the other bits say what libqrencode made it for.
        var bits = [UInt64](repeating: 0, count: (width * width + 63) / 64)
        for index in 0..<(width * width) where code.pointee.data[index] & 1 == 1 {
            bits[index >> 6] |= 1 << UInt64(index & 63)
        }
        self.bits = bits
    }

    /// The four-module margin scanners need around the code.
    public static let quietZone = 4

    /// The code as an SVG image with its quiet zone, one module one unit: dark runs of each
    /// row joined into one path, so it prints sharp at any size. `label` is its accessible name.
    public func svg(label: String, size: String = "40mm") -> String {
        var path = ""
        for row in 0..<width {
            var column = 0
            while column < width {
                guard isDark(row * width + column) else {
                    column += 1
                    continue
                }
                var run = 1
                while column + run < width, isDark(row * width + column + run) { run += 1 }
                let x = column + Self.quietZone
                let y = row + Self.quietZone
                path += "M\(x) \(y)h\(run)v1h-\(run)z"
                column += run
            }
        }
        let side = width + 2 * Self.quietZone
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" width=\"\(size)\" "
            + "height=\"\(size)\" role=\"img\" aria-label=\"\(Escaping.html(label))\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#ffffff\"/>"
            + "<path fill=\"#000000\" d=\"\(path)\"/></svg>"
    }
}
