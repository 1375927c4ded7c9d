//! Reusable pieces of the pages. Most are plain functions from data to `Html`; only the pieces
//! with state of their own ([`columns::OutletColumns`], [`filter_bar::FilterBar`]) are components, which
//! keeps the wasm small.

pub mod align_table;
pub mod article_body;
pub mod breadcrumb;
pub mod columns;
pub mod context_link;
pub mod control;
pub mod copy_link;
pub mod coverage_matrix;
pub mod differences_list;
pub mod event_header;
pub mod event_list;
pub mod event_nav;
pub mod filter_bar;
pub mod loading;
pub mod markup;
pub mod matrix;
pub mod notice;
pub mod outlet_column;
pub mod outlet_picker;
pub mod outlet_tabs;
pub mod quote_ledger;
pub mod sentence;
pub mod shortcuts_help;
pub mod site;
pub mod sources_matrix;
pub mod word_diff;
