//! `parallax bench`: median wall time and peak memory of `parallax report --json` at two corpus
//! sizes, each run in a child process so that its peak RSS is its own.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::args::BenchArgs;
use crate::corpus::{self, CorpusSize};
use crate::exit::Failure;
use crate::synth::{write_corpus, SynthConfig, SENTENCES_PER_ARTICLE};
use crate::Outcome;

/// The allowed growth of the median time per unit of growth in articles: 12 for a 10× step.
pub const ALLOWED_SLOPE: f64 = 1.2;

/// How a corpus of a given number of articles is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// Events.
    pub events: u32,
    /// Outlets per event.
    pub outlets: u32,
}

impl Shape {
    /// The shape used for `articles` articles: bigger corpora have bigger events as well as more
    /// of them, so that the benchmark also measures how one event's analysis scales. Outlets per
    /// event are `articles / 50`, kept between 10 and 40 (200 → 20 × 10, 2,000 → 50 × 40).
    pub fn for_articles(articles: u32) -> Shape {
        Shape::with_outlets(articles, (articles / 50).clamp(10, 40))
    }

    /// A shape with this many outlets per event, and as many events as `articles` needs.
    pub fn with_outlets(articles: u32, outlets: u32) -> Shape {
        let outlets = outlets.max(1);
        Shape { events: articles.div_ceil(outlets).max(1), outlets }
    }

    /// Articles in a corpus of this shape.
    pub fn articles(self) -> u32 {
        self.events * self.outlets
    }
}

/// One child run's figures.
#[derive(Debug, Clone, Copy)]
pub struct RunFigures {
    /// Wall time from spawn to exit.
    pub wall: Duration,
    /// User plus system CPU time: unlike wall time, not inflated when other work shares the machine.
    pub cpu: Duration,
    /// Peak resident set size in KiB (`ru_maxrss`).
    pub max_rss_kib: u64,
}

/// The median of some durations (the lower middle one for an even count).
pub fn median(values: &[Duration]) -> Duration {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    sorted.get(sorted.len().saturating_sub(1) / 2).copied().unwrap_or_default()
}

/// Runs the benchmark and prints a table of the figures.
pub fn run(args: &BenchArgs) -> Outcome {
    if args.sizes.is_empty() || args.sizes.contains(&0) {
        return Err(Failure::Usage("--sizes needs one or more article counts above 0, like 200,2000".into()));
    }
    if cfg!(debug_assertions) {
        eprintln!("parallax bench: this is a debug build; for real figures run `cargo run --release -p parallax-cli -- bench`");
    }
    let exe = std::env::current_exe().map_err(|err| Failure::io("finding the parallax executable", err))?;
    let (root, temporary) = match &args.keep {
        Some(dir) => (dir.clone(), false),
        None => (std::env::temp_dir().join(format!("parallax-bench-{}", std::process::id())), true),
    };
    let outcome = measure_all(args, &exe, &root);
    if temporary {
        // Best effort: a temporary folder left behind is not worth failing the benchmark over.
        let _ = std::fs::remove_dir_all(&root);
    }
    outcome
}

fn measure_all(args: &BenchArgs, exe: &Path, root: &Path) -> Outcome {
    println!(
        "parallax bench: `parallax report DIR --json --compact`, {} runs per size, seed {}",
        args.runs, args.seed
    );
    println!(
        "{:>8}  {:>14}  {:>9}  {:>10}  {:>10}  {:>10}  {:>12}  {:>13}",
        "articles",
        "events×outlets",
        "sentences",
        "median s",
        "min s",
        "max s",
        "median CPU s",
        "peak RSS MiB"
    );
    let mut medians = Vec::new();
    for &size in &args.sizes {
        let shape = match (args.one_event, args.outlets) {
            (true, _) => Shape { events: 1, outlets: size.max(1) },
            (false, Some(outlets)) => Shape::with_outlets(size, outlets),
            (false, None) => Shape::for_articles(size),
        };
        let dir = root.join(format!("articles-{size}"));
        let config = SynthConfig {
            events: shape.events,
            outlets: shape.outlets,
            sentences_per_event: SENTENCES_PER_ARTICLE * shape.outlets,
            seed: args.seed,
        };
        write_corpus(config, &dir, false)?;
        let ingested = corpus::load(&dir);
        if let Some(error) = ingested.errors.first() {
            return Err(Failure::Bench(format!(
                "the synthetic corpus in {} does not load: {}",
                dir.display(),
                corpus::render_diagnostic(error)
            )));
        }
        let sentences = CorpusSize::of(&ingested.corpus).sentences;
        drop(ingested);
        let mut runs = Vec::new();
        for _ in 0..args.runs {
            runs.push(measure_report(exe, &dir)?);
        }
        let walls: Vec<Duration> = runs.iter().map(|run| run.wall).collect();
        let middle = median(&walls);
        let cpus: Vec<Duration> = runs.iter().map(|run| run.cpu).collect();
        let cpu = median(&cpus);
        let peak = runs.iter().map(|run| run.max_rss_kib).max().unwrap_or(0);
        println!(
            "{:>8}  {:>14}  {:>9}  {:>10.3}  {:>10.3}  {:>10.3}  {:>12.3}  {:>13.1}",
            shape.articles(),
            format!("{}×{}", shape.events, shape.outlets),
            sentences,
            middle.as_secs_f64(),
            walls.iter().min().copied().unwrap_or_default().as_secs_f64(),
            walls.iter().max().copied().unwrap_or_default().as_secs_f64(),
            cpu.as_secs_f64(),
            peak as f64 / 1024.0
        );
        medians.push((shape.articles(), middle, cpu));
    }
    if let (Some(&(first_size, first, first_cpu)), Some(&(last_size, last, last_cpu))) =
        (medians.first(), medians.last())
    {
        if medians.len() >= 2 && first_size > 0 {
            let ratio = last.as_secs_f64() / first.as_secs_f64().max(1e-9);
            let cpu_ratio = last_cpu.as_secs_f64() / first_cpu.as_secs_f64().max(1e-9);
            let limit = ALLOWED_SLOPE * f64::from(last_size) / f64::from(first_size);
            let verdict = if ratio <= limit { "PASS" } else { "FAIL" };
            println!(
                "ratio of median times {last_size}/{first_size}: {ratio:.2} (limit {limit:.1}): {verdict}; \
                 ratio of median CPU times: {cpu_ratio:.2}"
            );
        }
    }
    Ok(())
}

/// Runs `parallax report DIR --json --compact` once as a child and measures it.
fn measure_report(exe: &Path, dir: &Path) -> Result<RunFigures, Failure> {
    let stderr_path: PathBuf = dir.with_extension("stderr");
    let stderr = std::fs::File::create(&stderr_path)
        .map_err(|err| Failure::io(format!("creating {}", stderr_path.display()), err))?;
    let started = Instant::now();
    let child = Command::new(exe)
        .arg("report")
        .arg(dir)
        .args(["--json", "--compact", "--quiet"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(stderr)
        .spawn()
        .map_err(|err| Failure::Bench(format!("cannot start {}: {err}", exe.display())))?;
    let (status, usage) = wait_with_rusage(child.id())
        .map_err(|err| Failure::Bench(format!("waiting for the report run failed: {err}")))?;
    let wall = started.elapsed();
    if status != 0 {
        let log = std::fs::read_to_string(&stderr_path).unwrap_or_default();
        return Err(Failure::Bench(format!(
            "`parallax report {} --json` failed (status {status}); its stderr:\n{}",
            dir.display(),
            log.trim_end()
        )));
    }
    Ok(RunFigures { wall, cpu: usage.cpu, max_rss_kib: usage.max_rss_kib })
}

/// What `wait4` tells about a finished child.
#[derive(Debug, Clone, Copy)]
struct Usage {
    cpu: Duration,
    max_rss_kib: u64,
}

/// Waits for a child with `wait4`, which also gives its resource usage. Returns the exit code
/// (128 + signal when killed by a signal) and the child's CPU time and peak resident set size.
fn wait_with_rusage(pid: u32) -> std::io::Result<(i32, Usage)> {
    let pid = libc::pid_t::try_from(pid).map_err(|_| std::io::Error::other("process id out of range"))?;
    let mut status: libc::c_int = 0;
    // SAFETY: an all-zero rusage is a valid value of this plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `status` and `usage` are valid for writes for the duration of the call, and
        // `pid` is our own child, which nothing else waits for.
        let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if waited == pid {
            break;
        }
        let error = std::io::Error::last_os_error();
        if error.kind() != std::io::ErrorKind::Interrupted {
            return Err(error);
        }
    }
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else if libc::WIFSIGNALED(status) {
        128 + libc::WTERMSIG(status)
    } else {
        -1
    };
    let seconds = |time: libc::timeval| {
        Duration::from_secs(u64::try_from(time.tv_sec).unwrap_or(0))
            + Duration::from_micros(u64::try_from(time.tv_usec).unwrap_or(0))
    };
    let cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    // On Linux `ru_maxrss` is in KiB.
    Ok((code, Usage { cpu, max_rss_kib: u64::try_from(usage.ru_maxrss).unwrap_or(0) }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_grow_events_and_outlets() {
        assert_eq!(Shape::for_articles(200), Shape { events: 20, outlets: 10 });
        assert_eq!(Shape::for_articles(2000), Shape { events: 50, outlets: 40 });
        assert_eq!(Shape::for_articles(7), Shape { events: 1, outlets: 10 });
        assert_eq!(Shape::for_articles(1000), Shape { events: 50, outlets: 20 });
        assert_eq!(Shape::with_outlets(2000, 10), Shape { events: 200, outlets: 10 });
    }

    #[test]
    fn median_takes_the_middle() {
        let ms = |n| Duration::from_millis(n);
        assert_eq!(median(&[ms(5), ms(1), ms(3)]), ms(3));
        assert_eq!(median(&[ms(4), ms(1), ms(3), ms(2)]), ms(2));
        assert_eq!(median(&[]), Duration::ZERO);
    }

    #[test]
    fn wait4_reports_exit_code_and_memory() {
        let child = Command::new("sh").args(["-c", "exit 3"]).spawn();
        let Ok(child) = child else { return };
        let (code, usage) =
            wait_with_rusage(child.id()).unwrap_or((-1, Usage { cpu: Duration::ZERO, max_rss_kib: 0 }));
        assert_eq!(code, 3);
        assert!(usage.max_rss_kib > 0);
    }
}
