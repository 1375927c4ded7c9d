//! Route targets: one module per page of the site. Each turns its route into a [`PageView`];
//! [`crate::app::RoutedPage`] renders it and keeps the document title in step.

use yew::Html;

pub mod compare;
pub mod differences;
pub mod event;
pub mod home;
pub mod not_found;
pub mod quotes;
pub mod sources;

/// What a route shows.
pub struct PageView {
    /// The page's title, without the site name ("" for the home page).
    pub title: String,
    /// The page's content, inside `<main>`.
    pub body: Html,
}
