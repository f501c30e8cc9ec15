//! German interface texts.

use super::{Msg, Step, TransferKind};
use crate::domain::compliance::{
    AiFeatures, LegalBasis, OperatingModel, Question, Recording, Severity, TrafficLight, Webinars,
};
use crate::domain::{
    Column, DataView, Direction, IgnoreReason, Problem, RatingLevel, Region, Tristate,
};

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::Title => "Videokonferenz-Check",
        Msg::Intro => "Welches Videokonferenz-Tool lässt sich datenschutzkonform einsetzen?",
        Msg::IntroTable => "Die Vergleichstabelle des Quellartikels.",
        Msg::Caption => "Videokonferenz-Tools im Vergleich – Originaltabelle (ca. 2020)",
        Msg::Column(column) => match column {
            Column::Tool => "Tool",
            Column::Location => "Server",
            Column::MaxParticipants => "Max. Teilnehmer",
            Column::E2e => "Ende-zu-Ende-Verschlüsselung",
            Column::Platform(p) => p.name(),
            Column::Blur => "Blur",
            Column::Light => "Ampel",
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
        Msg::SelfHosted => "selbst betrieben",
        Msg::SelfHostedRegion => "Standort nach Wahl",
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
            IgnoreReason::TooFew => "der Vergleich braucht mindestens zwei gewählte Tools",
        },
        Msg::CalcTitle => "Datenschutz-Check",
        Msg::CalcIntro => "Beschreiben Sie einmal Ihr Szenario. Danach zeigt die Tabelle für jedes Tool eine Ampel, und für jedes Tool können Sie prüfen, welche Maßnahmen nötig und erledigt sind. Alles bleibt in Ihrem Browser.",
        Msg::CalcIntroWithoutTable => "Beschreiben Sie einmal Ihr Szenario. Danach können Sie für jedes Tool prüfen, welche Maßnahmen nötig und erledigt sind; eine Ampel fasst das Ergebnis zusammen. Alles bleibt in Ihrem Browser.",
        Msg::Step(step) => match step {
            Step::Operation => "Betrieb",
            Step::Uses => "Nutzung",
            Step::Recording => "Aufzeichnung und KI",
            Step::Staff => "Beschäftigte",
            Step::Needs => "Harte Anforderungen",
        },
        Msg::StepOf => "Schritt",
        Msg::Next => "Weiter",
        Msg::Back => "Zurück",
        Msg::SetScenario => "Szenario übernehmen",
        Msg::ScenarioSet => "Szenario übernommen: Die Tabelle zeigt jetzt eine Ampel je Tool. Änderungen wirken sofort.",
        Msg::ScenarioSetWithoutTable => "Szenario übernommen: Wählen Sie unten ein Tool, um es zu prüfen. Änderungen wirken sofort.",
        Msg::OperatingModelLegend => "Wer betreibt das System?",
        Msg::OperatingModel(model) => match model {
            OperatingModel::SelfHostedOwn => "Selbst betrieben auf eigener Hardware, eigenes Personal",
            OperatingModel::SelfHostedRentedOrMaintained => "Selbst betrieben auf gemieteten Servern oder mit externer Wartung",
            OperatingModel::ExternalProvider => "Externer IT-Dienstleister",
            OperatingModel::OnlineService => "Online-Dienst des Anbieters",
        },
        Msg::UsesLegend => "Wofür wird das Tool genutzt?",
        Msg::InternalMeetings => "Interne Besprechungen",
        Msg::CustomersOrApplicants => "Gespräche mit Kunden oder Bewerbern",
        Msg::WebinarsLegend => "Webinare oder öffentliche Veranstaltungen",
        Msg::Webinars(w) => match w {
            Webinars::None => "keine",
            Webinars::Alone => "allein veranstaltet",
            Webinars::WithPartner => "gemeinsam mit einer anderen Organisation",
        },
        Msg::SpecialCategories => "Besondere Kategorien personenbezogener Daten (Art. 9 DSGVO, z. B. Gesundheitsdaten)",
        Msg::Art9Documented => "Die genutzte Ausnahme nach Art. 9 Abs. 2 ist dokumentiert",
        Msg::ProfessionalSecrecy => "Daten unter Berufsgeheimnis (§ 203 StGB: Ärzte, Anwälte, Steuerberater …)",
        Msg::ConfidentialBusiness => "Vertrauliche Geschäftsinformationen",
        Msg::RecordingLegend => "Aufzeichnung oder KI-Transkription",
        Msg::Recording(r) => match r {
            Recording::None => "keine",
            Recording::Local => "lokal auf eigenen Geräten",
            Recording::Cloud => "in der Cloud des Anbieters",
        },
        Msg::RecordingBasisLegend => "Rechtsgrundlage der Aufzeichnung",
        Msg::LegalBasis(b) => match b {
            LegalBasis::None => "keine",
            LegalBasis::Consent => "Einwilligung",
            LegalBasis::LegitimateInterest => "berechtigtes Interesse",
            LegalBasis::Unknown => "weiß nicht",
        },
        Msg::AiLegend => "Weitere KI-Funktionen",
        Msg::Ai(a) => match a {
            AiFeatures::Off => "keine",
            AiFeatures::On => "eingeschaltet (Zusammenfassungen, Assistenten, Aufmerksamkeitsmessung)",
            AiFeatures::EmotionRecognition => "Emotionserkennung bei Beschäftigten",
        },
        Msg::FromHome => "Teilnehmende nehmen von zu Hause teil",
        Msg::EmployeesUseIt => "Beschäftigte nutzen das Tool",
        Msg::WorksCouncil => "Es gibt einen Betriebsrat",
        Msg::StaffInformed => "Beschäftigte informiert und Nutzungsregeln erlassen",
        Msg::NeedsLegend => "Was muss ein Tool unbedingt können?",
        Msg::NeedE2e => "Ende-zu-Ende-Verschlüsselung",
        Msg::NeedEea => "Server in der EU/im EWR",
        Msg::NeedBrowserOnly => "Teilnahme im Browser",
        Msg::NeedBlur => "Hintergrund weichzeichnen",
        Msg::NeedParticipants => "Mindestens Teilnehmer",
        Msg::ApplyNeeds => "Anforderungen als Tabellenfilter setzen",
        Msg::ScenarioFindings => "Für jedes Tool gilt in diesem Szenario",
        Msg::CheckTool => "Prüfen",
        Msg::ChooseTool => "Tool prüfen",
        Msg::Checklist => "Was wissen Sie über das Tool?",
        Msg::Findings => "Maßnahmen und Hinweise",
        Msg::NoFindings => "Keine offenen Maßnahmen.",
        Msg::Progress => "Maßnahmen erledigt",
        Msg::Light(light) => match light {
            TrafficLight::Red => "Rot",
            TrafficLight::Yellow => "Gelb",
            TrafficLight::Green => "Grün",
        },
        Msg::LightColumn => "Ampel",
        Msg::Severity(severity) => match severity {
            Severity::Block => "schließt Nutzung aus",
            Severity::Warn => "Maßnahme nötig",
            Severity::Info => "Hinweis",
        },
        Msg::Measure => "Maßnahme",
        Msg::LegalBasisLabel => "Rechtsgrundlage",
        Msg::Question(q) => match q {
            Question::Maintained => "Wird das Tool noch gepflegt (Sicherheitsupdates)?",
            Question::BusinessUseAllowed => "Erlauben die Vertragsbedingungen die geschäftliche Nutzung?",
            Question::ConsumerPlan => "Tritt der Anbieter als eigener Verantwortlicher auf (etwa in einem Verbrauchertarif)?",
            Question::Avv => "Ist ein Auftragsverarbeitungsvertrag (AVV) geschlossen und gegen Art. 28 Abs. 3 DSGVO geprüft?",
            Question::OwnPurposeUse => "Nutzt der Anbieter Inhalte, Metadaten oder Telemetrie für eigene Zwecke?",
            Question::SubprocessorList => "Liegt die Liste der Unterauftragsverarbeiter mit Ländern und Widerspruchsrecht vor?",
            Question::TomsChecked => "Sind die technischen und organisatorischen Maßnahmen und Zertifikate des Anbieters geprüft?",
            Question::SecrecyBound => "Ist der Anbieter in Textform zur Verschwiegenheit (§ 203 StGB) verpflichtet?",
            Question::ThirdCountryAccess => "Sitzt ein Unterauftragsverarbeiter oder ein Support-/Admin-Zugriff in einem Drittland?",
            Question::TransferMechanism => "Wie ist die Übermittlung in das Drittland abgesichert?",
            Question::ParentOutsideEea => "Sitzt der Vertragspartner im EWR, seine Muttergesellschaft aber außerhalb?",
            Question::GroupAccessExcluded => "Ist ein Zugriff der Muttergesellschaft vertraglich und technisch ausgeschlossen?",
            Question::TransportEncryption => "Sind Signalisierung und Medien transportverschlüsselt (TLS/SRTP)?",
            Question::TrackingOff => "Sind Tracking und Telemetrie in Dienst und Clients abgeschaltet?",
            Question::ChatHistoryNotStored => "Ist das Speichern von Chatverläufen abgeschaltet?",
            Question::AccessDataSeparate => "Werden Passwort/PIN getrennt vom Einladungslink versendet?",
            Question::ScreenSharingHostsOnly => "Dürfen nur Moderatoren den Bildschirm teilen?",
            Question::WaitingRoom => "Werden Gäste über einen Warteraum eingelassen?",
            Question::MfaAndUpdates => "Nutzen Moderatoren und Admins Mehr-Faktor-Anmeldung, und werden Clients aktualisiert?",
            Question::RetentionPeriods => "Sind Löschfristen für Aufzeichnungen, Chats, Transkripte und Logs festgelegt?",
            Question::PrivacyNotice => "Ist die Datenschutzinformation (Art. 13) angepasst?",
            Question::RecordOfProcessing => "Ist das Verzeichnis der Verarbeitungstätigkeiten (VVT) ergänzt?",
            Question::DpiaThresholdCheck => "Ist die Schwellwertprüfung zur Datenschutz-Folgenabschätzung dokumentiert?",
            Question::BreachProcess => "Deckt der Prozess für Datenpannen das Tool ab, inkl. Meldepflicht des Anbieters?",
        },
        Msg::Answer(answer) => match answer {
            Tristate::Yes => "Ja",
            Tristate::No => "Nein",
            Tristate::Unknown => "weiß nicht",
        },
        Msg::TransferMechanismOption(kind) => match kind {
            TransferKind::Unknown => "weiß nicht",
            TransferKind::Dpf => "EU-US Data Privacy Framework (Zertifizierung des Empfängers)",
            TransferKind::Sccs => "Standardvertragsklauseln (SCC)",
            TransferKind::Bcr => "Verbindliche interne Datenschutzvorschriften (BCR)",
            TransferKind::Art49 => "Ausnahme nach Art. 49 (z. B. Einwilligung)",
            TransferKind::None => "keine",
        },
        Msg::DpfEntity => "Zertifizierte Gesellschaft (genauer Name)",
        Msg::DpfCheckedOn => "Eintrag auf der DPF-Liste geprüft am",
        Msg::SccsTia => "Transfer-Folgenabschätzung (TIA) dokumentiert?",
        Msg::ReportTitle => "Bericht",
        Msg::DownloadMarkdown => "Bericht als Markdown",
        Msg::DownloadJson => "Bericht als JSON",
        Msg::CopyReport => "Bericht kopieren",
        Msg::Copied => "Bericht in die Zwischenablage kopiert.",
        Msg::CopyFailed => "Kopieren nicht möglich – bitte den Bericht herunterladen.",
        Msg::Disclaimer => "Selbsteinschätzungshilfe, keine Rechtsberatung. Die Ampel ist die eigene Skala dieses Checks, angelehnt an, aber nicht identisch mit der Bewertung der Berliner Datenschutzbeauftragten.",
        Msg::StoreOnDevice => "Auf diesem Gerät speichern",
        Msg::StoreHint => "Speichert Szenario und Antworten im Browser (localStorage), erst nach Ihrer Zustimmung (§ 25 TDDDG).",
        Msg::DeleteStored => "Gespeicherte Antworten löschen",
        Msg::StoredDeleted => "Die auf diesem Gerät gespeicherten Antworten wurden gelöscht. Im Link dieser Seite und damit im Browserverlauf stehen sie weiterhin.",
        Msg::StoredCorrupt => "Gespeicherte Antworten waren unlesbar und wurden verworfen.",
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
        Problem::UnknownCountry(code) => {
            format!("unbekannter Ländercode „{code}“ (erlaubt: Ländercodes oder „self-hosted“)")
        }
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
