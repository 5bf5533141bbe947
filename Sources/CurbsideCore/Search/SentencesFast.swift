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

    /// `splitByCharacter` for any text, on the same `Character`s without copying them one by one:
    /// the places where characters start are found once; a character is ".", " " or "[" when its
    /// one byte is; sentences are slices of the text, trimmed of space and tab characters at both
    /// ends, then by `CharacterSet.whitespaces` only when an end is not ASCII.
    static func splitUnicode(_ text: String) -> [String] {
        var starts: [String.Index] = []
        starts.reserveCapacity(text.utf8.count)
        var at = text.startIndex
        while at < text.endIndex { starts.append(at); at = text.index(after: at) }
        let n = starts.count
        let utf8 = text.utf8
        func end(_ k: Int) -> String.Index { k + 1 < n ? starts[k + 1] : text.endIndex }
        /// The character at `k` when it is one ASCII byte.
        func byte(_ k: Int) -> UInt8? {
            let b = utf8[starts[k]]
            return b < 0x80 && utf8.index(after: starts[k]) == end(k) ? b : nil
        }
        func character(_ k: Int) -> Character { text[starts[k]] }
        var out: [String] = []
        func keep(_ from: Int, _ to: Int) {
            var from = from, to = to
            while from < to, byte(from) == 0x20 || byte(from) == 0x09 { from += 1 }
            while to > from, byte(to - 1) == 0x20 || byte(to - 1) == 0x09 { to -= 1 }
            guard from < to else { return }
            let sentence = String(text[starts[from]..<end(to - 1)])
            if character(from).isASCII && character(to - 1).isASCII { out.append(sentence); return }
            let s = sentence.trimmingBlanks(newlines: false)
            if !s.isEmpty { out.append(s) }
        }
        var start = 0, i = 0
        while i < n {
            if let c = byte(i), c == 0x2E || c == 0x21 || c == 0x3F { // . ! ?
                var j = i + 1
                // Absorb trailing citation markers like " [1]" that belong to this sentence.
                if j < n, byte(j) == 0x20, j + 1 < n, byte(j + 1) == 0x5B {
                    var close = j + 1
                    while close < n, byte(close) != 0x5D { close += 1 }
                    if close < n, close - j < 20 { j = close + 1; i = close }
                }
                let next = j < n ? byte(j) : nil
                if j >= n || (next == 0x20 && j + 1 < n && (character(j + 1).isUppercase || character(j + 1).isNumber)) {
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
