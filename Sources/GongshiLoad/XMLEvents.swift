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
