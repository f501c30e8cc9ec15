//! Property tests of the URL fragment: every state survives a link, and no input can crash it.
#![cfg(not(target_arch = "wasm32"))]

mod state_strategies;

use std::collections::BTreeSet;

use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use state_strategies::{answers, answers_per_tool, scenario};
use std::rc::Rc;
use vk_check::domain::compliance::TrafficLight;

use vk_check::domain::{
    decode, encode, Catalog, Column, DataView, Direction, Filter, IgnoreReason, Lang, Location,
    Platform, SortKey, SortState, Tool, Tristate, UrlState, MAX_COMPARE,
};

fn tools() -> Vec<Rc<Tool>> {
    Catalog::builtin().expect("built-in data is valid").tools
}

fn set_of<T: Ord + Clone + std::fmt::Debug + 'static>(
    values: Vec<T>,
) -> impl Strategy<Value = BTreeSet<T>> {
    let len = values.len();
    proptest::collection::btree_set(select(values), 0..=len)
}

fn sort_key() -> impl Strategy<Value = SortKey> {
    (
        select(Column::ALL.to_vec()),
        select(Direction::ALL.to_vec()),
    )
        .prop_map(|(column, direction)| SortKey { column, direction })
}

fn sort_state() -> impl Strategy<Value = SortState> {
    (sort_key(), proptest::option::of(sort_key())).prop_map(|(primary, secondary)| SortState {
        primary,
        // A second key on the same column would add nothing; decoding drops it.
        secondary: secondary.filter(|s| s.column != primary.column),
    })
}

fn filter() -> impl Strategy<Value = Filter> {
    let codes: Vec<String> = Location::known_codes().map(str::to_owned).collect();
    let query = proptest::collection::vec(any::<char>(), 0..30).prop_map(String::from_iter);
    (
        query,
        proptest::collection::btree_set(select(codes), 0..4),
        any::<bool>(),
        proptest::option::of(any::<u32>()),
        set_of(Tristate::ALL.to_vec()),
        set_of(Tristate::ALL.to_vec()),
        set_of(Platform::ALL.to_vec()),
        any::<bool>(),
        (any::<bool>(), set_of(TrafficLight::ALL.to_vec())),
    )
        .prop_map(
            |(
                query,
                locations,
                eea_only,
                min,
                e2e,
                blur,
                platforms,
                hide_added,
                (hide_disc, lights),
            )| {
                Filter {
                    query,
                    locations: locations.into_iter().collect(),
                    eea_only,
                    min_participants: min,
                    e2e: e2e.into_iter().collect(),
                    blur: blur.into_iter().collect(),
                    platforms: platforms.into_iter().collect(),
                    hide_added,
                    hide_discontinued: hide_disc,
                    lights: lights.into_iter().collect(),
                }
            },
        )
}

fn url_state() -> impl Strategy<Value = UrlState> {
    let ids: Vec<String> = tools().into_iter().map(|t| t.id.clone()).collect();
    let table = (
        select(DataView::ALL.to_vec()),
        filter(),
        proptest::option::of(sort_state()),
        subsequence(ids.clone(), 0..=MAX_COMPARE).prop_shuffle(),
        proptest::option::of(select(Lang::ALL.to_vec())),
        any::<bool>(),
    );
    let calculator = (
        proptest::option::of(scenario()),
        proptest::option::of(scenario()),
        answers_per_tool(ids.clone()),
        proptest::option::of(select(ids)),
    );
    (table, calculator).prop_map(
        |((view, filter, sort, compare, lang, open), (scenario, draft, answers, checking))| {
            UrlState {
                view,
                filter,
                sort,
                comparing: open && compare.len() >= 2,
                compare,
                lang,
                // Applying a scenario ends its draft: a state never holds both.
                draft: draft.filter(|_| scenario.is_none()),
                scenario,
                answers,
                checking,
            }
        },
    )
}

/// Strings made of the fragment's own building blocks reach deeper than random text.
fn fragment_like() -> impl Strategy<Value = String> {
    let pieces = [
        "q",
        "loc",
        "eea",
        "min",
        "e2e",
        "blur",
        "plat",
        "hide",
        "sort",
        "cmp",
        "lang",
        "view",
        "=",
        "&",
        ",",
        ".",
        "#",
        "%",
        "%C3",
        "%A4",
        "%2",
        "%ZZ",
        "yes",
        "unknown",
        "DE",
        "nor",
        "browser",
        "added",
        "name",
        "desc",
        "zoom",
        "teams",
        "en",
        "current",
        "1",
        "0",
        "99",
        "ü",
        "\u{0}",
        " ",
        "sc",
        "sd",
        "chk",
        "a.",
        "a.zoom",
        "a.teams",
        "31000u00030010u000000000",
        "2",
        "3",
        "y",
        "n",
        "u",
        "uuuuuuuuuuuu",
        "d",
        "s",
        "b",
        "~2020",
        "2026-01-10",
        "-",
    ];
    proptest::collection::vec(select(pieces.to_vec()), 0..40).prop_map(|p| p.concat())
}

proptest! {
    #[test]
    fn every_state_survives_a_link(state in url_state()) {
        let tools = tools();
        let fragment = encode(&state);
        prop_assert_eq!(decode(&fragment, &tools), (state, vec![]));
    }

    #[test]
    fn any_text_decodes_without_panicking(text in any::<String>()) {
        let (state, _) = decode(&text, &tools());
        prop_assert!(state.compare.len() <= MAX_COMPARE);
    }

    #[test]
    fn a_scenario_with_answers_for_four_tools_fits_in_a_link(
        scenario in scenario(),
        answers in proptest::collection::vec(answers(), 4),
    ) {
        // Entities of up to 40 characters, as random as they come: every byte may need escaping.
        let ids = ["zoom", "teams", "webex", "whereby"].map(str::to_owned);
        let state = UrlState {
            scenario: Some(scenario),
            answers: ids.into_iter().zip(answers).collect(),
            checking: Some("zoom".to_owned()),
            ..UrlState::default()
        };
        prop_assert!(encode(&state).len() <= vk_check::domain::fragment::MAX_FRAGMENT_LEN);
    }

    /// A notice quotes what it ignored, shortened: a crafted link cannot flood the page.
    #[test]
    fn every_notice_quotes_at_most_forty_characters(text in any::<String>(), like in fragment_like()) {
        for fragment in [text, like] {
            for notice in decode(&fragment, &tools()).1 {
                prop_assert!(notice.key.chars().count() <= 41, "{:?}", notice);
                prop_assert!(notice.value.chars().count() <= 41, "{:?}", notice);
            }
        }
    }

    #[test]
    fn whatever_a_fragment_yields_is_a_state_a_link_can_carry(text in fragment_like()) {
        let tools = tools();
        let (state, _) = decode(&text, &tools);
        prop_assert_eq!(decode(&encode(&state), &tools), (state, vec![]));
    }
}

#[test]
fn a_hundred_kilobyte_fragment_gives_the_defaults_and_one_notice() {
    let part = "q=zoom&e2e=yes&cmp=zoom,teams&";
    let fragment = part.repeat(100 * 1024 / part.len());
    assert!(fragment.len() > 99 * 1024);
    let (state, notices) = decode(&fragment, &tools());
    assert_eq!(state, UrlState::default());
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].reason, IgnoreReason::TooLong);
}

#[test]
fn markup_rtl_and_emoji_in_the_search_survive_a_link_as_text() {
    for query in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "שלום 🎥",
        "مرحبا",
        "\u{202E}evil",
        "👩\u{200D}💻",
    ] {
        let mut state = UrlState::default();
        state.filter.query = query.to_owned();
        let fragment = encode(&state);
        assert!(
            fragment
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"=%-._~".contains(&b)),
            "{fragment}: only unreserved characters and escapes"
        );
        assert_eq!(decode(&fragment, &tools()), (state, vec![]));
    }
    // As a browser may show it, unescaped: still the same text.
    let (state, notices) = decode("q=<script>alert(1)</script>", &tools());
    assert_eq!(
        (state.filter.query.as_str(), notices),
        ("<script>alert(1)</script>", vec![])
    );
}

#[test]
fn a_fragment_at_the_limit_is_read_and_one_character_more_is_not() {
    use vk_check::domain::fragment::MAX_FRAGMENT_LEN;
    let at_limit = format!("q={}", "a".repeat(MAX_FRAGMENT_LEN - 2));
    let (state, notices) = decode(&at_limit, &tools());
    assert_eq!(
        (state.filter.query.len(), notices.len()),
        (MAX_FRAGMENT_LEN - 2, 0)
    );
    let (state, notices) = decode(&format!("{at_limit}a"), &tools());
    assert_eq!(state, UrlState::default());
    assert_eq!(notices[0].reason, IgnoreReason::TooLong);
}
