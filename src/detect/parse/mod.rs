//! Pure parsers: what the system's answers, files and programs' output
//! mean. They read values and text and never the machine, so every
//! system's formats are tested anywhere.

pub mod browsers;
pub mod certificates;
pub mod linux;
pub mod macos;
pub mod region;
pub mod windows;
