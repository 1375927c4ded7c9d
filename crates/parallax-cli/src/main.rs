//! The `parallax` command: `check` validates a corpus folder.

fn main() {
    println!("parallax: placeholder");
}
