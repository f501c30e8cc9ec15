//! German interface texts.

use super::Msg;
use crate::domain::{Column, Problem, Region, Tristate};

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
        Msg::PanicMessage => "Im Videokonferenz-Check ist ein interner Fehler aufgetreten. Bitte laden Sie die Seite neu.",
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
    }
}
