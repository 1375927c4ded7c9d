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
