//! Every item a plan can hold. Its name is what a tick is saved under and
//! what the exports call it, so progress files and exports made by earlier
//! versions keep working: a name, once used, is never changed (a tick saved
//! under a name this version does not know is left out and named).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ItemId {
    AndroidCheck,
    AndroidProtect,
    AndroidRemove,
    AskIt,
    CancelRenewal,
    CheckAgain,
    CheckComputer,
    CheckQuarantine,
    CheckUltraavBilling,
    ChooseReplacement,
    ConfirmDefender,
    DeleteExport,
    DownloadReplacement,
    ExportPasswords,
    ImportPasswords,
    InstallClamav,
    InstallReplacement,
    IphoneRemove,
    Kavremover,
    KeepUltraav,
    KeepUpdating,
    LeftoverCertificate,
    LeftoverExtension,
    LeftoverFolders,
    LeftoverRegistration,
    LeftoverRegistry,
    LeftoverServices,
    MacRemove,
    MacosUpdates,
    NoteSubscription,
    PcRemove,
    RemoveUltraav,
    ReplaceSafeKids,
    ReplaceVpn,
    Restart,
    SwitchingOptional,
    TurnOnProtection,
    UninstallKaspersky,
    UpdateClamav,
    UpdateDefender,
    UpdateDefinitions,
    Windows10,
}

impl ItemId {
    pub const ALL: [ItemId; 42] = [
        ItemId::AndroidCheck,
        ItemId::AndroidProtect,
        ItemId::AndroidRemove,
        ItemId::AskIt,
        ItemId::CancelRenewal,
        ItemId::CheckAgain,
        ItemId::CheckComputer,
        ItemId::CheckQuarantine,
        ItemId::CheckUltraavBilling,
        ItemId::ChooseReplacement,
        ItemId::ConfirmDefender,
        ItemId::DeleteExport,
        ItemId::DownloadReplacement,
        ItemId::ExportPasswords,
        ItemId::ImportPasswords,
        ItemId::InstallClamav,
        ItemId::InstallReplacement,
        ItemId::IphoneRemove,
        ItemId::Kavremover,
        ItemId::KeepUltraav,
        ItemId::KeepUpdating,
        ItemId::LeftoverCertificate,
        ItemId::LeftoverExtension,
        ItemId::LeftoverFolders,
        ItemId::LeftoverRegistration,
        ItemId::LeftoverRegistry,
        ItemId::LeftoverServices,
        ItemId::MacRemove,
        ItemId::MacosUpdates,
        ItemId::NoteSubscription,
        ItemId::PcRemove,
        ItemId::RemoveUltraav,
        ItemId::ReplaceSafeKids,
        ItemId::ReplaceVpn,
        ItemId::Restart,
        ItemId::SwitchingOptional,
        ItemId::TurnOnProtection,
        ItemId::UninstallKaspersky,
        ItemId::UpdateClamav,
        ItemId::UpdateDefender,
        ItemId::UpdateDefinitions,
        ItemId::Windows10,
    ];

    /// Its name in files: `export-passwords`.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemId::AndroidCheck => "android-check",
            ItemId::AndroidProtect => "android-protect",
            ItemId::AndroidRemove => "android-remove",
            ItemId::AskIt => "ask-it",
            ItemId::CancelRenewal => "cancel-renewal",
            ItemId::CheckAgain => "check-again",
            ItemId::CheckComputer => "check-computer",
            ItemId::CheckQuarantine => "check-quarantine",
            ItemId::CheckUltraavBilling => "check-ultraav-billing",
            ItemId::ChooseReplacement => "choose-replacement",
            ItemId::ConfirmDefender => "confirm-defender",
            ItemId::DeleteExport => "delete-export",
            ItemId::DownloadReplacement => "download-replacement",
            ItemId::ExportPasswords => "export-passwords",
            ItemId::ImportPasswords => "import-passwords",
            ItemId::InstallClamav => "install-clamav",
            ItemId::InstallReplacement => "install-replacement",
            ItemId::IphoneRemove => "iphone-remove",
            ItemId::Kavremover => "kavremover",
            ItemId::KeepUltraav => "keep-ultraav",
            ItemId::KeepUpdating => "keep-updating",
            ItemId::LeftoverCertificate => "leftover-certificate",
            ItemId::LeftoverExtension => "leftover-extension",
            ItemId::LeftoverFolders => "leftover-folders",
            ItemId::LeftoverRegistration => "leftover-registration",
            ItemId::LeftoverRegistry => "leftover-registry",
            ItemId::LeftoverServices => "leftover-services",
            ItemId::MacRemove => "mac-remove",
            ItemId::MacosUpdates => "macos-updates",
            ItemId::NoteSubscription => "note-subscription",
            ItemId::PcRemove => "pc-remove",
            ItemId::RemoveUltraav => "remove-ultraav",
            ItemId::ReplaceSafeKids => "replace-safe-kids",
            ItemId::ReplaceVpn => "replace-vpn",
            ItemId::Restart => "restart",
            ItemId::SwitchingOptional => "switching-optional",
            ItemId::TurnOnProtection => "turn-on-protection",
            ItemId::UninstallKaspersky => "uninstall-kaspersky",
            ItemId::UpdateClamav => "update-clamav",
            ItemId::UpdateDefender => "update-defender",
            ItemId::UpdateDefinitions => "update-definitions",
            ItemId::Windows10 => "windows-10",
        }
    }

    /// The item named `name`, if this version has it.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|id| id.as_str() == name)
    }
}

impl std::fmt::Display for ItemId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An item compared with its name, as files and tests write it.
impl PartialEq<&str> for ItemId {
    fn eq(&self, name: &&str) -> bool {
        self.as_str() == *name
    }
}

impl Serialize for ItemId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ItemId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        Self::from_name(&name)
            .ok_or_else(|| serde::de::Error::custom(format!("no item is called {name:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_item_has_its_own_name_and_is_found_by_it() {
        let names: std::collections::BTreeSet<&str> =
            ItemId::ALL.iter().map(|id| id.as_str()).collect();
        assert_eq!(names.len(), ItemId::ALL.len());
        for id in ItemId::ALL {
            assert_eq!(ItemId::from_name(id.as_str()), Some(id));
            let json = serde_json::to_string(&id).expect("json");
            assert_eq!(serde_json::from_str::<ItemId>(&json).expect("read"), id);
        }
        assert_eq!(ItemId::from_name("uninstall"), None);
        assert_eq!(ItemId::ExportPasswords.as_str(), "export-passwords");
    }
}
