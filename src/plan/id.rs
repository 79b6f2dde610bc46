//! Every item a plan can hold. Its name is what a tick is saved under and
//! what the exports call it, so progress files and exports made by earlier
//! versions keep working: a name, once used, is never changed (a tick saved
//! under a name this version does not know is left out and named).

use crate::named_ids::named_ids;

named_ids! {
    pub enum ItemId {
        AndroidCheck = "android-check",
        AndroidProtect = "android-protect",
        AndroidRemove = "android-remove",
        AskIt = "ask-it",
        CancelRenewal = "cancel-renewal",
        CheckAgain = "check-again",
        CheckComputer = "check-computer",
        CheckQuarantine = "check-quarantine",
        CheckUltraavBilling = "check-ultraav-billing",
        ChooseReplacement = "choose-replacement",
        ConfirmDefender = "confirm-defender",
        DeleteExport = "delete-export",
        DownloadReplacement = "download-replacement",
        ExportPasswords = "export-passwords",
        ImportPasswords = "import-passwords",
        InstallClamav = "install-clamav",
        InstallReplacement = "install-replacement",
        IphoneRemove = "iphone-remove",
        Kavremover = "kavremover",
        KeepUltraav = "keep-ultraav",
        KeepUpdating = "keep-updating",
        LeftoverCertificate = "leftover-certificate",
        LeftoverExtension = "leftover-extension",
        LeftoverFolders = "leftover-folders",
        LeftoverRegistration = "leftover-registration",
        LeftoverRegistry = "leftover-registry",
        LeftoverServices = "leftover-services",
        MacRemove = "mac-remove",
        MacosUpdates = "macos-updates",
        NoteSubscription = "note-subscription",
        PcRemove = "pc-remove",
        RemoveUltraav = "remove-ultraav",
        ReplaceSafeKids = "replace-safe-kids",
        ReplaceVpn = "replace-vpn",
        Restart = "restart",
        SwitchingOptional = "switching-optional",
        TurnOnProtection = "turn-on-protection",
        UninstallKaspersky = "uninstall-kaspersky",
        UpdateClamav = "update-clamav",
        UpdateDefender = "update-defender",
        UpdateDefinitions = "update-definitions",
        Windows10 = "windows-10",
    }
}

/// An item compared with its name, as files and tests write it.
impl PartialEq<&str> for ItemId {
    fn eq(&self, name: &&str) -> bool {
        self.as_str() == *name
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
        for &id in ItemId::ALL {
            assert_eq!(ItemId::from_name(id.as_str()), Some(id));
            let json = serde_json::to_string(&id).expect("json");
            assert_eq!(serde_json::from_str::<ItemId>(&json).expect("read"), id);
        }
        assert_eq!(ItemId::from_name("uninstall"), None);
        assert_eq!(ItemId::ExportPasswords.as_str(), "export-passwords");
    }
}
