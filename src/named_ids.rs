//! Ids that assets and saved files write as fixed names: facts, products,
//! checklist items. Each is an enum made by `named_ids!`, read and written
//! by those names only, so a name in a file names one of them or none.

/// An enum whose every variant is written as one fixed name: `ALL`,
/// `as_str`, `from_name`, `Display`, and serde by that name.
macro_rules! named_ids {
    ($(#[$meta:meta])* pub enum $name:ident { $($variant:ident = $text:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($variant,)*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// Its name in assets and files.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }

            /// The one with this name, if this version has it.
            pub fn from_name(name: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|id| id.as_str() == name)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, out: S) -> Result<S::Ok, S::Error> {
                out.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
                let name = <String as serde::Deserialize>::deserialize(input)?;
                Self::from_name(&name).ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        "{} {name:?} is not one this version knows",
                        stringify!($name)
                    ))
                })
            }
        }
    };
}

pub(crate) use named_ids;

#[cfg(test)]
mod tests {
    named_ids! {
        /// Two ids, for the test.
        pub enum Sample { One = "one", TwoWords = "two-words" }
    }

    #[test]
    fn ids_read_and_write_by_their_names_only() {
        assert_eq!(Sample::ALL, [Sample::One, Sample::TwoWords]);
        for id in Sample::ALL {
            let json = serde_json::to_string(id).expect("writes");
            assert_eq!(json, format!("\"{id}\""));
            assert_eq!(serde_json::from_str::<Sample>(&json).expect("reads"), *id);
            assert_eq!(Sample::from_name(id.as_str()), Some(*id));
        }
        assert_eq!(Sample::from_name("TwoWords"), None);
        let error = serde_json::from_str::<Sample>("\"three\"").expect_err("unknown");
        assert!(error.to_string().contains("Sample \"three\""), "{error}");
        assert!(serde_json::from_str::<Sample>("3").is_err());
    }
}
