//! What protects this computer. Imports run one way, each layer using only
//! those above it in this list:
//!
//! - `vocab`, `registry`, `answers`: the words and values all layers share;
//! - `port`: the `System` trait, the typed questions the check asks;
//! - `adapters`: who answers them (the real machine per system, a fake for
//!   tests, recording and replay);
//! - `product_id`, `catalog`, `evidence`, `probe`: the products known, their
//!   roles, what a probe saw and what it reports;
//! - `parse`: pure parsers of the answers, files and programs' output;
//! - `probes`: each asks the port and parses the answers; none calls another;
//! - `verdict`: the order of evidence, deciding a product's state and how
//!   current its definitions are when the probes disagree;
//! - `scan`: runs the probes and merges their sightings into findings.

pub mod adapters;
pub mod answers;
pub mod catalog;
pub mod evidence;
pub mod parse;
pub mod port;
pub mod probe;
pub mod probes;
pub mod product_id;
pub mod registry;
pub mod scan;
pub mod verdict;
pub mod vocab;

pub use product_id::ProductId;
pub use scan::{
    Finding, Leftover, ProbeFailure, Protection, ScanOptions, ScanReport, Signatures, merge,
    probes_for, scan,
};
pub use verdict::STALE_AFTER_DAYS;
pub use vocab::{
    LeftoverKind, Os, PackageManager, ParseError, Setting, SignatureStatus, State, Witness,
};
