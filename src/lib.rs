//! The Parallax web app: a thin Yew shell over `parallax-core` and the build-time bundle.
//!
//! Pages (route targets) live in [`pages`], reusable pieces in [`components`], hooks in
//! [`hooks`]; the routes are in [`route`] and the hash router that follows the address in
//! [`router`]. Components render what the core produced; link parsing and every other decision
//! that can be made without a browser sits in `parallax_core`.

pub mod app;
pub mod components;
pub mod data;
pub mod focus;
pub mod format;
pub mod hooks;
pub mod pages;
pub mod route;
pub mod router;
