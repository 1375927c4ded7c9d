//! Turning a source file's bytes into text, with clear errors for files that are too large,
//! unreadable or not UTF-8.

use crate::diagnostic::Diagnostic;
use crate::ingest::names::{human_size, line_of_offset};
use crate::ingest::Limits;
use crate::source::{FileContent, SourceFile};

/// The file's text, or the error that stops it from being read.
pub(crate) fn decode<'a>(file: &'a SourceFile, limits: &Limits) -> Result<&'a str, Diagnostic> {
    match &file.content {
        FileContent::Bytes(bytes) if bytes.len() as u64 > limits.for_file(&file.name) => {
            Err(too_large(file, bytes.len() as u64, limits))
        }
        FileContent::Bytes(bytes) => std::str::from_utf8(bytes).map_err(|err| {
            let line = line_of_offset(bytes, err.valid_up_to());
            let bad = bytes.get(err.valid_up_to()).copied().unwrap_or_default();
            Diagnostic::error(
                &file.path,
                format!(
                    "the file is not valid UTF-8 (byte 0x{bad:02X} at offset {}); \
                     re-save it as UTF-8 text",
                    err.valid_up_to()
                ),
            )
            .at_line(line)
        }),
        FileContent::TooLarge { size } => Err(too_large(file, *size, limits)),
        FileContent::Unreadable { error } => Err(Diagnostic::error(
            &file.path,
            format!("cannot read the file: {error}; check that it exists and is readable"),
        )),
    }
}

fn too_large(file: &SourceFile, size: u64, limits: &Limits) -> Diagnostic {
    Diagnostic::error(
        &file.path,
        format!(
            "the file is {} ({size} bytes), over the {} limit ({} bytes) for one file; \
             shorten it or split it",
            human_size(size),
            human_size(limits.for_file(&file.name)),
            limits.for_file(&file.name)
        ),
    )
}
