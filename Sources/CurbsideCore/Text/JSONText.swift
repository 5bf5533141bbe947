/// JSON meant for scripts that may print it: the encoder leaves C1 controls, DEL and bidi
/// overrides raw (they are valid in JSON strings), and a terminal acts on them (U+009B is a CSI).
public enum JSONText {
    /// `json` with every such character written as a `\uXXXX` escape. Outside strings JSON holds
    /// only ASCII punctuation and whitespace, so each one found is inside a string, where the
    /// escape means the same character.
    public static func escapingInvisibles(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsEscape) else { return json }
        var out = String.UnicodeScalarView()
        for s in json.unicodeScalars {
            if needsEscape(s) {
                let hex = String(s.value, radix: 16)
                out.append(contentsOf: "\\u\(String(repeating: "0", count: 4 - hex.count))\(hex)".unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        (0x7F..<0xA0).contains(s.value) || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
            || s.value == 0x200E || s.value == 0x200F || s.value == 0x061C || s.value == 0x2028 || s.value == 0x2029
    }
}
