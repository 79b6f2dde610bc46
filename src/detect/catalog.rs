//! The products AV Switch recognises and the rules that match them, loaded
//! from `assets/catalog.toml`.

use serde::{Deserialize, Serialize};

use super::vocab::Os;
use crate::i18n::Lang;
use crate::t;

const EMBEDDED: &str = include_str!("../../assets/catalog.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Antivirus,
    PasswordManager,
    Vpn,
    ParentalControl,
    EndpointAgent,
}

impl Kind {
    pub fn label(self, lang: Lang) -> String {
        match self {
            Kind::Antivirus => t!(lang, "kind-antivirus"),
            Kind::PasswordManager => t!(lang, "kind-password-manager"),
            Kind::Vpn => t!(lang, "kind-vpn"),
            Kind::ParentalControl => t!(lang, "kind-parental-control"),
            Kind::EndpointAgent => t!(lang, "kind-endpoint-agent"),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Product {
    pub id: String,
    pub vendor: String,
    pub name: String,
    pub kind: Kind,
    #[serde(default)]
    pub affected: bool,
    #[serde(default)]
    pub auto_replacement: bool,
    #[serde(default)]
    pub built_in: bool,
    /// Made for organisations, which manage it on their computers.
    #[serde(default)]
    pub managed: bool,
    /// Names of its editions made for organisations ("kaspersky endpoint
    /// security"): a program named so is managed.
    #[serde(default)]
    managed_names: Vec<String>,
    #[serde(default)]
    names: Vec<String>,
    #[serde(default)]
    publishers: Vec<String>,
    #[serde(default)]
    mac_bundles: Vec<String>,
    #[serde(default)]
    pub mac_paths: Vec<String>,
    /// Launch daemon file names start with one of these ("com.kaspersky.").
    #[serde(default)]
    pub mac_daemon_prefixes: Vec<String>,
    #[serde(default)]
    pub linux_packages: Vec<String>,
    #[serde(default)]
    pub linux_paths: Vec<String>,
    #[serde(default)]
    pub linux_units: Vec<String>,
    #[serde(default)]
    windows_processes: Vec<String>,
    #[serde(default)]
    windows_helper_processes: Vec<String>,
    /// The systems it is made for, when offered as a replacement.
    #[serde(default)]
    systems: Vec<String>,
}

impl Product {
    /// Whether a program of this product, by its name, is an edition made
    /// for organisations.
    pub fn is_managed_name(&self, name: &str) -> bool {
        let name = name.to_lowercase();
        self.managed_names.iter().any(|n| contains_words(&name, n))
    }

    pub fn made_for(&self, os: Os) -> bool {
        let key = match os {
            Os::Windows => "windows",
            Os::MacOs => "macos",
            Os::Linux => "linux",
            Os::Other => return false,
        };
        self.systems.iter().any(|s| s == key)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    ignore: Vec<String>,
    pub products: Vec<Product>,
}

#[derive(Debug, thiserror::Error)]
#[error("the product catalog could not be read: {0}")]
pub struct CatalogError(String);

impl Catalog {
    pub fn embedded() -> Result<Self, CatalogError> {
        Self::parse(EMBEDDED)
    }

    pub fn parse(text: &str) -> Result<Self, CatalogError> {
        let mut catalog: Catalog =
            toml::from_str(text).map_err(|e| CatalogError(e.message().to_owned()))?;
        // Rules are matched in lower case; normalise them once here.
        for product in &mut catalog.products {
            for rules in [
                &mut product.names,
                &mut product.managed_names,
                &mut product.publishers,
                &mut product.mac_bundles,
                &mut product.windows_processes,
                &mut product.windows_helper_processes,
            ] {
                rules.iter_mut().for_each(|r| *r = r.to_lowercase());
            }
        }
        catalog
            .ignore
            .iter_mut()
            .for_each(|r| *r = r.to_lowercase());
        let mut ids = std::collections::HashSet::new();
        if let Some(dup) = catalog.products.iter().find(|p| !ids.insert(&p.id)) {
            return Err(CatalogError(format!(
                "product id \"{}\" is used twice",
                dup.id
            )));
        }
        Ok(catalog)
    }

    pub fn product(&self, id: &str) -> Option<&Product> {
        self.products.iter().find(|p| p.id == id)
    }

    /// Anti-virus products to offer as a replacement on `os`, in catalog
    /// order (alphabetical): made for that system, not Kaspersky, not built
    /// in, not the automatic replacement, and not ClamAV (offered as Linux's
    /// own option).
    pub fn alternatives(&self, os: Os) -> impl Iterator<Item = &Product> {
        self.products.iter().filter(move |p| {
            p.kind == Kind::Antivirus
                && p.made_for(os)
                && !p.affected
                && !p.built_in
                && !p.auto_replacement
                && p.id != "clamav"
        })
    }

    /// A program by its display name and, if known, its publisher.
    pub fn match_program(&self, name: &str, publisher: Option<&str>) -> Option<&Product> {
        let name = name.to_lowercase();
        if self.ignore.iter().any(|word| contains_words(&name, word)) {
            return None;
        }
        let publisher = publisher.map(str::to_lowercase);
        self.products.iter().find(|p| {
            p.names.iter().any(|n| contains_words(&name, n))
                || publisher
                    .as_deref()
                    .is_some_and(|pb| p.publishers.iter().any(|rule| contains_words(pb, rule)))
        })
    }

    /// A macOS application bundle by its file name ("Kaspersky Internet Security.app").
    pub fn match_bundle(&self, bundle: &str) -> Option<&Product> {
        let name = bundle.to_lowercase();
        let name = name.strip_suffix(".app").unwrap_or(&name);
        if self.ignore.iter().any(|word| contains_words(name, word)) {
            return None;
        }
        self.products
            .iter()
            .find(|p| p.mac_bundles.iter().any(|b| contains_words(name, b)))
    }

    pub fn match_package(&self, package: &str) -> Option<&Product> {
        self.products
            .iter()
            .find(|p| p.linux_packages.iter().any(|name| name == package))
    }

    pub fn match_process(&self, image: &str) -> Option<&Product> {
        let image = image.to_lowercase();
        self.products
            .iter()
            .find(|p| p.windows_processes.contains(&image))
    }

    /// A running program that only adds to a product found otherwise.
    pub fn match_helper_process(&self, image: &str) -> Option<&Product> {
        let image = image.to_lowercase();
        self.products
            .iter()
            .find(|p| p.windows_helper_processes.contains(&image))
    }
}

/// Whether `needle` occurs in `haystack` as whole words ("avg" matches
/// "avg antivirus free" but not "savgame").
pub fn contains_words(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    haystack.match_indices(needle).any(|(start, _)| {
        let before = haystack[..start].chars().next_back();
        let after = haystack[start + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::embedded().expect("embedded catalog")
    }

    fn id_of(name: &str, publisher: Option<&str>) -> Option<String> {
        catalog()
            .match_program(name, publisher)
            .map(|p| p.id.clone())
    }

    #[test]
    fn kaspersky_products_and_companions_are_told_apart() {
        assert_eq!(
            id_of("Kaspersky Standard", None).as_deref(),
            Some("kaspersky")
        );
        assert_eq!(
            id_of("Kaspersky Password Manager", Some("Kaspersky")).as_deref(),
            Some("kaspersky-password-manager")
        );
        assert_eq!(
            id_of("Kaspersky VPN Secure Connection", None).as_deref(),
            Some("kaspersky-vpn")
        );
        assert_eq!(
            id_of("Kaspersky Safe Kids", None).as_deref(),
            Some("kaspersky-safe-kids")
        );
        // Matched by publisher alone, including the Russian company name.
        assert_eq!(
            id_of("Anti-Virus", Some("Лаборатория Касперского")).as_deref(),
            Some("kaspersky")
        );
        assert_eq!(
            id_of("Something", Some("AO Kaspersky Lab")).as_deref(),
            Some("kaspersky")
        );
        let kaspersky = catalog().product("kaspersky").cloned().expect("kaspersky");
        assert!(kaspersky.affected && !kaspersky.built_in);
    }

    #[test]
    fn replacement_and_built_in_products_are_flagged() {
        let c = catalog();
        let ultra = c.match_program("UltraAV", None).expect("UltraAV");
        assert!(ultra.auto_replacement && !ultra.affected);
        let defender = c.match_program("Windows Defender", None).expect("Defender");
        assert!(defender.built_in);
        assert_eq!(
            c.match_program("UltraVPN", None).map(|p| p.kind),
            Some(Kind::Vpn)
        );
    }

    #[test]
    fn matching_is_by_whole_words_and_skips_non_security_programs() {
        assert_eq!(id_of("AVG AntiVirus FREE", None).as_deref(), Some("avg"));
        assert_eq!(id_of("Savgame Manager", None), None);
        assert_eq!(id_of("Avast Secure Browser", None), None);
        assert_eq!(id_of("Mozilla Firefox", Some("Mozilla")), None);
        assert_eq!(id_of("", None), None);
    }

    #[test]
    fn bundles_packages_and_processes() {
        let c = catalog();
        let id = |p: Option<&Product>| p.map(|p| p.id.clone());
        assert_eq!(
            id(c.match_bundle("Kaspersky Anti-Virus For Mac.app")).as_deref(),
            Some("kaspersky")
        );
        assert_eq!(
            id(c.match_package("kesl")).as_deref(),
            Some("kaspersky-endpoint-linux")
        );
        assert_eq!(
            id(c.match_package("clamav-daemon")).as_deref(),
            Some("clamav")
        );
        assert_eq!(id(c.match_package("kesl2")), None);
        assert_eq!(id(c.match_process("AVP.EXE")).as_deref(), Some("kaspersky"));
        assert_eq!(
            id(c.match_helper_process("AuWatchDogService.exe")).as_deref(),
            Some("ultraav")
        );
        assert_eq!(id(c.match_process("AuWatchDogService.exe")), None);
        assert_eq!(
            id(c.match_process("kpm.exe")).as_deref(),
            Some("kaspersky-password-manager")
        );
        assert_eq!(
            id(c.match_process("ksde.exe")).as_deref(),
            Some("kaspersky-vpn")
        );
        assert_eq!(
            id(c.match_process("KSDEUI.EXE")).as_deref(),
            Some("kaspersky-vpn")
        );
    }

    #[test]
    fn the_required_vendors_are_all_present() {
        let c = catalog();
        for vendor in [
            "Kaspersky",
            "Pango Group",
            "Microsoft",
            "Gen Digital",
            "McAfee",
            "Bitdefender",
            "Avast",
            "AVG",
            "Avira",
            "ESET",
            "Malwarebytes",
            "Trend Micro",
            "Sophos",
            "Webroot",
            "F-Secure",
            "G DATA",
            "Panda Security",
            "Cisco Talos",
            "Apple",
        ] {
            assert!(
                c.products.iter().any(|p| p.vendor == vendor),
                "{vendor} missing"
            );
        }
    }

    #[test]
    fn alternatives_are_alphabetical_and_neutral() {
        let c = catalog();
        let names: Vec<&str> = c
            .alternatives(Os::Windows)
            .map(|p| p.name.as_str())
            .collect();
        let mut sorted = names.clone();
        sorted.sort_by_key(|n| n.to_lowercase());
        assert_eq!(names, sorted);
        assert!(names.len() >= 14, "{names:?}");
        assert!(
            !names
                .iter()
                .any(|n| n.contains("Kaspersky") || n.contains("Ultra"))
        );
    }

    #[test]
    fn each_system_is_offered_what_is_made_for_it() {
        let c = catalog();
        let ids = |os| {
            c.alternatives(os)
                .map(|p| p.id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(Os::Linux), ["eset", "sophos"]);
        assert!(ids(Os::MacOs).contains(&"norton"));
        assert!(!ids(Os::Linux).contains(&"norton"));
        assert!(ids(Os::Other).is_empty());
    }

    #[test]
    fn duplicate_ids_are_rejected() {
        let text = "ignore = []\n[[products]]\nid = \"a\"\nvendor = \"A\"\nname = \"A\"\nkind = \"vpn\"\n[[products]]\nid = \"a\"\nvendor = \"B\"\nname = \"B\"\nkind = \"vpn\"\n";
        assert!(Catalog::parse(text).is_err());
        assert!(Catalog::parse("products = 5").is_err());
    }
}
