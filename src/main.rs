//! Entry point: starts the Yew renderer.

fn main() {
    yew::Renderer::<parallax_app::app::App>::new().render();
}
