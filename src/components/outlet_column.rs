//! One outlet's article as a column of the compare view (or a tab panel on narrow screens).

use parallax_core::model::Article;
use yew::prelude::*;

use crate::components::article_body::article_body;
use crate::components::markup::Markup;
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

/// A column's content, written as one piece of markup: its head (the outlet's name, headline and
/// facts), then the article's text with its sentences marked after `marks`. It depends on the
/// article, the shown outlets, the filter and the removed-text toggle only, so the columns keep
/// it across hovers and changes of focus or tab.
pub fn column_text(article: &Article, show_removed: bool, marks: &Marks) -> Html {
    let name = article.outlet.name.as_str();
    let headline = article.headline.as_deref().unwrap_or(name);
    let mut html = Markup::with_capacity(856 + article.word_count as usize * 12);
    html.open("header").attr("class", "column-head").end();
    html.open("p").attr("class", "outlet-name").end().text(name).close("p");
    html.open("h2").attr("class", "headline").end().text(headline).close("h2");
    html.open("p").attr("class", "meta").end();
    write_facts(&mut html, article, true);
    html.close("p").close("header");
    article_body(&mut html, article, show_removed, marks);
    html.into_html()
}

/// The outlet's column holding `text` (its [`column_text`]), as a focusable region
/// (`[data-outlet="<id>"]`) that scrolls on its own; a tab panel when `panel` is given.
pub fn outlet_column(article: &'static Article, panel: Option<TabPanel>, text: &Html) -> Html {
    let name = article.outlet.name.as_str();
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
            { text.clone() }
        </section>
    }
}

/// Writes the article's date, word count, "via" and (with `with_link`) the link to the original,
/// as far as known, joined with middle dots as in a byline.
pub fn write_facts(html: &mut Markup, article: &Article, with_link: bool) {
    if let Some(date) = article.published.as_deref() {
        html.date(date);
        html.separator();
    }
    html.open("span").end().text(&format::count(article.word_count as usize, "word", "words")).close("span");
    if let Some(via) = article.via.as_deref() {
        html.separator().open("span").end().text("via ").text(via).close("span");
    }
    if let Some(url) = web_url(article).filter(|_| with_link) {
        html.separator();
        write_original_link(html, url, &article.outlet.name);
    }
}

/// Writes a link to the article's original page, opened in a new tab.
pub fn write_original_link(html: &mut Markup, url: &str, outlet_name: &str) {
    let link = html.open("a").attr("class", "original").attr("href", url);
    link.attr("target", "_blank").attr("rel", "noopener").end().text("Original");
    html.open("span").attr("class", "visually-hidden").end().text(" article at ").text(outlet_name);
    html.text(" (opens in a new tab)").close("span").unspoken(" ↗").close("a");
}

/// The article's original address, if it is a web address (never a `javascript:` one).
pub fn web_url(article: &Article) -> Option<&str> {
    let url = article.url.as_deref()?.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url)
}
