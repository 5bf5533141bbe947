import Foundation
import Testing
@testable import CurbsideCore

/// The literal searches written in Swift give what Foundation's gave for the texts they read.
@Suite struct PlainStringSearchTests {
    static let texts = ["FOSAMAX (alendronate sodium) tablets — prescribing information", "ABSORICA and ABSORICA LD (isotretinoin) capsules",
                        "FERROUS SULFATE 325 mg tablets — over-the-counter Drug Facts label", "", " — ", "no separator here", "é — ü (x)",
                        "two — separators — here", "it’s the mum’s", "−1.0 to −2.5", "café (", "a ( b"]

    @Test func beforeIsTheFirstComponent() {
        for text in Self.texts {
            for separator in [" — ", " (", " and ", "’", "−"] {
                #expect(String(text.before(separator)) == text.components(separatedBy: separator).first!, "\(text) / \(separator)")
                let mine = text.rangeOfPlain(separator).map { String(text[$0.upperBound...]) }
                #expect(mine == text.range(of: separator).map { String(text[$0.upperBound...]) }, "\(text) / \(separator)")
            }
        }
        #expect("abc".rangeOfPlain("") == nil && "ab".rangeOfPlain("abc") == nil && "aab".rangeOfPlain("ab") != nil)
    }

    @Test func replacingScalarReplacesEveryOne() {
        for text in Self.texts {
            #expect(text.replacingScalar("’", with: "'") == text.replacingOccurrences(of: "’", with: "'"))
            #expect(text.replacingScalar("−", with: "-") == text.replacingOccurrences(of: "−", with: "-"))
        }
    }

    @Test func labelNamesAreReadAsBefore() {
        #expect(LabelNaming.drugName(inTitle: Self.texts[0]) == "Fosamax")
        #expect(LabelNaming.drugName(inTitle: Self.texts[1]) == "Absorica")
        #expect(LabelNaming.drugName(inTitle: Self.texts[2]) == "ferrous sulfate")
        #expect(LabelNaming.drugName(inTitle: "TOPROL-XL (metoprolol succinate) tablets") == "Toprol-XL")
        #expect(LabelNaming.drugName(inTitle: "tablets") == nil)
    }

    @Test func trimmingBlanksTrimsAsFoundation() {
        let blanks = [" ", "\t", "\n", "\r\n", "\u{00A0}", "\u{2003}", "\u{2028}", "\u{0085}", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{000B}", ""]
        for text in Self.texts + ["a b", "é", "\u{301}x", "?"] {
            for left in blanks {
                for right in blanks {
                    let padded = left + text + right
                    #expect(padded.trimmingBlanks() == padded.trimmingCharacters(in: .whitespacesAndNewlines), "\(padded.debugDescription)")
                    #expect(padded.trimmingBlanks(newlines: false) == padded.trimmingCharacters(in: .whitespaces), "\(padded.debugDescription)")
                }
            }
        }
    }
}
