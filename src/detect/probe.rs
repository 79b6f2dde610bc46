//! What every probe shares: the context it runs in and what it reports.

use std::time::Duration;

use chrono::{DateTime, Utc};

use super::answers::{CommandOutput, Skipped};
use super::catalog::{Catalog, Product};
pub use super::evidence::Evidence;
use super::port::System;
use super::product_id::ProductId;
use super::vocab::{LeftoverKind, ParseError, Setting, SignatureStatus, State, Witness};
use crate::i18n::Msg;

/// What a probe returns: what it saw, or why it could not look, at all or
/// in part.
pub type ProbeResult = Result<Vec<Sighting>, Unseen>;

/// A probe that could not look: why, and what it saw of the rest when it
/// could look in part (a list with entries it could not read).
#[derive(Debug)]
pub struct Unseen {
    pub reason: Msg,
    pub seen: Vec<Sighting>,
}

impl From<Msg> for Unseen {
    fn from(reason: Msg) -> Self {
        Self {
            reason,
            seen: Vec::new(),
        }
    }
}

/// What a probe saw of a list: all of it, or, when some entries could not
/// be read, the rest with the skipped ones named, so one unreadable entry
/// neither hides the others nor lets the check say "nothing else".
pub fn from_list(seen: Vec<Sighting>, skipped: &[Skipped]) -> ProbeResult {
    if skipped.is_empty() {
        return Ok(seen);
    }
    let detail = skipped
        .iter()
        .map(|entry| format!("{}: {}", entry.what, entry.why.detail()))
        .collect::<Vec<_>>()
        .join("; ");
    Err(Unseen {
        reason: crate::msg!("failure-skipped", count = skipped.len(), detail = detail),
        seen,
    })
}

pub struct Ctx<'a> {
    pub system: &'a dyn System,
    pub catalog: &'a Catalog,
    pub timeout: Duration,
}

impl Ctx<'_> {
    /// Runs a command, turning any failure into the sentence the user sees.
    pub fn run(&self, program: &str, args: &[&str]) -> Result<CommandOutput, Msg> {
        self.system
            .run(program, args, self.timeout)
            .map_err(|e| e.msg())
    }

    /// Whether `path` exists. Only "not found" means absent: a path this
    /// account may not look at is a part of the check that could not run.
    pub fn exists(&self, path: &str) -> Result<bool, Msg> {
        self.system.exists(path).map_err(|e| unreadable(path, &e))
    }

    /// The first of `paths` that exists.
    pub fn first_existing<'p>(&self, paths: &[&'p str]) -> Result<Option<&'p str>, Msg> {
        for path in paths {
            if self.exists(path)? {
                return Ok(Some(path));
            }
        }
        Ok(None)
    }

    /// A folder's entries; `None` when it does not exist.
    pub fn list_dir(&self, path: &str) -> Result<Option<Vec<String>>, Msg> {
        match self.system.list_dir(path) {
            Ok(entries) => Ok(Some(entries)),
            Err(err) if is_absent(&err) => Ok(None),
            Err(err) => Err(unreadable(path, &err)),
        }
    }

    /// Up to `max_bytes` of a file; `None` when it does not exist.
    pub fn read_file(&self, path: &str, max_bytes: u64) -> Result<Option<Vec<u8>>, Msg> {
        match self.system.read_file(path, max_bytes) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(err) if is_absent(&err) => Ok(None),
            Err(err) => Err(unreadable(path, &err)),
        }
    }
}

/// The errors that mean a path is not there: not found, or a file where a
/// folder was expected on the way.
fn is_absent(error: &std::io::Error) -> bool {
    matches!(
        error.kind(),
        std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
    )
}

/// A file or folder that could not be read.
pub fn unreadable(path: &str, error: &std::io::Error) -> Msg {
    crate::msg!(
        "failure-unreadable",
        path = path,
        detail = error.to_string()
    )
}

/// A file that was read but is not what it should be.
pub fn damaged(path: &str, error: ParseError) -> Msg {
    crate::msg!("failure-damaged", path = path, detail = error.0)
}

/// One product as one probe saw it. Several sightings of the same product
/// merge into one finding.
#[derive(Debug, Clone)]
pub struct Sighting {
    /// The catalog product, or `None` for a product the catalog does not
    /// know (Security Center lists every registered anti-virus).
    pub product_id: Option<ProductId>,
    pub name: String,
    pub version: Option<String>,
    /// The state it is in, and who said so (see `verdict`).
    pub state: Option<(Witness, State)>,
    pub signatures: Option<SignatureStatus>,
    pub last_update: Option<DateTime<Utc>>,
    pub definitions: Option<String>,
    pub evidence: Evidence,
    /// Only adds detail to a product another probe found (leftover files
    /// or settings alone do not prove a product is installed).
    pub supporting: bool,
    /// Something left behind: listed on its own unless the product is still
    /// here, when it adds to the product's evidence.
    pub leftover: Option<LeftoverKind>,
    /// How the product's own uninstaller is started: the command its
    /// uninstall entry names (Windows), or the uninstaller app (macOS).
    pub uninstaller: Option<String>,
    /// Its uninstall entry says only an administrator may remove it
    /// (`NoRemove`): managed by an organisation.
    pub managed: bool,
    /// The Linux package it was installed with.
    pub package: Option<String>,
    /// Settings read that bear on what to do about it.
    pub settings: Vec<Setting>,
}

impl Sighting {
    /// `product`, by the name it was seen with, and what showed it.
    pub fn of(product: &Product, name: &str, evidence: Evidence) -> Self {
        Self {
            product_id: Some(product.id),
            ..Self::unknown(name, evidence)
        }
    }

    /// A program by display name: the catalog product when it matches.
    pub fn program(
        catalog: &Catalog,
        name: &str,
        publisher: Option<&str>,
        evidence: Evidence,
    ) -> Self {
        match catalog.match_program(name, publisher) {
            Some(product) => Self::of(product, name, evidence),
            None => Self::unknown(name, evidence),
        }
    }

    fn unknown(name: &str, evidence: Evidence) -> Self {
        Self {
            product_id: None,
            name: name.trim().to_owned(),
            version: None,
            state: None,
            signatures: None,
            last_update: None,
            definitions: None,
            evidence,
            supporting: false,
            leftover: None,
            uninstaller: None,
            managed: false,
            package: None,
            settings: Vec::new(),
        }
    }

    /// Something `product` left behind.
    pub fn leftover(product: ProductId, kind: LeftoverKind, evidence: Evidence) -> Self {
        Self {
            product_id: Some(product),
            leftover: Some(kind),
            ..Self::unknown("", evidence)
        }
    }

    /// `witness` says the product is in `state`.
    pub fn says(mut self, witness: Witness, state: State) -> Self {
        self.state = Some((witness, state));
        self
    }

    /// Whether this shows the product itself is still here: a program,
    /// service, process, uninstall entry or folder of it. Security Center's
    /// list, its settings in the registry and an update stamp they keep do
    /// not (FACTS F40).
    pub fn shows_presence(&self) -> bool {
        match (self.state, self.leftover) {
            (Some((Witness::Registration, _)), _) => false,
            (_, Some(LeftoverKind::RegistryKey | LeftoverKind::Registration)) => false,
            // What a product's settings keep of it, such as an update stamp.
            (None, None) => !self.supporting,
            _ => true,
        }
    }

    pub fn supporting(mut self) -> Self {
        self.supporting = true;
        self
    }
}

/// A probe: the text id of the label the user sees, and the function that
/// runs it.
#[derive(Clone, Copy)]
pub struct Probe {
    pub label: &'static str,
    pub run: fn(&Ctx) -> ProbeResult,
    /// It says what protects the computer: when it fails, "nothing
    /// protects it" cannot be said.
    pub protection: bool,
    /// It would see a program of a product that is still here: when it
    /// fails, "only its registration is left" cannot be said.
    pub programs: bool,
}
