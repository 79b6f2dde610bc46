//! Windows Security Center's list of anti-virus products (`IWSCProductList`
//! in `wscapi.dll`), as osquery and Chromium ask it. A product that cannot
//! be read is skipped by its place in the list; the others are kept.

use windows::Win32::System::Com::{CLSCTX_INPROC_SERVER, CoCreateInstance};
use windows::Win32::System::SecurityCenter::{
    IWSCProductList, IWscProduct, WSC_SECURITY_PROVIDER_ANTIVIRUS, WSCProductList,
};

use super::Source;
use crate::detect::answers::windows::{wsc_signatures, wsc_state};
use crate::detect::answers::{Answer, Listed, SecurityProduct, Skipped, Unanswered};
use crate::detect::vocab::{SignatureStatus, State};

static SECURITY_CENTER: Source = Source::new("Security Center");

pub fn antivirus_products() -> Answer<Listed<SecurityProduct>> {
    SECURITY_CENTER.ask(ask)
}

fn ask() -> Answer<Listed<SecurityProduct>> {
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
        let mut listed = Listed::default();
        for index in 0..count {
            match list
                .get_Item(index)
                .map_err(failed)
                .and_then(|p| product(&p))
            {
                Ok(product) => listed.items.push(product),
                Err(why) => listed.skipped.push(Skipped {
                    what: format!("#{} of {count}", index + 1),
                    why,
                }),
            }
        }
        Ok(listed)
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
