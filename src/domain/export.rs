//! Export of the visible table rows as CSV (RFC 4180, UTF-8 with BOM) and as JSON.

use serde_json::{Map, Value};

use crate::domain::compliance::json::object;
use crate::domain::{Column, Lang, Tool};
use crate::i18n::{location, t, value, Msg};

/// Byte-order mark: spreadsheet programs need it to read UTF-8 (umlauts) correctly.
const BOM: &str = "\u{feff}";

/// The text of one cell as the table shows it, without icons.
pub fn cell_text(lang: Lang, tool: &Tool, column: Column) -> String {
    match (column, column.field()) {
        (_, Some(field)) => value(lang, &tool.value(field)),
        (Column::Light, None) => tool.light.map_or("", |l| t(lang, Msg::Light(l))).to_owned(),
        (_, None) => tool.name.clone(),
    }
}

/// The rows in the given order as CSV with a header row, CRLF line ends and a BOM.
pub fn to_csv<'a>(lang: Lang, tools: impl IntoIterator<Item = &'a Tool>) -> String {
    let mut out = String::from(BOM);
    let header = Column::ALL.map(|c| csv_field(t(lang, Msg::Column(c))));
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for tool in tools {
        let row = Column::ALL.map(|c| csv_field(&cell_text(lang, tool, c)));
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Spreadsheet programs run a cell starting with one of these as a formula; custom data could
/// smuggle one in (e.g. `=HYPERLINK(…)`), so such a cell gets a leading apostrophe (OWASP).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Quotes a field when it holds a comma, quote or line break (RFC 4180, 2.6–2.7), and keeps a
/// spreadsheet from reading it as a formula.
fn csv_field(text: &str) -> String {
    let guarded;
    let text = if text.starts_with(FORMULA_STARTS) {
        guarded = format!("'{text}");
        &guarded
    } else {
        text
    };
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The rows in the given order as JSON: stable keys and values, plus the labels of `lang`.
pub fn to_json<'a>(lang: Lang, tools: impl IntoIterator<Item = &'a Tool>) -> String {
    let rows: Vec<Value> = tools
        .into_iter()
        .map(|tool| {
            let platforms: Map<String, Value> = crate::domain::Platform::ALL
                .into_iter()
                .map(|p| (p.key().to_owned(), tool.platforms.get(p).key().into()))
                .collect();
            let place = tool.location.as_ref();
            object(vec![
                ("id", tool.id.as_str().into()),
                ("name", tool.name.as_str().into()),
                // The data's code ("DE", "self-hosted"), and the line the table shows under it.
                ("location", place.map(|l| l.code()).into()),
                ("region", place.map(|l| location(lang, l).1).into()),
                ("max_participants", tool.max_participants.into()),
                ("e2e", tool.e2e.key().into()),
                ("platforms", platforms.into()),
                ("blur", tool.blur.key().into()),
            ])
        })
        .collect();
    let document = object(vec![("lang", lang.tag().into()), ("tools", rows.into())]);
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Catalog, DataView};

    /// The source table's rows, as the original view shows them.
    fn tools() -> Vec<Tool> {
        let catalog = Catalog::builtin().unwrap();
        catalog
            .view(DataView::Original)
            .into_iter()
            .map(|r| std::rc::Rc::unwrap_or_clone(r.tool))
            .collect()
    }

    #[test]
    fn csv_starts_with_a_bom_and_a_translated_header() {
        let csv = to_csv(Lang::De, &tools());
        assert!(csv.starts_with("\u{feff}Tool,Server,Max. Teilnehmer,"));
        let english = to_csv(Lang::En, &tools());
        assert!(english.contains("Max. participants"));
        assert_eq!(csv.matches("\r\n").count(), 12, "header plus 11 rows");
    }

    #[test]
    fn csv_rows_follow_the_given_order_and_write_unknown_out() {
        let all = tools();
        let zoom = all.iter().find(|t| t.id == "zoom").unwrap();
        let blizz = all.iter().find(|t| t.id == "blizz").unwrap();
        let csv = to_csv(Lang::De, [zoom, blizz]);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[1], "Zoom,USA (Drittland),500,Nein,Ja,Ja,Ja,Ja,Ja,Ja");
        assert_eq!(
            lines[2],
            "Blizz by TeamViewer,DE (EU/EWR),300,Ja,Ja,Ja,Ja,Ja,Nein,k. A."
        );
    }

    #[test]
    fn csv_quotes_commas_quotes_and_line_breaks() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("plain"), "plain");
    }

    #[test]
    fn csv_cells_that_a_spreadsheet_would_run_as_formulas_stay_text() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("+49 30"), "'+49 30");
        assert_eq!(csv_field("-1"), "'-1");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("\tcmd"), "'\tcmd");
        assert_eq!(csv_field("Zoom = gut"), "Zoom = gut");
    }

    #[test]
    fn json_keeps_stable_values_and_unknowns() {
        let all = tools();
        let json: Value = serde_json::from_str(&to_json(Lang::En, &all[..1])).unwrap();
        assert_eq!(json["lang"], "en");
        let blizz = &json["tools"][0];
        assert_eq!(blizz["id"], "blizz");
        assert_eq!(blizz["blur"], "unknown");
        assert_eq!(blizz["platforms"]["browser"], "no");
        assert_eq!(blizz["region"], "EU/EEA");
        assert_eq!(blizz["max_participants"], 300);
    }

    #[test]
    fn self_hosted_tools_export_their_own_location_not_unknown() {
        let current = crate::domain::testing::current();
        let jitsi = current.iter().find(|t| t.id == "jitsi-meet").unwrap();
        let wire = current.iter().find(|t| t.id == "wire").unwrap();
        let csv = to_csv(Lang::De, [jitsi, wire]);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(
            lines[1].starts_with("Jitsi Meet,selbst betrieben (Standort nach Wahl),k. A.,Ja,"),
            "{}",
            lines[1]
        );
        assert!(lines[2].starts_with("Wire,k. A.,"), "{}", lines[2]);
        let json: Value = serde_json::from_str(&to_json(Lang::En, [jitsi, wire])).unwrap();
        assert_eq!(json["tools"][0]["location"], "self-hosted");
        assert_eq!(json["tools"][0]["region"], "location of your choice");
        assert_eq!(json["tools"][1]["location"], Value::Null);
        assert_eq!(json["tools"][1]["region"], Value::Null);
    }
}
