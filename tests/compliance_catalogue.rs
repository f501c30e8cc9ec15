//! The catalogue checks at the end of `reference/rules.md`, and the calculator's other promises.

// Besides the checks of rules.md: progress counts, scenario-only findings, and questions hidden
// only when their answer cannot change the result.

mod compliance_support;

use std::rc::Rc;

use compliance_support::{all_done, catalog, check, harmless, source_table, today, tool};
use vk_check::domain::compliance::{
    applicable_questions, assess, rule, scenario_findings, AiFeatures, Answers, Assessment,
    LegalBasis, OperatingModel, Question, Recording, RuleId, Scenario, Severity, Topic,
    TrafficLight, TransferMechanism, Uses, Webinars,
};
use vk_check::domain::{Region, Tool, Tristate};

use RuleId::*;

fn fires(a: &Assessment, id: RuleId) -> bool {
    a.finding(id).is_some()
}

fn severity(a: &Assessment, id: RuleId) -> Option<Severity> {
    a.finding(id).map(|f| f.severity)
}

fn usa_tools() -> Vec<Tool> {
    source_table()
        .into_iter()
        .filter(|t| t.location.as_ref().and_then(|l| l.region()) == Some(Region::ThirdCountry))
        .collect()
}

#[test]
fn every_item_of_the_source_article_s_checklist_is_covered() {
    let webinars = Scenario {
        uses: Uses {
            webinars: Webinars::Alone,
            ..Default::default()
        },
        ..Scenario::default()
    };
    let mut art9 = Scenario::default();
    art9.uses.special_categories = true;
    let unknown = Answers::default();
    let zoom = tool("zoom");
    // (checklist item, rule, situation in which it must fire)
    let items = [
        ("business use", R02, check(&zoom, &webinars, &unknown)),
        (
            "third-country guarantees",
            R06,
            check(&zoom, &webinars, &unknown),
        ),
        ("TLS as the minimum", R10, check(&zoom, &webinars, &unknown)),
        ("E2E as the ideal", R11, check(&zoom, &webinars, &unknown)),
        ("AVV for webinars", R03, check(&zoom, &webinars, &unknown)),
        (
            "privacy notice for webinars",
            R14,
            check(&zoom, &webinars, &unknown),
        ),
        ("VVT for webinars", R15, check(&zoom, &webinars, &unknown)),
        ("tracking", R19, check(&zoom, &webinars, &unknown)),
        ("chat storage", R20, check(&zoom, &webinars, &unknown)),
        (
            "separate access data",
            R21,
            check(&zoom, &webinars, &unknown),
        ),
        ("screen sharing", R22, check(&zoom, &webinars, &unknown)),
        (
            "no especially sensitive data",
            R12,
            check(&zoom, &art9, &unknown),
        ),
    ];
    for (item, id, assessment) in items {
        assert!(fires(&assessment, id), "{item}: {id} does not fire");
        assert!(
            rule(id).source.de.contains("REISSWOLF") && rule(id).source.en.contains("REISSWOLF"),
            "{item}: {id} does not cite the article"
        );
    }
}

#[test]
fn the_avv_finding_says_it_is_needed_for_every_use_not_only_webinars() {
    for answer in [Tristate::No, Tristate::Unknown] {
        let answers = Answers {
            avv: answer,
            ..Answers::default()
        };
        let a = check(&tool("whereby"), &Scenario::default(), &answers);
        let measure = &a.finding(R03).unwrap().measure;
        assert!(
            measure.de.contains("jede Nutzung") && measure.de.contains("nicht nur für Webinare")
        );
        assert!(measure.en.contains("every use") && measure.en.contains("not only for webinars"));
    }
}

#[test]
fn the_dpf_finding_names_the_general_court_ruling_and_the_pending_appeal() {
    for checked_on in [None, Some(today())] {
        let answers = Answers {
            transfer: TransferMechanism::Dpf {
                entity: "Microsoft Corporation".into(),
                checked_on,
            },
            ..Answers::default()
        };
        let a = check(&tool("teams"), &Scenario::default(), &answers);
        let measure = &a.finding(R07).unwrap().measure;
        for text in [&measure.de, &measure.en] {
            assert!(
                text.contains("T-553/23") && text.contains("C-703/25 P"),
                "{text}"
            );
        }
    }
}

#[test]
fn whereby_and_fastviewer_get_no_r06_from_the_table_s_facts() {
    for id in ["whereby", "fastviewer"] {
        let a = check(&tool(id), &Scenario::default(), &Answers::default());
        assert!(!fires(&a, R06), "{id}");
    }
}

#[test]
fn whereby_and_fastviewer_get_r06_when_an_answer_puts_access_in_a_third_country() {
    for id in ["whereby", "fastviewer"] {
        let abroad = Answers {
            third_country_access: Tristate::Yes,
            ..Answers::default()
        };
        let a = check(&tool(id), &Scenario::default(), &abroad);
        assert_eq!(
            severity(&a, R06),
            Some(Severity::Warn),
            "{id}, mechanism unknown"
        );
        let none = Answers {
            transfer: TransferMechanism::None,
            ..abroad
        };
        let a = check(&tool(id), &Scenario::default(), &none);
        assert_eq!(
            severity(&a, R06),
            Some(Severity::Block),
            "{id}, no mechanism"
        );
    }
}

#[test]
fn a_self_hosted_tool_s_location_follows_the_operating_model() {
    let none = Answers {
        transfer: TransferMechanism::None,
        ..Answers::default()
    };
    for id in ["jitsi-meet", "bigbluebutton", "nextcloud-talk"] {
        for model in [
            OperatingModel::SelfHostedOwn,
            OperatingModel::SelfHostedRentedOrMaintained,
        ] {
            let own = Scenario {
                operating_model: model,
                ..Scenario::default()
            };
            let a = check(&tool(id), &own, &Answers::default());
            assert!(
                !fires(&a, R06),
                "{id}, {model:?}: run where the company chooses"
            );
            let shown = applicable_questions(&tool(id), Tristate::Yes, &own, &none);
            assert!(!shown.contains(&Question::TransferMechanism), "{id}");
            assert!(shown.contains(&Question::ThirdCountryAccess), "{id}");
        }
        // Run by a provider, it is where that provider runs it: to be found out, as for an
        // unstated location, but never a third country by itself.
        let provider = Scenario::default();
        let a = check(&tool(id), &provider, &Answers::default());
        assert_eq!(severity(&a, R06), Some(Severity::Warn), "{id}");
        let a = check(&tool(id), &provider, &none);
        assert_eq!(
            severity(&a, R06),
            Some(Severity::Warn),
            "{id}, no mechanism"
        );
        let shown = applicable_questions(&tool(id), Tristate::Yes, &provider, &none);
        assert!(shown.contains(&Question::ThirdCountryAccess), "{id}");
    }
}

#[test]
fn every_usa_tool_gets_r06_unless_a_mechanism_is_answered() {
    let tools = usa_tools();
    assert_eq!(tools.len(), 8, "the source table has eight USA tools");
    let secured = [
        TransferMechanism::Dpf {
            entity: "Vendor Inc.".into(),
            checked_on: Some(today()),
        },
        TransferMechanism::Sccs { tia: Tristate::Yes },
        TransferMechanism::Bcr,
    ];
    for t in &tools {
        for open in [TransferMechanism::Unknown, TransferMechanism::None] {
            let answers = Answers {
                transfer: open.clone(),
                ..all_done()
            };
            assert!(
                fires(&check(t, &harmless(), &answers), R06),
                "{} {open:?}",
                t.id
            );
        }
        for mechanism in &secured {
            let answers = Answers {
                transfer: mechanism.clone(),
                ..all_done()
            };
            let a = check(t, &harmless(), &answers);
            assert!(
                !fires(&a, R06) && a.done.contains(&R06),
                "{} {mechanism:?}",
                t.id
            );
        }
    }
}

#[test]
fn own_hardware_never_gets_r03_and_always_gets_r05() {
    let own = Scenario {
        operating_model: OperatingModel::SelfHostedOwn,
        ..Scenario::default()
    };
    let avv_no = Answers {
        avv: Tristate::No,
        ..Answers::default()
    };
    for t in catalog().tools {
        for answers in [Answers::default(), avv_no.clone(), all_done()] {
            let a = check(&t, &own, &answers);
            assert!(!fires(&a, R03), "{}", t.id);
            assert_eq!(severity(&a, R05), Some(Severity::Info), "{}", t.id);
        }
    }
}

#[test]
fn rented_servers_get_r03_and_no_r05() {
    let rented = Scenario {
        operating_model: OperatingModel::SelfHostedRentedOrMaintained,
        ..Scenario::default()
    };
    for t in catalog().tools {
        let a = check(&t, &rented, &Answers::default());
        assert!(fires(&a, R03) && !fires(&a, R05), "{}", t.id);
    }
}

#[test]
fn art9_use_needs_e2e_from_a_hosted_tool() {
    for model in [
        OperatingModel::OnlineService,
        OperatingModel::ExternalProvider,
    ] {
        let mut scenario = Scenario {
            operating_model: model,
            ..Scenario::default()
        };
        scenario.uses.special_categories = true;
        for t in catalog()
            .tools
            .iter()
            .map(|t| &**t)
            .chain([&tool("e2e-unknown")])
        {
            let a = check(t, &scenario, &all_done());
            if t.e2e == Tristate::Yes {
                assert!(!fires(&a, R12), "{} {model:?}", t.id);
            } else {
                assert_eq!(
                    severity(&a, R12),
                    Some(Severity::Block),
                    "{} {model:?}",
                    t.id
                );
            }
        }
    }
}

#[test]
fn a_maintained_eea_tool_with_e2e_is_green_when_everything_is_done() {
    let eea_e2e: Vec<Tool> = catalog()
        .tools
        .into_iter()
        .map(Rc::unwrap_or_clone)
        .filter(|t| t.location.as_ref().and_then(|l| l.region()) == Some(Region::Eea))
        .filter(|t| t.e2e == Tristate::Yes)
        .collect();
    assert_eq!(eea_e2e.len(), 3, "Blizz, fastviewer, Whereby");
    for t in &eea_e2e {
        for maintenance in [Tristate::Yes, Tristate::Unknown] {
            let a = assess(t, maintenance, &harmless(), &all_done(), today());
            let open: Vec<_> = a.findings.iter().map(|f| f.rule).collect();
            assert_eq!(a.light, TrafficLight::Green, "{}: {open:?}", t.id);
            assert!(
                a.progress.is_complete() && a.progress.needed > 0,
                "{}",
                t.id
            );
        }
    }
}

#[test]
fn a_discontinued_tool_is_red_however_well_it_is_set_up() {
    let a = assess(
        &tool("bluejeans"),
        Tristate::No,
        &harmless(),
        &all_done(),
        today(),
    );
    assert_eq!(a.light, TrafficLight::Red);
    assert_eq!(severity(&a, R01), Some(Severity::Block));
}

#[test]
fn unknown_answers_never_count_as_done() {
    let mut scenario = Scenario::default();
    scenario.uses.special_categories = true;
    scenario.uses.professional_secrecy = true;
    for t in catalog().tools {
        let a = assess(
            &t,
            Tristate::Unknown,
            &scenario,
            &Answers::default(),
            today(),
        );
        assert!(a.done.is_empty(), "{}: {:?}", t.id, a.done);
        assert_eq!(a.progress.done, 0);
        assert_ne!(a.light, TrafficLight::Green);
    }
}

/// Scenarios that together switch every scenario input on at least once.
fn scenarios() -> Vec<Scenario> {
    let mut list = vec![Scenario::default(), harmless()];
    for model in OperatingModel::ALL {
        let mut s = harmless();
        s.operating_model = model;
        list.push(s);
    }
    let mut s = harmless();
    s.uses.special_categories = true;
    s.uses.art9_exception_documented = Tristate::Yes;
    s.recording = Recording::Cloud;
    s.recording_basis = LegalBasis::Consent;
    list.push(s);
    let mut s = harmless();
    s.uses.professional_secrecy = true;
    s.uses.confidential_business = true;
    s.uses.webinars = Webinars::WithPartner;
    s.ai = AiFeatures::On;
    s.works_council = true;
    s.participants_join_from_home = true;
    list.push(s);
    let mut s = Scenario::default();
    s.needs.e2e = true;
    s.recording = Recording::Local;
    s.recording_basis = LegalBasis::None;
    s.ai = AiFeatures::EmotionRecognition;
    list.push(s);
    list
}

fn answer_sets() -> Vec<Answers> {
    let mut abroad = all_done();
    abroad.third_country_access = Tristate::Yes;
    abroad.transfer = TransferMechanism::Sccs { tia: Tristate::Yes };
    let mut parent = all_done();
    parent.parent_outside_eea = Tristate::Yes;
    parent.group_access_excluded = Tristate::Unknown;
    vec![Answers::default(), all_done(), abroad, parent]
}

fn tools() -> Vec<Tool> {
    let mut tools: Vec<Tool> = catalog()
        .tools
        .into_iter()
        .map(Rc::unwrap_or_clone)
        .collect();
    tools.extend(["no-location", "swiss", "e2e-unknown"].map(tool));
    tools
}

#[test]
fn progress_is_complete_exactly_when_the_light_is_green() {
    for t in tools() {
        for s in scenarios() {
            for answers in answer_sets() {
                let a = check(&t, &s, &answers);
                let open = a
                    .findings
                    .iter()
                    .filter(|f| f.severity != Severity::Info)
                    .count();
                assert_eq!(a.progress.needed, a.progress.done + open);
                assert_eq!(a.progress.done, a.done.len());
                assert_eq!(
                    a.progress.is_complete(),
                    a.light == TrafficLight::Green,
                    "{} {s:?}",
                    t.id
                );
            }
        }
    }
}

#[test]
fn scenario_only_findings_are_the_same_for_every_tool() {
    for s in scenarios() {
        let expected = scenario_findings(&s);
        assert!(expected.iter().all(|f| f.scenario_only));
        for t in tools() {
            let a = check(&t, &s, &Answers::default());
            let got: Vec<_> = a
                .findings
                .iter()
                .filter(|f| f.scenario_only)
                .cloned()
                .collect();
            assert_eq!(got, expected, "{}", t.id);
            assert!(a.tool_findings().all(|f| !f.scenario_only));
        }
    }
}

#[test]
fn findings_come_in_rule_order_and_group_by_topic() {
    let a = check(&tool("zoom"), &Scenario::default(), &Answers::default());
    let ids: Vec<RuleId> = a.findings.iter().map(|f| f.rule).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    let grouped: usize = Topic::ALL.iter().map(|t| a.in_topic(*t).count()).sum();
    assert_eq!(grouped, a.findings.len());
}

/// Sets one question's answer; the transfer question takes a mechanism by index.
fn set(answers: &mut Answers, q: Question, value: Tristate, mechanism: usize) {
    let s = &mut answers.settings;
    let d = &mut answers.documentation;
    let field = match q {
        Question::Maintained => &mut answers.maintained,
        Question::BusinessUseAllowed => &mut answers.business_use_allowed,
        Question::ConsumerPlan => &mut answers.consumer_plan,
        Question::Avv => &mut answers.avv,
        Question::OwnPurposeUse => &mut answers.own_purpose_use,
        Question::SubprocessorList => &mut answers.subprocessor_list,
        Question::TomsChecked => &mut answers.toms_checked,
        Question::SecrecyBound => &mut answers.secrecy_bound,
        Question::ThirdCountryAccess => &mut answers.third_country_access,
        Question::ParentOutsideEea => &mut answers.parent_outside_eea,
        Question::GroupAccessExcluded => &mut answers.group_access_excluded,
        Question::TransportEncryption => &mut answers.transport_encryption,
        Question::TrackingOff => &mut s.tracking_off,
        Question::ChatHistoryNotStored => &mut s.chat_history_not_stored,
        Question::AccessDataSeparate => &mut s.access_data_separate,
        Question::ScreenSharingHostsOnly => &mut s.screen_sharing_hosts_only,
        Question::WaitingRoom => &mut s.waiting_room,
        Question::MfaAndUpdates => &mut s.mfa_and_updates,
        Question::RetentionPeriods => &mut s.retention_periods,
        Question::PrivacyNotice => &mut d.privacy_notice,
        Question::RecordOfProcessing => &mut d.record_of_processing,
        Question::DpiaThresholdCheck => &mut d.dpia_threshold_check,
        Question::BreachProcess => &mut d.breach_process,
        Question::TransferMechanism => {
            answers.transfer = [
                TransferMechanism::Unknown,
                TransferMechanism::None,
                TransferMechanism::Art49,
                TransferMechanism::Bcr,
                TransferMechanism::Sccs { tia: value },
                TransferMechanism::Dpf {
                    entity: "X".into(),
                    checked_on: None,
                },
            ][mechanism]
                .clone();
            return;
        }
    };
    *field = value;
}

#[test]
fn a_hidden_question_cannot_change_the_result() {
    for t in tools() {
        for s in scenarios() {
            for base in answer_sets() {
                for maintenance in Tristate::ALL {
                    let shown = applicable_questions(&t, maintenance, &s, &base);
                    let before = assess(&t, maintenance, &s, &base, today());
                    for q in Question::ALL.into_iter().filter(|q| !shown.contains(q)) {
                        let mechanisms = if q == Question::TransferMechanism {
                            6
                        } else {
                            1
                        };
                        for value in Tristate::ALL {
                            for mechanism in 0..mechanisms {
                                let mut changed = base.clone();
                                set(&mut changed, q, value, mechanism);
                                let after = assess(&t, maintenance, &s, &changed, today());
                                assert_eq!(after, before, "{} {q:?} = {value:?} in {s:?}", t.id);
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn transfer_questions_are_hidden_where_nothing_leaves_the_eea() {
    let s = Scenario::default();
    let q =
        |id: &str, answers: &Answers| applicable_questions(&tool(id), Tristate::Yes, &s, answers);
    let none = Answers::default();
    for id in ["whereby", "fastviewer", "blizz", "swiss"] {
        let shown = q(id, &none);
        assert!(!shown.contains(&Question::TransferMechanism), "{id}");
        assert!(shown.contains(&Question::ThirdCountryAccess), "{id}");
    }
    let abroad = Answers {
        third_country_access: Tristate::Yes,
        ..Answers::default()
    };
    assert!(q("whereby", &abroad).contains(&Question::TransferMechanism));
    assert!(q("no-location", &none).contains(&Question::TransferMechanism));
    for t in usa_tools() {
        let shown = applicable_questions(&t, Tristate::Yes, &s, &none);
        assert!(shown.contains(&Question::TransferMechanism), "{}", t.id);
        assert!(!shown.contains(&Question::ThirdCountryAccess), "{}", t.id);
    }
}

#[test]
fn processor_questions_are_hidden_on_own_hardware() {
    let own = Scenario {
        operating_model: OperatingModel::SelfHostedOwn,
        ..Scenario::default()
    };
    let shown = applicable_questions(&tool("zoom"), Tristate::Yes, &own, &Answers::default());
    for hidden in [
        Question::Avv,
        Question::OwnPurposeUse,
        Question::SubprocessorList,
        Question::TomsChecked,
        Question::ConsumerPlan,
        Question::ParentOutsideEea,
        Question::TransferMechanism,
    ] {
        assert!(!shown.contains(&hidden), "{hidden:?}");
    }
    for kept in [
        Question::BusinessUseAllowed,
        Question::TransportEncryption,
        Question::TrackingOff,
    ] {
        assert!(shown.contains(&kept), "{kept:?}");
    }
    let online = applicable_questions(
        &tool("zoom"),
        Tristate::Yes,
        &Scenario::default(),
        &Answers::default(),
    );
    assert!(online.contains(&Question::Avv) && online.contains(&Question::ConsumerPlan));
}

#[test]
fn follow_up_questions_appear_with_the_answer_or_scenario_that_needs_them() {
    let t = tool("blizz");
    let s = Scenario::default();
    let none = Answers::default();
    let shown = |m: Tristate, s: &Scenario, a: &Answers| applicable_questions(&t, m, s, a);
    assert!(!shown(Tristate::Yes, &s, &none).contains(&Question::Maintained));
    assert!(shown(Tristate::Unknown, &s, &none).contains(&Question::Maintained));
    assert!(!shown(Tristate::Yes, &s, &none).contains(&Question::GroupAccessExcluded));
    let parent = Answers {
        parent_outside_eea: Tristate::Yes,
        ..Answers::default()
    };
    assert!(shown(Tristate::Yes, &s, &parent).contains(&Question::GroupAccessExcluded));
    assert!(!shown(Tristate::Yes, &s, &none).contains(&Question::SecrecyBound));
    let mut secrecy = Scenario::default();
    secrecy.uses.professional_secrecy = true;
    assert!(shown(Tristate::Yes, &secrecy, &none).contains(&Question::SecrecyBound));
    assert!(!shown(Tristate::Yes, &secrecy, &none).contains(&Question::DpiaThresholdCheck));
}

#[test]
fn every_question_belongs_to_the_topic_of_its_rule() {
    for q in Question::ALL {
        assert_eq!(q.topic(), rule(q.rule()).topic, "{q:?}");
    }
}
