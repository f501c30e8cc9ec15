//! The shareable state in the URL fragment (`#q=zoom&e2e=yes&sort=participants.desc`).
//!
//! The fragment never reaches a server, so a link can carry the whole view without leaking it.
//! Decoding is forgiving: whatever cannot be read is reported and the rest is still used.

use std::borrow::Borrow;
use std::collections::HashSet;

use crate::domain::compliance::{
    answers_code, answers_from_code, scenario_code, scenario_from_code, AnswersPerTool, Scenario,
    TrafficLight,
};
use crate::domain::{
    Column, DataView, Direction, FacetOption, Filter, Lang, Location, Platform, SortKey, SortState,
    Tool, Tristate,
};

/// Longer fragments are not read at all: no legitimate state comes near this, and it bounds the
/// work a crafted link can cause.
pub const MAX_FRAGMENT_LEN: usize = 4096;

/// At most this many tools are compared side by side.
pub const MAX_COMPARE: usize = 3;

/// Ignored values are shortened to this many characters, enough to recognise them in a notice.
const MAX_SHOWN_LEN: usize = 40;

/// Everything a link reproduces. The default state encodes to the empty string.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub view: DataView,
    pub filter: Filter,
    /// `None` keeps the data order.
    pub sort: Option<SortState>,
    /// Ids of the tools chosen for the side-by-side comparison, in the order chosen.
    pub compare: Vec<String>,
    /// Whether the side-by-side comparison is open (it needs two chosen tools).
    pub comparing: bool,
    /// `None` leaves the language to the embedding page and the browser.
    pub lang: Option<Lang>,
    /// The calculator's scenario; `None` until one is set, and only then does the table show
    /// traffic lights.
    pub scenario: Option<Scenario>,
    /// A scenario being described and not yet applied, kept so that a link or a reload does
    /// not lose what was entered; `None` once applied.
    pub draft: Option<Scenario>,
    /// The calculator's answers per tool id. Every entry is carried, even one with nothing
    /// answered yet, so a state survives a link exactly.
    pub answers: AnswersPerTool,
    /// The id of the tool whose checklist is open.
    pub checking: Option<String>,
}

/// A change the user makes bit by bit, typing or answering. A run of the same one shares one
/// browser history entry, so Back leaves the whole edit rather than one keystroke or answer
/// at a time; a different one starts a new entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Search,
    MinParticipants,
    /// The scenario being described, before it is applied.
    Draft,
    /// The answers for the tool with this id.
    Answers(String),
}

impl Edit {
    /// Puts back in `state` the part this edit changes, as it was in `previous`.
    fn undo(&self, state: &mut UrlState, previous: &UrlState) {
        match self {
            Edit::Search => state.filter.query.clone_from(&previous.filter.query),
            Edit::MinParticipants => {
                state.filter.min_participants = previous.filter.min_participants
            }
            Edit::Draft => state.draft.clone_from(&previous.draft),
            Edit::Answers(id) => {
                let before = previous.answers.get(id).cloned();
                state.answers.retain(|tool, _| tool != id);
                if let Some(answers) = before {
                    state.answers.insert(id.clone(), answers);
                }
            }
        }
    }
}

impl UrlState {
    /// The one bit-by-bit edit that turns `previous` into `self`, if nothing else changed.
    pub fn edit_since(&self, previous: &UrlState) -> Option<Edit> {
        if self == previous {
            return None;
        }
        let answered = self
            .answers
            .iter()
            .find(|(id, answers)| previous.answers.get(id) != Some(answers))
            .map(|(id, _)| Edit::Answers(id.clone()));
        [Edit::Search, Edit::MinParticipants, Edit::Draft]
            .into_iter()
            .chain(answered)
            .find(|edit| {
                let mut undone = self.clone();
                edit.undo(&mut undone, previous);
                undone == *previous
            })
    }
}

/// Answers for a tool go under this prefix and the tool's id: `a.zoom=…`.
const ANSWERS_PREFIX: &str = "a.";

/// A part of a fragment that was not used, for the notice that says so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored {
    /// The key as written, such as `loc`; empty when the whole fragment was ignored.
    pub key: String,
    /// The value or list item, decoded where possible and shortened for display.
    pub value: String,
    pub reason: IgnoreReason,
}

/// Why a part of a fragment was ignored; the interface words it in the user's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IgnoreReason {
    /// The fragment is longer than [`MAX_FRAGMENT_LEN`]; none of it was read.
    TooLong,
    /// Not `key=value`, or broken percent-encoding.
    Malformed,
    UnknownKey,
    /// The key was already given; the first occurrence counts.
    Repeated,
    /// A value the key does not allow: no such country, platform, column, number, language …
    InvalidValue,
    /// A tool id that the data does not contain.
    UnknownTool,
    /// More tools to compare than [`MAX_COMPARE`], or more than two sort keys.
    TooMany,
    /// The comparison opened with fewer than two tools chosen.
    TooFew,
}

/// The fragment for `state`, without the leading `#`. Keys without a value are left out.
pub fn encode(state: &UrlState) -> String {
    let f = &state.filter;
    let mut out = Parts::default();
    out.add("q", &mut Some(f.query.as_str()).into_iter());
    out.add("loc", &mut f.locations.iter().map(String::as_str));
    out.add("eea", &mut f.eea_only.then_some("1").into_iter());
    let min = f.min_participants.map(|n| n.to_string());
    out.add("min", &mut min.as_deref().into_iter());
    out.add("e2e", &mut f.e2e.iter().map(Tristate::key));
    out.add("blur", &mut f.blur.iter().map(Tristate::key));
    out.add("plat", &mut f.platforms.iter().map(Platform::key));
    let hidden = [
        f.hide_added.then_some("added"),
        f.hide_discontinued.then_some("discontinued"),
    ];
    out.add("hide", &mut hidden.into_iter().flatten());
    out.add("light", &mut f.lights.iter().map(TrafficLight::key));
    let sort: Vec<String> = state
        .sort
        .iter()
        .flat_map(SortState::keys)
        .map(sort_text)
        .collect();
    out.add("sort", &mut sort.iter().map(String::as_str));
    out.add("cmp", &mut state.compare.iter().map(String::as_str));
    out.add(
        "show",
        &mut state.comparing.then_some("compare").into_iter(),
    );
    out.add("lang", &mut state.lang.map(Lang::tag).into_iter());
    let view = (state.view != DataView::default()).then_some(state.view.key());
    out.add("view", &mut view.into_iter());
    let scenario = state.scenario.as_ref().map(scenario_code);
    out.add("sc", &mut scenario.as_deref().into_iter());
    let draft = state.draft.as_ref().map(scenario_code);
    out.add("sd", &mut draft.as_deref().into_iter());
    for (id, answers) in state.answers.iter() {
        let mut key = ANSWERS_PREFIX.to_owned();
        push_percent_encoded(&mut key, id);
        out.add(&key, &mut Some(answers_code(answers).as_str()).into_iter());
    }
    out.add("chk", &mut state.checking.as_deref().into_iter());
    out.0
}

/// A fragment being written: `key=value` parts joined by `&`.
#[derive(Default)]
struct Parts(String);

impl Parts {
    /// Adds `key=` and the items, percent-encoded and comma-separated; nothing if that value
    /// would be empty. Items come as a `dyn` iterator so that one copy of this code serves all.
    fn add(&mut self, key: &str, items: &mut dyn Iterator<Item = &str>) {
        let start = self.0.len();
        if start > 0 {
            self.0.push('&');
        }
        self.0.push_str(key);
        self.0.push('=');
        let value_start = self.0.len();
        for (i, item) in items.enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            push_percent_encoded(&mut self.0, item);
        }
        if self.0.len() == value_start {
            self.0.truncate(start);
        }
    }
}

/// A sort key as the fragment writes it: `participants.desc`.
fn sort_text(key: SortKey) -> String {
    [key.column.key(), ".", key.direction.key()].concat()
}

/// Reads a fragment (with or without the leading `#`). Never fails: unreadable parts come back
/// as [`Ignored`] entries and the rest of the state is used. Compared tools must be in `tools`
/// (a catalog's shared tools or plain ones).
pub fn decode<T: Borrow<Tool>>(fragment: &str, tools: &[T]) -> (UrlState, Vec<Ignored>) {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let knows = |id: &str| tools.iter().any(|t| t.borrow().id == id);
    let mut decoder = Decoder {
        state: UrlState::default(),
        ignored: Vec::new(),
        knows: &knows,
    };
    if fragment.len() > MAX_FRAGMENT_LEN {
        decoder.ignore("", "", IgnoreReason::TooLong);
        return (decoder.state, decoder.ignored);
    }
    let mut seen = HashSet::new();
    for part in fragment.split('&').filter(|p| !p.is_empty()) {
        // Without a key (`=x`) a part is named as written, like one without `=`.
        let Some((key, value)) = part.split_once('=').filter(|(key, _)| !key.is_empty()) else {
            decoder.ignore(part, "", IgnoreReason::Malformed);
            continue;
        };
        if !KEYS.contains(&key) && !key.starts_with(ANSWERS_PREFIX) {
            decoder.ignore(key, value, IgnoreReason::UnknownKey);
        } else if !seen.insert(key) {
            decoder.ignore(key, value, IgnoreReason::Repeated);
        } else {
            decoder.read(key, value);
        }
    }
    // Applying a scenario ends its draft, so a link never holds both; should one, the applied
    // scenario is what the calculator shows.
    if decoder.state.scenario.is_some() {
        decoder.state.draft = None;
    }
    // Keys may come in any order, so the comparison is checked once all are read.
    if decoder.state.comparing && decoder.state.compare.len() < 2 {
        decoder.state.comparing = false;
        decoder.ignore("show", "compare", IgnoreReason::TooFew);
    }
    (decoder.state, decoder.ignored)
}

/// The fixed keys; answers add one key per tool (`a.<tool id>`).
const KEYS: [&str; 17] = [
    "q", "loc", "eea", "min", "e2e", "blur", "plat", "hide", "light", "sort", "cmp", "show",
    "lang", "view", "sc", "sd", "chk",
];

/// Decoding in progress: the state so far and what was ignored.
struct Decoder<'t> {
    state: UrlState,
    ignored: Vec<Ignored>,
    /// Whether a tool id is one of the data's.
    knows: &'t dyn Fn(&str) -> bool,
}

impl Decoder<'_> {
    fn ignore(&mut self, key: &str, value: &str, reason: IgnoreReason) {
        self.ignored.push(Ignored {
            key: shortened(key),
            value: shortened(value),
            reason,
        });
    }

    /// The percent-decoded items of a comma-separated value; an empty value is an empty list.
    fn items(&mut self, key: &str, raw: &str) -> Vec<String> {
        let mut items = Vec::new();
        for item in raw.split(',').filter(|i| !i.is_empty()) {
            match percent_decode(item) {
                Some(item) => items.push(item),
                None => self.ignore(key, item, IgnoreReason::Malformed),
            }
        }
        items
    }

    /// Reads each item with `parse`, reporting those it rejects as invalid. A function pointer,
    /// not a closure type, so that there is one copy of this code per value type.
    fn each<T>(&mut self, key: &str, raw: &str, parse: fn(&str) -> Option<T>) -> Vec<T> {
        let mut values = Vec::new();
        for item in self.items(key, raw) {
            if let Some(value) = self.parsed(key, &item, parse) {
                values.push(value);
            }
        }
        values
    }

    /// Reads a key that takes one value; a list is invalid.
    fn single<T>(&mut self, key: &str, raw: &str, parse: fn(&str) -> Option<T>) -> Option<T> {
        if raw.contains(',') {
            self.ignore(key, raw, IgnoreReason::InvalidValue);
            return None;
        }
        let item = self.items(key, raw).pop()?;
        self.parsed(key, &item, parse)
    }

    /// `item` read by `parse`, or reported as invalid.
    fn parsed<T>(&mut self, key: &str, item: &str, parse: fn(&str) -> Option<T>) -> Option<T> {
        let value = parse(item);
        if value.is_none() {
            self.ignore(key, item, IgnoreReason::InvalidValue);
        }
        value
    }

    /// Checks the filter options that `parse` reads from the items.
    fn check(&mut self, key: &str, raw: &str, parse: fn(&str) -> Option<FacetOption>) {
        for option in self.each(key, raw, parse) {
            self.state.filter.set(&option, true);
        }
    }

    fn read(&mut self, key: &str, raw: &str) {
        match key {
            "q" => match percent_decode(raw) {
                Some(query) => self.state.filter.query = query,
                None => self.ignore(key, raw, IgnoreReason::Malformed),
            },
            "loc" => self.check(key, raw, |code| {
                Location::from_code(code).map(|_| FacetOption::Location(code.to_owned()))
            }),
            "eea" => {
                let on = self.single(key, raw, |v| ["0", "1"].contains(&v).then_some(v == "1"));
                self.state.filter.eea_only = on.unwrap_or_default();
            }
            "min" => {
                // Digits only: `u32::from_str` would also take "+100".
                let number = |v: &str| {
                    Some(v)
                        .filter(|v| v.bytes().all(|b| b.is_ascii_digit()))
                        .and_then(|v| v.parse().ok())
                };
                self.state.filter.min_participants = self.single(key, raw, number);
            }
            "e2e" => self.check(key, raw, |v| Tristate::from_key(v).map(FacetOption::E2e)),
            "blur" => self.check(key, raw, |v| Tristate::from_key(v).map(FacetOption::Blur)),
            "plat" => self.check(key, raw, |v| {
                Platform::from_key(v).map(FacetOption::Platform)
            }),
            "light" => self.check(key, raw, |v| {
                let light = TrafficLight::ALL.into_iter().find(|l| l.key() == v);
                light.map(FacetOption::Light)
            }),
            "hide" => self.check(key, raw, |v| match v {
                "added" => Some(FacetOption::HideAdded),
                "discontinued" => Some(FacetOption::HideDiscontinued),
                _ => None,
            }),
            "sort" => self.read_sort(raw),
            "cmp" => self.read_compare(raw),
            "show" => {
                let compare = self.single(key, raw, |v| (v == "compare").then_some(true));
                self.state.comparing = compare.unwrap_or_default();
            }
            "lang" => self.state.lang = self.single(key, raw, Lang::from_tag),
            "view" => {
                self.state.view = self
                    .single(key, raw, DataView::from_key)
                    .unwrap_or_default();
            }
            "sc" => self.state.scenario = self.single(key, raw, scenario_from_code),
            "sd" => self.state.draft = self.single(key, raw, scenario_from_code),
            "chk" => self.read_checking(raw),
            _ if key.starts_with(ANSWERS_PREFIX) => self.read_answers(key, raw),
            _ => self.ignore(key, raw, IgnoreReason::UnknownKey),
        }
    }

    fn read_sort(&mut self, raw: &str) {
        let keys = self.each("sort", raw, |item| {
            let (column, direction) = item.split_once('.').unwrap_or((item, "asc"));
            Some(SortKey {
                column: Column::from_key(column)?,
                direction: Direction::from_key(direction)?,
            })
        });
        let mut keys = keys.into_iter();
        let Some(primary) = keys.next() else { return };
        let mut state = SortState {
            primary,
            secondary: None,
        };
        for key in keys {
            let shown = sort_text(key);
            if state.secondary.is_some() {
                self.ignore("sort", &shown, IgnoreReason::TooMany);
            } else if key.column == primary.column {
                self.ignore("sort", &shown, IgnoreReason::Repeated);
            } else {
                state.secondary = Some(key);
            }
        }
        self.state.sort = Some(state);
    }

    fn read_compare(&mut self, raw: &str) {
        for id in self.items("cmp", raw) {
            if self.state.compare.contains(&id) {
                // Choosing a tool twice changes nothing, so it needs no notice.
            } else if !self.knows(&id) {
                self.ignore("cmp", &id, IgnoreReason::UnknownTool);
            } else if self.state.compare.len() == MAX_COMPARE {
                self.ignore("cmp", &id, IgnoreReason::TooMany);
            } else {
                self.state.compare.push(id);
            }
        }
    }

    fn read_answers(&mut self, key: &str, raw: &str) {
        let id = key.strip_prefix(ANSWERS_PREFIX).and_then(percent_decode);
        let Some(id) = id else {
            self.ignore(key, raw, IgnoreReason::Malformed);
            return;
        };
        if !self.knows(&id) {
            self.ignore(key, raw, IgnoreReason::UnknownTool);
        } else if self.state.answers.contains_key(&id) {
            // The same id written twice, once percent-encoded: the first counts.
            self.ignore(key, raw, IgnoreReason::Repeated);
        } else if let Some(answers) = self.single(key, raw, answers_from_code) {
            self.state.answers.insert(id, answers);
        }
    }

    fn read_checking(&mut self, raw: &str) {
        let Some(id) = self.single("chk", raw, |id| Some(id.to_owned())) else {
            return;
        };
        if self.knows(&id) {
            self.state.checking = Some(id);
        } else {
            self.ignore("chk", &id, IgnoreReason::UnknownTool);
        }
    }

    fn knows(&self, id: &str) -> bool {
        (self.knows)(id)
    }
}

fn shortened(text: &str) -> String {
    match text.char_indices().nth(MAX_SHOWN_LEN) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// Appends `text` percent-encoded: every byte of the UTF-8 text except RFC 3986's unreserved
/// characters, so `&`, `=`, `,` and `#` in a search term cannot break the fragment's structure.
fn push_percent_encoded(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        }
    }
}

/// Undoes percent-encoding; `None` for a `%` without two hex digits or bytes that are not
/// UTF-8. Characters left unencoded (as some browsers show them) are kept as they are.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::compliance::{Answers, TransferMechanism};
    use crate::domain::testing::builtin;
    use crate::domain::SourceDate;
    use IgnoreReason::*;

    fn ignored(key: &str, value: &str, reason: IgnoreReason) -> Ignored {
        Ignored {
            key: key.to_owned(),
            value: value.to_owned(),
            reason,
        }
    }

    fn full_state() -> UrlState {
        let mut filter = Filter {
            query: "zoom".to_owned(),
            eea_only: true,
            min_participants: Some(100),
            ..Filter::default()
        };
        for option in [
            FacetOption::Location("NOR".into()),
            FacetOption::Location("DE".into()),
            FacetOption::E2e(Tristate::Yes),
            FacetOption::Blur(Tristate::Unknown),
            FacetOption::Platform(Platform::Ios),
            FacetOption::Platform(Platform::Browser),
            FacetOption::HideAdded,
        ] {
            filter.set(&option, true);
        }
        UrlState {
            view: DataView::Current,
            filter,
            sort: Some(
                SortState::by(Column::MaxParticipants, Direction::Descending)
                    .then_by(Column::Tool, Direction::Ascending),
            ),
            compare: vec!["zoom".to_owned(), "teams".to_owned()],
            comparing: true,
            lang: Some(Lang::En),
            ..UrlState::default()
        }
    }

    /// A scenario, answers for four tools (one with a DPF check) and an open checklist.
    fn calculator_state() -> UrlState {
        let scenario = Scenario {
            works_council: true,
            ..Scenario::default()
        };
        let zoom = Answers {
            avv: Tristate::Yes,
            transfer: TransferMechanism::Dpf {
                entity: "Zoom Video Communications, Inc.".to_owned(),
                checked_on: SourceDate::parse("2026-01-10"),
            },
            ..Answers::default()
        };
        let answers = [
            ("zoom", zoom),
            ("teams", Answers::default()),
            ("whereby", Answers::default()),
            ("webex", Answers::default()),
        ];
        UrlState {
            scenario: Some(scenario),
            answers: answers
                .into_iter()
                .map(|(id, a)| (id.to_owned(), a))
                .collect(),
            checking: Some("zoom".to_owned()),
            ..full_state()
        }
    }

    #[test]
    fn typing_or_answering_is_an_edit_of_its_own_kind_and_anything_more_is_not() {
        let before = calculator_state();
        let after = |change: fn(&mut UrlState)| {
            let mut state = before.clone();
            change(&mut state);
            state.edit_since(&before)
        };
        assert_eq!(after(|s| s.filter.query.push('x')), Some(Edit::Search));
        assert_eq!(
            after(|s| s.filter.min_participants = None),
            Some(Edit::MinParticipants)
        );
        assert_eq!(
            after(|s| s.draft = Some(Scenario::default())),
            Some(Edit::Draft)
        );
        let answered = |id: &str| Some(Edit::Answers(id.to_owned()));
        assert_eq!(
            after(|s| s
                .answers
                .insert("jitsi-meet".to_owned(), Answers::default())),
            answered("jitsi-meet")
        );
        assert_eq!(
            after(|s| s.answers.insert("zoom".to_owned(), Answers::default())),
            answered("zoom")
        );
        assert_eq!(before.edit_since(&before), None, "no change is no edit");

        let not_edits: [fn(&mut UrlState); 11] = [
            |s| {
                s.filter.query.push('x');
                s.filter.min_participants = None;
            },
            |s| {
                s.answers.insert(
                    "teams".to_owned(),
                    calculator_state().answers["zoom"].clone(),
                );
                s.answers.insert(
                    "webex".to_owned(),
                    calculator_state().answers["zoom"].clone(),
                );
            },
            |s| s.answers.retain(|id, _| id != "zoom"),
            |s| s.view = DataView::Original,
            |s| s.filter.eea_only = false,
            |s| s.sort = None,
            |s| drop(s.compare.pop()),
            |s| s.lang = None,
            |s| s.scenario = None,
            |s| s.checking = None,
            |s| s.filter.set(&FacetOption::HideAdded, false),
        ];
        for change in not_edits {
            assert_eq!(after(change), None);
        }
    }

    #[test]
    fn the_default_state_is_an_empty_fragment_and_back() {
        assert_eq!(encode(&UrlState::default()), "");
        assert_eq!(decode("", &builtin()), (UrlState::default(), vec![]));
        assert_eq!(decode("#", &builtin()), (UrlState::default(), vec![]));
    }

    #[test]
    fn a_full_state_gives_a_short_readable_fragment() {
        let fragment = encode(&full_state());
        assert_eq!(
            fragment,
            "q=zoom&loc=DE,NOR&eea=1&min=100&e2e=yes&blur=unknown&plat=ios,browser&hide=added\
             &sort=participants.desc,name.asc&cmp=zoom,teams&show=compare&lang=en&view=current"
        );
        assert_eq!(decode(&fragment, &builtin()), (full_state(), vec![]));
        assert_eq!(decode(&format!("#{fragment}"), &builtin()).0, full_state());
    }

    #[test]
    fn search_text_with_separators_and_umlauts_survives_a_link() {
        let mut state = UrlState::default();
        state.filter.query = "Blîzz & Co, a=b #1 100% ü".to_owned();
        let fragment = encode(&state);
        assert_eq!(
            fragment,
            "q=Bl%C3%AEzz%20%26%20Co%2C%20a%3Db%20%231%20100%25%20%C3%BC"
        );
        assert_eq!(decode(&fragment, &builtin()), (state, vec![]));
    }

    #[test]
    fn the_self_hosted_location_round_trips_and_a_misspelling_is_named() {
        let mut state = UrlState::default();
        state
            .filter
            .set(&FacetOption::Location("self-hosted".into()), true);
        state.filter.set(&FacetOption::Location("DE".into()), true);
        let fragment = encode(&state);
        assert!(fragment.contains("self-hosted"), "{fragment}");
        assert_eq!(decode(&fragment, &builtin()), (state, vec![]));
        let (read, notices) = decode("loc=self-hosted,selfhosted", &builtin());
        assert!(read
            .filter
            .is_on(&FacetOption::Location("self-hosted".into())));
        assert_eq!(notices, [ignored("loc", "selfhosted", InvalidValue)]);
    }

    #[test]
    fn unencoded_unicode_and_lower_case_codes_are_read_too() {
        let (state, notices) = decode("q=blîzz&loc=de&lang=en-GB&sort=blur", &builtin());
        assert_eq!(notices, []);
        assert_eq!(state.filter.query, "blîzz");
        assert!(state.filter.is_on(&FacetOption::Location("DE".into())));
        assert_eq!(state.lang, Some(Lang::En));
        assert_eq!(
            state.sort,
            Some(SortState::by(Column::Blur, Direction::Ascending))
        );
    }

    #[test]
    fn unknown_keys_and_bad_values_are_named_and_the_rest_is_kept() {
        let (state, notices) = decode(
            "utm_source=mail&e2e=yes,maybe&loc=DE,XX&plat=linux&min=viele&eea=ja&lang=fr\
             &view=new&hide=old&cmp=zoom&flag&=&=x&show=compare",
            &builtin(),
        );
        assert_eq!(
            notices,
            [
                ignored("utm_source", "mail", UnknownKey),
                ignored("e2e", "maybe", InvalidValue),
                ignored("loc", "XX", InvalidValue),
                ignored("plat", "linux", InvalidValue),
                ignored("min", "viele", InvalidValue),
                ignored("eea", "ja", InvalidValue),
                ignored("lang", "fr", InvalidValue),
                ignored("view", "new", InvalidValue),
                ignored("hide", "old", InvalidValue),
                ignored("flag", "", Malformed),
                ignored("=", "", Malformed),
                ignored("=x", "", Malformed),
                ignored("show", "compare", TooFew),
            ]
        );
        let mut expected = UrlState::default();
        expected.filter.set(&FacetOption::E2e(Tristate::Yes), true);
        expected
            .filter
            .set(&FacetOption::Location("DE".into()), true);
        expected.compare = vec!["zoom".to_owned()];
        assert_eq!(state, expected);
    }

    #[test]
    fn a_repeated_key_counts_once_and_is_named() {
        let (state, notices) = decode("q=zoom&q=teams&&", &builtin());
        assert_eq!(state.filter.query, "zoom");
        assert_eq!(notices, [ignored("q", "teams", Repeated)]);
    }

    #[test]
    fn numbers_must_be_plain_digits_within_range() {
        for bad in ["+100", "-1", "1e3", "4294967296", "100,200", " 100"] {
            let (state, notices) = decode(&format!("min={bad}"), &builtin());
            assert_eq!(state.filter.min_participants, None, "{bad}");
            assert_eq!(notices.len(), 1, "{bad}");
        }
        let (state, _) = decode("min=4294967295", &builtin());
        assert_eq!(state.filter.min_participants, Some(u32::MAX));
    }

    #[test]
    fn unknown_repeated_and_surplus_tools_to_compare_are_named() {
        let (state, notices) = decode("cmp=zoom,skype,zoom,gone,teams,webex", &builtin());
        assert_eq!(state.compare, ["zoom", "skype", "teams"]);
        assert_eq!(
            notices,
            [
                ignored("cmp", "gone", UnknownTool),
                ignored("cmp", "webex", TooMany)
            ]
        );
    }

    #[test]
    fn more_than_two_sort_keys_or_one_column_twice_are_named() {
        let (state, notices) = decode("sort=e2e.desc,e2e.asc,name,blur.desc,size.up", &builtin());
        let expected = SortState::by(Column::E2e, Direction::Descending)
            .then_by(Column::Tool, Direction::Ascending);
        assert_eq!(state.sort, Some(expected));
        assert_eq!(
            notices,
            [
                ignored("sort", "size.up", InvalidValue),
                ignored("sort", "e2e.asc", Repeated),
                ignored("sort", "blur.desc", TooMany),
            ]
        );
    }

    #[test]
    fn broken_percent_encoding_is_named_not_guessed() {
        let (state, notices) = decode("q=%E2%82&loc=%G1,DE&cmp=%", &builtin());
        assert_eq!(state.filter.query, "");
        assert!(state.filter.is_on(&FacetOption::Location("DE".into())));
        assert_eq!(
            notices,
            [
                ignored("q", "%E2%82", Malformed),
                ignored("loc", "%G1", Malformed),
                ignored("cmp", "%", Malformed),
            ]
        );
    }

    #[test]
    fn an_over_long_fragment_is_ignored_whole_with_one_notice() {
        let fragment = format!("e2e=yes&q={}", "a".repeat(MAX_FRAGMENT_LEN));
        let (state, notices) = decode(&fragment, &builtin());
        assert_eq!(state, UrlState::default());
        assert_eq!(notices, [ignored("", "", TooLong)]);
    }

    #[test]
    fn long_ignored_values_are_shortened_for_the_notice() {
        let (_, notices) = decode(&format!("x={}", "ä".repeat(100)), &builtin());
        assert_eq!(notices[0].value, format!("{}…", "ä".repeat(40)));
    }

    #[test]
    fn the_calculator_state_comes_after_the_table_state_and_survives_a_link() {
        let state = calculator_state();
        let fragment = encode(&state);
        let u = "u".repeat(23);
        let table = encode(&full_state());
        assert_eq!(
            fragment,
            format!(
                "{table}&sc=31000u00030011u000000000&a.teams={u}u&a.webex={u}u\
                 &a.whereby={u}u&a.zoom=uuuy{}d.2026-01-10.Zoom%20Video%20Communications%2C%20Inc.\
                 &chk=zoom",
                &u[4..]
            )
        );
        assert_eq!(decode(&fragment, &builtin()), (state, vec![]));
    }

    #[test]
    fn a_scenario_not_yet_applied_survives_a_link() {
        let state = UrlState {
            draft: Some(Scenario {
                works_council: true,
                ..Scenario::default()
            }),
            ..UrlState::default()
        };
        let fragment = encode(&state);
        assert!(fragment.starts_with("sd="), "{fragment}");
        assert_eq!(decode(&fragment, &builtin()), (state, vec![]));
        // An applied scenario ends the draft; a link with both shows the applied one.
        let applied = UrlState {
            scenario: Some(Scenario::default()),
            ..UrlState::default()
        };
        let (read, _) = decode(&format!("{}&{fragment}", encode(&applied)), &builtin());
        assert_eq!(read, applied);
    }

    #[test]
    fn a_state_with_answers_for_every_tool_fits_in_a_link() {
        let mut state = calculator_state();
        let zoom = state.answers["zoom"].clone();
        for tool in crate::domain::testing::current() {
            state.answers.insert(tool.id, zoom.clone());
        }
        let fragment = encode(&state);
        assert!(fragment.len() < MAX_FRAGMENT_LEN / 2, "{}", fragment.len());
        assert_eq!(
            decode(&fragment, &crate::domain::testing::current()).0,
            state
        );
    }

    #[test]
    fn bad_scenarios_answers_and_checklists_are_named() {
        let u = "u".repeat(24);
        let (state, notices) = decode(
            &format!("sc=12&a.gone={u}&a.zoom=yes&a.teams={u}&a.te%61ms={u}&a.%ZZ={u}&chk=gone"),
            &builtin(),
        );
        assert_eq!(
            notices,
            [
                ignored("sc", "12", InvalidValue),
                ignored("a.gone", &u, UnknownTool),
                ignored("a.zoom", "yes", InvalidValue),
                ignored("a.te%61ms", &u, Repeated),
                ignored("a.%ZZ", &u, Malformed),
                ignored("chk", "gone", UnknownTool),
            ]
        );
        assert_eq!(state.scenario, None);
        assert_eq!(state.checking, None);
        assert_eq!(
            state.answers.keys().collect::<Vec<_>>(),
            ["teams"],
            "only the readable answers are kept"
        );
    }

    #[test]
    fn empty_values_mean_not_set() {
        let (state, notices) = decode(
            "q=&loc=&min=&e2e=,&sort=&lang=&view=&sc=&a.zoom=&chk=",
            &builtin(),
        );
        assert_eq!((state, notices), (UrlState::default(), vec![]));
    }
}
