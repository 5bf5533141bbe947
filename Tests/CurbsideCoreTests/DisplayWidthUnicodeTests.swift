import Foundation
import Testing
@testable import CurbsideCore

/// Widths checked against the Unicode data itself (East_Asian_Width and General_Category from
/// Python's `unicodedata`, which ships the Unicode Character Database), not against a hand list.
@Suite struct DisplayWidthUnicodeTests {
    static var python: String? {
        ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: python != nil, "needs python3 for the Unicode data"))
    func everyAssignedCharacterHasTheWidthTheUnicodeDataGives() throws {
        let script = """
        import unicodedata, sys
        print(unicodedata.unidata_version)
        for cp in range(0xA0, 0x40000):
            c = chr(cp); cat = unicodedata.category(c)
            if cat in ('Cn', 'Co', 'Cs', 'Cc'): continue
            print('%x %s %s' % (cp, unicodedata.east_asian_width(c), cat))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python!)
        process.arguments = ["-c", script]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        let version = lines.first.map(String.init) ?? "?"
        var mismatches: [String] = []
        var checked = 0
        for line in lines.dropFirst() {
            let parts = line.split(separator: " ")
            guard parts.count == 3, let value = UInt32(parts[0], radix: 16), let scalar = Unicode.Scalar(value) else { continue }
            // Swift may know a newer Unicode: judge only what both versions have assigned alike.
            guard scalar.properties.generalCategory != .unassigned else { continue }
            let category = parts[2], eaw = parts[1]
            let swiftMark = [.nonspacingMark, .enclosingMark, .format].contains(scalar.properties.generalCategory)
            guard swiftMark == ["Mn", "Me", "Cf"].contains(category) else { continue } // recategorised in a later Unicode
            let expected: Int
            if value == 0x00AD { expected = 1 }                                  // soft hyphen: drawn by terminals
            else if ["Mn", "Me", "Cf"].contains(category) { expected = 0 }
            else if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { expected = 0 } // Hangul vowels and finals join the syllable
            else { expected = eaw == "W" || eaw == "F" ? 2 : 1 }
            checked += 1
            let got = DisplayWidth.of(Character(scalar))
            if got != expected { mismatches.append(String(format: "U+%04X %@ %@: %d, expected %d", value, String(category), String(eaw), got, expected)) }
        }
        print("display width: \(checked) characters checked against Unicode \(version), \(mismatches.count) differ")
        #expect(checked > 100_000)
        #expect(mismatches.isEmpty, "\(mismatches.count) widths differ from Unicode \(version): \(mismatches.prefix(40).joined(separator: "; "))")
    }
}

/// Emoji sequences that terminals draw at different widths are reduced to what they all draw alike.
@Suite struct EmojiSequenceTests {
    @Test func sequencesBecomeWhatEveryTerminalDrawsAlike() {
        #expect(SafeText.clean("A👨‍👩‍👧‍👦B") == "A👨B")      // ZWJ family: its first emoji
        #expect(SafeText.clean("ok 👍🏽!") == "ok 👍!")        // skin tone dropped
        #expect(SafeText.clean("❤️ 1️⃣") == "❤ 1⃣")            // VS16 dropped
        #expect(SafeText.clean("🇫🇷 flag") == "FR flag")      // a flag: its letters
        #expect(DisplayWidth.of("A👨B") == 4 && DisplayWidth.of("🇫🇷") == 2 && DisplayWidth.of("FR") == 2 && DisplayWidth.of("❤ 1⃣") == 3)
        // Scripts that use ZWJ inside words are left alone (Devanagari conjunct forms).
        #expect(SafeText.clean("क्‍ष") == "क्‍ष")
    }
}
