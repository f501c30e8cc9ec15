//! The result for one tool as a document to file: Markdown to read, JSON with stable keys.

// Both forms carry the same content in the same order, so whoever files one has everything:
// date, data view, scenario, tool, light, progress, the answers given about the tool, every
// finding grouped by topic, the legend and the disclaimer. Texts come in the chosen language;
// keys and ids never change with it. The JSON carries the scenario and the answers in the
// form `assess()` reads, so a filed report can be checked again.

use serde_json::Value;

use crate::domain::compliance::json::object;
use crate::domain::compliance::{
    AnswerLine, Answers, Assessment, Finding, Scenario, Topic, ABBREVIATIONS,
};
use crate::domain::{DataView, Lang, SourceDate, Tool, Tristate};
use crate::i18n::{self, t, Msg};

// Short within this file; `ReportLabel` outside it.
use ReportLabel as Label;

/// Version of the JSON layout, for programs that read filed reports. It changes when a key is
/// removed, renamed or changes meaning; added keys (such as `answers`) keep it, since a reader
/// that knows the older keys reads them as before. 2: `legal_basis` and `source` are written
/// in the report's language (German notation in German reports).
pub const REPORT_VERSION: u64 = 2;

/// Everything one report shows. The findings that follow from the scenario alone are taken from
/// the assessment (which counts them in the light) and shown in their own section.
#[derive(Clone, Copy, Debug)]
pub struct Report<'a> {
    /// The day the report is made.
    pub date: SourceDate,
    /// The data view the assessment used.
    pub view: DataView,
    pub scenario: &'a Scenario,
    pub tool: &'a Tool,
    /// Whether the data view says the tool is maintained, as given to `assess`.
    pub maintenance: Tristate,
    /// The answers about the tool that the assessment used.
    pub answers: &'a Answers,
    pub assessment: &'a Assessment,
}

/// Findings of one topic, for the tool or for the scenario.
struct Group<'a> {
    scenario_only: bool,
    topic: Topic,
    findings: Vec<&'a Finding>,
}

impl<'a> Report<'a> {
    /// The findings in report order: the tool's by topic, then the scenario's by topic; within
    /// a topic in rule order.
    fn groups(&self) -> Vec<Group<'a>> {
        let findings = &self.assessment.findings;
        [false, true]
            .into_iter()
            .flat_map(|scenario_only| {
                Topic::ALL.into_iter().map(move |topic| Group {
                    scenario_only,
                    topic,
                    findings: findings
                        .iter()
                        .filter(|f| f.scenario_only == scenario_only && f.topic == topic)
                        .collect(),
                })
            })
            .filter(|g| !g.findings.is_empty())
            .collect()
    }

    fn title(&self, lang: Lang) -> String {
        format!("{}: {}", Label::Title.text(lang), self.tool.name)
    }

    fn progress(&self, lang: Lang) -> String {
        let p = self.assessment.progress;
        match lang {
            Lang::De => format!("{} von {} Maßnahmen erledigt", p.done, p.needed),
            Lang::En => format!("{} of {} measures done", p.done, p.needed),
        }
    }

    /// The report as Markdown. Text from the data (tool name and id) is escaped, so a custom
    /// dataset cannot inject markup.
    pub fn to_markdown(&self, lang: Lang) -> String {
        let label = |l: Label| l.text(lang);
        let mut out = String::new();
        let mut line = |text: String| {
            out.push_str(&text);
            out.push('\n');
        };
        line(format!("# {}", md(&self.title(lang))));
        line(String::new());
        line(md(label(Label::Subtitle)));
        line(String::new());
        let date = i18n::date(lang, self.date);
        line(format!("- **{}:** {}", label(Label::Date), md(&date)));
        let view = t(lang, Msg::View(self.view));
        line(format!("- **{}:** {}", label(Label::DataView), md(view)));
        line(format!(
            "- **{}:** {} ({}: {})",
            label(Label::Tool),
            md(&self.tool.name),
            label(Label::Id),
            md(&self.tool.id)
        ));
        let light = self.assessment.light;
        line(format!(
            "- **{}:** {}",
            label(Label::Light),
            md(light.meaning(lang))
        ));
        let mut progress = self.progress(lang);
        if !self.assessment.done.is_empty() {
            let done: Vec<String> = self.assessment.done.iter().map(|r| r.to_string()).collect();
            progress.push_str(&format!(" ({})", done.join(", ")));
        }
        line(format!(
            "- **{}:** {}",
            label(Label::Progress),
            md(&progress)
        ));
        line(String::new());

        line(format!("## {}", label(Label::Scenario)));
        line(String::new());
        for l in self.scenario.in_words(lang) {
            line(format!("- {}: {}", md(l.label), md(&l.value)));
        }

        line(String::new());
        line(format!(
            "## {}",
            md(&answers_heading(lang, &self.tool.name))
        ));
        line(String::new());
        let answers = self.answers_in_words(lang);
        for l in &answers {
            let indent = if l.detail { "  " } else { "" };
            line(format!("{indent}- {}", md(&labelled(l.label, &l.value))));
        }
        if answers.is_empty() {
            line(label(Label::NoFindings).to_owned());
        }

        let groups = self.groups();
        for scenario_only in [false, true] {
            line(String::new());
            let heading = if scenario_only {
                label(Label::ScenarioFindings).to_owned()
            } else {
                format!("{} {}", label(Label::FindingsFor), &self.tool.name)
            };
            line(format!("## {}", md(&heading)));
            let mut any = false;
            for group in groups.iter().filter(|g| g.scenario_only == scenario_only) {
                any = true;
                line(String::new());
                line(format!("### {}", md(group.topic.label(lang))));
                line(String::new());
                for f in &group.findings {
                    line(format!(
                        "- **{}** ({}): {}",
                        f.rule,
                        md(f.severity.label(lang)),
                        md(f.measure.get(lang))
                    ));
                    line(format!(
                        "  - {}: {}",
                        label(Label::LegalBasis),
                        md(f.legal_basis.get(lang))
                    ));
                    line(format!(
                        "  - {}: {}",
                        label(Label::Source),
                        md(f.source.get(lang))
                    ));
                }
            }
            if !any {
                line(String::new());
                line(label(Label::NoFindings).to_owned());
            }
        }

        line(String::new());
        line(format!("## {}", label(Label::Abbreviations)));
        line(String::new());
        for (short, long) in ABBREVIATIONS {
            line(format!(
                "- **{}:** {}",
                md(short.get(lang)),
                md(long.get(lang))
            ));
        }
        line(String::new());
        line(format!("## {}", label(Label::Notice)));
        line(String::new());
        line(md(label(Label::Disclaimer)));
        out
    }

    /// The report as JSON: stable keys and values (rule ids, `block`/`warn`/`info`,
    /// `red`/`yellow`/`green`, topic keys, the scenario's own JSON form) plus the texts in `lang`.
    pub fn to_json(&self, lang: Lang) -> Value {
        let findings: Vec<Value> = self
            .groups()
            .iter()
            .flat_map(|g| &g.findings)
            .map(|f| {
                object(vec![
                    ("rule", f.rule.to_string().into()),
                    ("severity", f.severity.key().into()),
                    ("severity_text", f.severity.label(lang).into()),
                    ("topic", f.topic.key().into()),
                    ("topic_text", f.topic.label(lang).into()),
                    ("measure", f.measure.get(lang).into()),
                    ("legal_basis", f.legal_basis.get(lang).into()),
                    ("source", f.source.get(lang).into()),
                    ("scenario_only", f.scenario_only.into()),
                ])
            })
            .collect();
        // A line in words as JSON: its key, what the form asks, and the answer.
        let line = |key: &str, label: &str, value: String| {
            object(vec![
                ("key", key.into()),
                ("label", label.into()),
                ("value", value.into()),
            ])
        };
        let in_words: Vec<Value> = self
            .scenario
            .in_words(lang)
            .into_iter()
            .map(|l| line(l.key, l.label, l.value))
            .collect();
        let answers_in_words: Vec<Value> = self
            .answers_in_words(lang)
            .into_iter()
            .map(|l| {
                let mut value = line(l.key, l.label, l.value);
                // As the Markdown indents it: a detail of the line before (the DPF entity…).
                value["detail"] = l.detail.into();
                value
            })
            .collect();
        let abbreviations: Vec<Value> = ABBREVIATIONS
            .iter()
            .map(|(short, long)| {
                object(vec![
                    ("abbreviation", short.get(lang).into()),
                    ("meaning", long.get(lang).into()),
                ])
            })
            .collect();
        let a = self.assessment;
        let done: Vec<Value> = a.done.iter().map(|id| id.to_string().into()).collect();
        object(vec![
            ("report", "vk-check".into()),
            ("version", REPORT_VERSION.into()),
            ("lang", lang.tag().into()),
            ("title", self.title(lang).into()),
            ("date", self.date.to_string().into()),
            ("data_view", self.view.key().into()),
            ("data_view_text", t(lang, Msg::View(self.view)).into()),
            (
                "tool",
                object(vec![
                    ("id", self.tool.id.as_str().into()),
                    ("name", self.tool.name.as_str().into()),
                ]),
            ),
            ("scenario", self.scenario.to_json()),
            ("scenario_in_words", in_words.into()),
            ("answers", self.answers.to_json()),
            ("answers_in_words", answers_in_words.into()),
            ("verdict", a.light.key().into()),
            ("verdict_text", a.light.meaning(lang).into()),
            (
                "progress",
                object(vec![
                    ("done", a.progress.done.into()),
                    ("needed", a.progress.needed.into()),
                ]),
            ),
            ("progress_text", self.progress(lang).into()),
            ("done", done.into()),
            ("findings", findings.into()),
            ("abbreviations", abbreviations.into()),
            ("disclaimer", Label::Disclaimer.text(lang).into()),
        ])
    }

    /// [`Report::to_json`] as indented text, for the download.
    pub fn to_json_string(&self, lang: Lang) -> String {
        // A `Value` always serialises.
        serde_json::to_string_pretty(&self.to_json(lang)).unwrap_or_default()
    }

    /// The answers to the questions the checklist shows for this tool, in its order.
    pub fn answers_in_words(&self, lang: Lang) -> Vec<AnswerLine> {
        self.answers
            .in_words(self.tool, self.maintenance, self.scenario, lang)
    }

    /// A file name for the download, such as `vk-check-zoom-2026-05-01.md`; the tool id is
    /// reduced to letters, digits and dashes, so it is safe on every file system.
    pub fn file_name(&self, extension: &str) -> String {
        let id: String = self
            .tool
            .id
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        format!("vk-check-{id}-{}.{extension}", self.date)
    }
}

/// The report's own words, also for the printout; the match is exhaustive, so a missing
/// translation fails to build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportLabel {
    Title,
    Subtitle,
    Date,
    DataView,
    Tool,
    Id,
    Light,
    Progress,
    Scenario,
    AnswersFor,
    FindingsFor,
    ScenarioFindings,
    NoFindings,
    LegalBasis,
    Source,
    Abbreviations,
    Notice,
    Disclaimer,
}

impl ReportLabel {
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Label::Title, Lang::De) => "Datenschutz-Check",
            (Label::Title, Lang::En) => "Data protection check",
            (Label::Subtitle, Lang::De) => {
                "Selbsteinschätzung mit dem Videokonferenz-Check (vk-check), erstellt im Browser."
            }
            (Label::Subtitle, Lang::En) => {
                "Self-assessment with the video conferencing check (vk-check), made in the browser."
            }
            (Label::Date, Lang::De) => "Datum",
            (Label::Date, Lang::En) => "Date",
            (Label::DataView, Lang::De) => "Datenstand",
            (Label::DataView, Lang::En) => "Data version",
            (Label::Tool, Lang::De) => "Tool",
            (Label::Tool, Lang::En) => "Tool",
            (Label::Id, Lang::De) => "Kennung",
            (Label::Id, Lang::En) => "id",
            (Label::Light, Lang::De) => "Ampel",
            (Label::Light, Lang::En) => "Traffic light",
            (Label::Progress, Lang::De) => "Fortschritt",
            (Label::Progress, Lang::En) => "Progress",
            (Label::Scenario, Lang::De) => "Szenario",
            (Label::Scenario, Lang::En) => "Scenario",
            (Label::AnswersFor, Lang::De) => "Angaben zu",
            (Label::AnswersFor, Lang::En) => "Answers for",
            (Label::FindingsFor, Lang::De) => "Befunde für",
            (Label::FindingsFor, Lang::En) => "Findings for",
            (Label::ScenarioFindings, Lang::De) => {
                "Befunde aus dem Szenario (für alle Tools gleich)"
            }
            (Label::ScenarioFindings, Lang::En) => {
                "Findings from the scenario (the same for every tool)"
            }
            (Label::NoFindings, Lang::De) => "Keine.",
            (Label::NoFindings, Lang::En) => "None.",
            (Label::LegalBasis, Lang::De) => "Rechtsgrundlage",
            (Label::LegalBasis, Lang::En) => "Legal basis",
            (Label::Source, Lang::De) => "Quelle",
            (Label::Source, Lang::En) => "Source",
            (Label::Abbreviations, Lang::De) => "Abkürzungen",
            (Label::Abbreviations, Lang::En) => "Abbreviations",
            (Label::Notice, Lang::De) => "Hinweis",
            (Label::Notice, Lang::En) => "Notice",
            (Label::Disclaimer, Lang::De) => {
                "Dieser Bericht ist eine Hilfe zur Selbsteinschätzung, keine Rechtsberatung. Er \
                 beruht allein auf den Angaben im Check und ersetzt weder die Prüfung durch Ihre \
                 Datenschutzbeauftragte oder Ihren Datenschutzbeauftragten noch eine rechtliche \
                 Beratung. Die Ampel ist die eigene Skala dieses Rechners: angelehnt an die \
                 Bewertung der Berliner Beauftragten für Datenschutz und Informationsfreiheit, \
                 aber nicht deren Bewertung. Grün heißt „keine Mängel festgestellt“ und ist kein \
                 Nachweis der Rechtmäßigkeit."
            }
            (Label::Disclaimer, Lang::En) => {
                "This report is a self-assessment aid, not legal advice. It rests only on what was \
                 entered in the check and replaces neither a review by your data protection \
                 officer nor legal advice. The traffic light is this calculator's own scale: \
                 inspired by the rating of the Berlin Commissioner for Data Protection and Freedom \
                 of Information, but not that authority's rating. Green means \"no defects found\" \
                 and is not proof of compliance."
            }
        }
    }
}

/// The heading over a tool's answers, in the report and in the check: "Answers for Zoom".
pub fn answers_heading(lang: Lang, tool_name: &str) -> String {
    format!("{} {tool_name}", Label::AnswersFor.text(lang))
}

/// What ends a label before its value: nothing after a question, else a colon.
pub fn label_end(label: &str) -> &'static str {
    if label.ends_with('?') {
        ""
    } else {
        ":"
    }
}

/// A question and its answer on one line: "Is an AVV concluded …? yes", "Certified entity:
/// Acme Inc.".
fn labelled(label: &str, value: &str) -> String {
    format!("{label}{} {value}", label_end(label))
}

/// Escapes the characters that Markdown would read as markup (and `<`, which some renderers
/// pass through as HTML), so every text shows as written.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        // A line break in data would end the list item.
        out.push(if c == '\n' || c == '\r' { ' ' } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_data_is_escaped() {
        assert_eq!(md("a*b_c <img> [x](y)"), r"a\*b\_c \<img\> \[x\](y)");
        assert_eq!(md("two\nlines"), "two lines");
        assert_eq!(md("Art. 28(3)(a)–(h) „AVV“"), "Art. 28(3)(a)–(h) „AVV“");
    }
}
