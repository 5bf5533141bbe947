/// The code points other than ASCII that fold to an ASCII letter when case is ignored
/// (`TextPattern` folds code point by code point: upper case, then lower case): long s to "s",
/// dotless i to "i", the Kelvin sign to "k". A test checks every code point against the matcher.
let nonASCIIFoldingToASCII: [Unicode.Scalar] = ["\u{017F}", "\u{0131}", "\u{212A}"]

/// A text's UTF-8 bytes with ASCII letters lower-cased: what a case-insensitive pattern's ASCII
/// literals (`RequiredLiterals`) can be looked for in as bytes. Other characters stay as they are:
/// their bytes are all 0x80 or above, so no ASCII literal is found in them, and none of them
/// matches an ASCII letter of a pattern, except the three of `nonASCIIFoldingToASCII`: a text
/// holding one gives nil (anything may match).
func foldedBytes(_ text: String) -> [UInt8]? {
    var lowered = Array(text.utf8)
    var sawNonASCII = false
    for (i, byte) in lowered.enumerated() {
        if byte >= 0x41 && byte <= 0x5A { lowered[i] = byte + 0x20 } else if byte >= 0x80 { sawNonASCII = true }
    }
    if sawNonASCII && text.unicodeScalars.contains(where: nonASCIIFoldingToASCII.contains) { return nil }
    return lowered
}
