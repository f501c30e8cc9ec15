//! English interface texts.

use super::Msg;
use crate::domain::{Column, Problem, Region, Tristate};

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
        Msg::PanicMessage => "The video conferencing check ran into an internal error. Please reload the page.",
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
    }
}
