//! Rendering one sentence as a span that tests and later views can address by its id.

use parallax_core::model::Sentence;
use yew::prelude::*;

/// `<span data-sentence="<id>">text</span>`, the text always as text.
pub fn sentence(sentence: &'static Sentence) -> Html {
    html! {
        <span class="sentence" data-sentence={sentence.id.as_str()}>{ sentence.text.as_str() }</span>
    }
}

/// Sentences in a row, separated by spaces as in running text.
pub fn sentences(sentences: impl IntoIterator<Item = &'static Sentence>) -> Html {
    let mut nodes = Vec::new();
    for (n, item) in sentences.into_iter().enumerate() {
        if n > 0 {
            nodes.push(Html::from(" "));
        }
        nodes.push(sentence(item));
    }
    nodes.into_iter().collect()
}
