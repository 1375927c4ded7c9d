//! What the core's integration tests share.

/// `text` as a TOML basic string: every character but printable ASCII written as `\UXXXXXXXX`, so
/// that control and bidirectional characters reach the parser as the test means them.
pub fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            ' '..='~' if c != '"' && c != '\\' => out.push(c),
            _ => out.push_str(&format!("\\U{:08X}", u32::from(c))),
        }
    }
    out.push('"');
    out
}
