//! What every probe shares: the context it runs in and what it reports.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::catalog::{Catalog, Product};
use super::system::{CommandOutput, System};
use super::{SignatureStatus, State};

pub struct Ctx<'a> {
    pub system: &'a dyn System,
    pub catalog: &'a Catalog,
    pub timeout: Duration,
}

impl Ctx<'_> {
    /// Runs a command, turning any failure into the sentence the user sees.
    pub fn run(&self, program: &str, args: &[&str]) -> Result<CommandOutput, String> {
        self.system
            .run(program, args, self.timeout)
            .map_err(|e| e.to_string())
    }
}

/// Which check saw a product, and what exactly it saw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub probe: String,
    pub detail: String,
}

impl Evidence {
    pub fn new(probe: &str, detail: impl Into<String>) -> Self {
        Self {
            probe: probe.to_owned(),
            detail: detail.into(),
        }
    }
}

/// One product as one probe saw it. Several sightings of the same product
/// merge into one finding.
#[derive(Debug, Clone)]
pub struct Sighting {
    /// The catalog product, or `None` for a product the catalog does not
    /// know (Security Center lists every registered anti-virus).
    pub product_id: Option<String>,
    pub name: String,
    pub version: Option<String>,
    pub state: Option<State>,
    pub signatures: Option<SignatureStatus>,
    pub last_update: Option<DateTime<Utc>>,
    pub definitions: Option<String>,
    pub evidence: Evidence,
    /// Only adds detail to a product another probe found (leftover files
    /// or settings alone do not prove a product is installed).
    pub supporting: bool,
}

impl Sighting {
    pub fn of(product: &Product, name: &str) -> Self {
        Self {
            product_id: Some(product.id.clone()),
            ..Self::unknown(name)
        }
    }

    /// A program by display name: the catalog product when it matches.
    pub fn program(catalog: &Catalog, name: &str, publisher: Option<&str>) -> Self {
        match catalog.match_program(name, publisher) {
            Some(product) => Self::of(product, name),
            None => Self::unknown(name),
        }
    }

    fn unknown(name: &str) -> Self {
        Self {
            product_id: None,
            name: name.trim().to_owned(),
            version: None,
            state: None,
            signatures: None,
            last_update: None,
            definitions: None,
            evidence: Evidence::new("", ""),
            supporting: false,
        }
    }

    pub fn supporting(mut self) -> Self {
        self.supporting = true;
        self
    }
}

/// A probe: a label the user sees and the function that runs it.
#[derive(Clone, Copy)]
pub struct Probe {
    pub label: &'static str,
    pub run: fn(&Ctx) -> Result<Vec<Sighting>, String>,
}
