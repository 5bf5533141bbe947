import Foundation

// libFuzzer's entry point, compiled together with CurbsideCore's sources by Fuzz/run.
// The target comes from CURBSIDE_FUZZ_TARGET: loader, analyser or layout.
let fuzzTarget = FuzzHarness.Target(rawValue: ProcessInfo.processInfo.environment["CURBSIDE_FUZZ_TARGET"] ?? "") ?? .loader

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzHarness.run(fuzzTarget, Data(bytes: bytes, count: count))
    return 0
}
