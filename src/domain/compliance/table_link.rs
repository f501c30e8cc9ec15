//! What the calculator gives the table: a tool's maintenance status for `assess`, and the
//! scenario's hard needs as table filters.

use crate::domain::compliance::HardNeeds;
use crate::domain::{FacetOption, Filter, Platform, StatusKind, Tool, Tristate};

/// Whether the data view says the tool is maintained: discontinued → no, confirmed active →
/// yes, anything else (including a rename with unknown sales status) → unknown.
pub fn maintenance_of(tool: &Tool) -> Tristate {
    match tool.status.as_ref().map(|s| &s.kind) {
        Some(StatusKind::Discontinued) => Tristate::No,
        Some(StatusKind::Active) => Tristate::Yes,
        Some(StatusKind::Renamed { .. }) | None => Tristate::Unknown,
    }
}

/// `filter` with the hard needs switched on: E2E yes, EU/EEA only, the browser among the
/// required platforms, blur yes, the minimum participants. Other filters stay as they are.
pub fn filter_for_needs(needs: &HardNeeds, filter: &Filter) -> Filter {
    let mut next = filter.clone();
    let mut on = |option: FacetOption| next.set(&option, true);
    if needs.e2e {
        on(FacetOption::E2e(Tristate::Yes));
    }
    if needs.eea_hosting {
        on(FacetOption::EeaOnly);
    }
    if needs.browser_only {
        on(FacetOption::Platform(Platform::Browser));
    }
    if needs.blur {
        on(FacetOption::Blur(Tristate::Yes));
    }
    for platform in &needs.platforms {
        on(FacetOption::Platform(*platform));
    }
    if let Some(n) = needs.participants {
        next.min_participants = Some(n);
    }
    next
}

/// One hard need of the scenario, to name those a tool is not shown to meet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    E2e,
    EeaHosting,
    Browser,
    Blur,
    Participants(u32),
    Platform(Platform),
}

impl Need {
    /// The scenario's needs, one by one.
    fn each(needs: &HardNeeds) -> Vec<Need> {
        let flags = [
            (needs.e2e, Need::E2e),
            (needs.eea_hosting, Need::EeaHosting),
            (needs.browser(), Need::Browser),
            (needs.blur, Need::Blur),
        ];
        let flagged = flags
            .into_iter()
            .filter_map(|(on, need)| on.then_some(need));
        let platforms = needs.platforms.iter().filter(|p| **p != Platform::Browser);
        flagged
            .chain(needs.participants.map(Need::Participants))
            .chain(platforms.map(|p| Need::Platform(*p)))
            .collect()
    }

    /// This need alone, as the scenario's needs would give it.
    fn alone(self) -> HardNeeds {
        let mut needs = HardNeeds::default();
        match self {
            Need::E2e => needs.e2e = true,
            Need::EeaHosting => needs.eea_hosting = true,
            Need::Browser => needs.browser_only = true,
            Need::Blur => needs.blur = true,
            Need::Participants(n) => needs.participants = Some(n),
            Need::Platform(p) => needs.platforms.push(p),
        }
        needs
    }
}

/// The needs the data does not show `tool` to meet, judged as the table's filter for each
/// would judge it: a "no" and an unknown value alike. A calculator shown without the table
/// names them in the tool's check, where no filter shows them.
pub fn unmet_needs(tool: &Tool, needs: &HardNeeds) -> Vec<Need> {
    Need::each(needs)
        .into_iter()
        .filter(|need| {
            let filter = filter_for_needs(&need.alone(), &Filter::default());
            filter.apply(std::slice::from_ref(tool)).is_empty()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::testing::{builtin, current};

    #[test]
    fn discontinued_tools_are_unmaintained_and_unstated_ones_unknown() {
        let tools = current();
        let by_id = |id: &str| tools.iter().find(|t| t.id == id).unwrap();
        assert_eq!(maintenance_of(by_id("skype")), Tristate::No);
        assert_eq!(maintenance_of(by_id("adobe-connect")), Tristate::Yes);
        assert_eq!(
            maintenance_of(by_id("blizz")),
            Tristate::Unknown,
            "renamed, sales unverified"
        );
        assert_eq!(maintenance_of(by_id("fastviewer")), Tristate::Unknown);
    }

    #[test]
    fn a_check_names_the_needs_the_table_filter_would_not_pass() {
        let needs = HardNeeds {
            e2e: true,
            eea_hosting: true,
            participants: Some(500),
            platforms: vec![Platform::Ios, Platform::Browser],
            ..HardNeeds::default()
        };
        let tools = current();
        let by_id = |id: &str| tools.iter().find(|t| t.id == id).unwrap();
        // TeamViewer Meeting: E2E, in Germany, on iOS, but not in the browser and for 300.
        assert_eq!(
            unmet_needs(by_id("blizz"), &needs),
            [Need::Browser, Need::Participants(500)]
        );
        // A tool meets every need exactly when the needs' table filter keeps it.
        let kept = filter_for_needs(&needs, &Filter::default()).apply(&tools);
        for (i, tool) in tools.iter().enumerate() {
            assert_eq!(
                unmet_needs(tool, &needs).is_empty(),
                kept.contains(&i),
                "{}",
                tool.id
            );
        }
        assert_eq!(unmet_needs(by_id("zoom"), &HardNeeds::default()), []);
    }

    #[test]
    fn needs_become_filters_that_narrow_the_source_table() {
        let needs = HardNeeds {
            e2e: true,
            eea_hosting: true,
            participants: Some(100),
            ..HardNeeds::default()
        };
        let filter = filter_for_needs(&needs, &Filter::default());
        assert!(filter.e2e.contains(&Tristate::Yes) && filter.eea_only);
        assert_eq!(filter.min_participants, Some(100));
        let tools = builtin();
        let ids: Vec<&str> = filter
            .apply(&tools)
            .iter()
            .map(|&i| tools[i].id.as_str())
            .collect();
        assert_eq!(ids, ["blizz", "fastviewer"]);
    }

    #[test]
    fn the_eea_need_keeps_self_hosted_tools_and_drops_unknown_locations() {
        let needs = HardNeeds {
            eea_hosting: true,
            ..HardNeeds::default()
        };
        let filter = filter_for_needs(&needs, &Filter::default());
        let tools = current();
        let ids: Vec<&str> = filter
            .apply(&tools)
            .iter()
            .map(|&i| tools[i].id.as_str())
            .collect();
        for id in ["jitsi-meet", "bigbluebutton", "nextcloud-talk", "blizz"] {
            assert!(ids.contains(&id), "{id} in {ids:?}");
        }
        assert!(!ids.contains(&"wire"), "its location is unknown");
        assert!(!ids.contains(&"zoom"));
    }

    #[test]
    fn no_needs_leave_the_filter_as_it_was() {
        let filter = Filter {
            query: "zoom".into(),
            ..Filter::default()
        };
        assert_eq!(filter_for_needs(&HardNeeds::default(), &filter), filter);
    }
}
