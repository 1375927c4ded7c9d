//! The Porter stemmer (M. F. Porter, 1980), used by the analysis at build time (it never reaches
//! the web app, which only reads the analysis's result).
//!
//! It maps inflected English words to a common stem ("negotiations", "negotiating" →
//! "negoti"). Words that are not plain lowercase ASCII letters are returned unchanged.

/// Returns the Porter stem of a lowercase word.
pub fn stem(word: &str) -> String {
    if word.len() <= 2 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word.to_string();
    }
    let mut stemmer = Stemmer { b: word.as_bytes().to_vec() };
    stemmer.step1a();
    stemmer.step1b();
    stemmer.step1c();
    stemmer.step2();
    stemmer.step3();
    stemmer.step4();
    stemmer.step5();
    // Only ASCII letters were ever written, so this cannot fail; fall back to the word regardless.
    String::from_utf8(stemmer.b).unwrap_or_else(|_| word.to_string())
}

struct Stemmer {
    b: Vec<u8>,
}

impl Stemmer {
    /// Whether the letter at `i` is a consonant in Porter's sense (y after a consonant is a vowel).
    fn is_consonant(&self, i: usize) -> bool {
        match self.b.get(i) {
            Some(b'a' | b'e' | b'i' | b'o' | b'u') => false,
            Some(b'y') => i == 0 || !self.is_consonant(i - 1),
            Some(_) => true,
            None => false,
        }
    }

    /// The measure m of the first `len` letters: the number of vowel-consonant sequences.
    fn measure(&self, len: usize) -> usize {
        let mut m = 0;
        let mut i = 0;
        while i < len && self.is_consonant(i) {
            i += 1;
        }
        while i < len {
            while i < len && !self.is_consonant(i) {
                i += 1;
            }
            if i >= len {
                break;
            }
            while i < len && self.is_consonant(i) {
                i += 1;
            }
            m += 1;
        }
        m
    }

    fn has_vowel(&self, len: usize) -> bool {
        (0..len).any(|i| !self.is_consonant(i))
    }

    /// Whether the first `len` letters end with a double consonant.
    fn double_consonant(&self, len: usize) -> bool {
        len >= 2 && self.b.get(len - 1) == self.b.get(len - 2) && self.is_consonant(len - 1)
    }

    /// Whether the first `len` letters end consonant-vowel-consonant, the last not w, x or y.
    fn cvc(&self, len: usize) -> bool {
        if len < 3 {
            return false;
        }
        let last = self.b.get(len - 1).copied().unwrap_or(b'a');
        self.is_consonant(len - 1)
            && !self.is_consonant(len - 2)
            && self.is_consonant(len - 3)
            && !matches!(last, b'w' | b'x' | b'y')
    }

    fn ends(&self, suffix: &str) -> bool {
        self.b.ends_with(suffix.as_bytes())
    }

    /// Replaces `suffix` (which the word ends with) by `with`.
    fn replace(&mut self, suffix: &str, with: &str) {
        let keep = self.b.len().saturating_sub(suffix.len());
        self.b.truncate(keep);
        self.b.extend_from_slice(with.as_bytes());
    }

    fn stem_len(&self, suffix: &str) -> usize {
        self.b.len().saturating_sub(suffix.len())
    }

    fn step1a(&mut self) {
        if self.ends("sses") {
            self.replace("sses", "ss");
        } else if self.ends("ies") {
            self.replace("ies", "i");
        } else if self.ends("ss") {
        } else if self.ends("s") {
            self.replace("s", "");
        }
    }

    fn step1b(&mut self) {
        if self.ends("eed") {
            if self.measure(self.stem_len("eed")) > 0 {
                self.replace("eed", "ee");
            }
            return;
        }
        let removed = if self.ends("ed") && self.has_vowel(self.stem_len("ed")) {
            self.replace("ed", "");
            true
        } else if self.ends("ing") && self.has_vowel(self.stem_len("ing")) {
            self.replace("ing", "");
            true
        } else {
            false
        };
        if !removed {
            return;
        }
        let len = self.b.len();
        if self.ends("at") || self.ends("bl") || self.ends("iz") {
            self.b.push(b'e');
        } else if self.double_consonant(len) && !matches!(self.b.last(), Some(b'l' | b's' | b'z')) {
            self.b.pop();
        } else if self.measure(len) == 1 && self.cvc(len) {
            self.b.push(b'e');
        }
    }

    fn step1c(&mut self) {
        if self.ends("y") && self.has_vowel(self.stem_len("y")) {
            self.replace("y", "i");
        }
    }

    /// Replaces the longest matching suffix of `rules` when the stem before it has measure > `min_m`.
    fn apply_rules(&mut self, rules: &[(&str, &str)], min_m: usize) {
        let best =
            rules.iter().filter(|(suffix, _)| self.ends(suffix)).max_by_key(|(suffix, _)| suffix.len());
        if let Some(&(suffix, with)) = best {
            if self.measure(self.stem_len(suffix)) > min_m {
                self.replace(suffix, with);
            }
        }
    }

    fn step2(&mut self) {
        const RULES: &[(&str, &str)] = &[
            ("ational", "ate"),
            ("tional", "tion"),
            ("enci", "ence"),
            ("anci", "ance"),
            ("izer", "ize"),
            ("bli", "ble"),
            ("alli", "al"),
            ("entli", "ent"),
            ("eli", "e"),
            ("ousli", "ous"),
            ("ization", "ize"),
            ("ation", "ate"),
            ("ator", "ate"),
            ("alism", "al"),
            ("iveness", "ive"),
            ("fulness", "ful"),
            ("ousness", "ous"),
            ("aliti", "al"),
            ("iviti", "ive"),
            ("biliti", "ble"),
            ("logi", "log"),
        ];
        self.apply_rules(RULES, 0);
    }

    fn step3(&mut self) {
        const RULES: &[(&str, &str)] = &[
            ("icate", "ic"),
            ("ative", ""),
            ("alize", "al"),
            ("iciti", "ic"),
            ("ical", "ic"),
            ("ful", ""),
            ("ness", ""),
        ];
        self.apply_rules(RULES, 0);
    }

    fn step4(&mut self) {
        const SUFFIXES: &[&str] = &[
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
            "ism", "ate", "iti", "ous", "ive", "ize",
        ];
        let Some(suffix) =
            SUFFIXES.iter().filter(|suffix| self.ends(suffix)).max_by_key(|suffix| suffix.len())
        else {
            return;
        };
        let len = self.stem_len(suffix);
        if self.measure(len) <= 1 {
            return;
        }
        if *suffix == "ion" && !matches!(self.b.get(len.wrapping_sub(1)), Some(b's' | b't')) {
            return;
        }
        self.b.truncate(len);
    }

    fn step5(&mut self) {
        if self.ends("e") {
            let len = self.stem_len("e");
            let m = self.measure(len);
            if m > 1 || (m == 1 && !self.cvc(len)) {
                self.b.pop();
            }
        }
        let len = self.b.len();
        if self.ends("l") && self.double_consonant(len) && self.measure(len) > 1 {
            self.b.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn porter_reference_examples() {
        // Examples from Porter's paper and the reference vocabulary.
        let cases = [
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("caress", "caress"),
            ("cats", "cat"),
            ("feed", "feed"),
            ("agreed", "agre"),
            ("plastered", "plaster"),
            ("motoring", "motor"),
            ("sing", "sing"),
            ("conflated", "conflat"),
            ("troubled", "troubl"),
            ("sized", "size"),
            ("hopping", "hop"),
            ("falling", "fall"),
            ("filing", "file"),
            ("happy", "happi"),
            ("relational", "relat"),
            ("conditional", "condit"),
            ("valenci", "valenc"),
            ("digitizer", "digit"),
            ("vietnamization", "vietnam"),
            ("predication", "predic"),
            ("operator", "oper"),
            ("feudalism", "feudal"),
            ("decisiveness", "decis"),
            ("hopefulness", "hope"),
            ("formaliti", "formal"),
            ("triplicate", "triplic"),
            ("formative", "form"),
            ("electrical", "electr"),
            ("revival", "reviv"),
            ("allowance", "allow"),
            ("adjustment", "adjust"),
            ("adoption", "adopt"),
            ("controll", "control"),
            ("roll", "roll"),
            ("negotiations", "negoti"),
            ("negotiating", "negoti"),
            ("generalizations", "gener"),
        ];
        for (word, expected) in cases {
            assert_eq!(stem(word), expected, "stem of {word}");
        }
    }

    #[test]
    fn leaves_short_and_non_ascii_words_alone() {
        assert_eq!(stem("us"), "us");
        assert_eq!(stem("kyiv"), "kyiv");
        assert_eq!(stem("zelenskyy"), "zelenskyi");
        assert_eq!(stem("café"), "café");
        assert_eq!(stem("2025"), "2025");
    }
}
