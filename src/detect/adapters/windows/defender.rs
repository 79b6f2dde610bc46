//! Microsoft Defender Antivirus's report of itself: `MSFT_MpComputerStatus`
//! in WMI's `root\Microsoft\Windows\Defender`, what `Get-MpComputerStatus`
//! shows.

use serde::Deserialize;
use wmi::{WMIConnection, WMIDateTime, WMIError};

use super::Source;
use crate::detect::answers::{Answer, DefenderStatus, Unanswered};

#[derive(Deserialize)]
#[serde(rename = "MSFT_MpComputerStatus", rename_all = "PascalCase")]
struct MpComputerStatus {
    antivirus_enabled: Option<bool>,
    real_time_protection_enabled: Option<bool>,
    #[serde(rename = "AMRunningMode")]
    am_running_mode: Option<String>,
    antivirus_signature_last_updated: Option<WMIDateTime>,
    antivirus_signature_version: Option<String>,
}

static DEFENDER: Source = Source::new("Microsoft Defender");

pub fn defender() -> Answer<DefenderStatus> {
    DEFENDER.ask(ask)
}

fn ask() -> Answer<DefenderStatus> {
    super::com::ensure()?;
    let connection =
        WMIConnection::with_namespace_path(r"ROOT\Microsoft\Windows\Defender").map_err(failed)?;
    let mut found: Vec<MpComputerStatus> = connection.query().map_err(failed)?;
    let status = found
        .pop()
        .ok_or_else(|| Unanswered::Unavailable("Defender reported no status".to_owned()))?;
    Ok(DefenderStatus {
        antivirus_enabled: status.antivirus_enabled,
        real_time_protection: status.real_time_protection_enabled,
        running_mode: status.am_running_mode,
        signatures_updated: status
            .antivirus_signature_last_updated
            .map(|at| at.0.to_utc()),
        signature_version: status.antivirus_signature_version,
    })
}

fn failed(error: WMIError) -> Unanswered {
    match error {
        WMIError::HResultError { hres } => super::unanswered(&windows::core::Error::from_hresult(
            windows::core::HRESULT(hres),
        )),
        other => Unanswered::Failed(other.to_string()),
    }
}
