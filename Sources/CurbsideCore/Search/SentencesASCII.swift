import Foundation

extension Sentences {
    /// `split` for a text of ASCII without carriage returns (most of an article's texts), on its
    /// bytes: there every byte is one `Character` (only "\r\n" makes two bytes one), so the same
    /// rules read the same places. Nil for any other text, which `split` reads by `Character`.
    ///
    /// The rules, as `split` has them: a sentence ends at ".", "!" or "?", after the citation
    /// markers right behind it (" [1]", closed within 20 characters), when the text ends there or
    /// a space and then a capital letter or a digit follow; each sentence is trimmed of spaces and
    /// tabs (`CharacterSet.whitespaces` holds no other ASCII character) and kept when not empty.
    static func splitASCII(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
            var out: [String] = []
            let n = bytes.count
            func keep(_ from: Int, _ to: Int) {
                var from = from, to = to
                while from < to, bytes[from] == 0x20 || bytes[from] == 0x09 { from += 1 }
                while to > from, bytes[to - 1] == 0x20 || bytes[to - 1] == 0x09 { to -= 1 }
                if from < to { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)) }
            }
            var start = 0, i = 0
            while i < n {
                let c = bytes[i]
                if c == 0x2E || c == 0x21 || c == 0x3F { // . ! ?
                    var j = i + 1
                    // Absorb trailing citation markers like " [1]" that belong to this sentence.
                    if j < n, bytes[j] == 0x20, j + 1 < n, bytes[j + 1] == 0x5B {
                        var close = j + 1
                        while close < n, bytes[close] != 0x5D { close += 1 }
                        if close < n, close - j < 20 { j = close + 1; i = close }
                    }
                    let next: UInt8? = j < n ? bytes[j] : nil
                    let after: UInt8? = j + 1 < n ? bytes[j + 1] : nil
                    if next == nil || (next == 0x20 && after.map { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) } == true) {
                        keep(start, i + 1)
                        start = i + 1
                    }
                }
                i += 1
            }
            keep(start, n)
            return out
        }
    }
}
