//! Where a provider or its servers are, and what that means under the GDPR's transfer rules.

use crate::domain::SourceDate;

/// The GDPR's view of a country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Region {
    /// EU member state or Norway, Iceland, Liechtenstein: no third country.
    Eea,
    /// Third country with an EU adequacy decision (Art. 45 GDPR).
    Adequate,
    /// Any other third country, such as the USA.
    ThirdCountry,
}

/// ISO 3166 alpha-2 codes of the EEA.
const EEA: [&str; 30] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS",
    "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// Countries with an EU adequacy decision (Art. 45 GDPR) as of [`ADEQUACY_AS_OF`].
///
/// A copy for convenience: the European Commission's list of adequacy decisions is the check of
/// record, and a decision's scope can be narrow (Canada: commercial organisations only). The USA
/// is deliberately absent: the Data Privacy Framework covers only certified organisations, so it
/// is a transfer mechanism to check per recipient, not a property of the country.
/// Brazil was added by Implementing Decision (EU) 2026/179 of 26 January 2026.
const ADEQUATE: [&str; 15] = [
    "AD", "AR", "BR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY",
];

/// The date up to which [`ADEQUATE`] follows the Commission's adequacy decisions.
pub const ADEQUACY_AS_OF: SourceDate = SourceDate {
    year: 2026,
    month: Some(1),
    day: Some(26),
    circa: false,
};

/// Third countries that providers in the data are known to use.
const THIRD_COUNTRIES: [&str; 7] = ["US", "CN", "IN", "AU", "SG", "RU", "TR"];

/// Alpha-3 spellings seen in sources (the source table writes "NOR" and "USA").
const ALPHA3: [(&str, &str); 4] = [("NOR", "NO"), ("USA", "US"), ("DEU", "DE"), ("GBR", "GB")];

/// Where a tool's servers are: a country, or wherever the user runs self-hosted software.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Location {
    Country(Country),
    /// Software the user runs on own or rented servers (`"self-hosted"` in the data): its
    /// servers are wherever the user puts them, in the EU/EEA if they choose. That is not a
    /// country, so it has no region; nor is it unknown, as a provider's unstated location is.
    SelfHosted,
}

/// A country as written in the data, with its region.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Country {
    code: String,
    region: Region,
}

impl Country {
    /// The code exactly as the source writes it.
    pub fn code(&self) -> &str {
        &self.code
    }

    pub fn region(&self) -> Region {
        self.region
    }
}

impl Location {
    /// How the data writes [`Location::SelfHosted`].
    pub const SELF_HOSTED: &'static str = "self-hosted";

    /// Reads a location as written in the data: a country code as a source writes it ("DE",
    /// "NOR", "USA") or "self-hosted", ignoring case; `None` if unknown.
    pub fn from_code(code: &str) -> Option<Location> {
        let code = code.trim();
        if code.eq_ignore_ascii_case(Location::SELF_HOSTED) {
            return Some(Location::SelfHosted);
        }
        let upper = code.to_ascii_uppercase();
        let alpha2 = ALPHA3
            .iter()
            .find(|(alpha3, _)| *alpha3 == upper)
            .map_or(upper.as_str(), |(_, alpha2)| alpha2);
        let region = if EEA.contains(&alpha2) {
            Region::Eea
        } else if ADEQUATE.contains(&alpha2) {
            Region::Adequate
        } else if THIRD_COUNTRIES.contains(&alpha2) {
            Region::ThirdCountry
        } else {
            return None;
        };
        Some(Location::Country(Country {
            code: code.to_owned(),
            region,
        }))
    }

    /// The code as the data writes it: a country's as its source spells it, or "self-hosted".
    pub fn code(&self) -> &str {
        match self {
            Location::Country(country) => country.code(),
            Location::SelfHosted => Location::SELF_HOSTED,
        }
    }

    /// The country's region; `None` for self-hosted software, which is where the user runs it.
    pub fn region(&self) -> Option<Region> {
        match self {
            Location::Country(country) => Some(country.region()),
            Location::SelfHosted => None,
        }
    }

    /// In the EU/EEA, or self-hosted, which the user can run there.
    pub fn can_be_in_eea(&self) -> bool {
        matches!(self, Location::SelfHosted) || self.region() == Some(Region::Eea)
    }

    /// Where the location goes in an ordered list (the table's sort, the filter's options):
    /// EU/EEA countries, then self-hosted (which can be run there too), then adequate
    /// countries, then other third countries; by upper-case code within each, so spellings
    /// that differ only in case share a place.
    pub fn order_key(&self) -> (u8, String) {
        let group = match self.region() {
            Some(Region::Eea) => 0,
            None => 1,
            Some(Region::Adequate) => 2,
            Some(Region::ThirdCountry) => 3,
        };
        (group, self.code().to_ascii_uppercase())
    }

    /// Every code the data may use, for error messages: the countries, then "self-hosted".
    pub fn known_codes() -> impl Iterator<Item = &'static str> {
        EEA.into_iter()
            .chain(ADEQUATE)
            .chain(THIRD_COUNTRIES)
            .chain(ALPHA3.into_iter().map(|(alpha3, _)| alpha3))
            .chain([Location::SELF_HOSTED])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norway_is_in_the_eea_and_the_usa_is_a_third_country() {
        let region = |code| Location::from_code(code).unwrap().region();
        assert_eq!(region("NOR"), Some(Region::Eea));
        assert_eq!(region("NO"), Some(Region::Eea));
        assert_eq!(region("DE"), Some(Region::Eea));
        assert_eq!(region("USA"), Some(Region::ThirdCountry));
        assert_eq!(region("CH"), Some(Region::Adequate));
    }

    #[test]
    fn brazil_counts_as_adequate_since_its_2026_decision() {
        assert_eq!(
            Location::from_code("BR").unwrap().region(),
            Some(Region::Adequate)
        );
    }

    #[test]
    fn keeps_the_spelling_of_the_source() {
        assert_eq!(Location::from_code("NOR").unwrap().code(), "NOR");
        assert_eq!(
            Location::from_code("usa").unwrap().region(),
            Some(Region::ThirdCountry)
        );
    }

    #[test]
    fn self_hosted_is_a_location_of_its_own_without_a_region() {
        let self_hosted = Location::from_code("self-hosted").unwrap();
        assert_eq!(self_hosted, Location::SelfHosted);
        assert_eq!(
            Location::from_code(" Self-Hosted "),
            Some(Location::SelfHosted)
        );
        assert_eq!(self_hosted.code(), "self-hosted");
        assert_eq!(self_hosted.region(), None);
    }

    #[test]
    fn only_eea_countries_and_self_hosted_software_can_be_in_the_eea() {
        let can = |code| Location::from_code(code).unwrap().can_be_in_eea();
        assert!(can("DE") && can("NOR") && can("self-hosted"));
        assert!(!can("CH") && !can("USA"));
    }

    #[test]
    fn self_hosted_is_ordered_after_the_eea_and_before_other_countries() {
        let mut codes = ["USA", "self-hosted", "CH", "DE", "AT"];
        codes.sort_by_key(|c| Location::from_code(c).unwrap().order_key());
        assert_eq!(codes, ["AT", "DE", "self-hosted", "CH", "USA"]);
    }

    #[test]
    fn unknown_codes_are_rejected() {
        assert_eq!(Location::from_code("XX"), None);
        assert_eq!(Location::from_code(""), None);
    }

    #[test]
    fn every_known_code_resolves() {
        for code in Location::known_codes() {
            assert!(Location::from_code(code).is_some(), "{code}");
        }
    }
}
