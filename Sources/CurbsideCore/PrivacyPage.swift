import Foundation

public extension PolicyPage {
    static let privacyID = "privacy"

    /// What Curbside keeps about a reader. The bundled library carries the same page
    /// (`Data/pages/privacy.json`, checked by a test); this copy is shown for a library that has
    /// none, since it describes the program rather than the library.
    static let privacy = PolicyPage(id: privacyID, title: "Privacy", paragraphs: [
        "Curbside never sends anything anywhere. It makes no network connections at all: the library, the search and the answers to your follow-up questions all come from files on this computer. A test runs the commands with networking switched off and checks that they give the same results.",
        "What Curbside keeps is stored in your own directories, never in the library, and only you can read it: every file is created with permissions 0600 (read and write for you alone) and every folder with 0700, whatever your umask. If an older version left files there that others could read, they are made private the next time Curbside writes there, and one line says so.",
        "Your persona: $XDG_CONFIG_HOME/curbside/config.json (normally ~/.config/curbside).",
        "The articles you opened (the last 200) and the follow-up questions you asked (the last 100): history.json and questions.json in $XDG_STATE_HOME/curbside (normally ~/.local/state/curbside).",
        "Your bookmarks (bookmarks.json) and the questions you submitted (the submitted folder, one file each): $XDG_DATA_HOME/curbside (normally ~/.local/share/curbside). A submitted question stays on this computer too; an editor sees it only with \"curbside review list\" on your account.",
        "Caches that make a library open and search fast: $XDG_CACHE_HOME/curbside (normally ~/.cache/curbside). They hold the library's titles and search index and, when you use \"curbside ask\" in a shell, what it read of the articles it answered from (which says something of what you asked: \"curbside forget questions\" deletes it). Empty .lock files let two Curbside windows take turns writing.",
        "Reading privately: start Curbside with \"curbside --private\", or set CURBSIDE_PRIVATE=1, and nothing about what you read is written: no history, no past questions, no caches, and a persona you choose lasts only for that session. The library's top line says \"Private session\" and the status line at the bottom \"Private\". What you do on purpose still happens: bookmarks you add or remove, entries you delete, and a question you submit, which Curbside asks you to confirm first.",
        "Forgetting: in the browser, open your history (H) or your bookmarks (B), select an entry with Tab and press d to delete it, or press D to clear the whole list; Curbside asks first. From the shell: \"curbside forget history\", \"curbside forget questions\" (past follow-up questions, submitted questions and what ask read for them), \"curbside forget bookmarks\", or \"curbside forget all\" (all of the above, your persona and the caches too). The files are deleted from disk, not hidden. Quit any other Curbside window first: one still open would save what it holds again.",
        "What Curbside cannot control: the administrator of this computer can read any file, and backups may keep copies. A question typed on the command line (curbside ask \"...\") is also kept in your shell's history, and a terminal or tmux log keeps what was on the screen.",
    ])
}
