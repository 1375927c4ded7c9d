//! Tests of the differences on small made-up events.

use super::*;
