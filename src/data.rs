//! The corpus bundle produced by `build.rs`, embedded in the binary and decoded once.

use std::sync::OnceLock;

use parallax_core::bundle::{self, Bundle};

static BUNDLE_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.postcard"));

/// The bundle, decoded on first use. A bundle that does not decode (which the build prevents)
/// yields an empty corpus rather than a panic.
pub fn bundle() -> &'static Bundle {
    static BUNDLE: OnceLock<Bundle> = OnceLock::new();
    BUNDLE.get_or_init(|| bundle::decode(BUNDLE_BYTES).unwrap_or_default())
}

/// A reference into data that lives for the whole program (the bundle, or test data), for use
/// in component props: two are equal when they point at the same value, so comparing props is
/// cheap and never walks an article.
#[derive(Debug)]
pub struct Static<T: 'static>(pub &'static T);

impl<T> Clone for Static<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Static<T> {}

impl<T> PartialEq for Static<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl<T> std::ops::Deref for Static<T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.0
    }
}
