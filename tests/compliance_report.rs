//! The report to file: every finding with its measure, legal basis and source, in both
//! languages, as Markdown and as JSON with stable keys.

mod compliance_support;

use compliance_support::{all_done, check, date, harmless, source_table, today, tool};
use regex_lite::Regex;
use serde_json::Value;
use vk_check::domain::compliance::{
    answers_from_json, applicable_questions, assess, rule, scenario_from_json, AiFeatures, Answers,
    Assessment, OperatingModel, Question, Recording, Report, RuleId, Scenario, Severity, Topic,
    TransferMechanism, Webinars, ABBREVIATIONS, RULES,
};
use vk_check::domain::{DataView, Lang, Tool, Tristate};

/// A scenario that fires many rules at once: Art. 9 data, secrets, cloud recording, AI,
/// a joint webinar, work from home, a works council and E2E needed.
fn demanding() -> Scenario {
    let mut s = Scenario::default();
    s.uses.special_categories = true;
    s.uses.professional_secrecy = true;
    s.uses.confidential_business = true;
    s.uses.webinars = Webinars::WithPartner;
    s.recording = Recording::Cloud;
    s.ai = AiFeatures::On;
    s.participants_join_from_home = true;
    s.works_council = true;
    s.needs.e2e = true;
    s
}

fn report<'a>(
    tool: &'a Tool,
    scenario: &'a Scenario,
    answers: &'a Answers,
    assessment: &'a Assessment,
) -> Report<'a> {
    Report {
        date: today(),
        view: DataView::Original,
        scenario,
        tool,
        maintenance: Tristate::Yes,
        answers,
        assessment,
    }
}

fn json(report: &Report, lang: Lang) -> Value {
    serde_json::from_str(&report.to_json_string(lang)).expect("the report is valid JSON")
}

/// The default scenario, a demanding one, and the demanding one self-hosted: between them
/// most rules fire.
fn varied_scenarios() -> [Scenario; 3] {
    [
        Scenario::default(),
        demanding(),
        Scenario {
            operating_model: OperatingModel::SelfHostedOwn,
            ..demanding()
        },
    ]
}

#[test]
fn every_finding_appears_with_id_measure_legal_basis_and_source_in_both_languages() {
    let scenarios = varied_scenarios();
    let mut rules_seen = std::collections::BTreeSet::new();
    for tool in source_table() {
        for scenario in &scenarios {
            let answers = Answers::default();
            let assessment = check(&tool, scenario, &answers);
            let report = report(&tool, scenario, &answers, &assessment);
            for lang in Lang::ALL {
                let markdown = report.to_markdown(lang);
                let json = json(&report, lang);
                let listed = json["findings"].as_array().unwrap();
                assert_eq!(listed.len(), assessment.findings.len());
                for f in &assessment.findings {
                    rules_seen.insert(f.rule);
                    let id = f.rule.to_string();
                    assert!(
                        markdown.contains(&format!("**{id}**")),
                        "{id} in {}",
                        tool.id
                    );
                    assert!(markdown.contains(f.measure.get(lang)), "{id} measure");
                    assert!(
                        markdown.contains(f.legal_basis.get(lang)),
                        "{id} legal basis"
                    );
                    assert!(markdown.contains(f.source.get(lang)), "{id} source");
                    let entry = listed.iter().find(|e| e["rule"] == id.as_str()).unwrap();
                    assert_eq!(entry["measure"], f.measure.get(lang));
                    assert_eq!(entry["legal_basis"], f.legal_basis.get(lang));
                    assert_eq!(entry["source"], f.source.get(lang));
                    assert_eq!(entry["severity"], f.severity.key());
                    assert_eq!(entry["topic"], f.topic.key());
                }
            }
        }
    }
    assert!(
        rules_seen.len() >= 25,
        "the cases reach most rules: {rules_seen:?}"
    );
}

/// An English court name or citation style in `text`, which a German reader must not see.
fn english_citation(text: &str) -> Option<String> {
    let words = [
        "CJEU",
        "General Court",
        "(pending)",
        "appeal",
        "criterion",
        "Decision (EU)",
        "EDPB",
    ];
    if let Some(word) = words.iter().find(|w| text.contains(**w)) {
        return Some((*word).to_owned());
    }
    // "Art. 28(3)", "5(1)(b)", "§ 203(3),(4)": a paragraph in brackets right after a number.
    let paragraph = Regex::new(r"\d\(\d+\)|\)\([a-z0-9]+\)|\),\(").unwrap();
    paragraph.find(text).map(|m| m.as_str().to_owned())
}

#[test]
fn german_findings_and_reports_use_german_court_names_and_notation() {
    // The detector knows the English forms.
    assert!(english_citation(rule(RuleId::R04).legal_basis.en).is_some());
    assert!(english_citation(rule(RuleId::R07).source.en).is_some());
    assert!(english_citation(rule(RuleId::R31).legal_basis.en).is_some());
    // Every rule's citation, whether or not a scenario below reaches it, and the legend.
    for r in &RULES {
        for text in [r.legal_basis.de, r.source.de] {
            assert_eq!(english_citation(text), None, "{}: {text}", r.id);
        }
    }
    for (short, long) in ABBREVIATIONS {
        for text in [short.de, long.de] {
            assert_eq!(english_citation(text), None, "{text}");
        }
    }
    // The reports as filed, with many findings each.
    let scenarios = varied_scenarios();
    for tool in source_table() {
        for scenario in &scenarios {
            let answers = Answers::default();
            let assessment = check(&tool, scenario, &answers);
            let report = report(&tool, scenario, &answers, &assessment);
            let markdown = report.to_markdown(Lang::De);
            assert_eq!(english_citation(&markdown), None, "{}", tool.id);
            let json = report.to_json_string(Lang::De);
            assert_eq!(english_citation(&json), None, "{}", tool.id);
        }
    }
}

#[test]
fn each_language_has_its_own_measures_and_labels() {
    let zoom = tool("zoom");
    let scenario = demanding();
    let answers = Answers::default();
    let assessment = check(&zoom, &scenario, &answers);
    let report = report(&zoom, &scenario, &answers, &assessment);
    let (de, en) = (report.to_markdown(Lang::De), report.to_markdown(Lang::En));
    for f in &assessment.findings {
        assert!(
            !en.contains(&f.measure.de),
            "German measure {} in English",
            f.rule
        );
        assert!(
            !de.contains(&f.measure.en),
            "English measure {} in German",
            f.rule
        );
    }
    assert!(de.starts_with("# Datenschutz-Check: Zoom\n"));
    assert!(en.starts_with("# Data protection check: Zoom\n"));
    assert!(de.contains("- **Datenstand:** Originaltabelle (ca. 2020)"));
    assert!(en.contains("- **Data version:** Original table (c. 2020)"));
    assert!(de.contains("- **Datum:** 01.05.2026"));
    assert!(en.contains("- **Date:** 2026-05-01"));
    assert!(de.contains("### Verschlüsselung") && en.contains("### Encryption"));
}

#[test]
fn the_light_and_progress_are_stated() {
    let zoom = tool("zoom");
    let scenario = harmless();
    let answers = Answers::default();
    let assessment = check(&zoom, &scenario, &answers);
    let report = report(&zoom, &scenario, &answers, &assessment);
    let p = assessment.progress;
    let de = report.to_markdown(Lang::De);
    assert!(de.contains(assessment.light.meaning(Lang::De)));
    assert!(de.contains(&format!("{} von {} Maßnahmen erledigt", p.done, p.needed)));
    let en = report.to_markdown(Lang::En);
    assert!(en.contains(&format!("{} of {} measures done", p.done, p.needed)));
    let json = json(&report, Lang::En);
    assert_eq!(json["verdict"], assessment.light.key());
    assert_eq!(json["progress"]["done"], p.done);
    assert_eq!(json["progress"]["needed"], p.needed);
}

#[test]
fn a_green_report_says_that_no_defects_found_is_not_proof() {
    let whereby = tool("whereby");
    let scenario = harmless();
    let answers = all_done();
    let assessment = check(&whereby, &scenario, &answers);
    assert_eq!(assessment.light.key(), "green");
    let report = report(&whereby, &scenario, &answers, &assessment);
    assert!(report
        .to_markdown(Lang::De)
        .contains("kein Nachweis der Rechtmäßigkeit"));
    assert!(report
        .to_markdown(Lang::En)
        .contains("not proof of compliance"));
    let json = json(&report, Lang::En);
    assert_eq!(json["verdict"], "green");
    assert!(json["verdict_text"].as_str().unwrap().contains("not proof"));
    let done = json["done"].as_array().unwrap();
    assert!(!done.is_empty(), "a finished check lists what was done");
    let progress = json["progress"].clone();
    assert_eq!(progress["done"], progress["needed"]);
}

#[test]
fn every_report_carries_the_disclaimer_and_the_scale_note() {
    let zoom = tool("zoom");
    let scenario = Scenario::default();
    let answers = Answers::default();
    let assessment = check(&zoom, &scenario, &answers);
    let report = report(&zoom, &scenario, &answers, &assessment);
    let de = report.to_markdown(Lang::De);
    for phrase in [
        "Selbsteinschätzung",
        "keine Rechtsberatung",
        "eigene Skala",
        "Berliner",
    ] {
        assert!(de.contains(phrase), "{phrase}");
    }
    let en = report.to_markdown(Lang::En);
    for phrase in [
        "self-assessment aid",
        "not legal advice",
        "own scale",
        "Berlin",
    ] {
        assert!(en.contains(phrase), "{phrase}");
    }
    let disclaimer = json(&report, Lang::En)["disclaimer"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(disclaimer.contains("not legal advice"));
    assert!(disclaimer.contains("not that authority's rating"));
}

#[test]
fn the_legend_explains_every_abbreviation() {
    let zoom = tool("zoom");
    let scenario = Scenario::default();
    let answers = Answers::default();
    let assessment = check(&zoom, &scenario, &answers);
    let report = report(&zoom, &scenario, &answers, &assessment);
    let json = json(&report, Lang::De);
    assert_eq!(
        json["abbreviations"].as_array().unwrap().len(),
        ABBREVIATIONS.len()
    );
    for (lang, heading) in [(Lang::De, "## Abkürzungen"), (Lang::En, "## Abbreviations")] {
        let markdown = report.to_markdown(lang);
        assert!(markdown.contains(heading));
        for (short, long) in ABBREVIATIONS {
            let entry = format!("- **{}:** {}", short.get(lang), long.get(lang));
            assert!(markdown.contains(&entry), "{entry}");
        }
    }
    let de = report.to_markdown(Lang::De);
    assert!(de.contains("- **EuGH:** Gerichtshof der Europäischen Union"));
    assert!(de.contains("- **EuG:** Gericht der Europäischen Union"));
    // English legal bases cite bare articles ("Art. 28(3)"); the legend names their law.
    let en = report.to_markdown(Lang::En);
    assert!(en.contains("- **Art.:** Article of the GDPR"), "{en}");
}

#[test]
fn the_scenario_is_written_out_field_by_field() {
    let zoom = tool("zoom");
    let scenario = demanding();
    let answers = Answers::default();
    let assessment = check(&zoom, &scenario, &answers);
    let report = report(&zoom, &scenario, &answers, &assessment);
    for lang in Lang::ALL {
        let markdown = report.to_markdown(lang);
        let lines = scenario.in_words(lang);
        for l in &lines {
            assert!(
                markdown.contains(&format!("- {}: {}", l.label, l.value)),
                "{}",
                l.key
            );
        }
        let json = json(&report, lang);
        assert_eq!(
            json["scenario_in_words"].as_array().unwrap().len(),
            lines.len()
        );
        // The machine-readable scenario does not depend on the language.
        assert_eq!(json["scenario"]["recording"], "cloud");
        assert_eq!(json["scenario"]["uses"]["webinars"], "with-partner");
    }
}

#[test]
fn scenario_findings_get_their_own_section_after_the_tools() {
    let teams = tool("teams");
    let scenario = demanding();
    let answers = Answers::default();
    let assessment = check(&teams, &scenario, &answers);
    let report = report(&teams, &scenario, &answers, &assessment);
    let markdown = report.to_markdown(Lang::De);
    let section = markdown
        .find("## Befunde aus dem Szenario")
        .expect("a scenario section");
    let tool_section = markdown.find("## Befunde für Microsoft Teams").unwrap();
    assert!(tool_section < section);
    for f in &assessment.findings {
        let at = markdown.find(&format!("**{}**", f.rule)).unwrap();
        assert_eq!(at > section, f.scenario_only, "{}", f.rule);
    }
    let json = json(&report, Lang::De);
    let r18 = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "R18")
        .unwrap();
    assert_eq!(r18["scenario_only"], true);
}

#[test]
fn json_keys_and_values_are_the_same_in_both_languages() {
    let zoom = tool("zoom");
    let scenario = demanding();
    let answers = Answers::default();
    let assessment = check(&zoom, &scenario, &answers);
    let report = report(&zoom, &scenario, &answers, &assessment);
    let (de, en) = (json(&report, Lang::De), json(&report, Lang::En));
    for key in [
        "report",
        "version",
        "date",
        "data_view",
        "tool",
        "scenario",
        "verdict",
        "progress",
        "done",
    ] {
        assert!(!de[key].is_null(), "{key}");
        assert_eq!(de[key], en[key], "{key}");
    }
    assert_eq!(
        (de["lang"].as_str(), en["lang"].as_str()),
        (Some("de"), Some("en"))
    );
    assert_eq!(de["date"], "2026-05-01");
    assert_eq!(de["data_view"], "original");
    assert_eq!(de["tool"]["id"], "zoom");
    let severities = Severity::ALL.map(Severity::key);
    let topics = Topic::ALL.map(Topic::key);
    let stable = |v: &Value| -> Vec<(String, String, String)> {
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let field = |k: &str| f[k].as_str().unwrap().to_owned();
                (field("rule"), field("severity"), field("topic"))
            })
            .collect()
    };
    assert_eq!(stable(&de), stable(&en));
    for (rule, severity, topic) in stable(&de) {
        assert!(rule.parse::<RuleId>().is_ok(), "{rule}");
        assert!(severities.contains(&severity.as_str()), "{severity}");
        assert!(topics.contains(&topic.as_str()), "{topic}");
    }
    assert!(["red", "yellow", "green"].contains(&de["verdict"].as_str().unwrap()));
}

#[test]
fn findings_are_grouped_by_topic_in_the_catalogue_order() {
    let zoom = tool("zoom");
    let scenario = demanding();
    let answers = Answers::default();
    let assessment = check(&zoom, &scenario, &answers);
    let report = report(&zoom, &scenario, &answers, &assessment);
    let json = json(&report, Lang::En);
    let order: Vec<(bool, usize, String)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let topic = Topic::ALL
                .iter()
                .position(|t| f["topic"] == t.key())
                .unwrap();
            let rule = f["rule"].as_str().unwrap().to_owned();
            (f["scenario_only"].as_bool().unwrap(), topic, rule)
        })
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
}

#[test]
fn markup_in_a_custom_tool_name_is_shown_as_text() {
    let mut evil = tool("zoom");
    evil.name = "<img src=x onerror=alert(1)> **Zoom**".to_owned();
    evil.id = "../zoom pro".to_owned();
    let scenario = Scenario::default();
    let answers = Answers::default();
    let assessment = check(&evil, &scenario, &answers);
    let report = report(&evil, &scenario, &answers, &assessment);
    let markdown = report.to_markdown(Lang::En);
    assert!(
        !markdown.replace(r"\<", "").contains('<'),
        "no unescaped tag"
    );
    assert!(markdown.contains(r"\<img src=x onerror=alert(1)\> \*\*Zoom\*\*"));
    assert_eq!(report.file_name("md"), "vk-check----zoom-pro-2026-05-01.md");
    assert_eq!(json(&report, Lang::En)["tool"]["name"], evil.name);
}

/// Zoom's answers as a data protection officer might file them: the AVV and the DPF entity
/// with its check date given, the waiting room not yet known.
fn zoom_answers() -> Answers {
    Answers {
        avv: Tristate::Yes,
        own_purpose_use: Tristate::No,
        transfer: TransferMechanism::Dpf {
            entity: "Zoom Video Communications, Inc.".to_owned(),
            checked_on: Some(date("2026-04-15")),
        },
        ..Answers::default()
    }
}

#[test]
fn the_answers_given_are_written_out_and_unanswered_ones_say_unknown() {
    let zoom = tool("zoom");
    let scenario = harmless();
    let answers = zoom_answers();
    let assessment = check(&zoom, &scenario, &answers);
    let report = report(&zoom, &scenario, &answers, &assessment);
    let de = report.to_markdown(Lang::De);
    for expected in [
        "## Angaben zu Zoom\n",
        "\n- Ist ein Auftragsverarbeitungsvertrag (AVV) geschlossen und gegen Art. 28 Abs. 3 \
         DSGVO geprüft? ja\n",
        "\n- Nutzt der Anbieter Inhalte, Metadaten oder Telemetrie für eigene Zwecke? nein\n",
        "\n- Wie ist die Übermittlung in das Drittland abgesichert? EU-US Data Privacy Framework \
         (Zertifizierung des Empfängers)\n",
        "\n  - Zertifizierte Gesellschaft (genauer Name): Zoom Video Communications, Inc.\n",
        "\n  - Eintrag auf der DPF-Liste geprüft am: 15.04.2026\n",
        "\n- Werden Gäste über einen Warteraum eingelassen? unbekannt\n",
    ] {
        assert!(de.contains(expected), "{expected:?} in\n{de}");
    }
    let en = report.to_markdown(Lang::En);
    for expected in [
        "## Answers for Zoom\n",
        "\n  - Certified entity (exact name): Zoom Video Communications, Inc.\n",
        "\n  - DPF list entry checked on: 2026-04-15\n",
    ] {
        assert!(en.contains(expected), "{expected:?} in\n{en}");
    }
    assert!(en.contains("waiting room? unknown\n"), "{en}");
    // The answers come after the scenario and before the findings.
    let at = |text: &str| de.find(text).unwrap();
    assert!(at("## Szenario") < at("## Angaben zu Zoom"));
    assert!(at("## Angaben zu Zoom") < at("## Befunde für Zoom"));
}

#[test]
fn only_the_questions_the_checklist_shows_are_listed() {
    let zoom = tool("zoom");
    let self_hosted = Scenario {
        operating_model: OperatingModel::SelfHostedOwn,
        ..harmless()
    };
    for scenario in [harmless(), demanding(), self_hosted] {
        let answers = zoom_answers();
        let assessment = check(&zoom, &scenario, &answers);
        let report = report(&zoom, &scenario, &answers, &assessment);
        let shown = applicable_questions(&zoom, Tristate::Yes, &scenario, &answers);
        for lang in Lang::ALL {
            let json = json(&report, lang);
            let keys: Vec<&str> = json["answers_in_words"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l["key"].as_str().unwrap())
                .filter(|k| !k.starts_with("transfer."))
                .collect();
            // In the checklist's order: by topic, then as the form asks.
            let mut expected: Vec<&Question> = shown.iter().collect();
            expected.sort_by_key(|q| Topic::ALL.iter().position(|t| *t == q.topic()));
            let expected: Vec<&str> = expected.iter().map(|q| q.path()).collect();
            assert_eq!(keys, expected, "{:?}", scenario.operating_model);
            let markdown = report.to_markdown(lang);
            for q in Question::ALL {
                let asked = vk_check::i18n::t(lang, vk_check::i18n::Msg::Question(q));
                assert_eq!(markdown.contains(asked), shown.contains(&q), "{q:?}");
            }
        }
    }
    // Self-hosted on own hardware, there is no processor to conclude an AVV with.
    let scenario = Scenario {
        operating_model: OperatingModel::SelfHostedOwn,
        ..harmless()
    };
    let answers = zoom_answers();
    let assessment = check(&zoom, &scenario, &answers);
    let markdown = report(&zoom, &scenario, &answers, &assessment).to_markdown(Lang::De);
    assert!(!markdown.contains("(AVV) geschlossen"));
}

#[test]
fn the_json_report_carries_scenario_and_answers_as_assess_reads_them() {
    let zoom = tool("zoom");
    let mut done = all_done();
    done.transfer = TransferMechanism::Sccs { tia: Tristate::Yes };
    let cases = [
        (harmless(), zoom_answers()),
        (demanding(), done),
        (Scenario::default(), Answers::default()),
    ];
    for (scenario, answers) in cases {
        let assessment = check(&zoom, &scenario, &answers);
        let report = report(&zoom, &scenario, &answers, &assessment);
        let (de, en) = (json(&report, Lang::De), json(&report, Lang::En));
        assert_eq!(
            de["answers"], en["answers"],
            "the answers do not depend on the language"
        );
        // A filed report fed back gives the same answers, scenario and verdict.
        let read = answers_from_json("answers", &de["answers"]).expect("assess() reads them");
        assert_eq!(read, answers);
        let read_scenario = scenario_from_json("scenario", &de["scenario"]).unwrap();
        assert_eq!(read_scenario, scenario);
        let again = assess(&zoom, Tristate::Yes, &read_scenario, &read, today());
        assert_eq!(de["verdict"], again.light.key());
    }
    let answers = zoom_answers();
    let assessment = check(&zoom, &harmless(), &answers);
    let json = json(&report(&zoom, &harmless(), &answers, &assessment), Lang::En);
    assert_eq!(
        json["answers"]["transfer"],
        serde_json::json!({
            "kind": "dpf",
            "entity": "Zoom Video Communications, Inc.",
            "checked_on": "2026-04-15"
        })
    );
    assert_eq!(json["answers"]["settings"]["waiting_room"], "unknown");
    let value = |key: &str| {
        json["answers_in_words"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["key"] == key)
            .map(|l| l["value"].as_str().unwrap().to_owned())
    };
    assert_eq!(
        value("transfer.entity").unwrap(),
        "Zoom Video Communications, Inc."
    );
    assert_eq!(value("transfer.checked_on").unwrap(), "2026-04-15");
    assert_eq!(value("settings.waiting_room").unwrap(), "unknown");
    // The DPF entity is a detail of the transfer line, as the Markdown indents it.
    let detail = |key: &str| {
        json["answers_in_words"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["key"] == key)
            .map(|l| l["detail"] == true)
    };
    assert_eq!(
        (detail("transfer.entity"), detail("settings.waiting_room")),
        (Some(true), Some(false))
    );
    assert_eq!(
        value("maintained"),
        None,
        "the data says Zoom is maintained"
    );
}

#[test]
fn markup_in_an_answer_is_shown_as_text() {
    let zoom = tool("zoom");
    let scenario = harmless();
    let answers = Answers {
        transfer: TransferMechanism::Dpf {
            entity: "<b>Zoom</b> *Inc.*\n# heading".to_owned(),
            checked_on: None,
        },
        ..Answers::default()
    };
    let assessment = check(&zoom, &scenario, &answers);
    let markdown = report(&zoom, &scenario, &answers, &assessment).to_markdown(Lang::En);
    assert!(markdown
        .contains(r"  - Certified entity (exact name): \<b\>Zoom\</b\> \*Inc.\* \# heading"));
    assert!(markdown.contains("  - DPF list entry checked on: unknown\n"));
}
