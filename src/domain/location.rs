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

/// A country as written in the data, with its region.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    code: String,
    region: Region,
}

impl Location {
    /// Reads a country code as written in a source ("DE", "NOR", "USA"); `None` if unknown.
    pub fn from_code(code: &str) -> Option<Location> {
        let upper = code.trim().to_ascii_uppercase();
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
        Some(Location {
            code: code.trim().to_owned(),
            region,
        })
    }

    /// The code exactly as the source writes it.
    pub fn code(&self) -> &str {
        &self.code
    }

    pub fn region(&self) -> Region {
        self.region
    }

    /// Every code the data may use, for error messages.
    pub fn known_codes() -> impl Iterator<Item = &'static str> {
        EEA.into_iter()
            .chain(ADEQUATE)
            .chain(THIRD_COUNTRIES)
            .chain(ALPHA3.into_iter().map(|(alpha3, _)| alpha3))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norway_is_in_the_eea_and_the_usa_is_a_third_country() {
        assert_eq!(Location::from_code("NOR").unwrap().region(), Region::Eea);
        assert_eq!(Location::from_code("NO").unwrap().region(), Region::Eea);
        assert_eq!(Location::from_code("DE").unwrap().region(), Region::Eea);
        assert_eq!(
            Location::from_code("USA").unwrap().region(),
            Region::ThirdCountry
        );
        assert_eq!(
            Location::from_code("CH").unwrap().region(),
            Region::Adequate
        );
    }

    #[test]
    fn brazil_counts_as_adequate_since_its_2026_decision() {
        assert_eq!(
            Location::from_code("BR").unwrap().region(),
            Region::Adequate
        );
    }

    #[test]
    fn keeps_the_spelling_of_the_source() {
        assert_eq!(Location::from_code("NOR").unwrap().code(), "NOR");
        assert_eq!(
            Location::from_code("usa").unwrap().region(),
            Region::ThirdCountry
        );
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
