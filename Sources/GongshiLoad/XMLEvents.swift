import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Foundation's XMLParser as a stream of events with local names (prefixes dropped, so
/// strict and transitional workbooks read alike). External entities are never resolved.
enum XMLEvents {
    enum Event {
        case start(String, [String: String])
        case end(String)
        case text(String)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ data: Data, _ handle: @escaping (Event) -> Void) throws {
        // Fed in chunks from a stream: given one buffer, libxml2 (through Foundation on
        // Linux) fails near the end of a part over about 10 MB on one line, as every
        // spreadsheet writes its sheets, with an internal error.
        // Foundation on Linux traps on a name that is not UTF-8, which libxml2 lets through
        // when fed in chunks (found by fuzzing); spreadsheets write their parts in UTF-8, and
        // a part in UTF-16 says so with a byte-order mark.
        let utf16 = data.starts(with: [0xFE, 0xFF]) || data.starts(with: [0xFF, 0xFE])
        guard utf16 || isUTF8(data) else { throw Failure(description: "the XML is not UTF-8 text") }
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        let delegate = Delegate(handle)
        parser.delegate = delegate
        guard parser.parse() else {
            let line = parser.lineNumber
            throw Failure(
                description: "XML line \(line): \(parser.parserError.map { "\($0.localizedDescription)" } ?? "")")
        }
    }

    static func isUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            var iterator = bytes.makeIterator()
            var parser = Unicode.UTF8.ForwardParser()
            while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let handle: (Event) -> Void

        init(_ handle: @escaping (Event) -> Void) { self.handle = handle }

        static func local(_ name: String) -> String {
            guard let colon = name.lastIndex(of: ":") else { return name }
            return String(name[name.index(after: colon)...])
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            handle(.start(Self.local(elementName), attributes))
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            handle(.end(Self.local(elementName)))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { handle(.text(string)) }
    }
}
