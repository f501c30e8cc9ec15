//! Interface texts: a typed message key and one exhaustive `match` per language.

mod de;
mod en;

use crate::domain::compliance::{
    AiFeatures, LegalBasis, Need, OperatingModel, Question, Recording, Severity, TrafficLight,
    TransferMechanism, Webinars,
};
use crate::domain::{
    Column, DataView, Direction, FieldValue, IgnoreReason, Lang, Location, Problem, RatingLevel,
    Region, SourceDate, Tristate,
};

/// Every text the interface shows; a missing translation fails to compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    Title,
    Intro,
    /// Follows the intro when the instance shows the table.
    IntroTable,
    Caption,
    Column(Column),
    Tristate(Tristate),
    Region(Region),
    /// The location of self-hosted software, in place of a country code.
    SelfHosted,
    /// The region line under [`Msg::SelfHosted`], in place of a country's region.
    SelfHostedRegion,
    LanguageSwitch,
    SourceLabel,
    /// Stands in for the date of an undated source.
    Undated,
    UnknownLegend,
    DataErrorTitle,
    DataErrorHint,
    OptionsErrorTitle,
    OptionsErrorHint,
    PanicMessage,
    // Data views and provenance.
    View(DataView),
    ViewSwitch,
    AsOf,
    SourcesTitle,
    OriginalNotice,
    CurrentNotice,
    Changed,
    Confirmed,
    InOriginal,
    InCurrent,
    Discontinued,
    FormerName,
    Added,
    AddedLegend,
    ToolNote,
    AuthorityRating,
    Rating(RatingLevel),
    // Filters.
    FiltersTitle,
    ShowFilters,
    Search,
    SearchHint,
    LocationFilter,
    EeaOnly,
    MinParticipants,
    AnyNumber,
    PlatformsFilter,
    DisplayFilter,
    HideDiscontinued,
    HideAdded,
    ResetFilters,
    NoResults,
    // Sorting.
    SortedBy,
    Then,
    Direction(Direction),
    Unsorted,
    // Comparison.
    CompareColumn,
    CompareHint,
    CompareOpen,
    CompareTitle,
    BackToTable,
    Attribute,
    Value,
    // Export.
    ExportTitle,
    ExportCsv,
    ExportJson,
    Print,
    // URL notice.
    LinkNoticeTitle,
    Dismiss,
    IgnoreReason(IgnoreReason),
    // Compliance calculator.
    CalcTitle,
    CalcIntro,
    /// The intro of a calculator shown without the table.
    CalcIntroWithoutTable,
    Step(Step),
    StepOf,
    Next,
    Back,
    SetScenario,
    ScenarioSet,
    ScenarioSetWithoutTable,
    /// Marks a printed scenario that was described but not applied.
    NotYetApplied,
    OperatingModelLegend,
    OperatingModel(OperatingModel),
    UsesLegend,
    InternalMeetings,
    CustomersOrApplicants,
    WebinarsLegend,
    Webinars(Webinars),
    SpecialCategories,
    Art9Documented,
    ProfessionalSecrecy,
    ConfidentialBusiness,
    RecordingLegend,
    Recording(Recording),
    RecordingBasisLegend,
    LegalBasis(LegalBasis),
    AiLegend,
    Ai(AiFeatures),
    FromHome,
    EmployeesUseIt,
    WorksCouncil,
    StaffInformed,
    NeedsLegend,
    NeedE2e,
    NeedEea,
    NeedBrowserOnly,
    NeedBlur,
    NeedParticipants,
    ApplyNeeds,
    /// Before the hard needs a tool is not shown to meet.
    UnmetNeeds,
    ScenarioFindings,
    CheckTool,
    ChooseTool,
    Checklist,
    Findings,
    NoFindings,
    Progress,
    Light(TrafficLight),
    LightColumn,
    Severity(Severity),
    Measure,
    LegalBasisLabel,
    Question(Question),
    Answer(Tristate),
    TransferMechanismOption(TransferKind),
    DpfEntity,
    DpfCheckedOn,
    SccsTia,
    ReportTitle,
    DownloadMarkdown,
    DownloadJson,
    CopyReport,
    Copied,
    CopyFailed,
    Disclaimer,
    StoreOnDevice,
    StoreHint,
    DeleteStored,
    /// Deleted from the device, still in the page's link.
    StoredDeleted,
    /// Deleted from the device, in an instance that does not write the link.
    StoredDeletedNotInLink,
    StoredCorrupt,
    // Embedding and custom data.
    /// Shown while an instance fetches its `src` data file.
    LoadingData,
    CustomDataErrorTitle,
    CustomDataErrorHint,
}

/// The steps of the scenario form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Operation,
    Uses,
    Recording,
    Staff,
    Needs,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Operation,
        Step::Uses,
        Step::Recording,
        Step::Staff,
        Step::Needs,
    ];
}

/// The transfer mechanisms offered in the checklist's select, without their details.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TransferKind {
    Unknown,
    Dpf,
    Sccs,
    Bcr,
    Art49,
    None,
}

impl TransferKind {
    pub const ALL: [TransferKind; 6] = [
        TransferKind::Unknown,
        TransferKind::Dpf,
        TransferKind::Sccs,
        TransferKind::Bcr,
        TransferKind::Art49,
        TransferKind::None,
    ];

    pub fn key(self) -> &'static str {
        match self {
            TransferKind::Unknown => "unknown",
            TransferKind::Dpf => "dpf",
            TransferKind::Sccs => "sccs",
            TransferKind::Bcr => "bcr",
            TransferKind::Art49 => "art49",
            TransferKind::None => "none",
        }
    }

    /// The kind of a mechanism, without its details (the DPF entity, the SCCs' TIA).
    pub fn of(mechanism: &TransferMechanism) -> TransferKind {
        match mechanism {
            TransferMechanism::Unknown => TransferKind::Unknown,
            TransferMechanism::Dpf { .. } => TransferKind::Dpf,
            TransferMechanism::Sccs { .. } => TransferKind::Sccs,
            TransferMechanism::Bcr => TransferKind::Bcr,
            TransferMechanism::Art49 => TransferKind::Art49,
            TransferMechanism::None => TransferKind::None,
        }
    }
}

/// The text of `msg` in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::De => de::text(msg),
        Lang::En => en::text(msg),
    }
}

/// One data-file problem in words.
pub fn problem(lang: Lang, problem: &Problem) -> String {
    match lang {
        Lang::De => de::problem(problem),
        Lang::En => en::problem(problem),
    }
}

/// A location's name and the line under it, as the table shows them: "DE" and "EU/EWR", or
/// "selbst betrieben" and "Standort nach Wahl".
pub fn location(lang: Lang, location: &Location) -> (&str, &'static str) {
    match location {
        Location::Country(country) => (country.code(), t(lang, Msg::Region(country.region()))),
        Location::SelfHosted => (t(lang, Msg::SelfHosted), t(lang, Msg::SelfHostedRegion)),
    }
}

/// One fact's value as the table writes it, without icons ("USA (Drittland)", "k. A.").
pub fn value(lang: Lang, value: &FieldValue) -> String {
    let tristate = |v: Tristate| t(lang, Msg::Tristate(v)).to_owned();
    match value {
        FieldValue::Location(Some(l)) => {
            let (name, region) = location(lang, l);
            format!("{name} ({region})")
        }
        FieldValue::MaxParticipants(Some(n)) => count(lang, *n),
        FieldValue::Location(None) | FieldValue::MaxParticipants(None) => {
            tristate(Tristate::Unknown)
        }
        FieldValue::E2e(v) | FieldValue::Platform(_, v) | FieldValue::Blur(v) => tristate(*v),
    }
}

/// The live region's count, e.g. "7 von 11 Tools".
pub fn shown(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::De => format!("{shown} von {total} Tools"),
        Lang::En => format!("{shown} of {total} tools"),
    }
}

/// Below a long table whose first rows only are rendered, e.g. "Die ersten 50 von 5.000 Tools
/// werden angezeigt, weitere beim Scrollen."
pub fn rows_rendered(lang: Lang, rendered: usize, total: usize) -> String {
    let (rendered, total) = (count_usize(lang, rendered), count_usize(lang, total));
    match lang {
        Lang::De => format!(
            "Die ersten {rendered} von {total} Tools werden angezeigt, weitere beim Scrollen."
        ),
        Lang::En => {
            format!("Showing the first {rendered} of {total} tools; more appear as you scroll.")
        }
    }
}

/// The button that renders the next rows of a long table.
pub fn show_more(lang: Lang, n: usize) -> String {
    let n = count_usize(lang, n);
    match lang {
        Lang::De => format!("{n} weitere anzeigen"),
        Lang::En => format!("Show {n} more"),
    }
}

/// The button that renders every row of a long table.
pub fn show_all(lang: Lang, total: usize) -> String {
    let total = count_usize(lang, total);
    match lang {
        Lang::De => format!("Alle {total} anzeigen"),
        Lang::En => format!("Show all {total}"),
    }
}

fn count_usize(lang: Lang, n: usize) -> String {
    count(lang, u32::try_from(n).unwrap_or(u32::MAX))
}

/// The language's quotation marks, opening and closing: „…“ in German, “…” in English.
pub fn quotes(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::De => ("„", "“"),
        Lang::En => ("“", "”"),
    }
}

/// A hard need in a list of those a tool is not shown to meet.
pub fn need(lang: Lang, need: Need) -> String {
    let msg = match need {
        Need::E2e => Msg::NeedE2e,
        Need::EeaHosting => Msg::NeedEea,
        Need::Browser => Msg::NeedBrowserOnly,
        Need::Blur => Msg::NeedBlur,
        Need::Platform(platform) => return platform.name().to_owned(),
        Need::Participants(n) => {
            let n = count(lang, n);
            return match lang {
                Lang::De => format!("mindestens {n} Teilnehmende"),
                Lang::En => format!("at least {n} participants"),
            };
        }
    };
    t(lang, msg).to_owned()
}

/// The accessible name of a row's compare checkbox.
pub fn choose_for_compare(lang: Lang, name: &str) -> String {
    match lang {
        Lang::De => format!("{name} zum Vergleich wählen"),
        Lang::En => format!("Choose {name} for comparison"),
    }
}

/// A whole number with the language's thousands separator.
pub fn count(lang: Lang, n: u32) -> String {
    let separator = match lang {
        Lang::De => '.',
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// A source date the way readers of the language write it ("ca. 2020", "26.10.2020").
pub fn date(lang: Lang, date: SourceDate) -> String {
    let circa = match (date.circa, lang) {
        (false, _) => "",
        (true, Lang::De) => "ca. ",
        (true, Lang::En) => "c. ",
    };
    let exact = match (lang, date.month, date.day) {
        (Lang::De, Some(m), Some(d)) => format!("{d:02}.{m:02}.{}", date.year),
        (Lang::De, Some(m), None) => format!("{m:02}/{}", date.year),
        (Lang::En, Some(_), _) => date.to_string().trim_start_matches('~').to_owned(),
        (_, None, _) => date.year.to_string(),
    };
    format!("{circa}{exact}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Platform;

    #[test]
    fn unknown_reads_as_not_stated_not_as_no() {
        assert_eq!(t(Lang::De, Msg::Tristate(Tristate::Unknown)), "k. A.");
        assert_eq!(t(Lang::En, Msg::Tristate(Tristate::Unknown)), "n/a");
        assert_eq!(t(Lang::De, Msg::Tristate(Tristate::No)), "Nein");
    }

    #[test]
    fn self_hosted_reads_as_a_location_of_choice_not_as_unknown() {
        let self_hosted = FieldValue::Location(Location::from_code("self-hosted"));
        assert_eq!(
            value(Lang::De, &self_hosted),
            "selbst betrieben (Standort nach Wahl)"
        );
        assert_eq!(
            value(Lang::En, &self_hosted),
            "self-hosted (location of your choice)"
        );
        assert_eq!(value(Lang::De, &FieldValue::Location(None)), "k. A.");
        let zoom = FieldValue::Location(Location::from_code("USA"));
        assert_eq!(value(Lang::De, &zoom), "USA (Drittland)");
    }

    #[test]
    fn languages_differ_where_they_should() {
        assert_ne!(t(Lang::De, Msg::Title), t(Lang::En, Msg::Title));
        assert_eq!(
            t(Lang::De, Msg::Column(Column::Platform(Platform::Ios))),
            t(Lang::En, Msg::Column(Column::Platform(Platform::Ios)))
        );
    }

    #[test]
    fn counts_group_thousands_per_language() {
        assert_eq!(count(Lang::De, 1000), "1.000");
        assert_eq!(count(Lang::En, 1234567), "1,234,567");
        assert_eq!(count(Lang::De, 500), "500");
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let circa = SourceDate::parse("~2020").unwrap();
        assert_eq!(date(Lang::De, circa), "ca. 2020");
        assert_eq!(date(Lang::En, circa), "c. 2020");
        let day = SourceDate::parse("2020-10-26").unwrap();
        assert_eq!(date(Lang::De, day), "26.10.2020");
        assert_eq!(date(Lang::En, day), "2020-10-26");
    }

    #[test]
    fn the_live_region_counts_in_words() {
        assert_eq!(shown(Lang::De, 7, 11), "7 von 11 Tools");
        assert_eq!(shown(Lang::En, 3, 18), "3 of 18 tools");
    }

    #[test]
    fn a_long_table_says_how_many_rows_it_shows() {
        assert_eq!(
            rows_rendered(Lang::De, 50, 5000),
            "Die ersten 50 von 5.000 Tools werden angezeigt, weitere beim Scrollen."
        );
        assert_eq!(show_more(Lang::En, 50), "Show 50 more");
        assert_eq!(show_all(Lang::De, 12345), "Alle 12.345 anzeigen");
    }

    #[test]
    fn problems_name_what_was_found() {
        let p = Problem::UnknownSource("x-2020".into());
        assert!(problem(Lang::De, &p).contains("x-2020"));
        assert!(problem(Lang::En, &p).contains("x-2020"));
    }
}
