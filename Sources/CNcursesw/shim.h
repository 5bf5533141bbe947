#ifndef CURBSIDE_NCURSESW_SHIM_H
#define CURBSIDE_NCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE flags; without these the wide API vanishes.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <strings.h>
#include <ncursesw/curses.h>

// Macros and globals do not import into Swift 6 cleanly; wrap them.
static inline WINDOW *cs_stdscr(void) { return stdscr; }
static inline int cs_lines(void) { return LINES; }
static inline int cs_cols(void) { return COLS; }
static inline attr_t cs_a_bold(void) { return A_BOLD; }
static inline attr_t cs_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cs_a_reverse(void) { return A_REVERSE; }
static inline attr_t cs_a_dim(void) { return A_DIM; }
static inline attr_t cs_a_normal(void) { return A_NORMAL; }
static inline int cs_key_resize(void) { return KEY_RESIZE; }
static inline int cs_key_mouse(void) { return KEY_MOUSE; }
static inline int cs_err(void) { return ERR; }
static inline int cs_key_code_yes(void) { return KEY_CODE_YES; }
static inline mmask_t cs_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t cs_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cs_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cs_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}
static inline int cs_color_pair(int n) { return COLOR_PAIR(n); }

#include <langinfo.h>
#include <stdio.h>
static inline int cs_is_utf8_locale(void) {
    const char *c = nl_langinfo(CODESET);
    return c && (strcasecmp(c, "UTF-8") == 0 || strcasecmp(c, "utf8") == 0);
}
static inline SCREEN *cs_newterm(void) { return newterm(NULL, stdout, stdin); }

// Draw one grapheme (UTF-32 scalars, up to 5) with attributes at (y, x).
static inline int cs_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &c);
}
#endif
