//! The built-in data reproduces the source article's table (DESIGN.md 1.1) cell for cell.

use vk_check::domain::{Catalog, DataView, Origin, Region, Tristate};

/// The source table exactly as DESIGN.md 1.1 prints it.
const SOURCE_TABLE: &str = "\
| Blizz by TeamViewer | DE | 300 | Ja | (kein Browser) | |
| fastviewer | DE | 100 | Ja | Kein Android/iOS | |
| Whereby | NOR | 50 | Ja | Nur Browser | |
| GoToMeeting by LogMeIn | USA | 250 | Ja | Ja | |
| Cisco Webex | USA | 200 | Ja | Ja | |
| BlueJeans | USA | 100 | Ja | Ja | |
| Lifesize | USA | 50 | Ja | Kein Mac | |
| Microsoft Teams | USA | 250 | Nein | Ja | Ja |
| Skype | USA | 50 | Nein | Ja | Ja |
| Zoom | USA | 500 | Nein | Ja | Ja |
| Adobe Connect | USA | 100 | Nein | Ja | |";

/// A yes/no cell in the source's words; the source leaves unknown cells empty.
fn source_cell(value: Tristate) -> &'static str {
    match value {
        Tristate::Yes => "Ja",
        Tristate::No => "Nein",
        Tristate::Unknown => "",
    }
}

#[test]
fn the_eleven_source_rows_equal_the_article_table() {
    let catalog = Catalog::builtin().expect("built-in data is valid");
    let rows: Vec<String> = catalog
        .view(DataView::Original)
        .iter()
        .map(|resolved| {
            let tool = &resolved.tool;
            let location = tool.location.as_ref().map_or("", |l| l.code());
            let participants = tool
                .max_participants
                .map_or(String::new(), |n| n.to_string());
            let platforms = tool.platforms.source_notation().unwrap_or("?");
            let cells = [
                tool.name.as_str(),
                location,
                &participants,
                source_cell(tool.e2e),
                platforms,
                source_cell(tool.blur),
            ];
            format!("| {} |", cells.join(" | ")).replace("|  |", "| |")
        })
        .collect();
    let expected: Vec<&str> = SOURCE_TABLE.lines().collect();
    assert_eq!(rows, expected);
}

#[test]
fn every_source_row_cites_the_article() {
    let catalog = Catalog::builtin().unwrap();
    for tool in catalog
        .tools
        .iter()
        .filter(|t| t.origin == Origin::SourceTable)
    {
        let source = catalog.source(&tool.source).expect("source resolves");
        assert_eq!(source.publisher, "REISSWOLF", "{}", tool.id);
        let date = source.date.expect("the article is dated ca. 2020");
        assert!(date.circa && date.year == 2020, "{}", tool.id);
    }
}

#[test]
fn norway_and_germany_are_eea_and_the_usa_is_a_third_country() {
    let catalog = Catalog::builtin().unwrap();
    let region = |id: &str| {
        let tool = catalog.tools.iter().find(|t| t.id == id).unwrap();
        tool.location.as_ref().unwrap().region()
    };
    assert_eq!(region("whereby"), Some(Region::Eea));
    assert_eq!(region("fastviewer"), Some(Region::Eea));
    assert_eq!(region("zoom"), Some(Region::ThirdCountry));
}

#[test]
fn empty_blur_cells_are_unknown_not_no() {
    let original = Catalog::builtin().unwrap().view(DataView::Original);
    let unknown = original
        .iter()
        .filter(|r| r.tool.blur == Tristate::Unknown)
        .count();
    let no = original
        .iter()
        .filter(|r| r.tool.blur == Tristate::No)
        .count();
    assert_eq!((unknown, no), (8, 0));
}
