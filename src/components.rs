//! Reusable pieces of the pages. Most are plain functions from data to `Html`; only the pieces
//! with state of their own ([`columns::Columns`], [`copy_link::CopyLink`]) are components, which
//! keeps the wasm small.

pub mod article_body;
pub mod breadcrumb;
pub mod columns;
pub mod copy_link;
pub mod event_list;
pub mod notice;
pub mod outlet_card;
pub mod outlet_column;
pub mod outlet_tabs;
pub mod sentence;
pub mod site;
