//! The checklist: a pure function from the person's situation to ordered
//! sections of items. Item ids are stable strings, so ticks saved by one
//! version of AV Switch still apply in the next.

use serde::{Deserialize, Serialize};

use crate::advisory::Phase;
use crate::detect::system::Os;
use crate::detect::{ScanReport, SignatureStatus};
use crate::model::{Companion, Device, Renewal};

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

fn item(id: &str, title: &str, why: &str, steps: &[&str]) -> Item {
    Item {
        id: id.to_owned(),
        title: title.to_owned(),
        why: why.to_owned(),
        steps: steps.iter().map(|s| (*s).to_owned()).collect(),
        link: None,
        confirm: None,
        facts: Vec::new(),
    }
}

impl Item {
    /// Whether the last check confirms this item is done.
    pub fn confirmed_by(&self, report: Option<&ScanReport>) -> bool {
        self.confirm.zip(report).is_some_and(|(c, r)| c.holds(r))
    }

    fn link(mut self, label: &str, target: &str) -> Self {
        self.link = Some(Link {
            label: label.to_owned(),
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

fn section(id: &str, title: &str, items: Vec<Item>) -> Option<Section> {
    (!items.is_empty()).then(|| Section {
        id: id.to_owned(),
        title: title.to_owned(),
        items,
    })
}

pub fn build(s: &Situation) -> Plan {
    let sections = [
        before_removing(s),
        payments(s),
        removal(s),
        protection(s),
        verify(s),
    ]
    .into_iter()
    .flatten()
    .chain(s.devices.iter().filter_map(|d| device_section(s, *d)))
    .chain(companions(s))
    .collect();
    Plan { sections }
}

/// Whether the plan replaces anything at all on this computer.
fn switching_here(s: &Situation) -> bool {
    s.kaspersky_here || (s.ultraav_here && s.choice != Some(Choice::KeepReplacement))
}

fn replacement_name(s: &Situation) -> String {
    match (&s.choice, &s.chosen_name) {
        (Some(Choice::BuiltIn), _) => built_in_name(s.os).to_owned(),
        (_, Some(name)) => name.clone(),
        _ => "your new anti-virus".to_owned(),
    }
}

pub fn built_in_name(os: Os) -> &'static str {
    match os {
        Os::Windows => "Microsoft Defender Antivirus",
        Os::MacOs => "XProtect",
        _ => "ClamAV",
    }
}

fn before_removing(s: &Situation) -> Option<Section> {
    let mut items = Vec::new();
    if s.companions.contains(&Companion::PasswordManager) {
        items.push(
            item(
                "export-passwords",
                "Export your passwords from Kaspersky Password Manager",
                "Its backups open only in Kaspersky Password Manager and its master password cannot be recovered, so export before anything is uninstalled.",
                &[
                    "Open Kaspersky Password Manager and unlock it with your master password.",
                    "Open its settings and find Import/Export.",
                    "Export your passwords to a file and save it where you will find it, for example on a USB stick.",
                    "Keep this file private: it holds your passwords unprotected. Delete it once they are imported into your new password manager.",
                ],
            )
            .facts(&["F17"]),
        );
    }
    if s.kaspersky_here || s.renewal.is_some_and(|r| r != Renewal::No) {
        items.push(item(
            "note-subscription",
            "Write down your Kaspersky subscription details",
            "You need them to cancel the renewal or ask about a refund later.",
            &[
                "Sign in to your account at my.kaspersky.com, or look for the order e-mail.",
                "Note the e-mail address of the account, the product, the renewal date and the price.",
            ],
        ));
    }
    let chosen_product = matches!(s.choice, Some(Choice::Product(_) | Choice::Other(_)));
    if chosen_product && switching_here(s) {
        let name = replacement_name(s);
        items.push(item(
            "download-replacement",
            &format!("Download {name} from its maker's own website"),
            "Having the installer ready means this computer is without protection only for minutes.",
            &[
                &format!("Type the maker's web address yourself, or search for \"{name}\" and choose the maker's own site, not an advertisement."),
                "Download the installer, but do not run it yet: two anti-virus programs at once can conflict.",
            ],
        ));
    }
    if s.kaspersky_here {
        items.push(
            item(
                "check-quarantine",
                "Check Kaspersky's quarantine for files you need",
                "Files in quarantine can no longer be reached once Kaspersky is removed.",
                &[
                    "Open Kaspersky and find Quarantine (often under More tools or Protection).",
                    "If a file you know and trust is there, restore it only if you are sure it is safe; otherwise leave it.",
                ],
            )
            .facts(&["F18"]),
        );
    }
    section("before", "Before removing anything", items)
}

fn payments(s: &Situation) -> Option<Section> {
    let mut items = Vec::new();
    if matches!(s.renewal, Some(Renewal::Yes | Renewal::NotSure)) {
        items.push(item(
            "cancel-renewal",
            "Turn off automatic renewal of your Kaspersky subscription",
            "Otherwise you may be charged again for a product that gets no updates in the United States.",
            &[
                "Sign in at my.kaspersky.com and open Subscriptions.",
                "Turn off automatic renewal, or cancel the subscription.",
                "If you bought through a store or another company, cancel with them instead.",
            ],
        ).link("Open my.kaspersky.com", "https://my.kaspersky.com/").facts(&["F4"]));
    }
    if s.ultraav_here || (s.os == Os::Windows && s.renewal == Some(Renewal::Yes)) {
        let keep = s.choice == Some(Choice::KeepReplacement);
        let why = if keep {
            "Kaspersky subscriptions moved to UltraAV with the same billing schedule: know what you will pay and when."
        } else {
            "Kaspersky subscriptions moved to UltraAV with the same billing schedule, so you may be charged even if you never chose UltraAV."
        };
        items.push(
            item(
                "check-ultraav-billing",
                "Check your bank or card statements for UltraAV charges",
                why,
                &[
                    "Look through the last 12 months of statements for UltraAV or Pango.",
                    "If you do not want UltraAV, cancel its subscription in your UltraAV account or with UltraAV's support.",
                ],
            )
            .facts(&["F13"]),
        );
    }
    section("payments", "Stop the payments", items)
}

fn removal(s: &Situation) -> Option<Section> {
    let mut items = Vec::new();
    if s.kaspersky_here {
        items.push(uninstall_item(s.os).confirm(Confirm::NoKaspersky));
        items.push(item(
            "restart",
            "Restart the computer",
            "Removal finishes only after a restart.",
            &["Save your work, then restart the computer."],
        ));
        if s.os == Os::Windows {
            items.push(
                item(
                    "kavremover",
                    "Only if the normal removal failed: use Kaspersky's removal tool",
                    "kavremover removes Kaspersky when the normal uninstall does not work.",
                    &[
                        "Download kavremover from Kaspersky's support site (the link opens the page).",
                        "Run it, choose your Kaspersky product from the list and click Remove.",
                        "Restart the computer when it finishes.",
                    ],
                )
                .link("Open the kavremover page", "https://support.kaspersky.com/common/uninstall/1464")
                .facts(&["F18"]),
            );
        }
    }
    if s.ultraav_here && s.choice.is_some() && s.choice != Some(Choice::KeepReplacement) {
        items.push(
            item(
                "remove-ultraav",
                "Remove UltraAV with its own uninstaller",
                "Other ways of removing UltraAV made it come back for some people.",
                &[
                    "Open Settings > Apps > Installed apps, find UltraAV and choose Uninstall, or run the uninstaller in UltraAV's folder in Program Files.",
                    "Do the same for UltraVPN if it is there and you do not use it.",
                    "Restart the computer.",
                ],
            )
            .link("Open Settings > Apps", "ms-settings:appsfeatures")
            .facts(&["F14"]),
        );
    }
    section("remove", "Remove Kaspersky", items)
}

fn uninstall_item(os: Os) -> Item {
    match os {
        Os::Windows => item(
            "uninstall-kaspersky",
            "Uninstall Kaspersky from this computer",
            "Kaspersky gets no updates in the United States, so it protects less and less.",
            &[
                "Open Settings > Apps > Installed apps.",
                "Find each Kaspersky program, click the three dots beside it and choose Uninstall.",
                "When asked whether to keep license information or settings, you can choose not to keep them.",
            ],
        )
        .link("Open Settings > Apps", "ms-settings:appsfeatures")
        .facts(&["F4"]),
        Os::MacOs => item(
            "uninstall-kaspersky",
            "Uninstall Kaspersky from this Mac",
            "Kaspersky gets no updates in the United States, so it protects less and less.",
            &[
                "Open the Kaspersky application's folder in Applications and run its uninstaller (\"Uninstall Kaspersky\").",
                "Follow its steps and enter your Mac password when asked.",
            ],
        )
        .facts(&["F4"]),
        _ => item(
            "uninstall-kaspersky",
            "Remove Kaspersky Endpoint Security from this computer",
            "Kaspersky gets no updates in the United States, so it protects less and less.",
            &[
                "If your employer manages this computer, ask them first: they may remove it centrally.",
                "Otherwise remove the packages with your package manager, for example: sudo apt remove kesl kesl-gui (or sudo dnf remove kesl).",
            ],
        )
        .facts(&["F4"]),
    }
}

fn protection(s: &Situation) -> Option<Section> {
    let name = replacement_name(s);
    let items = match (&s.choice, s.os) {
        (None, _) => Vec::new(),
        (Some(Choice::KeepReplacement), _) => vec![item(
            "keep-ultraav",
            "Check that UltraAV is on and up to date",
            "You chose to keep UltraAV; make sure it really protects this computer.",
            &["Open UltraAV and check that protection is on and its updates are recent."],
        )
        .confirm(Confirm::ProtectionOn)],
        (Some(Choice::BuiltIn), Os::Windows) => vec![item(
            "confirm-defender",
            "Check that Microsoft Defender Antivirus is on",
            "It is built into Windows, free, and turns itself on once no other anti-virus is active.",
            &[
                "Open Windows Security and choose Virus & threat protection.",
                "If it says protection is off, click Turn on.",
                "Under Protection updates, click Check for updates.",
            ],
        )
        .link("Open Windows Security", "windowsdefender:")
        .confirm(Confirm::ProtectionOn)
        .facts(&["F19"])],
        (Some(Choice::BuiltIn), Os::MacOs) => vec![item(
            "macos-updates",
            "Keep macOS up to date",
            "XProtect, the protection built into macOS, is updated with the system's security updates.",
            &["Open System Settings > General > Software Update and turn on automatic updates, including security responses and system files."],
        )
        .confirm(Confirm::ProtectionOn)
        .facts(&["F19"])],
        (Some(Choice::BuiltIn), _) => vec![item(
            "install-clamav",
            "Install ClamAV and its virus definitions",
            "ClamAV is free and comes from your system's own packages.",
            &[
                "Install it, for example: sudo apt install clamav clamav-freshclam (or sudo dnf install clamav clamav-update).",
                "Make sure its definitions update: the clamav-freshclam service does this.",
            ],
        )
        .confirm(Confirm::ProtectionOn)],
        (Some(Choice::Product(_) | Choice::Other(_)), _) => vec![
            item(
                "install-replacement",
                &format!("Install {name} and turn it on"),
                "Install it only after Kaspersky is removed, so two anti-virus programs never run at once.",
                &[
                    "Run the installer you downloaded and follow its steps.",
                    "Open the program, check that protection is on and let it download its updates.",
                ],
            )
            .confirm(Confirm::ProtectionOn),
        ],
    };
    section("protect", "Turn on your new protection", items)
}

fn verify(s: &Situation) -> Option<Section> {
    switching_here(s).then_some(())?;
    section(
        "verify",
        "Make sure it worked",
        vec![
            item(
                "check-again",
                "Check this computer again in AV Switch",
                "A check confirms that exactly one anti-virus is active, that it is up to date and that no Kaspersky program is left.",
                &["Go to the Check step and click Check again."],
            )
            .confirm(Confirm::AllClear),
        ],
    )
}

fn device_section(s: &Situation, device: Device) -> Option<Section> {
    let updates = if s.phase == Phase::UpdatesEnded {
        "Kaspersky gets no updates in the United States"
    } else {
        "Kaspersky's updates stop in the United States"
    };
    let (id, title, items) = match device {
        Device::Android => (
            "device-android",
            "Your Android phone or tablet",
            vec![
                item(
                    "android-remove",
                    "Uninstall Kaspersky from the Android device",
                    &format!("{updates}, and Google Play no longer offers its apps, so they cannot be updated from there."),
                    &[
                        "Open Settings > Apps, choose each Kaspersky app and tap Uninstall.",
                        "If Android refuses, first open Settings > Security > Device admin apps and switch Kaspersky off there.",
                    ],
                )
                .facts(&["F4", "F15"]),
                item(
                    "android-protect",
                    "Choose protection for the Android device",
                    "Google Play Protect is built into Android; a security app from Google Play can add to it.",
                    &["Open the Play Store, tap your profile picture, choose Play Protect and make sure scanning is on."],
                ),
            ],
        ),
        Device::Iphone => (
            "device-iphone",
            "Your iPhone or iPad",
            vec![item(
                "iphone-remove",
                "Delete the Kaspersky apps from the iPhone or iPad",
                &format!("{updates}."),
                &[
                    "Touch and hold each Kaspersky app's icon, choose Remove App, then Delete App.",
                    "Cancel any Kaspersky subscription in Settings > your name > Subscriptions.",
                ],
            )
            .facts(&["F4"])],
        ),
        Device::Mac => (
            "device-mac",
            "Your Mac",
            vec![
                item(
                    "mac-remove",
                    "Uninstall Kaspersky from the Mac",
                    &format!("{updates}."),
                    &[
                        "Open the Kaspersky folder in Applications and run \"Uninstall Kaspersky\".",
                        "Run AV Switch on the Mac too for a list made for it.",
                    ],
                )
                .facts(&["F4"]),
            ],
        ),
        Device::WindowsPc => (
            "device-windows-pc",
            "Your other Windows PC",
            vec![
                item(
                    "pc-remove",
                    "Switch the other PC too",
                    &format!("{updates}, on every computer."),
                    &["Run AV Switch on that PC: it checks it and makes a list for it."],
                )
                .facts(&["F4"]),
            ],
        ),
    };
    section(id, title, items)
}

fn companions(s: &Situation) -> Option<Section> {
    let items = s
        .companions
        .iter()
        .map(|c| match c {
            Companion::PasswordManager => item(
                "import-passwords",
                "Move your passwords to a new password manager",
                "Kaspersky Password Manager is part of the ban too.",
                &[
                    "Choose a password manager; your web browser's built-in one is a free option.",
                    "Import the file you exported earlier, check a few logins, then delete the file.",
                    "Uninstall Kaspersky Password Manager on every device.",
                ],
            )
            .facts(&["F17"]),
            Companion::Vpn => item(
                "replace-vpn",
                "Replace Kaspersky VPN Secure Connection",
                "Kaspersky's VPN is part of the ban too.",
                &[
                    "Decide whether you still need a VPN; many people use one only on public Wi-Fi.",
                    "If you do, choose another, then uninstall Kaspersky VPN on every device and cancel its subscription.",
                ],
            )
            .facts(&["F5"]),
            Companion::SafeKids => item(
                "replace-safe-kids",
                "Replace Kaspersky Safe Kids",
                "Kaspersky Safe Kids is part of the ban too.",
                &[
                    "Set up the parental controls built into your devices (Family Link on Android, Screen Time on iPhone and Mac, Microsoft Family Safety on Windows).",
                    "Then uninstall Kaspersky Safe Kids from your children's devices and yours.",
                ],
            )
            .facts(&["F5"]),
        })
        .collect();
    section("companions", "Kaspersky's other apps", items)
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
        let plan = build(&s);
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
            ids(&build(&s)),
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
            ids(&build(&keep)),
            ["check-ultraav-billing", "keep-ultraav"]
        );
    }

    #[test]
    fn no_kaspersky_at_all_asks_little() {
        let plan = build(&situation(Os::Windows));
        assert_eq!(ids(&plan), ["confirm-defender"]);
        let undecided = Situation {
            choice: None,
            ..situation(Os::Windows)
        };
        assert!(build(&undecided).is_empty());
    }

    #[test]
    fn a_mac() {
        let s = Situation {
            kaspersky_here: true,
            ..situation(Os::MacOs)
        };
        let plan = build(&s);
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
        let plan = build(&s);
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
        let plan = build(&s);
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
        let plan = build(&s);
        let mut ids = ids(&plan);
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count);
        assert!(count >= 18, "{count}");
    }
}
