//! Every product the catalog knows, by the id `assets/catalog.toml` gives
//! it. The catalog defines each of them and no other (checked when it
//! loads), so an id in code or in a saved file names a product that is
//! there, with its roles (Kaspersky's, the automatic replacement, built in).

use crate::named_ids::named_ids;

named_ids! {
    pub enum ProductId {
        KasperskyPasswordManager = "kaspersky-password-manager",
        KasperskyVpn = "kaspersky-vpn",
        KasperskySafeKids = "kaspersky-safe-kids",
        KasperskyNetworkAgent = "kaspersky-network-agent",
        KasperskyEndpointLinux = "kaspersky-endpoint-linux",
        Kaspersky = "kaspersky",
        UltraAv = "ultraav",
        UltraVpn = "ultravpn",
        MicrosoftDefender = "microsoft-defender",
        XProtect = "xprotect",
        Avast = "avast",
        Avg = "avg",
        Avira = "avira",
        Bitdefender = "bitdefender",
        ClamAv = "clamav",
        Eset = "eset",
        FSecure = "f-secure",
        GData = "g-data",
        Malwarebytes = "malwarebytes",
        Mcafee = "mcafee",
        Norton = "norton",
        Panda = "panda",
        Sophos = "sophos",
        TrendMicro = "trend-micro",
        Webroot = "webroot",
    }
}

/// A product the catalog may not know, written as its id or `unknown`: the
/// form reports and saved progress have always used. An id this version
/// does not know reads as unknown, never as an error.
pub mod or_unknown {
    use super::ProductId;
    use serde::{Deserialize, Deserializer, Serializer};

    pub const UNKNOWN: &str = "unknown";

    pub fn serialize<S: Serializer>(id: &Option<ProductId>, out: S) -> Result<S::Ok, S::Error> {
        out.serialize_str(id.map_or(UNKNOWN, ProductId::as_str))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(input: D) -> Result<Option<ProductId>, D::Error> {
        let text = String::deserialize(input)?;
        Ok(ProductId::from_name(&text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::{Deserialize, Serialize};

    #[test]
    fn ids_read_and_write_as_the_catalog_names_them() {
        for id in ProductId::ALL {
            let json = serde_json::to_string(id).expect("writes");
            assert_eq!(json, format!("\"{}\"", id.as_str()));
            assert_eq!(
                serde_json::from_str::<ProductId>(&json).expect("reads"),
                *id
            );
        }
        assert!(serde_json::from_str::<ProductId>("\"norton360\"").is_err());
    }

    #[test]
    fn a_product_the_catalog_may_not_know_reads_as_unknown() {
        #[derive(Serialize, Deserialize, PartialEq, Debug)]
        struct Seen {
            #[serde(with = "or_unknown")]
            id: Option<ProductId>,
        }
        for (text, id) in [
            (r#"{"id":"eset"}"#, Some(ProductId::Eset)),
            (r#"{"id":"unknown"}"#, None),
            (r#"{"id":"a-product-of-tomorrow"}"#, None),
        ] {
            let seen: Seen = serde_json::from_str(text).expect("reads");
            assert_eq!(seen.id, id, "{text}");
        }
        let written = serde_json::to_string(&Seen { id: None }).expect("writes");
        assert_eq!(written, r#"{"id":"unknown"}"#);
        assert!(serde_json::from_str::<Seen>(r#"{"id":5}"#).is_err());
    }
}
