//! Tests of copy detection on small made-up events.

use super::*;
