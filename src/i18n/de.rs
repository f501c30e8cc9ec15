//! German interface texts.

use super::Msg;
use crate::domain::{
    Column, DataView, Direction, IgnoreReason, Problem, RatingLevel, Region, Tristate,
};

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::Title => "Videokonferenz-Check",
        Msg::Intro => "Welches Videokonferenz-Tool lässt sich datenschutzkonform einsetzen? Die Vergleichstabelle des Quellartikels.",
        Msg::Caption => "Videokonferenz-Tools im Vergleich – Originaltabelle (ca. 2020)",
        Msg::Column(column) => match column {
            Column::Tool => "Tool",
            Column::Location => "Server",
            Column::MaxParticipants => "Max. Teilnehmer",
            Column::E2e => "Ende-zu-Ende-Verschlüsselung",
            Column::Platform(p) => p.name(),
            Column::Blur => "Blur",
        },
        Msg::Tristate(value) => match value {
            Tristate::Yes => "Ja",
            Tristate::No => "Nein",
            Tristate::Unknown => "k. A.",
        },
        Msg::Region(region) => match region {
            Region::Eea => "EU/EWR",
            Region::Adequate => "angemessenes Schutzniveau",
            Region::ThirdCountry => "Drittland",
        },
        Msg::LanguageSwitch => "Sprache",
        Msg::SourceLabel => "Quelle",
        Msg::Undated => "ohne Datum",
        Msg::UnknownLegend => "k. A. = keine Angabe in der Quelle (nicht „Nein“).",
        Msg::DataErrorTitle => "Die Tool-Daten konnten nicht gelesen werden",
        Msg::DataErrorHint => "Bitte korrigieren Sie diese Felder in der Datendatei:",
        Msg::OptionsErrorTitle => "Die Einbettungsoptionen sind fehlerhaft",
        Msg::OptionsErrorHint => "Diese Optionen wurden ignoriert:",
        Msg::View(DataView::Original) => "Originaltabelle (ca. 2020)",
        Msg::View(DataView::Current) => "Aktueller Stand",
        Msg::ViewSwitch => "Datenstand",
        Msg::AsOf => "Stand",
        Msg::SourcesTitle => "Quellen",
        Msg::OriginalNotice => "Diese Tabelle zeigt den Stand des Quellartikels von ca. 2020. Seitdem hat sich einiges geändert – etwa wurden Skype und BlueJeans eingestellt, und Zoom bietet Ende-zu-Ende-Verschlüsselung an. Die belegten Änderungen zeigt „Aktueller Stand“.",
        Msg::CurrentNotice => "Aktueller Stand: die Tabelle des Quellartikels mit belegten Änderungen und ergänzten Tools. Geänderte Zellen sind markiert; jede Markierung öffnet Hinweis und Quelle. Neuester Fakt vom",
        Msg::Changed => "geändert",
        Msg::Confirmed => "Hinweis",
        Msg::InOriginal => "Originaltabelle",
        Msg::InCurrent => "aktuell",
        Msg::Discontinued => "eingestellt",
        Msg::FormerName => "früher",
        Msg::Added => "ergänzt",
        Msg::AddedLegend => "„ergänzt“ = nicht in der Originaltabelle; Werte aus den genannten Quellen, k. A. wo nichts belegt ist.",
        Msg::ToolNote => "Hinweis zum Tool",
        Msg::AuthorityRating => "Berliner Datenschutzbeauftragte 2020",
        Msg::Rating(RatingLevel::Red) => "rot",
        Msg::Rating(RatingLevel::Yellow) => "gelb",
        Msg::Rating(RatingLevel::Green) => "grün",
        Msg::FiltersTitle => "Filter",
        Msg::ShowFilters => "Filter anzeigen",
        Msg::Search => "Tool suchen",
        Msg::SearchHint => "Name, z. B. „Zoom“",
        Msg::LocationFilter => "Serverstandort",
        Msg::EeaOnly => "nur EU/EWR",
        Msg::MinParticipants => "Mindestens Teilnehmer",
        Msg::AnyNumber => "beliebig",
        Msg::PlatformsFilter => "Plattformen (alle gewählten nötig)",
        Msg::DisplayFilter => "Anzeige",
        Msg::HideDiscontinued => "eingestellte Tools ausblenden",
        Msg::HideAdded => "ergänzte Tools ausblenden",
        Msg::ResetFilters => "Filter zurücksetzen",
        Msg::NoResults => "Kein Tool erfüllt alle gewählten Filter.",
        Msg::SortedBy => "Sortiert nach",
        Msg::Then => "dann",
        Msg::Direction(Direction::Ascending) => "aufsteigend",
        Msg::Direction(Direction::Descending) => "absteigend",
        Msg::Unsorted => "Reihenfolge des Quellartikels",
        Msg::CompareColumn => "Vergleich",
        Msg::CompareHint => "2–3 Tools in der Spalte „Vergleich“ wählen",
        Msg::CompareOpen => "Gewählte Tools vergleichen",
        Msg::CompareTitle => "Tools im Vergleich",
        Msg::BackToTable => "Zurück zur Tabelle",
        Msg::Attribute => "Merkmal",
        Msg::Value => "Wert",
        Msg::ExportTitle => "Export",
        Msg::ExportCsv => "Tabelle als CSV",
        Msg::ExportJson => "Tabelle als JSON",
        Msg::Print => "Drucken",
        Msg::LinkNoticeTitle => "Teile des geöffneten Links wurden ignoriert:",
        Msg::Dismiss => "Hinweis schließen",
        Msg::IgnoreReason(reason) => match reason {
            IgnoreReason::TooLong => "der Link ist zu lang; es gilt die Standardansicht",
            IgnoreReason::Malformed => "nicht lesbar",
            IgnoreReason::UnknownKey => "unbekannte Angabe",
            IgnoreReason::Repeated => "doppelt angegeben",
            IgnoreReason::InvalidValue => "ungültiger Wert",
            IgnoreReason::UnknownTool => "unbekanntes Tool",
            IgnoreReason::TooMany => "zu viele Einträge",
        },
        Msg::PanicMessage => "Im Videokonferenz-Check ist ein interner Fehler aufgetreten. Bitte laden Sie die Seite neu.",
        // --- Embedding and custom data (issue 6) ---
        Msg::LoadingData => "Die Daten werden geladen …",
        Msg::CustomDataErrorTitle => "Die eigenen Daten konnten nicht verwendet werden",
        Msg::CustomDataErrorHint => "Angezeigt werden die eingebauten Daten. Bitte korrigieren Sie:",
    }
}

pub(super) fn problem(problem: &Problem) -> String {
    match problem {
        Problem::Syntax { line, column } => {
            format!("kein gültiges JSON (Zeile {line}, Spalte {column})")
        }
        Problem::Missing => "fehlt".into(),
        Problem::WrongType { expected } => format!("falscher Typ, erwartet: {expected}"),
        Problem::UnknownKey => "unbekanntes Feld".into(),
        Problem::NotAllowed { found, allowed } => {
            format!("„{found}“ ist nicht erlaubt, erlaubt sind: {allowed}")
        }
        Problem::UnknownCountry(code) => format!("unbekannter Ländercode „{code}“"),
        Problem::OutOfRange { min, max } => format!("muss zwischen {min} und {max} liegen"),
        Problem::BadDate(text) => {
            format!("„{text}“ ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT")
        }
        Problem::BadId(id) => {
            format!("„{id}“ ist keine gültige ID (Kleinbuchstaben, Ziffern, Bindestrich)")
        }
        Problem::DuplicateId(id) => format!("die ID „{id}“ kommt mehrfach vor"),
        Problem::UnknownSource(id) => format!("die Quelle „{id}“ ist nicht definiert"),
        Problem::NotSameOrigin(src) => {
            format!("„{src}“ ist keine Adresse auf demselben Server (nur relative Pfade)")
        }
        Problem::Empty => "darf nicht leer sein".into(),
        Problem::RepeatedUpdate(field) => format!("„{field}“ wird mehr als einmal aktualisiert"),
        Problem::OnlyWhen(condition) => format!("nur erlaubt, wenn {condition}"),
        // --- Embedding and custom data (issue 6) ---
        Problem::Exclusive(other) => format!("kann nicht zusammen mit „{other}“ angegeben werden"),
        Problem::HttpStatus(status) => {
            format!("die Datei konnte nicht geladen werden (HTTP-Status {status})")
        }
        Problem::Unreachable => {
            "die Datei konnte nicht geladen werden (Netzwerkfehler oder Weiterleitung auf einen anderen Server)".into()
        }
    }
}
