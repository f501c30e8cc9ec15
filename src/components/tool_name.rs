//! The tool-name cell: name, and in the current view its former name, status, origin, the Berlin
//! DPA's 2020 rating and a note, each with its source.

use yew::prelude::*;

use crate::components::{footnote, Footnote};
use crate::domain::{Catalog, Lang, Origin, ResolvedTool, StatusKind};
use crate::i18n::{date, t, Msg};

/// A plain view function, rendered by each table row.
pub fn tool_name(lang: Lang, row: &ResolvedTool, catalog: &Catalog) -> Html {
    let tool = &row.tool;
    let source = |id: &str| catalog.source(id);
    let status = tool.status.as_ref().and_then(|status| {
        let summary = match status.kind {
            StatusKind::Discontinued => t(lang, Msg::Discontinued).to_owned(),
            StatusKind::Renamed { .. } | StatusKind::Active => return None,
        };
        let summary = match status.date {
            Some(d) => format!("{summary} ({})", date(lang, d)),
            None => summary,
        };
        Some(footnote(
            lang,
            Footnote {
                summary: summary.into(),
                detail: None,
                note: &status.note,
                source: source(&status.source),
                as_of: Some(status.as_of),
                kind: "status",
            },
        ))
    });
    let renamed = row
        .former_name()
        .zip(tool.status.as_ref())
        .map(|(former, status)| {
            footnote(
                lang,
                Footnote {
                    summary: format!("{} {former}", t(lang, Msg::FormerName)).into(),
                    detail: None,
                    note: &status.note,
                    source: source(&status.source),
                    as_of: Some(status.as_of),
                    kind: "status",
                },
            )
        });
    let rating = tool.authority_rating.as_ref().map(|rating| {
        let summary = format!(
            "{}: {}",
            t(lang, Msg::AuthorityRating),
            t(lang, Msg::Rating(rating.value))
        );
        footnote(
            lang,
            Footnote {
                summary: summary.into(),
                detail: None,
                note: &rating.note,
                source: source(&rating.source),
                as_of: Some(rating.as_of),
                kind: rating.value.key(),
            },
        )
    });
    let note = tool.note.as_ref().map(|note| {
        // Notes name their own sources in the text; the tool's default source may not back them.
        footnote(
            lang,
            Footnote {
                summary: t(lang, Msg::ToolNote).into(),
                detail: None,
                note,
                source: None,
                as_of: None,
                kind: "note",
            },
        )
    });
    html! {
        <>
            <span class="vkc-table__tool">{ &tool.name }</span>
            if tool.origin == Origin::Added {
                <span class="vkc-badge">{ t(lang, Msg::Added) }</span>
            }
            { for renamed }{ for status }{ for rating }{ for note }
        </>
    }
}
