//! Windows Security Center's list of anti-virus products (`IWSCProductList`
//! in `wscapi.dll`), as osquery and Chromium ask it.

use windows::Win32::System::Com::{CLSCTX_INPROC_SERVER, CoCreateInstance};
use windows::Win32::System::SecurityCenter::{
    IWSCProductList, IWscProduct, WSC_SECURITY_PROVIDER_ANTIVIRUS, WSCProductList,
};

use crate::detect::answers::{Answer, SecurityProduct, Unanswered};
use crate::detect::parse::windows::{wsc_signatures, wsc_state};
use crate::detect::vocab::{SignatureStatus, State};

pub fn antivirus_products() -> Answer<Vec<SecurityProduct>> {
    super::within_timeout(ask)
}

fn ask() -> Answer<Vec<SecurityProduct>> {
    super::com::ensure()?;
    let failed = |e: windows::core::Error| super::unanswered(&e);
    // SAFETY: COM calls on a COM object this function owns; every result
    // is checked before use.
    unsafe {
        // Not registered on Windows Server and under Wine: unavailable.
        let list: IWSCProductList =
            CoCreateInstance(&WSCProductList, None, CLSCTX_INPROC_SERVER).map_err(failed)?;
        list.Initialize(WSC_SECURITY_PROVIDER_ANTIVIRUS)
            .map_err(failed)?;
        let count = u32::try_from(list.Count().map_err(failed)?).unwrap_or(0);
        (0..count)
            .map(|index| product(&list.get_Item(index).map_err(failed)?))
            .collect()
    }
}

fn product(product: &IWscProduct) -> Answer<SecurityProduct> {
    // SAFETY: reading properties of a live COM object.
    unsafe {
        let name = product
            .ProductName()
            .map_err(|e| super::unanswered(&e))?
            .to_string();
        if name.trim().is_empty() {
            return Err(Unanswered::Failed(
                "Security Center listed a product without a name".to_owned(),
            ));
        }
        let text = |read: windows::core::Result<windows::core::BSTR>| {
            read.ok()
                .map(|value| value.to_string())
                .filter(|value| !value.trim().is_empty())
        };
        Ok(SecurityProduct {
            name,
            state: product
                .ProductState()
                .map_or(State::Installed, |state| wsc_state(state.0)),
            signatures: product
                .SignatureStatus()
                .map_or(SignatureStatus::Unknown, |status| wsc_signatures(status.0)),
            reported: text(product.ProductStateTimestamp()),
            path: text(product.RemediationPath()),
        })
    }
}
