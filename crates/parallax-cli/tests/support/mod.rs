//! What the `parallax` binary's integration tests share: running it (with a time and memory
//! limit where a corpus might hang it or eat memory), scratch folders and output as text.
#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Runs `parallax` with `args` and waits for it.
pub fn parallax(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .output()
        .unwrap_or_else(|err| panic!("cannot run parallax: {err}"))
}

/// How long a guarded run may take before it counts as hung: far more than any corpus here needs
/// (well under a second), so that a slow, shared machine never fails it by accident.
pub const HANG_LIMIT: Duration = Duration::from_secs(60);

/// The address space a guarded run may use: enough for any corpus here, small enough that an
/// endless read fails fast instead of starving the machine.
const MEMORY_LIMIT_BYTES: u64 = 1 << 30;

/// Runs `parallax` with `args` and extra environment variables, killed after [`HANG_LIMIT`] and
/// limited to 1 GiB of address space. Panics with a message if it does not finish in time.
pub fn parallax_guarded(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_parallax"));
    command
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // SAFETY: setrlimit is async-signal-safe, and the closure touches nothing else.
        unsafe {
            command.pre_exec(|| {
                let limit = libc::rlimit { rlim_cur: MEMORY_LIMIT_BYTES, rlim_max: MEMORY_LIMIT_BYTES };
                libc::setrlimit(libc::RLIMIT_AS, &limit);
                Ok(())
            });
        }
    }
    let mut child = command.spawn().unwrap_or_else(|err| panic!("cannot run parallax: {err}"));
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = drain(child.stdout.take().map(|pipe| Box::new(pipe) as Box<dyn Read + Send>));
    let stderr = drain(child.stderr.take().map(|pipe| Box::new(pipe) as Box<dyn Read + Send>));
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() < HANG_LIMIT => thread::sleep(Duration::from_millis(20)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("parallax {args:?} did not finish within {HANG_LIMIT:?}: it hangs on the corpus");
            }
        }
    };
    Output { status, stdout: stdout.join().unwrap_or_default(), stderr: stderr.join().unwrap_or_default() }
}

/// The seed corpus.
pub fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/corpus")
}

/// The small hand-written corpus of the CLI tests.
pub fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small-corpus")
}

/// Output bytes as text (invalid UTF-8 replaced).
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A scratch folder for one test, removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    /// An empty folder named after the test and this process.
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("parallax-cli-test-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap_or_else(|err| panic!("cannot create {}: {err}", dir.display()));
        Scratch(dir)
    }

    /// The folder as a string.
    pub fn path(&self) -> &str {
        self.0.to_str().unwrap_or_else(|| panic!("temp path is not UTF-8"))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
