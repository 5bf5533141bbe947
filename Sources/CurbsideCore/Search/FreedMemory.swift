import Foundation

/// Hands memory that was freed back to the system. glibc keeps freed small blocks in its heap,
/// where they still count as resident: after a large build releases many of them (while a new
/// allocation fills up), `malloc_trim` returns their pages. It is looked up at run time because
/// Swift's Glibc module does not include <malloc.h>; elsewhere this does nothing.
enum FreedMemory {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
    }()

    static func returnToSystem() { _ = trim?(0) }
}
