//! The products AV Switch recognises and the rules that match them, loaded
//! from `assets/catalog.toml`.

use serde::{Deserialize, Serialize};

pub use super::product_id::ProductId;
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
    pub id: ProductId,
    pub vendor: String,
    pub name: String,
    pub kind: Kind,
    #[serde(default)]
    pub affected: bool,
    #[serde(default)]
    pub auto_replacement: bool,
    /// The system it comes with.
    #[serde(default)]
    pub built_in: Option<Os>,
    /// The systems whose own option it is, though installed apart (ClamAV
    /// on Linux): offered as the system's own choice, not among the others.
    #[serde(default)]
    own_option: Vec<Os>,
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
    /// Windows services and drivers by key name; `*` at either end stands
    /// for any letters ("kl*").
    #[serde(default)]
    windows_services: Vec<String>,
    #[serde(default)]
    windows_helper_processes: Vec<String>,
    /// Words that mark its root certificates and browser add-ons by their
    /// names, in any case ("Kaspersky"): their thumbprints and ids differ
    /// from computer to computer.
    #[serde(default)]
    pub marks: Vec<String>,
    /// Its extension's id in the Chrome Web Store, the name of the folder it
    /// is kept in (its manifest's name is a placeholder).
    #[serde(default)]
    pub chromium_extensions: Vec<String>,
    /// The systems it is made for, when offered as a replacement.
    #[serde(default)]
    systems: Vec<Os>,
}

impl Product {
    /// Whether a program of this product, by its name, is an edition made
    /// for organisations.
    pub fn is_managed_name(&self, name: &str) -> bool {
        let name = name.to_lowercase();
        self.managed_names.iter().any(|n| contains_words(&name, n))
    }

    pub fn made_for(&self, os: Os) -> bool {
        self.systems.contains(&os)
    }

    pub fn is_built_in(&self) -> bool {
        self.built_in.is_some()
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
                &mut product.windows_services,
            ] {
                rules.iter_mut().for_each(|r| *r = r.to_lowercase());
            }
        }
        catalog
            .ignore
            .iter_mut()
            .for_each(|r| *r = r.to_lowercase());
        let mut ids = std::collections::HashSet::new();
        if let Some(dup) = catalog.products.iter().find(|p| !ids.insert(p.id)) {
            return Err(CatalogError(format!(
                "product id \"{}\" is used twice",
                dup.id
            )));
        }
        if let Some(missing) = ProductId::ALL.iter().find(|id| !ids.contains(id)) {
            return Err(CatalogError(format!(
                "product \"{missing}\" is not in the catalog"
            )));
        }
        for os in [Os::Windows, Os::MacOs, Os::Linux, Os::Other] {
            if catalog.find_own_protection(os).is_none() {
                return Err(CatalogError(format!("no protection of {os:?}'s own")));
            }
        }
        for kind in [Kind::PasswordManager, Kind::Vpn, Kind::ParentalControl] {
            if catalog.find_companion(kind).is_none() {
                return Err(CatalogError(format!("no Kaspersky {kind:?}")));
            }
        }
        let replacements = catalog
            .products
            .iter()
            .filter(|p| p.kind == Kind::Antivirus && p.auto_replacement);
        if replacements.count() != 1 {
            return Err(CatalogError(
                "one anti-virus must be the automatic replacement".to_owned(),
            ));
        }
        Ok(catalog)
    }

    /// The catalog built into AV Switch, read once. Tests prove it reads.
    pub fn embedded() -> &'static Catalog {
        static EMBEDDED_CATALOG: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
        EMBEDDED_CATALOG.get_or_init(|| Catalog::parse(EMBEDDED).unwrap_or_else(|e| panic!("{e}")))
    }

    /// The product with this id: every id is in the catalog (checked when
    /// it loads).
    pub fn product(&self, id: ProductId) -> &Product {
        self.products
            .iter()
            .find(|p| p.id == id)
            .expect("every product id is in the catalog")
    }

    /// The protection that is the system's own: built in (Defender,
    /// XProtect), or its own option (ClamAV on Linux). Every system has one
    /// (checked when the catalog loads).
    pub fn own_protection(&self, os: Os) -> &Product {
        self.find_own_protection(os)
            .expect("every system has its own protection (checked when the catalog loads)")
    }

    fn find_own_protection(&self, os: Os) -> Option<&Product> {
        let own = |p: &&Product| p.kind == Kind::Antivirus && p.built_in == Some(os);
        let option = |p: &&Product| p.kind == Kind::Antivirus && p.own_option.contains(&os);
        (self.products.iter().find(own)).or_else(|| self.products.iter().find(option))
    }

    /// The anti-virus installed in Kaspersky's place (UltraAV).
    pub fn replacement(&self) -> &Product {
        self.products
            .iter()
            .find(|p| p.kind == Kind::Antivirus && p.auto_replacement)
            .expect("the catalog names the automatic replacement (checked when it loads)")
    }

    /// Kaspersky's program of this kind made for homes: its password
    /// manager, VPN or parental control (checked when the catalog loads).
    pub fn companion(&self, kind: Kind) -> &Product {
        self.find_companion(kind)
            .expect("Kaspersky's companions are in the catalog (checked when it loads)")
    }

    fn find_companion(&self, kind: Kind) -> Option<&Product> {
        self.products
            .iter()
            .find(|p| p.affected && !p.managed && p.kind == kind)
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
                && p.built_in.is_none()
                && p.own_option.is_empty()
                && !p.auto_replacement
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

    /// The product a certificate or add-on name marks as its own.
    pub fn match_mark(&self, name: &str) -> Option<&Product> {
        let name = name.to_lowercase();
        self.products.iter().find(|p| {
            p.marks
                .iter()
                .any(|mark| name.contains(&mark.to_lowercase()))
        })
    }

    /// A Windows service or driver by its key's name (`AVP21.3`, `klif`).
    pub fn match_service(&self, name: &str) -> Option<&Product> {
        let name = name.to_lowercase();
        self.products
            .iter()
            .find(|p| p.windows_services.iter().any(|rule| glob(&name, rule)))
    }

    /// A running program that only adds to a product found otherwise.
    pub fn match_helper_process(&self, image: &str) -> Option<&Product> {
        let image = image.to_lowercase();
        self.products
            .iter()
            .find(|p| p.windows_helper_processes.contains(&image))
    }
}

/// Whether `name` matches `rule`, where a `*` at either end of the rule
/// stands for any letters.
fn glob(name: &str, rule: &str) -> bool {
    match (rule.strip_prefix('*'), rule.strip_suffix('*')) {
        (Some(inner), _) if inner.ends_with('*') => name.contains(&inner[..inner.len() - 1]),
        (Some(end), _) => name.ends_with(end),
        (None, Some(start)) => name.starts_with(start),
        (None, None) => name == rule,
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

    use ProductId as P;

    fn catalog() -> &'static Catalog {
        Catalog::embedded()
    }

    fn id_of(name: &str, publisher: Option<&str>) -> Option<ProductId> {
        catalog().match_program(name, publisher).map(|p| p.id)
    }

    #[test]
    fn kaspersky_products_and_companions_are_told_apart() {
        assert_eq!(id_of("Kaspersky Standard", None), Some(P::Kaspersky));
        assert_eq!(
            id_of("Kaspersky Password Manager", Some("Kaspersky")),
            Some(P::KasperskyPasswordManager)
        );
        assert_eq!(
            id_of("Kaspersky VPN Secure Connection", None),
            Some(P::KasperskyVpn)
        );
        assert_eq!(
            id_of("Kaspersky Safe Kids", None),
            Some(P::KasperskySafeKids)
        );
        // Matched by publisher alone, including the Russian company name.
        assert_eq!(
            id_of("Anti-Virus", Some("Лаборатория Касперского")),
            Some(P::Kaspersky)
        );
        assert_eq!(
            id_of("Something", Some("AO Kaspersky Lab")),
            Some(P::Kaspersky)
        );
        let kaspersky = catalog().product(P::Kaspersky);
        assert!(kaspersky.affected && !kaspersky.is_built_in());
    }

    #[test]
    fn replacement_and_built_in_products_are_flagged() {
        let c = catalog();
        let ultra = c.match_program("UltraAV", None).expect("UltraAV");
        assert!(ultra.auto_replacement && !ultra.affected);
        let defender = c.match_program("Windows Defender", None).expect("Defender");
        assert_eq!(defender.built_in, Some(Os::Windows));
        assert_eq!(c.replacement().id, P::UltraAv);
        let own = |os| c.own_protection(os).id;
        assert_eq!(own(Os::Windows), P::MicrosoftDefender);
        assert_eq!(own(Os::MacOs), P::XProtect);
        assert_eq!(own(Os::Linux), P::ClamAv);
        assert_eq!(own(Os::Other), P::ClamAv);
        let companion = |kind| c.companion(kind).id;
        assert_eq!(companion(Kind::Vpn), P::KasperskyVpn);
        assert_eq!(companion(Kind::ParentalControl), P::KasperskySafeKids);
        assert_eq!(
            companion(Kind::PasswordManager),
            P::KasperskyPasswordManager
        );
        assert!(c.find_companion(Kind::EndpointAgent).is_none());
        assert_eq!(
            c.match_program("UltraVPN", None).map(|p| p.kind),
            Some(Kind::Vpn)
        );
    }

    #[test]
    fn matching_is_by_whole_words_and_skips_non_security_programs() {
        assert_eq!(id_of("AVG AntiVirus FREE", None), Some(P::Avg));
        assert_eq!(id_of("Savgame Manager", None), None);
        assert_eq!(id_of("Avast Secure Browser", None), None);
        assert_eq!(id_of("Mozilla Firefox", Some("Mozilla")), None);
        assert_eq!(id_of("", None), None);
    }

    #[test]
    fn bundles_packages_and_processes() {
        let c = catalog();
        let id = |p: Option<&Product>| p.map(|p| p.id);
        assert_eq!(
            id(c.match_bundle("Kaspersky Anti-Virus For Mac.app")),
            Some(P::Kaspersky)
        );
        assert_eq!(id(c.match_package("kesl")), Some(P::KasperskyEndpointLinux));
        assert_eq!(id(c.match_package("clamav-daemon")), Some(P::ClamAv));
        assert_eq!(id(c.match_package("kesl2")), None);
        assert_eq!(id(c.match_process("AVP.EXE")), Some(P::Kaspersky));
        assert_eq!(
            id(c.match_helper_process("AuWatchDogService.exe")),
            Some(P::UltraAv)
        );
        assert_eq!(id(c.match_process("AuWatchDogService.exe")), None);
        assert_eq!(
            id(c.match_process("kpm.exe")),
            Some(P::KasperskyPasswordManager)
        );
        assert_eq!(id(c.match_process("ksde.exe")), Some(P::KasperskyVpn));
        assert_eq!(id(c.match_process("KSDEUI.EXE")), Some(P::KasperskyVpn));
    }

    #[test]
    fn certificates_and_add_ons_by_the_names_that_mark_them() {
        let c = catalog();
        let id = |name| c.match_mark(name).map(|p| p.id);
        let root = "CN=Kaspersky Anti-Virus Personal Root Certificate, O=AO Kaspersky Lab";
        assert_eq!(id(root), Some(P::Kaspersky));
        assert_eq!(
            id("CN=KASPERSKY WEB ANTI-VIRUS CERTIFICATION AUTHORITY"),
            Some(P::Kaspersky)
        );
        assert_eq!(id("light_plugin_F6F0@kaspersky.com"), Some(P::Kaspersky));
        assert_eq!(id("CN=Microsoft Root Certificate Authority 2011"), None);
        assert_eq!(id(""), None);
    }

    #[test]
    fn services_by_their_key_names() {
        let c = catalog();
        let id = |name| c.match_service(name).map(|p| p.id);
        assert_eq!(id("AVP21.3"), Some(P::Kaspersky));
        assert_eq!(id("klif"), Some(P::Kaspersky));
        assert_eq!(id("klids.K4W-21-25"), Some(P::Kaspersky));
        assert_eq!(id("kneps.k4w-x"), Some(P::Kaspersky));
        assert_eq!(id("klnagent"), Some(P::KasperskyNetworkAgent));
        assert_eq!(id("AuWatchDogService"), Some(P::UltraAv));
        assert_eq!(id("auactmon"), Some(P::UltraAv));
        assert_eq!(id("AuWatchDogService2"), None);
        assert_eq!(id("WinDefend"), None);
        assert_eq!(id("kbdclass"), None);
        assert_eq!(id(""), None);
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
        let ids = |os| c.alternatives(os).map(|p| p.id).collect::<Vec<_>>();
        assert_eq!(ids(Os::Linux), [P::Eset, P::Sophos]);
        assert!(ids(Os::MacOs).contains(&P::Norton));
        assert!(!ids(Os::Linux).contains(&P::Norton));
        assert!(ids(Os::Other).is_empty());
    }

    #[test]
    fn a_catalog_must_name_each_product_once_and_only_known_ones() {
        let error = |text: &str| Catalog::parse(text).expect_err("refused").to_string();
        let twice = format!(
            "{EMBEDDED}\n[[products]]\nid = \"eset\"\nvendor = \"E\"\nname = \"E\"\nkind = \"antivirus\"\n"
        );
        assert!(error(&twice).contains("\"eset\" is used twice"));
        let webroot = EMBEDDED
            .find("[[products]]\nid = \"webroot\"")
            .expect("webroot");
        let without = &EMBEDDED[..webroot];
        assert!(error(without).contains("\"webroot\""), "{}", error(without));
        let unknown = EMBEDDED.replace("id = \"webroot\"", "id = \"webroot-2\"");
        assert!(error(&unknown).contains("webroot-2"), "{}", error(&unknown));
        let no_own = EMBEDDED.replace("own_option = [\"linux\", \"other\"]", "");
        assert!(error(&no_own).contains("Linux"), "{}", error(&no_own));
        assert!(Catalog::parse("products = 5").is_err());
    }
}
