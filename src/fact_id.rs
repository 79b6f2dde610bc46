//! Every fact the app states, by the id `assets/advisory.toml` gives it.
//! The advisory defines each of them and no other (checked when it loads),
//! so code that names a fact names one that is there, with its words
//! (`fact-<id>` in the Fluent files) and its sources.

use crate::named_ids::named_ids;

named_ids! {
    pub enum FactId {
        F1 = "F1", F2 = "F2", F3 = "F3", F4 = "F4", F5 = "F5", F6 = "F6", F7 = "F7", F8 = "F8",
        F11 = "F11", F12 = "F12", F13 = "F13", F14 = "F14", F15 = "F15", F16 = "F16",
        F17 = "F17", F18 = "F18", F19 = "F19", F19Mac = "F19-mac", F20 = "F20", F21 = "F21",
        F22 = "F22", F23 = "F23", F24 = "F24", F25 = "F25", F26 = "F26", F27 = "F27",
        F28 = "F28", F31 = "F31", F32 = "F32", F33 = "F33", F34 = "F34", F35 = "F35",
        F36 = "F36", F37 = "F37", F38 = "F38", F39 = "F39", F40 = "F40", F41 = "F41",
        F42 = "F42",
    }
}

impl FactId {
    /// Kaspersky's U.S. customers moved to UltraAV.
    pub const SWAP: &'static [FactId] = &[FactId::F13, FactId::F14];
    /// The independent labs that test anti-virus.
    pub const LAB_TESTS: &'static [FactId] = &[FactId::F20];
}
