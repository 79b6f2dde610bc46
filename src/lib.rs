//! AV Switch: checks a computer's anti-virus, explains the U.S. ban on
//! Kaspersky, and builds a checklist for switching safely.
//!
//! Everything here except `ui` is free of GUI code and is tested on its own;
//! `ui`, the window, comes with the `gui` feature (on by default).

pub mod advisory;
pub mod coverage;
pub mod detect;
pub mod export;
pub mod fact_id;
pub mod fsutil;
pub mod humanize;
pub mod i18n;
pub mod model;
mod named_ids;
pub mod plan;
pub mod report;
pub mod situation;
pub mod step;
pub mod store;
pub mod summary;
#[cfg(feature = "gui")]
pub mod ui;
