//! The Parallax web app: a thin Yew shell over `parallax-core` and the build-time bundle.

pub mod app;
pub mod data;
