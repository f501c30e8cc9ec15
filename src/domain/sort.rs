//! Table order: by any column, ascending or descending, with unknown values always last.

use std::borrow::Borrow;
use std::cmp::Ordering;

use crate::domain::compliance::TrafficLight;
use crate::domain::fold::fold;
use crate::domain::stable_sort;
use crate::domain::{Column, Tool, Tristate};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Direction {
    #[default]
    Ascending,
    Descending,
}

impl Direction {
    pub const ALL: [Direction; 2] = [Direction::Ascending, Direction::Descending];

    /// The spelling used in the URL fragment.
    pub fn key(self) -> &'static str {
        match self {
            Direction::Ascending => "asc",
            Direction::Descending => "desc",
        }
    }

    pub fn from_key(key: &str) -> Option<Direction> {
        Direction::ALL.into_iter().find(|d| d.key() == key)
    }

    pub fn reversed(self) -> Direction {
        match self {
            Direction::Ascending => Direction::Descending,
            Direction::Descending => Direction::Ascending,
        }
    }
}

/// One sort key: a column and its direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SortKey {
    pub column: Column,
    pub direction: Direction,
}

/// The table's order: a primary key and, for its ties, an optional secondary key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SortState {
    pub primary: SortKey,
    pub secondary: Option<SortKey>,
}

impl SortState {
    pub fn by(column: Column, direction: Direction) -> SortState {
        SortState {
            primary: SortKey { column, direction },
            secondary: None,
        }
    }

    pub fn then_by(self, column: Column, direction: Direction) -> SortState {
        SortState {
            secondary: Some(SortKey { column, direction }),
            ..self
        }
    }

    /// The order after a click on `column`'s header: the sorted column flips its direction;
    /// another column becomes the primary key, ascending, and the old primary key its secondary,
    /// so a second click order ("by E2E, then by participants") needs no extra control.
    pub fn after_click(current: Option<SortState>, column: Column) -> SortState {
        match current {
            Some(mut state) if state.primary.column == column => {
                state.primary.direction = state.primary.direction.reversed();
                state
            }
            Some(state) => SortState {
                primary: SortKey {
                    column,
                    direction: Direction::Ascending,
                },
                secondary: Some(state.primary),
            },
            None => SortState::by(column, Direction::Ascending),
        }
    }

    /// The primary key, then the secondary key if there is one.
    pub fn keys(&self) -> impl Iterator<Item = SortKey> {
        [Some(self.primary), self.secondary].into_iter().flatten()
    }

    /// The direction `column` is sorted in, if it is a sort key (for `aria-sort` and captions).
    pub fn direction_of(&self, column: Column) -> Option<Direction> {
        self.keys()
            .find(|k| k.column == column)
            .map(|k| k.direction)
    }
}

/// A cell's value as far as order goes. Within one column every value has the same variant.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Value {
    /// The folded name, so "Łódź" sorts with "lodz" and case does not matter.
    Text(String),
    /// EU/EEA first, then self-hosted, then adequate countries, then other third countries; by
    /// code within each (see [`crate::domain::Location::order_key`]).
    Place((u8, String)),
    Number(u32),
    /// Yes before no.
    Fact(Tristate),
    /// Green before yellow before red: ascending puts the best first, like yes before no.
    Light(std::cmp::Reverse<TrafficLight>),
}

/// The sort value of `tool` in `column`; `None` when unknown.
fn value(tool: &Tool, column: Column) -> Option<Value> {
    let fact = |t: Tristate| (t != Tristate::Unknown).then_some(Value::Fact(t));
    match column {
        Column::Tool => Some(Value::Text(fold(&tool.name))),
        Column::Location => tool.location.as_ref().map(|l| Value::Place(l.order_key())),
        Column::MaxParticipants => tool.max_participants.map(Value::Number),
        Column::E2e => fact(tool.e2e),
        Column::Platform(p) => fact(tool.platforms.get(p)),
        Column::Blur => fact(tool.blur),
        Column::Light => tool.light.map(|l| Value::Light(std::cmp::Reverse(l))),
    }
}

/// Known values in the key's direction; unknown values after them either way.
fn compare(a: &Option<Value>, b: &Option<Value>, direction: Direction) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => match direction {
            Direction::Ascending => a.cmp(b),
            Direction::Descending => b.cmp(a),
        },
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Puts table rows (indices into `tools`) into `order`. The sort is stable: rows equal in
/// every key keep the order they came in, which is the data order for a fresh filter result.
pub fn sort_rows<T: Borrow<Tool>>(tools: &[T], rows: &mut [usize], order: &SortState) {
    let secondary = order.secondary;
    // Each value is computed once per row rather than once per comparison; rows are sorted by
    // their position in `rows`, which indexes these values.
    let keyed: Vec<(Option<Value>, Option<Value>)> = rows
        .iter()
        .map(|&i| {
            let tool = tools[i].borrow();
            let second = secondary.and_then(|k| value(tool, k.column));
            (value(tool, order.primary.column), second)
        })
        .collect();
    let mut positions: Vec<usize> = (0..rows.len()).collect();
    stable_sort::sort_by(&mut positions, &|a, b| {
        let (a, b) = (&keyed[a], &keyed[b]);
        compare(&a.0, &b.0, order.primary.direction)
            .then_with(|| secondary.map_or(Ordering::Equal, |k| compare(&a.1, &b.1, k.direction)))
    });
    let unsorted = rows.to_vec();
    for (row, position) in rows.iter_mut().zip(positions) {
        *row = unsorted[position];
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::testing::{builtin, ids, located, unknown_tool};
    use crate::domain::Platform;
    use Direction::{Ascending, Descending};

    fn sorted(tools: &[Tool], order: SortState) -> Vec<&str> {
        let mut rows: Vec<usize> = (0..tools.len()).collect();
        sort_rows(tools, &mut rows, &order);
        ids(tools, &rows)
    }

    fn with_participants(id: &str, n: Option<u32>) -> Tool {
        Tool {
            max_participants: n,
            ..unknown_tool(id)
        }
    }

    #[test]
    fn names_sort_alphabetically_ignoring_case_and_accents() {
        let tools = ["Zoom", "Ärzte-Call", "bluejeans", "Blizz", "adobe"].map(|name| Tool {
            name: name.to_owned(),
            ..unknown_tool(name)
        });
        let by_name = SortState::by(Column::Tool, Ascending);
        assert_eq!(
            sorted(&tools, by_name),
            ["adobe", "Ärzte-Call", "Blizz", "bluejeans", "Zoom"]
        );
        let descending = SortState::by(Column::Tool, Descending);
        assert_eq!(
            sorted(&tools, descending),
            ["Zoom", "bluejeans", "Blizz", "Ärzte-Call", "adobe"]
        );
    }

    #[test]
    fn unknown_participants_sort_last_in_both_directions() {
        let tools = [
            with_participants("none", None),
            with_participants("fifty", Some(50)),
            with_participants("five-hundred", Some(500)),
        ];
        let up = SortState::by(Column::MaxParticipants, Ascending);
        assert_eq!(sorted(&tools, up), ["fifty", "five-hundred", "none"]);
        let down = SortState::by(Column::MaxParticipants, Descending);
        assert_eq!(sorted(&tools, down), ["five-hundred", "fifty", "none"]);
    }

    #[test]
    fn unknown_blur_sorts_last_in_both_directions() {
        let tools = builtin();
        let up = sorted(&tools, SortState::by(Column::Blur, Ascending));
        assert_eq!(up[..3], ["teams", "skype", "zoom"]);
        assert_eq!(
            up[3..],
            [
                "blizz",
                "fastviewer",
                "whereby",
                "gotomeeting",
                "webex",
                "bluejeans",
                "lifesize",
                "adobe-connect"
            ]
        );
        let down = sorted(&tools, SortState::by(Column::Blur, Descending));
        assert_eq!(
            down, up,
            "all known blur values are yes, so only unknown could move"
        );
    }

    #[test]
    fn yes_comes_before_no_ascending_and_after_it_descending() {
        let tools = [Tristate::Unknown, Tristate::No, Tristate::Yes].map(|e2e| Tool {
            e2e,
            ..unknown_tool(e2e.key())
        });
        assert_eq!(
            sorted(&tools, SortState::by(Column::E2e, Ascending)),
            ["yes", "no", "unknown"]
        );
        assert_eq!(
            sorted(&tools, SortState::by(Column::E2e, Descending)),
            ["no", "yes", "unknown"]
        );
    }

    #[test]
    fn locations_in_the_eea_come_first_then_self_hosted_and_unknown_ones_last() {
        let tools = [
            located("usa", "USA"),
            unknown_tool("nowhere"),
            located("swiss", "CH"),
            located("own-server", "self-hosted"),
            located("oslo", "NOR"),
            located("berlin", "DE"),
        ];
        let up = SortState::by(Column::Location, Ascending);
        assert_eq!(
            sorted(&tools, up),
            ["berlin", "oslo", "own-server", "swiss", "usa", "nowhere"]
        );
        let down = SortState::by(Column::Location, Descending);
        assert_eq!(
            sorted(&tools, down),
            ["usa", "swiss", "own-server", "oslo", "berlin", "nowhere"]
        );
    }

    #[test]
    fn ties_keep_the_data_order_in_both_directions() {
        let tools = builtin();
        let up = sorted(&tools, SortState::by(Column::E2e, Ascending));
        assert_eq!(
            up,
            [
                "blizz",
                "fastviewer",
                "whereby",
                "gotomeeting",
                "webex",
                "bluejeans",
                "lifesize",
                "teams",
                "skype",
                "zoom",
                "adobe-connect"
            ]
        );
        let down = sorted(&tools, SortState::by(Column::E2e, Descending));
        assert_eq!(
            down,
            [
                "teams",
                "skype",
                "zoom",
                "adobe-connect",
                "blizz",
                "fastviewer",
                "whereby",
                "gotomeeting",
                "webex",
                "bluejeans",
                "lifesize"
            ]
        );
    }

    #[test]
    fn a_secondary_key_orders_the_ties_of_the_primary_key() {
        let tools = builtin();
        let order =
            SortState::by(Column::E2e, Descending).then_by(Column::MaxParticipants, Descending);
        assert_eq!(
            sorted(&tools, order)[..4],
            ["zoom", "teams", "adobe-connect", "skype"]
        );
        let order =
            SortState::by(Column::MaxParticipants, Ascending).then_by(Column::Tool, Descending);
        assert_eq!(sorted(&tools, order)[..3], ["whereby", "skype", "lifesize"]);
    }

    #[test]
    fn every_column_sorts_known_values_in_order_and_unknown_ones_last() {
        let mut tools = builtin();
        tools.extend([unknown_tool("mystery"), located("oslo", "NO")]);
        for column in Column::ALL {
            for direction in Direction::ALL {
                let mut rows: Vec<usize> = (0..tools.len()).collect();
                sort_rows(&tools, &mut rows, &SortState::by(column, direction));
                let values: Vec<Option<Value>> =
                    rows.iter().map(|&i| value(&tools[i], column)).collect();
                for pair in values.windows(2) {
                    let ordered = compare(&pair[0], &pair[1], direction) != Ordering::Greater;
                    assert!(ordered, "{column:?} {direction:?}: {pair:?}");
                }
                if column != Column::Tool {
                    assert_eq!(values.last(), Some(&None), "{column:?} {direction:?}");
                }
            }
        }
    }

    #[test]
    fn sorting_a_filtered_table_only_reorders_its_rows() {
        let tools = builtin();
        let mut rows = vec![9, 0, 7];
        sort_rows(
            &tools,
            &mut rows,
            &SortState::by(Column::MaxParticipants, Ascending),
        );
        assert_eq!(ids(&tools, &rows), ["teams", "blizz", "zoom"]);
    }

    #[test]
    fn clicking_headers_flips_the_sorted_column_and_keeps_the_previous_one_as_secondary() {
        let e2e = SortState::after_click(None, Column::E2e);
        assert_eq!(e2e, SortState::by(Column::E2e, Ascending));
        let flipped = SortState::after_click(Some(e2e), Column::E2e);
        assert_eq!(flipped, SortState::by(Column::E2e, Descending));
        let browser = Column::Platform(Platform::Browser);
        let both = SortState::after_click(Some(flipped), browser);
        assert_eq!(
            both,
            SortState::by(browser, Ascending).then_by(Column::E2e, Descending)
        );
        assert_eq!(both.direction_of(Column::E2e), Some(Descending));
        assert_eq!(both.direction_of(Column::Blur), None);
        let flipped_again = SortState::after_click(Some(both), browser);
        assert_eq!(flipped_again.secondary, both.secondary);
    }
}
