//! English interface texts.

use super::{Msg, Step, TransferKind};
use crate::domain::compliance::{
    AiFeatures, LegalBasis, OperatingModel, Question, Recording, Severity, TrafficLight, Webinars,
};
use crate::domain::{
    Column, DataView, Direction, IgnoreReason, Problem, RatingLevel, Region, Tristate,
};

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::Title => "Video conferencing check",
        Msg::Intro => "Which video-conferencing tool can be used in line with the GDPR?",
        Msg::IntroTable => "The source article's comparison table.",
        Msg::Caption => "Video-conferencing tools compared – original table (c. 2020)",
        Msg::Column(column) => match column {
            Column::Tool => "Tool",
            Column::Location => "Server",
            Column::MaxParticipants => "Max. participants",
            Column::E2e => "End-to-end encryption",
            Column::Platform(p) => p.name(),
            Column::Blur => "Blur",
            Column::Light => "Light",
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
        Msg::SelfHosted => "self-hosted",
        Msg::SelfHostedRegion => "location of your choice",
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
            IgnoreReason::TooFew => "the comparison needs at least two chosen tools",
        },
        Msg::CalcTitle => "Data protection check",
        Msg::CalcIntro => "Describe your scenario once. The table then shows a traffic light per tool, and for each tool you can check which measures are needed and done. Everything stays in your browser.",
        Msg::CalcIntroWithoutTable => "Describe your scenario once. Then you can check for each tool which measures are needed and done; a traffic light sums up the result. Everything stays in your browser.",
        Msg::Step(step) => match step {
            Step::Operation => "Operation",
            Step::Uses => "Use",
            Step::Recording => "Recording and AI",
            Step::Staff => "Employees",
            Step::Needs => "Hard requirements",
        },
        Msg::StepOf => "Step",
        Msg::Next => "Next",
        Msg::Back => "Back",
        Msg::SetScenario => "Apply scenario",
        Msg::ScenarioSet => "Scenario applied: the table now shows a traffic light per tool. Changes take effect at once.",
        Msg::ScenarioSetWithoutTable => "Scenario applied: choose a tool below to check it. Changes take effect at once.",
        Msg::OperatingModelLegend => "Who runs the system?",
        Msg::OperatingModel(model) => match model {
            OperatingModel::SelfHostedOwn => "Self-hosted on own hardware, own staff",
            OperatingModel::SelfHostedRentedOrMaintained => "Self-hosted on rented servers or with external maintenance",
            OperatingModel::ExternalProvider => "External IT service provider",
            OperatingModel::OnlineService => "The vendor's online service",
        },
        Msg::UsesLegend => "What is the tool used for?",
        Msg::InternalMeetings => "Internal meetings",
        Msg::CustomersOrApplicants => "Talks with customers or applicants",
        Msg::WebinarsLegend => "Webinars or public events",
        Msg::Webinars(w) => match w {
            Webinars::None => "none",
            Webinars::Alone => "organised alone",
            Webinars::WithPartner => "together with another organisation",
        },
        Msg::SpecialCategories => "Special categories of personal data (Art. 9 GDPR, e.g. health data)",
        Msg::Art9Documented => "The Art. 9(2) exception relied on is documented",
        Msg::ProfessionalSecrecy => "Data under professional secrecy (§ 203 StGB: doctors, lawyers, tax advisers …)",
        Msg::ConfidentialBusiness => "Confidential business information",
        Msg::RecordingLegend => "Recording or AI transcription",
        Msg::Recording(r) => match r {
            Recording::None => "none",
            Recording::Local => "locally on own devices",
            Recording::Cloud => "in the provider's cloud",
        },
        Msg::RecordingBasisLegend => "Legal basis of the recording",
        Msg::LegalBasis(b) => match b {
            LegalBasis::None => "none",
            LegalBasis::Consent => "consent",
            LegalBasis::LegitimateInterest => "legitimate interest",
            LegalBasis::Unknown => "don't know",
        },
        Msg::AiLegend => "Other AI features",
        Msg::Ai(a) => match a {
            AiFeatures::Off => "none",
            AiFeatures::On => "switched on (summaries, assistants, attention tracking)",
            AiFeatures::EmotionRecognition => "emotion recognition of employees",
        },
        Msg::FromHome => "Participants join from home",
        Msg::EmployeesUseIt => "Employees use the tool",
        Msg::WorksCouncil => "There is a works council",
        Msg::StaffInformed => "Staff informed and rules of use issued",
        Msg::NeedsLegend => "What must a tool be able to do?",
        Msg::NeedE2e => "End-to-end encryption",
        Msg::NeedEea => "Servers in the EU/EEA",
        Msg::NeedBrowserOnly => "Joining in the browser",
        Msg::NeedBlur => "Background blur",
        Msg::NeedParticipants => "Minimum participants",
        Msg::ApplyNeeds => "Apply requirements as table filters",
        Msg::ScenarioFindings => "For every tool in this scenario",
        Msg::CheckTool => "Check",
        Msg::ChooseTool => "Check a tool",
        Msg::Checklist => "What do you know about the tool?",
        Msg::Findings => "Measures and notes",
        Msg::NoFindings => "No open measures.",
        Msg::Progress => "measures done",
        Msg::Light(light) => match light {
            TrafficLight::Red => "Red",
            TrafficLight::Yellow => "Yellow",
            TrafficLight::Green => "Green",
        },
        Msg::LightColumn => "Light",
        Msg::Severity(severity) => match severity {
            Severity::Block => "rules out use",
            Severity::Warn => "measure needed",
            Severity::Info => "note",
        },
        Msg::Measure => "Measure",
        Msg::LegalBasisLabel => "Legal basis",
        Msg::Question(q) => match q {
            Question::Maintained => "Is the tool still maintained (security updates)?",
            Question::BusinessUseAllowed => "Do the terms allow business use?",
            Question::ConsumerPlan => "Does the provider act as a controller in its own right (as in a consumer plan)?",
            Question::Avv => "Is a data processing agreement (AVV) concluded and checked against Art. 28(3) GDPR?",
            Question::OwnPurposeUse => "Does the provider use content, metadata or telemetry for its own purposes?",
            Question::SubprocessorList => "Do you have the list of sub-processors with countries and a right to object?",
            Question::TomsChecked => "Are the provider's technical and organisational measures and certificates checked?",
            Question::SecrecyBound => "Is the provider bound to secrecy in text form (§ 203 StGB)?",
            Question::ThirdCountryAccess => "Is a sub-processor or support/admin access in a third country?",
            Question::TransferMechanism => "How is the transfer to the third country secured?",
            Question::ParentOutsideEea => "Is the contracting entity in the EEA but its parent company outside?",
            Question::GroupAccessExcluded => "Is access by the parent company excluded by contract and technically?",
            Question::TransportEncryption => "Are signalling and media encrypted in transit (TLS/SRTP)?",
            Question::TrackingOff => "Are tracking and telemetry switched off in the service and clients?",
            Question::ChatHistoryNotStored => "Is storing chat histories switched off?",
            Question::AccessDataSeparate => "Are password/PIN sent separately from the invitation link?",
            Question::ScreenSharingHostsOnly => "Can only hosts share their screen?",
            Question::WaitingRoom => "Are guests admitted through a waiting room?",
            Question::MfaAndUpdates => "Do hosts and admins use multi-factor authentication, and are clients kept updated?",
            Question::RetentionPeriods => "Are retention periods set for recordings, chats, transcripts and logs?",
            Question::PrivacyNotice => "Is the privacy notice (Art. 13) updated?",
            Question::RecordOfProcessing => "Is the record of processing activities (VVT) updated?",
            Question::DpiaThresholdCheck => "Is the DPIA threshold check documented?",
            Question::BreachProcess => "Does the breach process cover the tool, incl. the provider's duty to notify?",
        },
        Msg::Answer(answer) => match answer {
            Tristate::Yes => "Yes",
            Tristate::No => "No",
            Tristate::Unknown => "don't know",
        },
        Msg::TransferMechanismOption(kind) => match kind {
            TransferKind::Unknown => "don't know",
            TransferKind::Dpf => "EU-US Data Privacy Framework (recipient's certification)",
            TransferKind::Sccs => "Standard contractual clauses (SCCs)",
            TransferKind::Bcr => "Binding corporate rules (BCR)",
            TransferKind::Art49 => "Art. 49 derogation (e.g. consent)",
            TransferKind::None => "none",
        },
        Msg::DpfEntity => "Certified entity (exact name)",
        Msg::DpfCheckedOn => "DPF list entry checked on",
        Msg::SccsTia => "Transfer impact assessment (TIA) documented?",
        Msg::ReportTitle => "Report",
        Msg::DownloadMarkdown => "Report as Markdown",
        Msg::DownloadJson => "Report as JSON",
        Msg::CopyReport => "Copy report",
        Msg::Copied => "Report copied to the clipboard.",
        Msg::CopyFailed => "Copying is not possible – please download the report.",
        Msg::Disclaimer => "A self-assessment aid, not legal advice. The traffic light is this check's own scale, inspired by but not the same as the Berlin DPA's rating.",
        Msg::StoreOnDevice => "Save on this device",
        Msg::StoreHint => "Saves scenario and answers in the browser (localStorage), only after your consent (§ 25 TDDDG).",
        Msg::DeleteStored => "Delete saved answers",
        Msg::StoredDeleted => "The answers saved on this device were deleted. They are still in this page's link, and so in the browser history.",
        Msg::StoredCorrupt => "Saved answers were unreadable and were discarded.",
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
        Problem::UnknownCountry(code) => {
            format!("unknown country code “{code}” (allowed: country codes or “self-hosted”)")
        }
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
