//! Sets of a small enum's values as one bit mask: no allocation, and a lookup is one AND.

use std::fmt;
use std::marker::PhantomData;

use crate::domain::compliance::TrafficLight;
use crate::domain::{Platform, Tristate};

/// An enum an [`EnumSet`] can hold: at most 32 values, listed in `ALL`.
pub trait Member: Copy + 'static {
    /// Every value, in the order a set iterates them (the enum's declaration and `Ord` order,
    /// so a set lists its values as a `BTreeSet` would).
    const ALL: &'static [Self];

    /// The value's position in `ALL`, which is its bit in a set.
    fn index(self) -> u32;
}

/// A set of enum values. Iterates in `T::ALL` order; the default is empty.
pub struct EnumSet<T> {
    bits: u32,
    of: PhantomData<T>,
}

impl<T: Member> EnumSet<T> {
    pub const EMPTY: EnumSet<T> = EnumSet {
        bits: 0,
        of: PhantomData,
    };

    fn bit(value: T) -> u32 {
        1 << value.index()
    }

    /// Adds `value`; whether it was not in the set yet.
    pub fn insert(&mut self, value: T) -> bool {
        let absent = !self.contains(&value);
        self.bits |= Self::bit(value);
        absent
    }

    /// Removes `value`; whether it was in the set.
    pub fn remove(&mut self, value: &T) -> bool {
        let present = self.contains(value);
        self.bits &= !Self::bit(*value);
        present
    }

    /// Adds `value` if `on`, removes it otherwise, as a checkbox does.
    pub fn set(&mut self, value: T, on: bool) {
        match on {
            true => self.insert(value),
            false => self.remove(&value),
        };
    }

    pub fn contains(&self, value: &T) -> bool {
        self.bits & Self::bit(*value) != 0
    }

    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    pub fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// The values in the set, in `T::ALL` order.
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        T::ALL.iter().copied().filter(|v| self.contains(v))
    }
}

// Written out rather than derived: a derive would demand the same trait of `T`, and a set of
// values without `Default` (say) is still empty by default.
impl<T> Clone for EnumSet<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for EnumSet<T> {}

impl<T> Default for EnumSet<T> {
    fn default() -> Self {
        EnumSet {
            bits: 0,
            of: PhantomData,
        }
    }
}

impl<T> PartialEq for EnumSet<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}

impl<T> Eq for EnumSet<T> {}

impl<T: Member + fmt::Debug> fmt::Debug for EnumSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Member> FromIterator<T> for EnumSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        let mut set = EnumSet::EMPTY;
        for value in values {
            set.insert(value);
        }
        set
    }
}

impl<T: Member, const N: usize> From<[T; N]> for EnumSet<T> {
    fn from(values: [T; N]) -> Self {
        values.into_iter().collect()
    }
}

// The enums filters choose from. `index` is the declaration position, which `ALL` follows.
impl Member for Tristate {
    const ALL: &'static [Self] = &Tristate::ALL;
    fn index(self) -> u32 {
        self as u32
    }
}

impl Member for Platform {
    const ALL: &'static [Self] = &Platform::ALL;
    fn index(self) -> u32 {
        self as u32
    }
}

impl Member for TrafficLight {
    const ALL: &'static [Self] = &TrafficLight::ALL;
    fn index(self) -> u32 {
        self as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_remove_and_contains() {
        let mut set = EnumSet::default();
        assert!(set.is_empty());
        assert!(set.insert(Tristate::No));
        assert!(!set.insert(Tristate::No), "already there");
        assert!(set.contains(&Tristate::No));
        assert!(!set.contains(&Tristate::Yes));
        assert_eq!(set.len(), 1);
        assert!(!set.remove(&Tristate::Yes), "never there");
        assert!(set.remove(&Tristate::No));
        assert!(set.is_empty());
        assert_eq!(set, EnumSet::EMPTY);
    }

    #[test]
    fn set_checks_and_unchecks() {
        let mut set = EnumSet::default();
        set.set(Platform::Ios, true);
        set.set(Platform::Ios, true);
        assert_eq!(set.iter().collect::<Vec<_>>(), [Platform::Ios]);
        set.set(Platform::Ios, false);
        set.set(Platform::Browser, false);
        assert!(set.is_empty());
    }

    #[test]
    fn iterates_in_enum_order_whatever_the_insertion_order() {
        let set: EnumSet<Platform> = [Platform::Browser, Platform::Windows, Platform::Ios]
            .into_iter()
            .collect();
        let expected = [Platform::Windows, Platform::Ios, Platform::Browser];
        assert_eq!(set.iter().collect::<Vec<_>>(), expected);
        assert_eq!(format!("{set:?}"), "{Windows, Ios, Browser}");
        let all: EnumSet<TrafficLight> = TrafficLight::ALL.into_iter().rev().collect();
        assert_eq!(all.iter().collect::<Vec<_>>(), TrafficLight::ALL);
    }

    /// The order a set iterates must be the order a `BTreeSet` of the values would.
    fn assert_index_is_position_and_order<T: Member + Ord + fmt::Debug>() {
        for (i, value) in T::ALL.iter().enumerate() {
            assert_eq!(value.index() as usize, i, "{value:?}");
        }
        assert!(T::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn members_list_their_values_in_ord_order_at_their_index() {
        assert_index_is_position_and_order::<Tristate>();
        assert_index_is_position_and_order::<Platform>();
        assert_index_is_position_and_order::<TrafficLight>();
    }
}
