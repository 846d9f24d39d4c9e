import Foundation
import ZIPFoundation

extension TestWorkbook {
    /// A ZIP of deflated parts; a part given as nil holds `zeros` zero bytes.
    static func zip(_ parts: [(String, Data?)], zeros: Int = 0, deflate: Bool = true) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let chunk = Data(count: 1_048_576)
        for (name, data) in parts {
            let size = data?.count ?? zeros
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(size), compressionMethod: deflate ? .deflate : .none,
                bufferSize: 1_048_576
            ) { position, length in
                if let data { return data.subdata(in: Int(position)..<Int(position) + length) }
                return length == chunk.count ? chunk : Data(count: length)
            }
        }
        return Array(archive.data ?? Data())
    }
}
