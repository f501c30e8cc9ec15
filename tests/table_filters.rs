//! The acceptance cases for filters, facet counts and sorting, on the built-in data.

use vk_check::domain::{
    sort_rows, Catalog, Column, DataView, Direction, FacetOption, Facets, Filter, Platform,
    SortState, Tool, Tristate,
};

/// The source table as the original view shows it.
fn tools() -> Vec<Tool> {
    let catalog = Catalog::builtin().expect("built-in data is valid");
    catalog
        .view(DataView::Original)
        .into_iter()
        .map(|r| std::rc::Rc::unwrap_or_clone(r.tool))
        .collect()
}

fn count(filter: &Filter) -> usize {
    filter.apply(&tools()).len()
}

fn with(options: &[FacetOption]) -> Filter {
    let mut filter = Filter::default();
    for option in options {
        filter.set(option, true);
    }
    filter
}

fn searching(query: &str) -> Filter {
    Filter {
        query: query.to_owned(),
        ..Filter::default()
    }
}

#[test]
fn e2e_yes_leaves_seven_tools() {
    assert_eq!(count(&with(&[FacetOption::E2e(Tristate::Yes)])), 7);
}

#[test]
fn eu_eea_only_leaves_three_tools() {
    assert_eq!(count(&with(&[FacetOption::EeaOnly])), 3);
}

#[test]
fn at_least_two_hundred_participants_leaves_five_tools() {
    assert_eq!(count(&with(&[FacetOption::MinParticipants(200)])), 5);
}

#[test]
fn the_browser_platform_leaves_ten_tools() {
    assert_eq!(
        count(&with(&[FacetOption::Platform(Platform::Browser)])),
        10
    );
}

#[test]
fn e2e_yes_and_eu_eea_only_leaves_three_tools() {
    let filter = with(&[FacetOption::E2e(Tristate::Yes), FacetOption::EeaOnly]);
    assert_eq!(count(&filter), 3);
}

#[test]
fn e2e_yes_and_blur_yes_leaves_no_tool() {
    let filter = with(&[
        FacetOption::E2e(Tristate::Yes),
        FacetOption::Blur(Tristate::Yes),
    ]);
    assert_eq!(count(&filter), 0);
}

#[test]
fn searching_finds_a_tool_whatever_the_case_and_accents() {
    assert_eq!(count(&searching("zoom")), 1);
    assert_eq!(count(&searching("WEBEX")), 1);
    assert_eq!(count(&searching("Blizz")), 1);
    assert_eq!(count(&searching("blîzz")), 1);
    assert_eq!(count(&searching("BLÏZZ")), 1);
}

#[test]
fn the_officers_wish_list_leaves_fastviewer_and_the_counts_say_so_beforehand() {
    let tools = tools();
    // "server in the EU/EEA, E2E, at least 100 participants, works in the browser"
    let mut filter = with(&[FacetOption::EeaOnly, FacetOption::E2e(Tristate::Yes)]);
    let facets = Facets::compute(&filter, &tools);
    assert_eq!(facets.count(&FacetOption::MinParticipants(100)), Some(2));
    filter.set(&FacetOption::MinParticipants(100), true);
    let facets = Facets::compute(&filter, &tools);
    let browser = FacetOption::Platform(Platform::Browser);
    assert_eq!(facets.count(&browser), Some(1));
    filter.set(&browser, true);
    let rows = filter.apply(&tools);
    assert_eq!(rows.len(), 1);
    assert_eq!(tools[rows[0]].id, "fastviewer");
    let facets = Facets::compute(&filter, &tools);
    assert_eq!((facets.shown, facets.total), (1, 11));
}

#[test]
fn sorting_by_participants_descending_puts_zoom_first_and_keeps_ties_in_table_order() {
    let tools = tools();
    let mut rows: Vec<usize> = (0..tools.len()).collect();
    let order = SortState::by(Column::MaxParticipants, Direction::Descending);
    sort_rows(&tools, &mut rows, &order);
    let ids: Vec<&str> = rows.iter().map(|&i| tools[i].id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "zoom",
            "blizz",
            "gotomeeting",
            "teams",
            "webex",
            "fastviewer",
            "bluejeans",
            "adobe-connect",
            "whereby",
            "lifesize",
            "skype"
        ]
    );
}

#[test]
fn unknown_blur_sorts_after_known_blur_in_both_directions() {
    let tools = tools();
    for direction in Direction::ALL {
        let mut rows: Vec<usize> = (0..tools.len()).collect();
        sort_rows(&tools, &mut rows, &SortState::by(Column::Blur, direction));
        let blur: Vec<Tristate> = rows.iter().map(|&i| tools[i].blur).collect();
        assert_eq!(blur[..3], [Tristate::Yes; 3], "{direction:?}");
        assert_eq!(blur[3..], [Tristate::Unknown; 8], "{direction:?}");
    }
}

/// The source table with made-up lights: red for USA tools, green for EEA ones, none for Lifesize.
fn with_lights() -> Vec<Tool> {
    use vk_check::domain::compliance::TrafficLight;
    tools()
        .into_iter()
        .map(|tool| {
            let light = match (tool.id.as_str(), tool.location.as_ref().map(|l| l.code())) {
                ("lifesize", _) => None,
                ("zoom", _) => Some(TrafficLight::Yellow),
                (_, Some("USA")) => Some(TrafficLight::Red),
                _ => Some(TrafficLight::Green),
            };
            Tool { light, ..tool }
        })
        .collect()
}

#[test]
fn the_light_filter_keeps_the_chosen_lights_and_counts_them_beforehand() {
    use vk_check::domain::compliance::TrafficLight;
    let lit = with_lights();
    let facets = Facets::compute(&Filter::default(), &lit);
    assert_eq!(
        facets.count(&FacetOption::Light(TrafficLight::Green)),
        Some(4),
        "three green tools, and Lifesize, which has no light"
    );
    assert_eq!(
        facets.count(&FacetOption::Light(TrafficLight::Yellow)),
        Some(2),
        "Zoom, and Lifesize has no light"
    );
    let green = with(&[FacetOption::Light(TrafficLight::Green)]);
    assert_eq!(
        green.apply(&lit).len(),
        4,
        "three green tools, and the one without a light"
    );
    let without = Facets::compute(&Filter::default(), &tools());
    let red = FacetOption::Light(TrafficLight::Red);
    assert_eq!(without.count(&red), None, "no scenario, no light options");
    assert_eq!(
        with(&[red]).apply(&tools()).len(),
        11,
        "an old link's light filter hides nothing"
    );
}

#[test]
fn sorting_by_light_puts_green_first_and_tools_without_a_light_last() {
    let tools = with_lights();
    let mut rows: Vec<usize> = (0..tools.len()).collect();
    sort_rows(
        &tools,
        &mut rows,
        &SortState::by(Column::Light, Direction::Ascending),
    );
    let ids: Vec<&str> = rows.iter().map(|&i| tools[i].id.as_str()).collect();
    assert_eq!(&ids[..3], ["blizz", "fastviewer", "whereby"]);
    assert_eq!(ids[3], "zoom");
    assert_eq!(ids.last(), Some(&"lifesize"));
    sort_rows(
        &tools,
        &mut rows,
        &SortState::by(Column::Light, Direction::Descending),
    );
    assert_eq!(tools[rows[0]].location.as_ref().unwrap().code(), "USA");
    assert_eq!(tools[*rows.last().unwrap()].id, "lifesize");
}
