//! A one-line progress bar on stderr, drawn only when stderr is a terminal.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

const WIDTH: usize = 30;
const REDRAW_EVERY: Duration = Duration::from_millis(80);

/// A progress bar over a known number of steps; silent when stderr is not a terminal.
#[derive(Debug)]
pub struct Progress {
    label: String,
    total: usize,
    done: usize,
    visible: bool,
    last_draw: Option<Instant>,
}

impl Progress {
    /// A bar for `total` steps, shown only if stderr is a terminal.
    pub fn new(label: impl Into<String>, total: usize) -> Progress {
        Progress::with_visibility(label, total, std::io::stderr().is_terminal())
    }

    /// A bar that draws only if `visible`.
    pub fn with_visibility(label: impl Into<String>, total: usize, visible: bool) -> Progress {
        Progress { label: label.into(), total, done: 0, visible, last_draw: None }
    }

    /// Marks one more step done, naming what comes next.
    pub fn step(&mut self, detail: &str) {
        self.done = (self.done + 1).min(self.total);
        let due = self.last_draw.is_none_or(|last| last.elapsed() >= REDRAW_EVERY);
        if self.visible && (due || self.done == self.total) {
            self.draw(detail);
        }
    }

    /// The bar's text for the current state.
    pub fn line(&self, detail: &str) -> String {
        let filled = WIDTH * self.done / self.total.max(1);
        let detail: String = detail.chars().take(40).collect();
        format!(
            "{} [{}{}] {}/{} {}",
            self.label,
            "#".repeat(filled),
            "-".repeat(WIDTH - filled),
            self.done,
            self.total,
            detail
        )
    }

    fn draw(&mut self, detail: &str) {
        self.last_draw = Some(Instant::now());
        let mut stderr = std::io::stderr().lock();
        // A progress bar is a courtesy: a failed write to stderr is not worth failing over.
        let _ = write!(stderr, "\r\x1b[2K{}", self.line(detail));
        let _ = stderr.flush();
    }

    /// Clears the bar, leaving the terminal line empty.
    pub fn finish(&mut self) {
        if self.visible && self.last_draw.is_some() {
            let _ = write!(std::io::stderr().lock(), "\r\x1b[2K");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_fills_in_proportion_and_never_overflows() {
        let mut progress = Progress::with_visibility("analysing", 4, false);
        assert_eq!(progress.line(""), format!("analysing [{}] 0/4 ", "-".repeat(WIDTH)));
        progress.step("a");
        progress.step("b");
        assert!(progress.line("c").starts_with(&format!(
            "analysing [{}{}] 2/4 c",
            "#".repeat(15),
            "-".repeat(15)
        )));
        for _ in 0..10 {
            progress.step("x");
        }
        assert!(progress.line("").contains("4/4"));
        let empty = Progress::with_visibility("x", 0, false);
        assert!(empty.line("").contains("0/0"));
    }
}
