//! Query-string plumbing: splitting into key–value pairs, percent-decoding and -encoding.

/// Splits a query string (with or without its leading `?`) into decoded key–value pairs, in
/// order. Empty segments (`a=1&&b=2`) are skipped; a segment without `=` has an empty value.
pub(crate) fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').filter(|segment| !segment.is_empty()).map(|segment| {
        let (key, value) = segment.split_once('=').unwrap_or((segment, ""));
        (decode(key), value.to_string())
    })
}

/// Decodes `application/x-www-form-urlencoded` text: `+` is a space and `%XX` a byte. A `%` not
/// followed by two hex digits is kept as it is; bytes that are not UTF-8 become U+FFFD.
pub(crate) fn decode(text: &str) -> String {
    if !text.contains(['%', '+']) {
        return text.to_string();
    }
    String::from_utf8_lossy(&unescape(text, true)).into_owned()
}

/// Decodes a percent-encoded URL path segment: `%XX` is a byte and `+` stays a plus sign; `None`
/// when the bytes are not UTF-8. The app's router reads event ids with it.
pub fn decode_segment(text: &str) -> Option<String> {
    String::from_utf8(unescape(text, false)).ok()
}

/// Percent-encodes every byte of `text` except ASCII letters, digits and `-._~`: safe as a query
/// value or a path segment inside a URL fragment.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    encode_into(text, &mut out);
    out
}

/// The bytes `text` stands for: `%XX` escapes decoded (a `%` without two hex digits kept), and
/// `+` a space if `plus_is_space`.
fn unescape(text: &str, plus_is_space: bool) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let escaped = match (byte, bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&high), Some(&low)) => hex_value(high).zip(hex_value(low)),
            _ => None,
        };
        match (byte, escaped) {
            (_, Some((high, low))) => {
                out.push(high << 4 | low);
                i += 3;
            }
            (b'+', None) if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            (_, None) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    out
}

/// Appends `text` to `out`, percent-encoding every byte except ASCII letters, digits and `-._~`,
/// so that the result is safe as a query value and inside a URL fragment.
pub(crate) fn encode_into(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &byte in text.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0x0f)]));
        }
    }
}

fn hex_value(digit: u8) -> Option<u8> {
    char::from(digit).to_digit(16).and_then(|value| u8::try_from(value).ok())
}

#[cfg(test)]
mod segment_tests {
    use super::{decode, decode_segment, encode};

    #[test]
    fn a_path_segment_keeps_its_plus_and_refuses_bytes_that_are_not_utf8() {
        assert_eq!(decode_segment("a+b%20c").as_deref(), Some("a+b c"));
        assert_eq!(decode("a+b%20c"), "a b c", "a query value's plus is a space");
        assert_eq!(decode_segment("%FF"), None);
        assert_eq!(decode_segment("100%").as_deref(), Some("100%"), "a lone % stays");
        for id in ["putin-trump", "a b", "a/b", "ünï", "%41", "?#&+"] {
            assert_eq!(decode_segment(&encode(id)).as_deref(), Some(id), "{id}");
        }
    }
}
