//! The five platforms of the source table and a tool's support for each.

use crate::domain::Tristate;

/// Serialised as its key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Platform {
    Windows,
    Macos,
    Android,
    Ios,
    Browser,
}

impl Platform {
    /// In the source table's order "Win/Mac/Android/iOS/Browser".
    pub const ALL: [Platform; 5] = [
        Platform::Windows,
        Platform::Macos,
        Platform::Android,
        Platform::Ios,
        Platform::Browser,
    ];

    /// The key used in the data file.
    pub fn key(self) -> &'static str {
        match self {
            Platform::Windows => "windows",
            Platform::Macos => "macos",
            Platform::Android => "android",
            Platform::Ios => "ios",
            Platform::Browser => "browser",
        }
    }

    /// The product name, the same in both languages.
    pub fn name(self) -> &'static str {
        match self {
            Platform::Windows => "Windows",
            Platform::Macos => "macOS",
            Platform::Android => "Android",
            Platform::Ios => "iOS",
            Platform::Browser => "Browser",
        }
    }

    pub fn from_key(key: &str) -> Option<Platform> {
        Platform::ALL.into_iter().find(|p| p.key() == key)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Support for each platform, in `Platform::ALL` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Platforms([Tristate; 5]);

impl Platforms {
    pub const UNKNOWN: Platforms = Platforms([Tristate::Unknown; 5]);

    pub fn get(&self, platform: Platform) -> Tristate {
        self.0[platform.index()]
    }

    pub fn set(&mut self, platform: Platform, value: Tristate) {
        self.0[platform.index()] = value;
    }

    /// The source table's notation ("Ja", "(kein Browser)", "Nur Browser", …), when the
    /// support is fully known and matches one of its patterns.
    pub fn source_notation(&self) -> Option<&'static str> {
        use Tristate::{No, Yes};
        match self.0 {
            [Yes, Yes, Yes, Yes, Yes] => Some("Ja"),
            [Yes, Yes, Yes, Yes, No] => Some("(kein Browser)"),
            [Yes, Yes, No, No, Yes] => Some("Kein Android/iOS"),
            [No, No, No, No, Yes] => Some("Nur Browser"),
            [Yes, No, Yes, Yes, Yes] => Some("Kein Mac"),
            _ => None,
        }
    }
}

impl FromIterator<(Platform, Tristate)> for Platforms {
    fn from_iter<I: IntoIterator<Item = (Platform, Tristate)>>(iter: I) -> Self {
        let mut platforms = Platforms::UNKNOWN;
        for (platform, value) in iter {
            platforms.set(platform, value);
        }
        platforms
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notation_names_the_missing_platforms() {
        let mut p: Platforms = Platform::ALL
            .map(|p| (p, Tristate::Yes))
            .into_iter()
            .collect();
        assert_eq!(p.source_notation(), Some("Ja"));
        p.set(Platform::Macos, Tristate::No);
        assert_eq!(p.source_notation(), Some("Kein Mac"));
        p.set(Platform::Macos, Tristate::Unknown);
        assert_eq!(p.source_notation(), None);
    }

    #[test]
    fn keys_round_trip() {
        for p in Platform::ALL {
            assert_eq!(Platform::from_key(p.key()), Some(p));
        }
        assert_eq!(Platform::from_key("linux"), None);
    }
}
