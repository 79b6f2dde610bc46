//! Who answers the port's questions: the real machine (on Windows through
//! its APIs, in-process), a fake machine for tests, and recording and
//! replaying a check.

mod fake;
pub mod legacy;
mod real;
mod record;
pub mod recording;
mod registry_store;
mod replay;
#[cfg(windows)]
mod windows;

pub use fake::{FakeReply, FakeSystem};
pub use real::RealSystem;
pub use record::RecordingSystem;
pub use replay::{RecordingError, ReplaySystem};
