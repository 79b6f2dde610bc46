//! Dates and durations in plain words ("in 5 days", "2 years and 2 months ago").
//!
//! Everything takes its instants as arguments: nothing here reads the clock.

use chrono::{DateTime, Datelike, Months, NaiveDate, TimeZone, Timelike, Utc};

/// "29 September 2024".
pub fn date(day: NaiveDate) -> String {
    day.format("%-d %B %Y").to_string()
}

/// "28 September 2024, 9:00 p.m. (UTC-07:00)" in the given time zone.
pub fn instant<Tz: TimeZone>(at: DateTime<Utc>, zone: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let local = at.with_timezone(zone);
    format!(
        "{}, {} (UTC{})",
        date(local.date_naive()),
        clock(&local),
        local.offset()
    )
}

/// "9:00 p.m.", the way U.S. readers write the time of day.
pub fn clock<Tz: TimeZone>(at: &DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let (pm, hour) = at.hour12();
    let suffix = if pm { "p.m." } else { "a.m." };
    format!("{hour}:{:02} {suffix}", at.minute())
}

/// The calendar distance between two instants, largest two units, in words:
/// "2 years and 2 months", "5 days", "3 hours", "less than a minute".
pub fn span(a: DateTime<Utc>, b: DateTime<Utc>) -> String {
    let (from, to) = if a <= b { (a, b) } else { (b, a) };
    let months = whole_months(from, to);
    let after_months = add_months(from, months);
    let days = (to - after_months).num_days();
    let (years, months) = (months / 12, months % 12);
    if years > 0 {
        return join(count(years.into(), "year"), count(months.into(), "month"));
    }
    if months > 0 {
        return join(count(months.into(), "month"), count(days, "day"));
    }
    let elapsed = to - from;
    if elapsed.num_days() > 0 {
        count(elapsed.num_days(), "day")
    } else if elapsed.num_hours() > 0 {
        count(elapsed.num_hours(), "hour")
    } else if elapsed.num_minutes() > 0 {
        count(elapsed.num_minutes(), "minute")
    } else {
        "less than a minute".to_owned()
    }
}

/// "in 5 days", "2 years and 2 months ago", or "right now".
pub fn relative(now: DateTime<Utc>, at: DateTime<Utc>) -> String {
    if (at - now).num_seconds().abs() < 60 {
        "right now".to_owned()
    } else if at > now {
        format!("in {}", span(now, at))
    } else {
        format!("{} ago", span(at, now))
    }
}

/// "affected by the ban" -> "Affected by the ban".
pub fn upper_first(text: &str) -> String {
    map_first(text, char::to_uppercase)
}

/// "Open Windows Security" -> "open Windows Security".
pub fn lower_first(text: &str) -> String {
    map_first(text, char::to_lowercase)
}

fn map_first<I: Iterator<Item = char>>(text: &str, map: impl Fn(char) -> I) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| map(first).chain(chars).collect())
        .unwrap_or_default()
}

/// Whole calendar months from `from` to `to` (`from <= to`).
fn whole_months(from: DateTime<Utc>, to: DateTime<Utc>) -> u32 {
    let guess = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    let mut months = u32::try_from(guess.max(0)).unwrap_or(0);
    while months > 0 && add_months(from, months) > to {
        months -= 1;
    }
    months
}

fn add_months(at: DateTime<Utc>, months: u32) -> DateTime<Utc> {
    at.checked_add_months(Months::new(months))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

fn count(n: i64, unit: &str) -> String {
    match n {
        0 => String::new(),
        1 => format!("1 {unit}"),
        _ => format!("{n} {unit}s"),
    }
}

fn join(big: String, small: String) -> String {
    if small.is_empty() {
        big
    } else {
        format!("{big} and {small}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().expect("test instant")
    }

    #[test]
    fn spans_use_the_two_largest_calendar_units() {
        let cutoff = utc("2024-09-29T04:00:00Z");
        assert_eq!(
            span(cutoff, utc("2026-11-28T12:00:00Z")),
            "2 years and 1 month"
        );
        assert_eq!(
            span(cutoff, utc("2026-11-29T04:00:00Z")),
            "2 years and 2 months"
        );
        assert_eq!(span(cutoff, utc("2025-09-29T04:00:00Z")), "1 year");
        assert_eq!(
            span(cutoff, utc("2024-11-03T04:00:00Z")),
            "1 month and 5 days"
        );
        assert_eq!(span(cutoff, utc("2024-10-04T05:00:00Z")), "5 days");
        assert_eq!(span(cutoff, utc("2024-09-29T07:30:00Z")), "3 hours");
        assert_eq!(span(cutoff, utc("2024-09-29T04:01:00Z")), "1 minute");
        assert_eq!(
            span(cutoff, utc("2024-09-29T04:00:30Z")),
            "less than a minute"
        );
    }

    #[test]
    fn span_is_symmetric_and_handles_month_ends() {
        let a = utc("2024-01-31T00:00:00Z");
        let b = utc("2024-03-01T00:00:00Z");
        assert_eq!(span(a, b), span(b, a));
        // 31 Jan + 1 month clamps to 29 Feb, so one month and one day.
        assert_eq!(span(a, b), "1 month and 1 day");
    }

    #[test]
    fn first_letter_case() {
        assert_eq!(upper_first("affected by the ban"), "Affected by the ban");
        assert_eq!(lower_first("Open it"), "open it");
        assert_eq!(upper_first(""), "");
    }

    #[test]
    fn relative_says_past_and_future() {
        let now = utc("2024-07-15T04:00:00Z");
        assert_eq!(relative(now, utc("2024-07-20T04:00:00Z")), "in 5 days");
        assert_eq!(relative(now, utc("2024-07-10T04:00:00Z")), "5 days ago");
        assert_eq!(relative(now, now), "right now");
    }

    #[test]
    fn instant_is_shown_in_the_given_zone() {
        let eastern = FixedOffset::west_opt(4 * 3600).expect("offset");
        let pacific = FixedOffset::west_opt(7 * 3600).expect("offset");
        let cutoff = utc("2024-09-29T04:00:00Z");
        assert_eq!(
            instant(cutoff, &eastern),
            "29 September 2024, 12:00 a.m. (UTC-04:00)"
        );
        assert_eq!(
            instant(cutoff, &pacific),
            "28 September 2024, 9:00 p.m. (UTC-07:00)"
        );
    }
}
