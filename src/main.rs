//! Entry point: starts the Yew renderer.

/// Talc instead of Rust's default allocator (dlmalloc): about 2 KB less wasm after brotli.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    yew::Renderer::<parallax_app::app::App>::new().render();
}
