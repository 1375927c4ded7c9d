//! Sentence segmenting: abbreviations, initials, decimals, times, ellipses and quotations.

use parallax_core::ingest::split_sentences;

fn check(text: &str, expected: &[&str]) {
    assert_eq!(split_sentences(text), expected, "segmenting {text:?}");
}

#[test]
fn plain_sentences() {
    check(
        "One thing. Another thing! A question? An end",
        &["One thing.", "Another thing!", "A question?", "An end"],
    );
    check("", &[]);
    check("   ", &[]);
}

#[test]
fn abbreviations_before_names_never_end_a_sentence() {
    check(
        "Mr. Putin met Mrs. Smith and Dr. Jones. Gov. Newsom, Sen. Vance and Rep. Ocasio-Cortez spoke.",
        &["Mr. Putin met Mrs. Smith and Dr. Jones.", "Gov. Newsom, Sen. Vance and Rep. Ocasio-Cortez spoke."],
    );
}

#[test]
fn versus_in_a_case_name_never_ends_a_sentence() {
    check(
        "The court overturned Roe v. Wade on Friday. Spain vs. Italy was a draw.",
        &["The court overturned Roe v. Wade on Friday.", "Spain vs. Italy was a draw."],
    );
}

#[test]
fn initialisms_end_a_sentence_only_before_a_sentence_start() {
    check(
        "The U.S. President spoke to the U.K. Prime Minister. Aid went to the U.S. The talks ended.",
        &["The U.S. President spoke to the U.K. Prime Minister.", "Aid went to the U.S.", "The talks ended."],
    );
    check(
        "J. D. Vance and Martin Luther King Jr. attended.",
        &["J. D. Vance and Martin Luther King Jr. attended."],
    );
    check("Apple Inc. The company said so.", &["Apple Inc.", "The company said so."]);
    check("He lives on St. Petersburg Road.", &["He lives on St. Petersburg Road."]);
}

#[test]
fn a_state_in_a_dateline_ends_no_sentence_but_a_state_at_the_end_of_one_does() {
    check(
        "SEATTLE, Wash. (AP) \u{2014} A door plug blew out. She flew to Miami, Fla. She landed safely.",
        &[
            "SEATTLE, Wash. (AP) \u{2014} A door plug blew out.",
            "She flew to Miami, Fla.",
            "She landed safely.",
        ],
    );
    check("He was ill. Doctors kept him in.", &["He was ill.", "Doctors kept him in."]);
}

#[test]
fn numbers_months_and_decimals() {
    check("Growth was 3.5 per cent. No. 10 said so.", &["Growth was 3.5 per cent.", "No. 10 said so."]);
    check(
        "It happened on Jan. 6 and again in Feb. 2021.",
        &["It happened on Jan. 6 and again in Feb. 2021."],
    );
    check("Prices rose 1.2%. Then they fell.", &["Prices rose 1.2%.", "Then they fell."]);
}

#[test]
fn a_time_converted_in_brackets_stays_in_its_sentence() {
    check(
        "The ship hit the bridge at 1:30 a.m. (0530 GMT). Divers searched the river.",
        &["The ship hit the bridge at 1:30 a.m. (0530 GMT).", "Divers searched the river."],
    );
}

#[test]
fn times() {
    check("He called at 10 a.m. Moscow was silent.", &["He called at 10 a.m.", "Moscow was silent."]);
    check(
        "They met at 9 a.m. Friday and at 4 p.m. ET on Monday.",
        &["They met at 9 a.m. Friday and at 4 p.m. ET on Monday."],
    );
    check("The call ended at 5 p.m. and talks went on.", &["The call ended at 5 p.m. and talks went on."]);
}

#[test]
fn ellipses() {
    check("We gave so much, but … Biden emptied it out.", &["We gave so much, but … Biden emptied it out."]);
    check("He paused... Then he went on.", &["He paused...", "Then he went on."]);
    check("He paused... and went on.", &["He paused... and went on."]);
}

#[test]
fn quotations_keep_their_closing_marks_and_speech_tags() {
    check(
        "\u{201C}We had a call,\u{201D} Trump said. He left.",
        &["\u{201C}We had a call,\u{201D} Trump said.", "He left."],
    );
    check("\"Is it over?\" he asked. Nobody answered.", &["\"Is it over?\" he asked.", "Nobody answered."]);
    check("She said: \"Stop.\" Then she left.", &["She said: \"Stop.\"", "Then she left."]);
    check("(This is an aside.) The rest follows.", &["(This is an aside.)", "The rest follows."]);
}

#[test]
fn a_multi_sentence_quote_breaks_at_its_own_sentence_ends() {
    check(
        "He said, \"Please, don't be angry. I understand that we could talk more, he could get offended.\" Then he left.",
        &[
            "He said, \"Please, don't be angry.",
            "I understand that we could talk more, he could get offended.\"",
            "Then he left.",
        ],
    );
}

#[test]
fn text_cut_off_mid_sentence_keeps_its_last_fragment() {
    check(
        "The talks went well. The Kremlin said that the next round",
        &["The talks went well.", "The Kremlin said that the next round"],
    );
}

#[test]
fn glued_sentences_and_addresses() {
    check("The world respects us.The end came.", &["The world respects us.", "The end came."]);
    check(
        "See example.com/a.b for more. U.S.-Russia ties.",
        &["See example.com/a.b for more.", "U.S.-Russia ties."],
    );
    check("Ties with the U.S.President Trump", &["Ties with the U.S.President Trump"]);
}

#[test]
fn whitespace_inside_a_sentence_is_collapsed() {
    check("One\nsentence   over\tlines.", &["One sentence over lines."]);
}
