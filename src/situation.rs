//! The person's situation as plain values: what they told AV Switch, whether
//! the U.S. ban covers them, what they chose, and what the last check of this
//! computer found. The plan, the store and the window all read these; this
//! module reads none of them.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::advisory::{Advisory, Phase};
use crate::coverage::{Coverage, Region, UsPerson};
use crate::detect::LeftoverKind;
use crate::detect::Os;
use crate::detect::ProductId;
use crate::detect::catalog::{Catalog, Kind, Product};
use crate::detect::parse::windows::WindowsVersion;
use crate::detect::{PackageManager, ScanReport, Setting, SignatureStatus};
use crate::fact_id::FactId;
use crate::i18n::Lang;
use crate::t;

/// Other devices that may have Kaspersky: a scan of this one can't know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Device {
    Android,
    Iphone,
    Mac,
    WindowsPc,
}

impl Device {
    pub const ALL: [Device; 4] = [
        Device::Android,
        Device::Iphone,
        Device::Mac,
        Device::WindowsPc,
    ];

    pub fn label(self, lang: Lang) -> String {
        match self {
            Device::Android => t!(lang, "device-android"),
            Device::Iphone => t!(lang, "device-iphone"),
            Device::Mac => t!(lang, "device-mac"),
            Device::WindowsPc => t!(lang, "device-windows-pc"),
        }
    }
}

/// Kaspersky's companion apps, which need replacing too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Companion {
    PasswordManager,
    Vpn,
    SafeKids,
}

impl Companion {
    pub const ALL: [Companion; 3] = [
        Companion::PasswordManager,
        Companion::Vpn,
        Companion::SafeKids,
    ];

    /// Its kind: the catalog says which Kaspersky program it is.
    pub fn kind(self) -> Kind {
        match self {
            Companion::PasswordManager => Kind::PasswordManager,
            Companion::Vpn => Kind::Vpn,
            Companion::SafeKids => Kind::ParentalControl,
        }
    }

    pub fn label(self) -> &'static str {
        &Catalog::embedded().companion(self.kind()).name
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Renewal {
    Yes,
    No,
    NotSure,
}

impl Renewal {
    pub const ALL: [Renewal; 3] = [Renewal::Yes, Renewal::No, Renewal::NotSure];

    pub fn label(self, lang: Lang) -> String {
        match self {
            Renewal::Yes => t!(lang, "answer-yes"),
            Renewal::No => t!(lang, "answer-no"),
            Renewal::NotSure => t!(lang, "answer-not-sure"),
        }
    }
}

/// What the person told us. `None` means not answered yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    #[serde(default)]
    pub devices: Vec<Device>,
    /// Explicit answers; unanswered companions follow the scan. Saved as an
    /// object (`{"vpn": true}`); read from the pairs of older files too.
    #[serde(default, with = "companion_answers")]
    pub companions: Vec<(Companion, bool)>,
    #[serde(default)]
    pub auto_renewal: Option<Renewal>,
    #[serde(default)]
    pub region: Option<Region>,
    /// Asked only when the person uses the computer outside the U.S.
    #[serde(default)]
    pub us_person: Option<UsPerson>,
}

impl Answers {
    pub fn coverage(&self) -> Coverage {
        Coverage::from_answers(self.region, self.us_person)
    }
}

/// The companion answers as an object, `{"password_manager": true}`, and
/// from the `[["password_manager", true]]` pairs earlier versions wrote.
mod companion_answers {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::BTreeMap;

    use super::Companion;

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Written {
        Object(BTreeMap<String, bool>),
        Pairs(Vec<(Companion, bool)>),
    }

    pub fn serialize<S: Serializer>(
        answers: &[(Companion, bool)],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        let object: BTreeMap<Companion, bool> = answers.iter().copied().collect();
        object.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<(Companion, bool)>, D::Error> {
        match Written::deserialize(d)? {
            Written::Pairs(pairs) => Ok(pairs),
            Written::Object(object) => object
                .into_iter()
                .map(|(name, uses)| {
                    let companion = Companion::deserialize(
                        serde::de::value::StringDeserializer::<D::Error>::new(name),
                    )?;
                    Ok((companion, uses))
                })
                .collect(),
        }
    }
}

/// What the person chose to use instead of Kaspersky.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Choice {
    /// The protection that comes with the system.
    BuiltIn,
    /// A product from the catalog.
    Product(ProductId),
    /// A product named by the person.
    Other(String),
    /// Keep UltraAV, which replaced Kaspersky.
    KeepReplacement,
}

/// The protection that is the system's own (ClamAV comes from a Linux
/// system's own packages).
pub fn built_in_name(os: Os) -> &'static str {
    &Catalog::embedded().own_protection(os).name
}

/// The facts on the built-in protection: what it is today.
pub fn built_in_facts(os: Os) -> &'static [FactId] {
    match os {
        Os::Windows => &[FactId::F19, FactId::F32],
        Os::MacOs => &[FactId::F19Mac],
        _ => &[],
    }
}

/// The catalog's product that is the system's own protection.
pub fn built_in_id(os: Os) -> ProductId {
    Catalog::embedded().own_protection(os).id
}

/// How far a check got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Checked {
    /// No check of this computer yet.
    #[default]
    NotYet,
    /// A check ran, but every one of its probes failed.
    Failed,
    Done,
}

/// How current an anti-virus's virus definitions are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Definitions {
    Current,
    Stale,
    /// The product says it never completed an update: more telling than
    /// out of date, and kept so.
    Never,
    Missing,
    Unknown,
}

/// An anti-virus a check found, as far as the plan needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Antivirus {
    /// The catalog's product (`unknown` for one it does not know).
    #[serde(with = "crate::detect::product_id::or_unknown")]
    pub id: Option<ProductId>,
    pub name: String,
    pub kaspersky: bool,
    /// UltraAV, installed in Kaspersky's place.
    pub replacement: bool,
    pub built_in: bool,
    pub active: bool,
    pub definitions: Definitions,
    pub last_update: Option<DateTime<Utc>>,
    /// Settings the check read that bear on what to do about it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub settings: Vec<Setting>,
}

impl Antivirus {
    pub fn is_current(&self) -> bool {
        self.definitions == Definitions::Current
    }
}

/// A program the plan may help remove: Kaspersky's, UltraAV and UltraVPN.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removable {
    pub id: ProductId,
    pub name: String,
    /// How its own uninstaller is started (Windows: the command its
    /// uninstall entry names; macOS: the uninstaller app).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uninstaller: Option<String>,
    /// Its packages (Linux), for the package manager's command.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub packages: Vec<String>,
}

impl Removable {
    /// Its product in the catalog: whose it is, what kind.
    pub fn product(&self) -> &'static Product {
        Catalog::embedded().product(self.id)
    }
}

/// What the last check of this computer showed. Saved with the progress, so
/// a plan made before the next check still knows what is installed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Machine {
    /// The system checked: a recorded computer's, when one was replayed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os: Option<Os>,
    #[serde(default)]
    pub checked: Checked,
    #[serde(default)]
    pub antivirus: Vec<Antivirus>,
    /// Any Kaspersky product (companion apps too) was found.
    #[serde(default)]
    pub kaspersky: bool,
    /// Kaspersky's, UltraAV's and UltraVPN's programs found, with how each
    /// is removed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removable: Vec<Removable>,
    /// Which Windows this is, on Windows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub windows: Option<WindowsVersion>,
    /// The Linux package manager found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package_manager: Option<PackageManager>,
}

impl Machine {
    pub fn from_report(report: &ScanReport) -> Self {
        let antivirus = report
            .findings
            .iter()
            .filter(|f| f.kind == Kind::Antivirus)
            .map(|f| Antivirus {
                id: f.id,
                name: f.name.clone(),
                kaspersky: f.affected,
                replacement: f.auto_replacement,
                built_in: f.built_in,
                active: f.is_active_antivirus(),
                definitions: match f.signatures.status {
                    SignatureStatus::UpToDate => Definitions::Current,
                    SignatureStatus::OutOfDate => Definitions::Stale,
                    SignatureStatus::NeverUpdated => Definitions::Never,
                    SignatureStatus::Missing => Definitions::Missing,
                    SignatureStatus::Unknown => Definitions::Unknown,
                },
                last_update: f.signatures.last_update,
                settings: f.settings.clone(),
            })
            .collect();
        let removable = report
            .findings
            .iter()
            .filter(|f| f.affected || f.auto_replacement)
            .filter_map(|f| {
                Some(Removable {
                    id: f.id?,
                    name: f.name.clone(),
                    uninstaller: f.uninstaller.clone(),
                    packages: f.packages.clone(),
                })
            })
            .collect();
        Self {
            os: Some(report.os),
            kaspersky: report.findings.iter().any(|f| f.affected),
            checked: if report.all_failed() {
                Checked::Failed
            } else {
                Checked::Done
            },
            antivirus,
            removable,
            windows: report.windows.clone(),
            package_manager: report.package_manager,
        }
    }

    /// Active anti-virus programs.
    pub fn active(&self) -> impl Iterator<Item = &Antivirus> {
        self.antivirus.iter().filter(|a| a.active)
    }

    /// An anti-virus other than Kaspersky that is on with current
    /// definitions: the computer stays protected while Kaspersky goes.
    pub fn protected_without_kaspersky(&self) -> bool {
        self.active().any(|a| !a.kaspersky && a.is_current())
    }

    /// The anti-virus found with this catalog id, or with this name.
    pub fn find(&self, id: Option<ProductId>, name: &str) -> Option<&Antivirus> {
        let name = name.trim().to_lowercase();
        self.antivirus.iter().find(|a| {
            id.is_some_and(|id| a.id == Some(id))
                || (!name.is_empty() && a.name.to_lowercase().contains(&name))
        })
    }

    /// Kaspersky's own anti-virus, if the check found it.
    pub fn kaspersky(&self) -> Option<&Antivirus> {
        self.antivirus.iter().find(|a| a.kaspersky)
    }

    /// Whether the last check read `setting` of any anti-virus here.
    pub fn saw(&self, setting: Setting) -> bool {
        self.antivirus.iter().any(|a| a.settings.contains(&setting))
    }
}

/// What this computer's checks have found so far. Kept after Kaspersky is
/// removed, so the plan keeps its removal steps (now confirmed) instead of
/// dropping them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    #[serde(default)]
    pub kaspersky: bool,
    #[serde(default)]
    pub ultraav: bool,
    /// Kaspersky's companion apps found by a check.
    #[serde(default)]
    pub companions: Vec<Companion>,
    /// Kaspersky's anti-virus itself, not only its other programs.
    #[serde(default)]
    pub kaspersky_antivirus: bool,
    /// A Kaspersky program managed by an employer or its IT.
    #[serde(default)]
    pub managed: bool,
    /// What the last check showed.
    #[serde(default)]
    pub machine: Machine,
    /// The kinds of things removed programs left behind, found by a check:
    /// their items stay, confirmed, once a later check no longer finds them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub leftovers: Vec<LeftoverKind>,
}

impl Seen {
    /// Adds what a check found. Once seen, Kaspersky stays part of the plan:
    /// its removal steps stay (and show as confirmed) after a later check
    /// finds nothing.
    pub fn add(&mut self, report: &ScanReport) {
        self.kaspersky |= report.findings.iter().any(|f| f.affected);
        self.kaspersky_antivirus |= report
            .findings
            .iter()
            .any(|f| f.affected && f.kind == Kind::Antivirus);
        self.managed |= report.findings.iter().any(|f| f.affected && f.managed);
        self.ultraav |= report
            .findings
            .iter()
            .any(|f| f.auto_replacement && f.kind == Kind::Antivirus);
        for companion in Companion::ALL {
            let found = report
                .findings
                .iter()
                .any(|f| f.affected && !f.managed && f.kind == companion.kind());
            if found && !self.companions.contains(&companion) {
                self.companions.push(companion);
            }
        }
        self.machine = Machine::from_report(report);
        for leftover in &report.leftovers {
            if !self.leftovers.contains(&leftover.kind) {
                self.leftovers.push(leftover.kind);
            }
        }
        self.leftovers.sort_unstable();
    }
}

/// Everything the plan depends on, gathered by the model.
#[derive(Debug, Clone)]
pub struct Situation {
    pub os: Os,
    pub phase: Phase,
    pub coverage: Coverage,
    pub machine: Machine,
    /// Kaspersky was found on this computer (by any check so far).
    pub kaspersky_here: bool,
    /// Kaspersky's anti-virus itself was found (by any check so far).
    pub kaspersky_antivirus_here: bool,
    /// A Kaspersky program here is managed by an employer or its IT.
    pub managed: bool,
    /// UltraAV was found on this computer (by any check so far).
    pub ultraav_here: bool,
    pub devices: Vec<Device>,
    pub companions: Vec<Companion>,
    pub renewal: Option<Renewal>,
    pub choice: Option<Choice>,
    /// The chosen product's name, as the person will recognise it.
    pub chosen_name: Option<String>,
    /// What removed programs left behind (by any check so far).
    pub leftovers: Vec<LeftoverKind>,
    /// Windows 10's dates, from the advisory (fact F31).
    pub windows_10: Option<Windows10Dates>,
}

/// When Windows 10's support ended and until when its Extended Security
/// Updates run: data of the advisory, never written into a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Windows10Dates {
    pub support_end: NaiveDate,
    pub esu_end: NaiveDate,
}

impl Windows10Dates {
    /// The dates fact F31 names.
    pub fn of(advisory: &Advisory) -> Option<Self> {
        let fact = advisory.fact(FactId::F31)?;
        Some(Self {
            support_end: fact.date("support_end")?,
            esu_end: fact.date("esu_end")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_advisory_gives_windows_10_its_dates() {
        let advisory = Advisory::embedded().expect("advisory");
        let dates = Windows10Dates::of(&advisory).expect("F31 names both dates");
        assert_eq!(
            dates.esu_end,
            NaiveDate::from_ymd_opt(2027, 10, 12).expect("day")
        );
        assert!(dates.support_end < dates.esu_end);
    }

    #[test]
    fn companion_answers_are_an_object_and_old_pairs_still_load() {
        let answers = Answers {
            companions: vec![(Companion::Vpn, true), (Companion::PasswordManager, false)],
            ..Answers::default()
        };
        let json = serde_json::to_value(&answers).expect("JSON");
        assert_eq!(
            json["companions"],
            serde_json::json!({"password_manager": false, "vpn": true})
        );
        let back: Answers = serde_json::from_value(json).expect("read back");
        assert_eq!(back.companions.len(), 2);
        let old = r#"{"companions":[["vpn",true],["safe_kids",false]]}"#;
        let old: Answers = serde_json::from_str(old).expect("old pairs");
        assert_eq!(
            old.companions,
            [(Companion::Vpn, true), (Companion::SafeKids, false)]
        );
        assert!(serde_json::from_str::<Answers>(r#"{"companions":{"radio":true}}"#).is_err());
    }

    #[test]
    fn old_answers_without_coverage_still_load() {
        let old = r#"{"devices":["android"],"companions":[],"auto_renewal":"yes"}"#;
        let answers: Answers = serde_json::from_str(old).expect("old answers");
        assert_eq!(answers.devices, [Device::Android]);
        assert_eq!(answers.coverage(), Coverage::Unknown);
    }
}
