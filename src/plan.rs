//! The checklist: a pure function from the person's situation to ordered
//! sections of items. Item ids are stable strings, so ticks saved by one
//! version of AV Switch still apply in the next.

use serde::{Deserialize, Serialize};

use crate::advisory::Phase;
use crate::detect::system::Os;
use crate::detect::{ScanReport, SignatureStatus};
use crate::i18n::{Arg, Lang};
use crate::model::{Companion, Device, Renewal};
use crate::t;

/// What the person chose to use instead of Kaspersky.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Choice {
    /// The protection that comes with the system.
    BuiltIn,
    /// A product from the catalog, by id.
    Product(String),
    /// A product named by the person.
    Other(String),
    /// Keep UltraAV, which replaced Kaspersky.
    KeepReplacement,
}

/// Everything the plan depends on, gathered by the model.
#[derive(Debug, Clone)]
pub struct Situation {
    pub os: Os,
    pub phase: Phase,
    /// Kaspersky was found on this computer (by any check so far).
    pub kaspersky_here: bool,
    /// UltraAV was found on this computer (by any check so far).
    pub ultraav_here: bool,
    pub devices: Vec<Device>,
    pub companions: Vec<Companion>,
    pub renewal: Option<Renewal>,
    pub choice: Option<Choice>,
    /// The chosen product's name, as the person will recognise it.
    pub chosen_name: Option<String>,
}

/// Something the person can click to do a step: opens a system page or a
/// web page. Nothing runs unless clicked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    pub label: String,
    pub target: String,
}

/// What a later check of this computer can confirm about an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confirm {
    /// No Kaspersky product is left.
    NoKaspersky,
    /// An anti-virus other than Kaspersky is on and up to date.
    ProtectionOn,
    /// Exactly one active anti-virus, up to date, and no Kaspersky.
    AllClear,
}

impl Confirm {
    pub fn holds(self, report: &ScanReport) -> bool {
        let kaspersky_gone = report.findings.iter().all(|f| !f.affected);
        let active: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.is_active_antivirus())
            .collect();
        let current =
            |f: &&crate::detect::Finding| f.signatures.status == SignatureStatus::UpToDate;
        // A scan with failed checks cannot confirm that something is absent.
        let complete = report.failures.is_empty();
        match self {
            Confirm::NoKaspersky => complete && kaspersky_gone,
            Confirm::ProtectionOn => active.iter().any(|f| !f.affected && current(f)),
            Confirm::AllClear => {
                complete && kaspersky_gone && active.len() == 1 && active.iter().all(current)
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    pub id: String,
    pub title: String,
    /// Why it is on this person's list, in one sentence.
    pub why: String,
    pub steps: Vec<String>,
    pub link: Option<Link>,
    pub confirm: Option<Confirm>,
    /// Advisory facts the item rests on, shown with their sources.
    pub facts: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub sections: Vec<Section>,
}

impl Plan {
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.sections.iter().flat_map(|s| s.items.iter())
    }

    pub fn len(&self) -> usize {
        self.items().count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What every text of the plan may mention: the replacement's name and how
/// things stand with Kaspersky's updates.
struct Texts {
    lang: Lang,
    name: String,
    updates: String,
}

impl Texts {
    fn args(&self) -> [(&'static str, Arg); 2] {
        [
            ("name", Arg::from(&self.name)),
            ("updates", Arg::from(&self.updates)),
        ]
    }

    fn text(&self, key: &str) -> String {
        self.lang.text(key, &self.args())
    }

    /// Item `id`, worded by text `key`: its value is the title, `.why` says
    /// why, `.step-*` are the steps and `.link` labels its link, if any.
    fn item(&self, id: &str, key: &str) -> Item {
        Item {
            id: id.to_owned(),
            title: self.text(key),
            why: self.text(&format!("{key}.why")),
            steps: self.lang.list(key, "step-", &self.args()),
            link: None,
            confirm: None,
            facts: Vec::new(),
        }
    }

    fn section(&self, id: &str, key: &str, items: Vec<Item>) -> Option<Section> {
        (!items.is_empty()).then(|| Section {
            id: id.to_owned(),
            title: self.text(key),
            items,
        })
    }
}

impl Item {
    /// Whether the last check confirms this item is done.
    pub fn confirmed_by(&self, report: Option<&ScanReport>) -> bool {
        self.confirm.zip(report).is_some_and(|(c, r)| c.holds(r))
    }

    /// A link labelled by the item's `.link` text.
    fn link(mut self, t: &Texts, key: &str, target: &str) -> Self {
        self.link = Some(Link {
            label: t.text(&format!("{key}.link")),
            target: target.to_owned(),
        });
        self
    }

    fn confirm(mut self, confirm: Confirm) -> Self {
        self.confirm = Some(confirm);
        self
    }

    fn facts(mut self, facts: &[&'static str]) -> Self {
        self.facts = facts.to_vec();
        self
    }
}

pub fn build(s: &Situation, lang: Lang) -> Plan {
    let updates = if s.phase == Phase::UpdatesEnded {
        "plan-updates-ended"
    } else {
        "plan-updates-ending"
    };
    let t = &Texts {
        lang,
        name: replacement_name(s, lang),
        updates: t!(lang, updates),
    };
    let sections = [
        before_removing(s, t),
        payments(s, t),
        removal(s, t),
        protection(s, t),
        verify(s, t),
    ]
    .into_iter()
    .flatten()
    .chain(s.devices.iter().filter_map(|d| device_section(t, *d)))
    .chain(companions(s, t))
    .collect();
    Plan { sections }
}

/// Whether the plan replaces anything at all on this computer.
fn switching_here(s: &Situation) -> bool {
    s.kaspersky_here || (s.ultraav_here && s.choice != Some(Choice::KeepReplacement))
}

fn replacement_name(s: &Situation, lang: Lang) -> String {
    match (&s.choice, &s.chosen_name) {
        (Some(Choice::BuiltIn), _) => built_in_name(s.os).to_owned(),
        (_, Some(name)) => name.clone(),
        _ => t!(lang, "plan-your-new-antivirus"),
    }
}

pub fn built_in_name(os: Os) -> &'static str {
    match os {
        Os::Windows => "Microsoft Defender Antivirus",
        Os::MacOs => "XProtect",
        _ => "ClamAV",
    }
}

fn before_removing(s: &Situation, t: &Texts) -> Option<Section> {
    let mut items = Vec::new();
    if s.companions.contains(&Companion::PasswordManager) {
        items.push(
            t.item("export-passwords", "item-export-passwords")
                .facts(&["F17"]),
        );
    }
    if s.kaspersky_here || s.renewal.is_some_and(|r| r != Renewal::No) {
        items.push(t.item("note-subscription", "item-note-subscription"));
    }
    let chosen_product = matches!(s.choice, Some(Choice::Product(_) | Choice::Other(_)));
    if chosen_product && switching_here(s) {
        items.push(t.item("download-replacement", "item-download-replacement"));
    }
    if s.kaspersky_here {
        items.push(
            t.item("check-quarantine", "item-check-quarantine")
                .facts(&["F18"]),
        );
    }
    t.section("before", "section-before", items)
}

fn payments(s: &Situation, t: &Texts) -> Option<Section> {
    let mut items = Vec::new();
    if matches!(s.renewal, Some(Renewal::Yes | Renewal::NotSure)) {
        let key = "item-cancel-renewal";
        items.push(
            t.item("cancel-renewal", key)
                .link(t, key, "https://my.kaspersky.com/")
                .facts(&["F4"]),
        );
    }
    if s.ultraav_here || (s.os == Os::Windows && s.renewal == Some(Renewal::Yes)) {
        let key = if s.choice == Some(Choice::KeepReplacement) {
            "item-check-ultraav-billing-keep"
        } else {
            "item-check-ultraav-billing"
        };
        items.push(t.item("check-ultraav-billing", key).facts(&["F13"]));
    }
    t.section("payments", "section-payments", items)
}

fn removal(s: &Situation, t: &Texts) -> Option<Section> {
    let mut items = Vec::new();
    if s.kaspersky_here {
        items.push(uninstall_item(s.os, t).confirm(Confirm::NoKaspersky));
        items.push(t.item("restart", "item-restart"));
        if s.os == Os::Windows {
            let key = "item-kavremover";
            items.push(
                t.item("kavremover", key)
                    .link(
                        t,
                        key,
                        "https://support.kaspersky.com/common/uninstall/1464",
                    )
                    .facts(&["F18"]),
            );
        }
    }
    if s.ultraav_here && s.choice.is_some() && s.choice != Some(Choice::KeepReplacement) {
        let key = "item-remove-ultraav";
        items.push(
            t.item("remove-ultraav", key)
                .link(t, key, "ms-settings:appsfeatures")
                .facts(&["F14"]),
        );
    }
    t.section("remove", "section-remove", items)
}

fn uninstall_item(os: Os, t: &Texts) -> Item {
    let id = "uninstall-kaspersky";
    let item = match os {
        Os::Windows => {
            let key = "item-uninstall-kaspersky-windows";
            t.item(id, key).link(t, key, "ms-settings:appsfeatures")
        }
        Os::MacOs => t.item(id, "item-uninstall-kaspersky-mac"),
        _ => t.item(id, "item-uninstall-kaspersky-linux"),
    };
    item.facts(&["F4"])
}

fn protection(s: &Situation, t: &Texts) -> Option<Section> {
    let item = match (&s.choice, s.os) {
        (None, _) => None,
        (Some(Choice::KeepReplacement), _) => Some(t.item("keep-ultraav", "item-keep-ultraav")),
        (Some(Choice::BuiltIn), Os::Windows) => {
            let key = "item-confirm-defender";
            Some(
                t.item("confirm-defender", key)
                    .link(t, key, "windowsdefender:")
                    .facts(&["F19"]),
            )
        }
        (Some(Choice::BuiltIn), Os::MacOs) => Some(
            t.item("macos-updates", "item-macos-updates")
                .facts(&["F19"]),
        ),
        (Some(Choice::BuiltIn), _) => Some(t.item("install-clamav", "item-install-clamav")),
        (Some(Choice::Product(_) | Choice::Other(_)), _) => {
            Some(t.item("install-replacement", "item-install-replacement"))
        }
    };
    let items = item.map(|i| i.confirm(Confirm::ProtectionOn));
    t.section("protect", "section-protect", items.into_iter().collect())
}

fn verify(s: &Situation, t: &Texts) -> Option<Section> {
    switching_here(s).then_some(())?;
    let check = t
        .item("check-again", "item-check-again")
        .confirm(Confirm::AllClear);
    t.section("verify", "section-verify", vec![check])
}

fn device_section(t: &Texts, device: Device) -> Option<Section> {
    let (id, key, items) = match device {
        Device::Android => (
            "device-android",
            "section-device-android",
            vec![
                t.item("android-remove", "item-android-remove")
                    .facts(&["F4", "F15"]),
                t.item("android-protect", "item-android-protect"),
            ],
        ),
        Device::Iphone => (
            "device-iphone",
            "section-device-iphone",
            vec![t.item("iphone-remove", "item-iphone-remove").facts(&["F4"])],
        ),
        Device::Mac => (
            "device-mac",
            "section-device-mac",
            vec![t.item("mac-remove", "item-mac-remove").facts(&["F4"])],
        ),
        Device::WindowsPc => (
            "device-windows-pc",
            "section-device-windows-pc",
            vec![t.item("pc-remove", "item-pc-remove").facts(&["F4"])],
        ),
    };
    t.section(id, key, items)
}

fn companions(s: &Situation, t: &Texts) -> Option<Section> {
    let items = s
        .companions
        .iter()
        .map(|c| match c {
            Companion::PasswordManager => t
                .item("import-passwords", "item-import-passwords")
                .facts(&["F17"]),
            Companion::Vpn => t.item("replace-vpn", "item-replace-vpn").facts(&["F5"]),
            Companion::SafeKids => t
                .item("replace-safe-kids", "item-replace-safe-kids")
                .facts(&["F5"]),
        })
        .collect();
    t.section("companions", "section-companions", items)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn situation(os: Os) -> Situation {
        Situation {
            os,
            phase: Phase::UpdatesEnded,
            kaspersky_here: false,
            ultraav_here: false,
            devices: Vec::new(),
            companions: Vec::new(),
            renewal: None,
            choice: Some(Choice::BuiltIn),
            chosen_name: None,
        }
    }

    fn ids(plan: &Plan) -> Vec<&str> {
        plan.items().map(|i| i.id.as_str()).collect()
    }

    #[test]
    fn kaspersky_active_with_password_manager_and_auto_renewal() {
        let s = Situation {
            kaspersky_here: true,
            companions: vec![Companion::PasswordManager],
            renewal: Some(Renewal::Yes),
            choice: Some(Choice::Product("bitdefender".into())),
            chosen_name: Some("Bitdefender".into()),
            ..situation(Os::Windows)
        };
        let plan = build(&s, Lang::En);
        assert_eq!(
            ids(&plan),
            [
                "export-passwords",
                "note-subscription",
                "download-replacement",
                "check-quarantine",
                "cancel-renewal",
                "check-ultraav-billing",
                "uninstall-kaspersky",
                "restart",
                "kavremover",
                "install-replacement",
                "check-again",
                "import-passwords",
            ]
        );
        // Passwords are exported before anything is uninstalled.
        let position = |id: &str| ids(&plan).iter().position(|i| *i == id).expect(id);
        assert!(position("export-passwords") < position("uninstall-kaspersky"));
        assert!(position("uninstall-kaspersky") < position("install-replacement"));
        let download = plan
            .items()
            .find(|i| i.id == "download-replacement")
            .expect("download");
        assert_eq!(
            download.title,
            "Download Bitdefender from its maker's own website"
        );
        let uninstall = plan
            .items()
            .find(|i| i.id == "uninstall-kaspersky")
            .expect("uninstall");
        assert_eq!(
            uninstall.link.as_ref().map(|l| l.target.as_str()),
            Some("ms-settings:appsfeatures")
        );
        assert_eq!(uninstall.confirm, Some(Confirm::NoKaspersky));
        assert!(
            plan.items()
                .all(|i| !i.why.is_empty() && !i.steps.is_empty())
        );
    }

    #[test]
    fn kaspersky_gone_and_ultraav_present() {
        let s = Situation {
            ultraav_here: true,
            choice: Some(Choice::BuiltIn),
            ..situation(Os::Windows)
        };
        assert_eq!(
            ids(&build(&s, Lang::En)),
            [
                "check-ultraav-billing",
                "remove-ultraav",
                "confirm-defender",
                "check-again"
            ]
        );
        let keep = Situation {
            choice: Some(Choice::KeepReplacement),
            ..s
        };
        assert_eq!(
            ids(&build(&keep, Lang::En)),
            ["check-ultraav-billing", "keep-ultraav"]
        );
    }

    #[test]
    fn no_kaspersky_at_all_asks_little() {
        let plan = build(&situation(Os::Windows), Lang::En);
        assert_eq!(ids(&plan), ["confirm-defender"]);
        let undecided = Situation {
            choice: None,
            ..situation(Os::Windows)
        };
        assert!(build(&undecided, Lang::En).is_empty());
    }

    #[test]
    fn a_mac() {
        let s = Situation {
            kaspersky_here: true,
            ..situation(Os::MacOs)
        };
        let plan = build(&s, Lang::En);
        assert_eq!(
            ids(&plan),
            [
                "note-subscription",
                "check-quarantine",
                "uninstall-kaspersky",
                "restart",
                "macos-updates",
                "check-again"
            ]
        );
        let uninstall = plan
            .items()
            .find(|i| i.id == "uninstall-kaspersky")
            .expect("uninstall");
        assert!(uninstall.steps[0].contains("Uninstall Kaspersky"));
        assert!(
            uninstall.link.is_none(),
            "no Windows settings link on a Mac"
        );
    }

    #[test]
    fn linux_with_kesl() {
        let s = Situation {
            kaspersky_here: true,
            ..situation(Os::Linux)
        };
        let plan = build(&s, Lang::En);
        assert!(ids(&plan).contains(&"install-clamav"));
        assert!(
            !ids(&plan).contains(&"kavremover"),
            "kavremover is for Windows"
        );
        let uninstall = plan
            .items()
            .find(|i| i.id == "uninstall-kaspersky")
            .expect("uninstall");
        assert!(
            uninstall
                .steps
                .iter()
                .any(|s| s.contains("apt remove kesl"))
        );
    }

    #[test]
    fn an_android_phone_gets_its_own_section() {
        let s = Situation {
            devices: vec![Device::Android, Device::Iphone],
            ..situation(Os::Windows)
        };
        let plan = build(&s, Lang::En);
        let titles: Vec<&str> = plan.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Turn on your new protection",
                "Your Android phone or tablet",
                "Your iPhone or iPad"
            ]
        );
        let android = plan
            .items()
            .find(|i| i.id == "android-remove")
            .expect("android");
        assert!(android.why.contains("Google Play"));
        assert_eq!(android.facts, ["F4", "F15"]);
    }

    #[test]
    fn item_ids_are_unique_in_every_plan() {
        let s = Situation {
            kaspersky_here: true,
            ultraav_here: true,
            devices: Device::ALL.to_vec(),
            companions: Companion::ALL.to_vec(),
            renewal: Some(Renewal::NotSure),
            choice: Some(Choice::Other("Example AV".into())),
            chosen_name: Some("Example AV".into()),
            ..situation(Os::Windows)
        };
        let plan = build(&s, Lang::En);
        let mut ids = ids(&plan);
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count);
        assert!(count >= 18, "{count}");
    }
}
