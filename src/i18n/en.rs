//! English interface texts.

use super::Msg;
use crate::domain::{
    Column, DataView, Direction, IgnoreReason, Problem, RatingLevel, Region, Tristate,
};

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::Title => "Video conferencing check",
        Msg::Intro => "Which video-conferencing tool can be used in line with the GDPR? The source article's comparison table.",
        Msg::Caption => "Video-conferencing tools compared – original table (c. 2020)",
        Msg::Column(column) => match column {
            Column::Tool => "Tool",
            Column::Location => "Server",
            Column::MaxParticipants => "Max. participants",
            Column::E2e => "End-to-end encryption",
            Column::Platform(p) => p.name(),
            Column::Blur => "Blur",
        },
        Msg::Tristate(value) => match value {
            Tristate::Yes => "Yes",
            Tristate::No => "No",
            Tristate::Unknown => "n/a",
        },
        Msg::Region(region) => match region {
            Region::Eea => "EU/EEA",
            Region::Adequate => "adequate protection",
            Region::ThirdCountry => "third country",
        },
        Msg::LanguageSwitch => "Language",
        Msg::SourceLabel => "Source",
        Msg::Undated => "undated",
        Msg::UnknownLegend => "n/a = not stated in the source (not “no”).",
        Msg::DataErrorTitle => "The tool data could not be read",
        Msg::DataErrorHint => "Please correct these fields in the data file:",
        Msg::OptionsErrorTitle => "The embedding options have errors",
        Msg::OptionsErrorHint => "These options were ignored:",
        Msg::View(DataView::Original) => "Original table (c. 2020)",
        Msg::View(DataView::Current) => "Current state",
        Msg::ViewSwitch => "Data version",
        Msg::AsOf => "As of",
        Msg::SourcesTitle => "Sources",
        Msg::OriginalNotice => "This table shows the source article as of c. 2020. Much has changed since – Skype and BlueJeans were discontinued, for example, and Zoom offers end-to-end encryption. “Current state” shows the sourced changes.",
        Msg::CurrentNotice => "Current state: the source article's table with sourced changes and added tools. Changed cells are marked; each mark opens its note and source. Newest fact dated",
        Msg::Changed => "changed",
        Msg::Confirmed => "note",
        Msg::InOriginal => "original table",
        Msg::InCurrent => "now",
        Msg::Discontinued => "discontinued",
        Msg::FormerName => "formerly",
        Msg::Added => "added",
        Msg::AddedLegend => "“added” = not in the original table; values from the sources given, n/a where nothing is verified.",
        Msg::ToolNote => "Note on this tool",
        Msg::AuthorityRating => "Berlin DPA 2020",
        Msg::Rating(RatingLevel::Red) => "red",
        Msg::Rating(RatingLevel::Yellow) => "yellow",
        Msg::Rating(RatingLevel::Green) => "green",
        Msg::FiltersTitle => "Filters",
        Msg::ShowFilters => "Show filters",
        Msg::Search => "Search tools",
        Msg::SearchHint => "Name, e.g. “Zoom”",
        Msg::LocationFilter => "Server location",
        Msg::EeaOnly => "EU/EEA only",
        Msg::MinParticipants => "Minimum participants",
        Msg::AnyNumber => "any",
        Msg::PlatformsFilter => "Platforms (all chosen required)",
        Msg::DisplayFilter => "Display",
        Msg::HideDiscontinued => "hide discontinued tools",
        Msg::HideAdded => "hide added tools",
        Msg::ResetFilters => "Reset filters",
        Msg::NoResults => "No tool meets all chosen filters.",
        Msg::SortedBy => "Sorted by",
        Msg::Then => "then",
        Msg::Direction(Direction::Ascending) => "ascending",
        Msg::Direction(Direction::Descending) => "descending",
        Msg::Unsorted => "order of the source article",
        Msg::CompareColumn => "Compare",
        Msg::CompareHint => "Choose 2–3 tools in the “Compare” column",
        Msg::CompareOpen => "Compare chosen tools",
        Msg::CompareTitle => "Tools side by side",
        Msg::BackToTable => "Back to the table",
        Msg::Attribute => "Attribute",
        Msg::Value => "Value",
        Msg::ExportTitle => "Export",
        Msg::ExportCsv => "Table as CSV",
        Msg::ExportJson => "Table as JSON",
        Msg::Print => "Print",
        Msg::LinkNoticeTitle => "Parts of the link you opened were ignored:",
        Msg::Dismiss => "Dismiss notice",
        Msg::IgnoreReason(reason) => match reason {
            IgnoreReason::TooLong => "the link is too long; the default view applies",
            IgnoreReason::Malformed => "unreadable",
            IgnoreReason::UnknownKey => "unknown setting",
            IgnoreReason::Repeated => "given twice",
            IgnoreReason::InvalidValue => "invalid value",
            IgnoreReason::UnknownTool => "unknown tool",
            IgnoreReason::TooMany => "too many entries",
        },
        Msg::PanicMessage => "The video conferencing check ran into an internal error. Please reload the page.",
        // --- Embedding and custom data (issue 6) ---
        Msg::LoadingData => "Loading the data …",
        Msg::CustomDataErrorTitle => "Your own data could not be used",
        Msg::CustomDataErrorHint => "The built-in data is shown instead. Please correct:",
    }
}

pub(super) fn problem(problem: &Problem) -> String {
    match problem {
        Problem::Syntax { line, column } => {
            format!("not valid JSON (line {line}, column {column})")
        }
        Problem::Missing => "is missing".into(),
        Problem::WrongType { expected } => format!("wrong type, expected: {expected}"),
        Problem::UnknownKey => "unknown field".into(),
        Problem::NotAllowed { found, allowed } => {
            format!("“{found}” is not allowed, allowed are: {allowed}")
        }
        Problem::UnknownCountry(code) => format!("unknown country code “{code}”"),
        Problem::OutOfRange { min, max } => format!("must be between {min} and {max}"),
        Problem::BadDate(text) => {
            format!("“{text}” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        }
        Problem::BadId(id) => {
            format!("“{id}” is not a valid id (lower-case letters, digits, hyphen)")
        }
        Problem::DuplicateId(id) => format!("the id “{id}” occurs more than once"),
        Problem::UnknownSource(id) => format!("the source “{id}” is not defined"),
        Problem::NotSameOrigin(src) => {
            format!("“{src}” is not an address on the same server (relative paths only)")
        }
        Problem::Empty => "must not be empty".into(),
        Problem::RepeatedUpdate(field) => format!("“{field}” is updated more than once"),
        Problem::OnlyWhen(condition) => format!("only allowed when {condition}"),
        // --- Embedding and custom data (issue 6) ---
        Problem::Exclusive(other) => format!("cannot be given together with “{other}”"),
        Problem::HttpStatus(status) => {
            format!("the file could not be loaded (HTTP status {status})")
        }
        Problem::Unreachable => {
            "the file could not be loaded (network error, or a redirect to another server)".into()
        }
    }
}
