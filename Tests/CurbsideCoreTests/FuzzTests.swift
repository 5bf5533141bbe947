import Foundation
import Testing
@testable import CurbsideCore

/// The fuzz harness in `swift test`: every input a fuzzer ever crashed on (Fuzz/regressions) is
/// replayed, and seeded mutations of real library files run for a bounded number of inputs.
@Suite struct FuzzTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL

    static func regressions(_ target: FuzzHarness.Target) -> [URL] {
        let dir = root.appendingPathComponent("Fuzz/regressions/\(target.rawValue)")
        return ((try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? [])
            .filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
    }

    @Test(arguments: FuzzHarness.Target.allCases)
    func regressionInputsNoLongerCrash(target: FuzzHarness.Target) throws {
        for file in Self.regressions(target) {
            FuzzHarness.run(target, try Data(contentsOf: file))
        }
    }

    /// Byte flips, truncations, splices and inserted hostile bytes applied to real articles.
    @Test(arguments: FuzzHarness.Target.allCases)
    func seededMutationsOfRealFiles(target: FuzzHarness.Target) throws {
        let articles = try FileManager.default.contentsOfDirectory(at: Self.root.appendingPathComponent("Data/articles"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
        let seeds = try articles.prefix(12).map { try Data(contentsOf: $0) }
        var rng = SeededRandom(seed: 2026)
        let hostile: [[UInt8]] = [[0x1B, 0x5B, 0x32, 0x4A], [0x00], [0xFF, 0xFE], [0xE2, 0x80, 0xAE], [0x5B, 0x39, 0x39, 0x5D], [0x22], [0x7B], [0x5D], [0xC3]]
        let inputs = [FuzzHarness.Target.loader: 250, .analyser: 400, .layout: 1_000, .savedIndex: 400][target]!
        for _ in 0..<inputs {
            var bytes = Array(seeds[Int(rng.next() % UInt64(seeds.count))])
            if target != .loader { bytes = Array(bytes.prefix(600)) }
            for _ in 0..<(1 + Int(rng.next() % 4)) where !bytes.isEmpty {
                let at = Int(rng.next() % UInt64(bytes.count))
                switch rng.next() % 4 {
                case 0: bytes[at] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
                case 1: bytes = Array(bytes.prefix(at))
                case 2: bytes.insert(contentsOf: hostile[Int(rng.next() % UInt64(hostile.count))], at: at)
                default: bytes.removeSubrange(at..<min(bytes.count, at + Int(rng.next() % 40)))
                }
            }
            FuzzHarness.run(target, Data(bytes))
        }
    }
}
