//! Case- and accent-insensitive text, so "blîzz" finds "Blizz" and names sort as people expect.

/// Lower-cases `text` and strips the accents of Latin letters (ä → a, é → e, ß → ss).
///
/// A hand-written table rather than Unicode normalisation keeps the wasm small; it covers the
/// letters of the languages whose tool names and search terms we expect.
pub fn fold(text: &str) -> String {
    // Most names are plain ASCII, which has no accents to strip: this path is many times
    // faster, and the search and name sort fold every tool's name.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => folded.push('a'),
            'ç' | 'ć' | 'č' => folded.push('c'),
            'ď' | 'đ' => folded.push('d'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => folded.push('e'),
            'ğ' => folded.push('g'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => folded.push('i'),
            'ł' => folded.push('l'),
            'ñ' | 'ń' | 'ň' => folded.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => folded.push('o'),
            'ř' => folded.push('r'),
            'ś' | 'š' | 'ş' => folded.push('s'),
            'ť' | 'ţ' => folded.push('t'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => folded.push('u'),
            'ý' | 'ÿ' => folded.push('y'),
            'ź' | 'ż' | 'ž' => folded.push('z'),
            'ß' => folded.push_str("ss"),
            'æ' => folded.push_str("ae"),
            'œ' => folded.push_str("oe"),
            // Combining accents, as in decomposed input ("e\u{301}") or after lower-casing 'İ'.
            '\u{300}'..='\u{36f}' => {}
            c => folded.push(c),
        }
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_accents_do_not_matter() {
        assert_eq!(fold("Blîzz"), "blizz");
        assert_eq!(fold("WEBEX"), "webex");
        assert_eq!(fold("Ärger über Öl"), "arger uber ol");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Crème brûlée"), "creme brulee");
        assert_eq!(fold("e\u{301}te\u{301}"), "ete");
        assert_eq!(fold("Łódź"), "lodz");
    }

    #[test]
    fn ascii_folds_like_any_text() {
        let ascii = "Zoom X-5 (Pro) ~ `Meet` 100%";
        assert_eq!(fold(ascii), "zoom x-5 (pro) ~ `meet` 100%");
        // The same as the general path, which a non-ASCII letter forces.
        assert_eq!(format!("{}e", fold(ascii)), fold(&format!("{ascii}É")));
    }

    #[test]
    fn other_scripts_and_symbols_are_kept() {
        assert_eq!(fold("Zoom 5.0 – Ω"), "zoom 5.0 – ω");
        assert_eq!(fold(""), "");
    }
}
