/// What a calendar app reads back from iCalendar TEXT, for tests that escape text and read it
/// again.
public enum CalendarText {
    /// The text a reader gets back: line breaks (CRLF, CR, LF) as LF, controls but tab, and
    /// DEL, gone. Read by scalars: Foundation's replacing matches whole characters and missed
    /// the CR of "\r\u{312}" (a combining mark after a line break), which a property check found.
    public static func expected(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            if scalar == "\n", afterCR { continue }
            if scalar == "\r" || scalar == "\n" {
                out.append("\n")
            } else if !(scalar.value < 0x20 && scalar != "\t") && scalar.value != 0x7F {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
