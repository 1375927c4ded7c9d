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
    let mut head = Markup::with_capacity(600);
    head.tag("<header class=\"column-head\"><p class=\"outlet-name\">").text(name);
    head.tag("</p><h2 class=\"headline\">").text(headline).tag("</h2><p class=\"meta\">");
    write_facts(&mut head, article, true);
    head.tag("</p></header>");
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
            { head.into_html() }
            { article_body(article, show_removed, marks) }
        </section>
    }
}

/// Writes the article's date, word count, "via" and (with `with_link`) the link to the original,
/// as far as known, joined with middle dots as in a byline.
pub fn write_facts(html: &mut Markup, article: &Article, with_link: bool) {
    if let Some(date) = article.published.as_deref() {
        html.date(date);
        html.tag(SEPARATOR);
    }
    html.tag("<span>").text(&format::count(article.word_count as usize, "word", "words")).tag("</span>");
    if let Some(via) = article.via.as_deref() {
        html.tag(SEPARATOR).tag("<span>via ").text(via).tag("</span>");
    }
    if let Some(url) = web_url(article).filter(|_| with_link) {
        html.tag(SEPARATOR);
        write_original_link(html, url, &article.outlet.name);
    }
}

/// The middle dot between the facts of a byline (not read out).
const SEPARATOR: &str = "<span class=\"sep\" aria-hidden=\"true\"> · </span>";

/// Writes a link to the article's original page, opened in a new tab.
pub fn write_original_link(html: &mut Markup, url: &str, outlet_name: &str) {
    html.tag("<a class=\"original\" href=\"").text(url).tag("\" target=\"_blank\" rel=\"noopener\">Original");
    html.tag("<span class=\"visually-hidden\"> article at ").text(outlet_name);
    html.tag(" (opens in a new tab)</span><span aria-hidden=\"true\"> ↗</span></a>");
}

/// The article's original address, if it is a web address (never a `javascript:` one).
pub fn web_url(article: &Article) -> Option<&str> {
    let url = article.url.as_deref()?.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url)
}
