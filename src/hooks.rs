//! Hooks shared by pages and components.

pub mod use_compare_view;
pub mod use_media_query;
pub mod use_title;
