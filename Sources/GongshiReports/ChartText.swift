/// How wide a line of chart text is, estimated without a font: Chinese characters are one em
/// wide in every CJK font, Latin letters and digits at most about 0.6 em. The estimate errs
/// wide, so text laid out with it does not overlap when the reader's font is narrower.
enum ChartText {
    /// The width of `text` at `fontSize` user units.
    static func width(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20: ems += 0.32
            case 0x25: ems += 0.9  // %
            case 0x2C, 0x2E, 0x3A, 0x3B, 0x21, 0x27, 0x7C: ems += 0.32  // , . : ; ! ' |
            case 0x28, 0x29, 0x2F: ems += 0.4  // ( ) /
            case 0x4D, 0x57, 0x6D, 0x77: ems += 0.9  // M W m w
            case 0x41...0x5A: ems += 0.7
            case 0x21...0x7E: ems += 0.62
            case 0x2000...0x206F: ems += 0.6  // general punctuation: dashes, ellipsis
            default: ems += scalar.value < 0x2E80 ? 0.7 : 1.0
            }
        }
        return ems * fontSize
    }

    /// `text` broken into lines no wider than `limit`: at spaces when it has some, else
    /// between characters (Chinese needs no spaces to break).
    static func wrap(_ text: String, limit: Double, fontSize: Double) -> [String] {
        guard width(text, fontSize: fontSize) > limit else { return [text] }
        var lines: [String] = []
        var line = ""
        for character in text {
            let candidate = line + String(character)
            if !line.isEmpty, width(candidate, fontSize: fontSize) > limit {
                lines.append(trimmingTrailingSpaces(line))
                line = character == " " ? "" : String(character)
            } else {
                line = candidate
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var text = line
        while text.last == " " { text.removeLast() }
        return text
    }
}
