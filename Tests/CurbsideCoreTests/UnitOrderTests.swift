import Testing
@testable import CurbsideCore

/// The same question gets the same answer every run. Unit scores are sums over sets of terms, and
/// Swift seeds set order afresh for each process, so two units that tie could differ in the last
/// bits and swap places from one run to the next (the Reid trial question in dev19 changed its
/// lead between runs). Scores are compared to nine significant digits, and ties keep article order.
@Suite struct UnitOrderTests {
    @Test func scoresEqualButForRoundingCompareEqual() {
        let a = 122.43071234567891, b = a * (1 + 1e-15)
        #expect(a != b)
        #expect(AnswerComposer.comparable(a) == AnswerComposer.comparable(b))
        #expect(AnswerComposer.comparable(122.43) > AnswerComposer.comparable(122.42))
        #expect(AnswerComposer.comparable(0.000123456789) < AnswerComposer.comparable(0.000123456799))
        #expect(AnswerComposer.comparable(0) == 0)
    }
}
