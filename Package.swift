// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Curbside",
    // Built and tested on Linux; on macOS, Swift 6's Mutex and Atomic need macOS 15.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "curbside", targets: ["curbside"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Regular expressions in ICU's dialect, matched without ICU (see TextPattern.swift). Built
        // optimised in debug builds too: the tests and the fuzzing run every rule over thousands of
        // texts, and unoptimised matching would double the suite's time.
        .target(name: "CurbsidePatterns", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // Content model, library repository, validation, search, layout, tailoring. No terminal code.
        .target(name: "CurbsideCore", dependencies: ["CurbsidePatterns"]),
        // Screens as pure state machines that render into in-memory frames. No ncurses.
        .target(name: "CurbsideBrowser", dependencies: ["CurbsideCore", "CurbsidePatterns"]),
        // The wide-character ncurses API, through a shim (see engineering notes).
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The one thin adapter that copies frames to ncurses and reads keys.
        .target(name: "CurbsideTerminal", dependencies: ["CurbsideBrowser", "CurbsideCore", "CNcursesw"]),
        .executableTarget(
            name: "curbside",
            dependencies: [
                "CurbsideCore", "CurbsideBrowser", "CurbsideTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release: linked by the toolchain's lld with packed relative relocations (RELR, read
            // by glibc 2.36 and later): the loader's work on the binary's ~78,000 relocations at
            // every start shrinks to a small table, ~1 ms of a one-shot `search` (docs/performance.md).
            linkerSettings: [
                .unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
                             .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // Benchmarks and the synthetic-library generator (not shipped): figures in docs/performance.md.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .executableTarget(
            name: "curbside-bench",
            dependencies: [
                "CurbsideCore", "CurbsideBrowser", "CSQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fixtures and golden files are read from the source tree (#filePath), not bundled.
        .testTarget(name: "CurbsideCoreTests", dependencies: ["CurbsideCore", "CurbsidePatterns"], exclude: ["Fixtures"]),
        .testTarget(name: "CurbsideBrowserTests", dependencies: ["CurbsideBrowser", "CurbsideCore"], exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["CurbsideCore", "curbside"], exclude: ["Golden"]),
    ]
)
