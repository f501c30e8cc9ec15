//! A number field's text read exactly, as a count: decimal digits, not floating point.

// `str::parse::<f64>` would do, but it links the float parser (about 13 KB of the transfer)
// for one text field; a count needs only the digits, the point and the exponent.

/// The smallest whole count at least as large as the decimal number `text` writes, such as
/// "120", "1.5" (2), "2.5E2" (250) or ".01" (1), in the syntax of HTML's valid floating-point
/// numbers. Counts above `u32::MAX` saturate to it; zero, negative numbers and anything else
/// (empty, "1e", "NaN") give `None`.
pub fn count_at_least(text: &str) -> Option<u32> {
    let text = text.trim();
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (text, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let exponent = match exponent {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !all_digits(digits) {
                return None;
            }
            // Beyond a few digits of exponent the count is 0 < x < 1 or saturated anyway.
            let size = digits.parse::<i64>().unwrap_or(i64::MAX).min(1_000);
            if e.starts_with('-') {
                -size
            } else {
                size
            }
        }
    };
    // The digits without leading zeros, and where the decimal point falls among them.
    let digits = format!("{whole}{fraction}");
    let significant = digits.trim_start_matches('0');
    let point = whole.len() as i64 + exponent - (digits.len() - significant.len()) as i64;
    let significant = significant.trim_end_matches('0');
    if significant.is_empty() || negative {
        return None;
    }
    if point <= 0 {
        return Some(1);
    }
    let point = point as usize;
    if point > 10 {
        return Some(u32::MAX);
    }
    let (integer, rest) = significant.split_at(point.min(significant.len()));
    let zeros = point - integer.len();
    let integer: u64 = format!("{integer}{}", "0".repeat(zeros)).parse().ok()?;
    let rounded_up = integer + u64::from(!rest.is_empty());
    Some(u32::try_from(rounded_up).unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_numbers_a_number_field_holds() {
        for (text, count) in [
            ("120", 120),
            (" 7 ", 7),
            ("007", 7),
            ("1e3", 1000),
            ("2.5E2", 250),
            ("250e-1", 25),
            ("1.5", 2),
            (".01", 1),
            ("0.01", 1),
            ("100.0", 100),
            ("1.0000000000000001", 2),
            ("4294967295", u32::MAX),
            ("4294967294.2", u32::MAX),
            ("4294967296", u32::MAX),
            ("99999999999", u32::MAX),
            ("4294967295.5", u32::MAX),
            ("1e400", u32::MAX),
            ("1e300", u32::MAX),
            ("1e99999999999999999999", u32::MAX),
            ("1e-99999999999999999999", 1),
        ] {
            assert_eq!(count_at_least(text), Some(count), "{text}");
        }
        for text in [
            "", " ", "   ", "0", "0.0", "-0", "-1", "-0.5", "-1e3", "1e", "e3", ".", "-", "abc",
            "NaN", "inf", "1,5", "+1", "1e+", "0x10", "1 000",
        ] {
            assert_eq!(count_at_least(text), None, "{text:?}");
        }
    }

    #[test]
    fn agrees_with_rounding_a_double_up_on_ordinary_numbers() {
        for whole in [
            0u64,
            1,
            9,
            10,
            99,
            123,
            4_294_967,
            4_294_967_295,
            4_294_967_296,
        ] {
            for fraction in ["", "0", "25", "5", "999"] {
                for exponent in [-3i32, -1, 0, 1, 2] {
                    let text = format!("{whole}.{fraction}e{exponent}");
                    let double: f64 = text.parse().unwrap();
                    let expected = (double > 0.0).then(|| double.ceil() as u32);
                    assert_eq!(count_at_least(&text), expected, "{text}");
                }
            }
        }
    }
}
