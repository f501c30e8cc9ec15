//! Today's date from the browser's clock, for report dates and the age of a DPF check.

use crate::domain::SourceDate;

pub fn today() -> SourceDate {
    let now = js_sys::Date::new_0();
    SourceDate {
        year: now.get_full_year() as u16,
        month: Some(now.get_month() as u8 + 1),
        day: Some(now.get_date() as u8),
        circa: false,
    }
}
