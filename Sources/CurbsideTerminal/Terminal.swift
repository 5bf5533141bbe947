import CNcursesw
import CurbsideBrowser
import CurbsideCore
import Foundation

/// The one place that talks to ncurses: it copies frames to the screen and turns input into keys.
public final class Terminal {
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal, noTERM(String), cannotStart(String)
        public var description: String {
            switch self {
            case .notATerminal:
                "curbside: the browser needs an interactive terminal (stdin and stdout must be a TTY).\nUse 'curbside show', 'curbside search' or 'curbside ask' for plain text."
            case .noTERM(let t):
                "curbside: this terminal (TERM=\(t.isEmpty ? "unset" : t)) cannot run a full-screen program.\nSet TERM (e.g. TERM=xterm-256color), or use 'curbside show', 'search' or 'ask' for plain text."
            case .cannotStart(let t):
                "curbside: cannot start the terminal interface for TERM=\(t) (unknown terminal type?).\nTry TERM=xterm-256color, or use 'curbside show', 'search' or 'ask' for plain text."
            }
        }
    }

    public let colors: Bool
    public let unicode: Bool
    private var screen: OpaquePointer?
    private var pairs: [TextRole: Int16] = [:]

    /// Starts the full-screen interface, or explains why it cannot.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw StartError.notATerminal }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else { throw StartError.noTERM(term) }
        setlocale(LC_ALL, "")
        unicode = cs_is_utf8_locale() != 0
        guard let s = cs_newterm() else { throw StartError.cannotStart(term) }
        screen = s
        set_term(s)
        TerminalGuard.install()
        cbreak()
        noecho()
        nonl()
        keypad(cs_stdscr(), true)
        intrflush(cs_stdscr(), false)
        set_escdelay(25)
        wtimeout(cs_stdscr(), 250)
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        colors = !noColor && has_colors()
        if colors {
            start_color()
            use_default_colors()
            setUpPairs()
        }
        mousemask(cs_button1_pressed() | cs_button4_pressed() | cs_button5_pressed(), nil)
        mouseinterval(0)
        // SGR mouse reports (1006): clicks in any column, not only the first 223. Terminals that
        // do not know it keep sending the old reports, which ncurses decodes.
        Self.write("\u{1B}[?1006h")
        curs_set(0)
    }

    /// Restores the terminal exactly as it was found.
    public func stop() {
        guard screen != nil else { return }
        Self.write("\u{1B}[?1006l")
        mousemask(0, nil)
        curs_set(1)
        endwin()
        TerminalGuard.uninstall()
        if let s = screen { delscreen(s) }
        screen = nil
    }

    deinit { stop() }

    public var size: (width: Int, height: Int) { (Int(cs_cols()), Int(cs_lines())) }

    func setUpPairs() {
        let table: [(TextRole, Int16, Int16)] = [
            (.title, Int16(COLOR_CYAN), -1), (.heading, Int16(COLOR_YELLOW), -1), (.subheading, Int16(COLOR_CYAN), -1),
            (.link, Int16(COLOR_BLUE), -1), (.citation, Int16(COLOR_CYAN), -1), (.gloss, Int16(COLOR_GREEN), -1),
            (.warning, Int16(COLOR_YELLOW), -1), (.accent, Int16(COLOR_MAGENTA), -1), (.match, Int16(COLOR_BLACK), Int16(COLOR_YELLOW)),
            (.currentMatch, Int16(COLOR_BLACK), Int16(COLOR_YELLOW)), (.error, Int16(COLOR_RED), -1), (.dim, -1, -1),
        ]
        for (i, entry) in table.enumerated() {
            let n = Int16(i + 1)
            init_pair(n, entry.1, entry.2)
            pairs[entry.0] = n
        }
    }

    func attributes(for style: TextStyle) -> (attr_t, Int16) {
        var a = cs_a_normal()
        if style.bold { a |= cs_a_bold() }
        if style.underline { a |= cs_a_underline() }
        if style.reverse { a |= cs_a_reverse() }
        if style.role == .dim { a |= cs_a_dim() }
        if !colors {
            // Monochrome: roles become attributes so links, matches and warnings still stand out.
            switch style.role {
            case .link, .citation: a |= cs_a_underline()
            case .match, .currentMatch: a |= cs_a_reverse() | cs_a_bold()
            case .heading, .title, .warning, .error: a |= cs_a_bold()
            default: break
            }
            return (a, 0)
        }
        return (a, pairs[style.role] ?? 0)
    }

    /// Copies a frame to the screen; ncurses sends only what changed.
    public func draw(_ frame: Frame) {
        var buffer = [wchar_t](repeating: 0, count: 8)
        for y in 0..<frame.height {
            for x in 0..<frame.width {
                let cell = frame[x, y]
                if cell.text.isEmpty { continue } // right half of a wide character
                var n = 0
                for s in cell.text.unicodeScalars where n < 5 { buffer[n] = wchar_t(bitPattern: s.value); n += 1 }
                buffer[n] = 0
                let (a, pair) = attributes(for: cell.style)
                _ = cs_put_cell(Int32(y), Int32(x), buffer, a, pair)
            }
        }
        if let c = frame.cursor {
            wmove(cs_stdscr(), Int32(c.y), Int32(c.x))
        }
        wrefresh(cs_stdscr())
    }

    public func showCursor(_ visible: Bool) { curs_set(visible ? 1 : 0) }

    /// The next input event, or nil after a short wait with none (so signals and finished
    /// background work get noticed).
    public func readKey(waitMilliseconds: Int32 = 250) -> Key? {
        wtimeout(cs_stdscr(), waitMilliseconds)
        var wch: wint_t = 0
        let r = wget_wch(cs_stdscr(), &wch)
        if r == cs_err() { return nil }
        if r == cs_key_code_yes() { return functionKey(Int32(wch)) }
        switch wch {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return readEscapeSequence()
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(wch) + 0x60)))
        default:
            guard let scalar = Unicode.Scalar(UInt32(wch)) else { return nil }
            return .char(Character(scalar))
        }
    }

    static func write(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    /// After ESC: an SGR mouse report ("[<b;x;yM"), which ncurses does not decode, or else a
    /// plain Esc with whatever followed given back to be read next.
    func readEscapeSequence() -> Key? {
        wtimeout(cs_stdscr(), 0)
        var taken: [wint_t] = []
        func next() -> wint_t? {
            var c: wint_t = 0
            guard wget_wch(cs_stdscr(), &c) != cs_err() else { return nil }
            taken.append(c)
            return c
        }
        if next() == 91, next() == 60 { // "[<"
            var body = ""
            while body.count < 32, let c = next(), let scalar = Unicode.Scalar(UInt32(c)) {
                body.unicodeScalars.append(scalar)
                if scalar == "M" || scalar == "m" { return Key.sgrMouse(body) }
            }
        }
        for c in taken.reversed() { unget_wch(wchar_t(bitPattern: UInt32(c))) }
        return .escape
    }

    func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case cs_key_resize():
            return .resize(width: Int(cs_cols()), height: Int(cs_lines()))
        case cs_key_mouse():
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            if event.bstate & cs_button4_pressed() != 0 { return .wheelUp }
            if cs_button5_pressed() != 0 && event.bstate & cs_button5_pressed() != 0 { return .wheelDown }
            if event.bstate & cs_button1_pressed() != 0 { return .click(x: Int(event.x), y: Int(event.y)) }
            return nil
        default: return nil
        }
    }
}

/// Signal handling: a quit request (SIGINT, SIGTERM, SIGHUP, and every other signal whose default
/// action would end the process: SIGUSR1/2, SIGALRM, SIGPIPE, …) is noticed by the main loop, which
/// restores the terminal and exits 128+signal; a crash restores the terminal before the process
/// dies. Ctrl-Z is ncurses' own (it restores and resumes).
public enum TerminalGuard {
    nonisolated(unsafe) static var quitSignal: Int32 = 0
    static let quitSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF,
                              SIGPIPE, SIGXCPU, SIGXFSZ]
    static let crashSignals = [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE]

    public static var requestedQuit: Int32? { quitSignal == 0 ? nil : quitSignal }

    static func install() {
        // A parent may have started us with signals blocked; the ones we rely on must get through.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for s in quitSignals + crashSignals + [SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&wanted, s) }
        sigprocmask(SIG_UNBLOCK, &wanted, nil)
        for s in quitSignals { signal(s) { sig in TerminalGuard.quitSignal = sig } }
        for s in crashSignals {
            signal(s) { sig in
                endwin()
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }

    static func uninstall() {
        for s in quitSignals + crashSignals { signal(s, SIG_DFL) }
    }
}
