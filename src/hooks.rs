//! Hooks shared by pages and components.

pub mod use_event_view;
pub mod use_media_query;
pub mod use_shortcuts;
pub mod use_title;
