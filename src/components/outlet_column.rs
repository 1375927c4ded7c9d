//! One outlet's article as a column of the compare view (or a tab panel on narrow screens).

use parallax_core::model::Article;
use yew::prelude::*;

use crate::components::article_body::article_body;
use crate::components::sentence::Marks;
use crate::format;

/// How a column is tied to its tab when the compare view shows tabs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TabPanel {
    /// The `id` of the column's tab.
    pub tab_id: AttrValue,
    /// The column's own `id`, which the tab points at.
    pub panel_id: AttrValue,
    /// Whether this is the tab shown.
    pub active: bool,
}

/// The outlet's name, headline, facts and text, as a focusable region
/// (`[data-outlet="<id>"]`) that scrolls on its own; a tab panel when `panel` is given.
pub fn outlet_column(
    article: &'static Article,
    show_removed: bool,
    panel: Option<TabPanel>,
    marks: &Marks,
) -> Html {
    let name = article.outlet.name.as_str();
    let headline = article.headline.as_deref().unwrap_or(name);
    let (role, label, labelled_by, id, hidden) = match panel {
        Some(panel) => (Some("tabpanel"), None, Some(panel.tab_id), Some(panel.panel_id), !panel.active),
        None => (None, Some(AttrValue::from(format!("{name}: article"))), None, None, false),
    };
    html! {
        <section
            key={article.outlet.id.as_str()}
            class="column"
            data-outlet={article.outlet.id.as_str()}
            tabindex="0"
            {role}
            {id}
            {hidden}
            aria-label={label}
            aria-labelledby={labelled_by}
        >
            <header class="column-head">
                <p class="outlet-name">{ name }</p>
                <h2 class="headline">{ headline }</h2>
                <p class="meta">{ facts(article, true) }</p>
            </header>
            { article_body(article, show_removed, marks) }
        </section>
    }
}

/// Date, word count, "via" and (with `with_link`) the link to the original, as far as known.
pub fn facts(article: &'static Article, with_link: bool) -> Html {
    let mut parts = Vec::new();
    if let Some(date) = article.published.as_deref() {
        parts.push(html! { <time datetime={date}>{ format::date(date) }</time> });
    }
    parts.push(html! { <span>{ format::count(article.word_count as usize, "word", "words") }</span> });
    if let Some(via) = article.via.as_deref() {
        parts.push(html! { <span>{ "via " }{ via }</span> });
    }
    if let Some(url) = web_url(article).filter(|_| with_link) {
        parts.push(original_link(url, article.outlet.name.as_str()));
    }
    separated(parts)
}

/// A link to the article's original page, opened in a new tab.
pub fn original_link(url: &'static str, outlet_name: &'static str) -> Html {
    html! {
        <a class="original" href={url} target="_blank" rel="noopener">
            { "Original" }
            <span class="visually-hidden">{ " article at " }{ outlet_name }{ " (opens in a new tab)" }</span>
            <span aria-hidden="true">{ " ↗" }</span>
        </a>
    }
}

/// The article's original address, if it is a web address (never a `javascript:` one).
pub fn web_url(article: &'static Article) -> Option<&'static str> {
    let url = article.url.as_deref()?.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url)
}

/// Items joined with a middle dot, as in a byline.
pub fn separated(items: Vec<Html>) -> Html {
    let mut nodes = Vec::with_capacity(items.len() * 2);
    for (n, item) in items.into_iter().enumerate() {
        if n > 0 {
            nodes.push(html! { <span class="sep" aria-hidden="true">{ " · " }</span> });
        }
        nodes.push(item);
    }
    nodes.into_iter().collect()
}
