//! Turns a tool's stored facts into the values one data view shows, with a record of what changed.

use std::rc::Rc;

use crate::domain::{DataView, Field, FieldValue, SourceDate, Text, Tool};

/// One update as the current view applies it: the field's value before and after, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The source table's (or data file's) value.
    pub old: FieldValue,
    /// The value the current view shows.
    pub new: FieldValue,
    pub note: Text,
    /// Source id of the new value.
    pub source: String,
    pub as_of: SourceDate,
}

impl Change {
    pub fn field(&self) -> Field {
        self.new.field()
    }

    /// A newer source confirmed the old value; the note then qualifies it (e.g. limits of E2E),
    /// so the cell carries a note but has not changed.
    pub fn is_confirmation(&self) -> bool {
        self.old == self.new
    }
}

/// A tool as one view shows it: effective values in an ordinary `Tool`, so code that works on
/// `&Tool` (filters, sorting) sees the view's values without knowing about views.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedTool {
    /// The catalog's own tool where the view shows it as stored, else the view's copy.
    pub tool: Rc<Tool>,
    /// Every applied update, in data-file order; empty in the original view.
    pub changes: Vec<Change>,
}

impl ResolvedTool {
    /// The name the source table used, when the current view shows a renamed tool's new name.
    pub fn former_name(&self) -> Option<&str> {
        self.tool.former_name.as_deref()
    }

    /// The update applied to one field, if any.
    pub fn change(&self, field: Field) -> Option<&Change> {
        self.changes.iter().find(|c| c.field() == field)
    }
}

/// The tool as `view` shows it. The original view keeps the stored values and drops everything
/// the article did not say (updates, status, rating, note); the current view applies them.
///
/// A tool the view shows as stored (no update to apply, no rename, nothing to drop) is shared
/// with the catalog rather than copied.
pub fn resolve(tool: &Rc<Tool>, view: DataView) -> ResolvedTool {
    let as_stored = tool.updates.is_empty()
        && match view {
            DataView::Original => {
                tool.note.is_none() && tool.status.is_none() && tool.authority_rating.is_none()
            }
            DataView::Current => tool.status.as_ref().and_then(|s| s.renamed_to()).is_none(),
        };
    if as_stored {
        return ResolvedTool {
            tool: Rc::clone(tool),
            changes: Vec::new(),
        };
    }
    let mut effective = Tool {
        updates: Vec::new(),
        ..(**tool).clone()
    };
    if view == DataView::Original {
        effective.note = None;
        effective.status = None;
        effective.authority_rating = None;
        return ResolvedTool {
            tool: Rc::new(effective),
            changes: Vec::new(),
        };
    }
    let changes = tool
        .updates
        .iter()
        .map(|update| {
            let old = effective.value(update.field());
            effective.set(update.value.clone(), &update.source);
            Change {
                old,
                new: update.value.clone(),
                note: update.note.clone(),
                source: update.source.clone(),
                as_of: update.as_of,
            }
        })
        .collect();
    let renamed_to = tool.status.as_ref().and_then(|s| s.renamed_to());
    if let Some(to) = renamed_to {
        let former = std::mem::replace(&mut effective.name, to.to_owned());
        effective.former_name = Some(former.into());
    }
    ResolvedTool {
        tool: Rc::new(effective),
        changes,
    }
}
