//! Dates and durations in plain words ("in 5 days", "2 years and 2 months ago").
//!
//! Everything takes its instants as arguments: nothing here reads the clock.

use chrono::{DateTime, Datelike, Months, NaiveDate, TimeZone, Timelike, Utc};

use crate::i18n::Lang;
use crate::t;

const MONTHS: [&str; 12] = [
    "month-january",
    "month-february",
    "month-march",
    "month-april",
    "month-may",
    "month-june",
    "month-july",
    "month-august",
    "month-september",
    "month-october",
    "month-november",
    "month-december",
];

fn month(lang: Lang, day: &impl Datelike) -> String {
    t!(lang, MONTHS[day.month0() as usize])
}

/// "29 September 2024", "29 de septiembre de 2024".
pub fn date(lang: Lang, day: NaiveDate) -> String {
    t!(
        lang,
        "date",
        day = day.day(),
        month = month(lang, &day),
        number = day.month(),
        year = day.year()
    )
}

/// "Saturday, 5 December 2026".
pub fn weekday_date(lang: Lang, day: NaiveDate) -> String {
    const WEEKDAYS: [&str; 7] = [
        "weekday-monday",
        "weekday-tuesday",
        "weekday-wednesday",
        "weekday-thursday",
        "weekday-friday",
        "weekday-saturday",
        "weekday-sunday",
    ];
    let weekday = t!(
        lang,
        WEEKDAYS[day.weekday().num_days_from_monday() as usize]
    );
    t!(
        lang,
        "date-weekday",
        weekday = weekday,
        date = date(lang, day)
    )
}

/// Two sentences one after the other, as the language joins them (with a
/// space, or none after a Chinese full stop).
pub fn sentences(lang: Lang, first: &str, then: &str) -> String {
    t!(lang, "sentences", first = first, then = then)
}

/// "Sources: ...": a label and what follows it, with the language's colon.
pub fn labelled(lang: Lang, label: &str, value: &str) -> String {
    t!(lang, "labelled", label = label, value = value)
}

/// "Sources:": a label with nothing after it on its line.
pub fn label(lang: Lang, label: &str) -> String {
    labelled(lang, label, "").trim_end().to_owned()
}

/// "Your checklist (2 of 14 done)": words with a remark after them, in the
/// language's parentheses.
pub fn with_aside(lang: Lang, text: &str, aside: &str) -> String {
    t!(lang, "with-aside", text = text, aside = aside)
}

/// "A, B and C" in `lang`.
pub fn list_and(lang: Lang, words: &[&str]) -> String {
    list(lang, "list-and", words)
}

/// "A, B or C" in `lang`.
pub fn list_or(lang: Lang, words: &[&str]) -> String {
    list(lang, "list-or", words)
}

fn list(lang: Lang, last_two: &str, words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => {
            let first = rest.join(&t!(lang, "list-separator"));
            lang.text(
                last_two,
                &[("first", first.into()), ("last", (*last).into())],
            )
        }
    }
}

/// "June 2024", for sources known only to the month.
pub fn month_year(lang: Lang, day: NaiveDate) -> String {
    t!(
        lang,
        "date-month",
        month = month(lang, &day),
        number = day.month(),
        year = day.year()
    )
}

/// "28 September 2024, 9:00 p.m. (UTC-07:00)" in the given time zone.
pub fn instant<Tz: TimeZone>(lang: Lang, at: DateTime<Utc>, zone: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let local = at.with_timezone(zone);
    t!(
        lang,
        "date-instant",
        date = date(lang, local.date_naive()),
        time = clock(lang, &local),
        offset = local.offset().to_string()
    )
}

/// The time of day as the language writes it: "9:00 p.m.", "21:00", "21.00".
pub fn clock<Tz: TimeZone>(lang: Lang, at: &DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let (pm, hour12) = at.hour12();
    t!(
        lang,
        "time-of-day",
        hour = format!("{:02}", at.hour()),
        hour12 = hour12,
        minute = format!("{:02}", at.minute()),
        pm = if pm { "yes" } else { "no" }
    )
}

/// The calendar distance between two instants, largest two units, in words:
/// "2 years and 2 months", "5 days", "3 hours", "less than a minute".
pub fn span(lang: Lang, a: DateTime<Utc>, b: DateTime<Utc>) -> String {
    let (from, to) = if a <= b { (a, b) } else { (b, a) };
    let months = whole_months(from, to);
    let after_months = add_months(from, months);
    let days = (to - after_months).num_days();
    let (years, months) = (months / 12, months % 12);
    let count = |n: i64, unit| (n > 0).then(|| lang.text(unit, &[("n", n.into())]));
    let pair = |big: Option<String>, small: Option<String>| match (big, small) {
        (Some(big), Some(small)) => t!(lang, "span-pair", big = big, small = small),
        (big, small) => big.or(small).unwrap_or_default(),
    };
    if years > 0 {
        return pair(
            count(years.into(), "count-year"),
            count(months.into(), "count-month"),
        );
    }
    if months > 0 {
        return pair(
            count(months.into(), "count-month"),
            count(days, "count-day"),
        );
    }
    let elapsed = to - from;
    [
        (elapsed.num_days(), "count-day"),
        (elapsed.num_hours(), "count-hour"),
        (elapsed.num_minutes(), "count-minute"),
    ]
    .into_iter()
    .find_map(|(n, unit)| count(n, unit))
    .unwrap_or_else(|| t!(lang, "span-under-a-minute"))
}

/// "in 5 days", "2 years and 2 months ago", or "right now".
pub fn relative(lang: Lang, now: DateTime<Utc>, at: DateTime<Utc>) -> String {
    if (at - now).num_seconds().abs() < 60 {
        t!(lang, "relative-now")
    } else if at > now {
        t!(lang, "relative-future", span = span(lang, now, at))
    } else {
        t!(lang, "relative-past", span = span(lang, at, now))
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;

    const EN: Lang = Lang::En;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().expect("test instant")
    }

    #[test]
    fn spans_use_the_two_largest_calendar_units() {
        let cutoff = utc("2024-09-29T04:00:00Z");
        assert_eq!(
            span(EN, cutoff, utc("2026-11-28T12:00:00Z")),
            "2 years and 1 month"
        );
        assert_eq!(
            span(EN, cutoff, utc("2026-11-29T04:00:00Z")),
            "2 years and 2 months"
        );
        assert_eq!(span(EN, cutoff, utc("2025-09-29T04:00:00Z")), "1 year");
        assert_eq!(
            span(EN, cutoff, utc("2024-11-03T04:00:00Z")),
            "1 month and 5 days"
        );
        assert_eq!(span(EN, cutoff, utc("2024-10-04T05:00:00Z")), "5 days");
        assert_eq!(span(EN, cutoff, utc("2024-09-29T07:30:00Z")), "3 hours");
        assert_eq!(span(EN, cutoff, utc("2024-09-29T04:01:00Z")), "1 minute");
        assert_eq!(
            span(EN, cutoff, utc("2024-09-29T04:00:30Z")),
            "less than a minute"
        );
    }

    #[test]
    fn span_is_symmetric_and_handles_month_ends() {
        let a = utc("2024-01-31T00:00:00Z");
        let b = utc("2024-03-01T00:00:00Z");
        assert_eq!(span(EN, a, b), span(EN, b, a));
        // 31 Jan + 1 month clamps to 29 Feb, so one month and one day.
        assert_eq!(span(EN, a, b), "1 month and 1 day");
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
        assert_eq!(relative(EN, now, utc("2024-07-20T04:00:00Z")), "in 5 days");
        assert_eq!(relative(EN, now, utc("2024-07-10T04:00:00Z")), "5 days ago");
        assert_eq!(relative(EN, now, now), "right now");
    }

    #[test]
    fn instant_is_shown_in_the_given_zone() {
        let eastern = FixedOffset::west_opt(4 * 3600).expect("offset");
        let pacific = FixedOffset::west_opt(7 * 3600).expect("offset");
        let cutoff = utc("2024-09-29T04:00:00Z");
        assert_eq!(
            instant(EN, cutoff, &eastern),
            "29 September 2024, 12:00 a.m. (UTC-04:00)"
        );
        assert_eq!(
            instant(EN, cutoff, &pacific),
            "28 September 2024, 9:00 p.m. (UTC-07:00)"
        );
    }

    #[test]
    fn dates_and_times_in_each_language() {
        let eastern = FixedOffset::west_opt(4 * 3600).expect("offset");
        let cutoff = utc("2024-09-29T04:00:00Z");
        let pacific_evening = utc("2024-09-29T01:05:00Z");
        assert_eq!(
            instant(Lang::Es, cutoff, &eastern),
            "29 de septiembre de 2024, 00:00 (UTC-04:00)"
        );
        assert_eq!(
            instant(Lang::Id, pacific_evening, &eastern),
            "28 September 2024, pukul 21.05 (UTC-04:00)"
        );
        let day = NaiveDate::from_ymd_opt(2024, 6, 20).expect("day");
        assert_eq!(month_year(Lang::En, day), "June 2024");
        assert_eq!(month_year(Lang::Es, day), "junio de 2024");
        assert_eq!(date(Lang::Id, day), "20 Juni 2024");
    }

    #[test]
    fn spans_in_each_language() {
        let cutoff = utc("2024-09-29T04:00:00Z");
        let later = utc("2026-11-29T04:00:00Z");
        assert_eq!(span(Lang::Es, cutoff, later), "2 años y 2 meses");
        assert_eq!(span(Lang::Id, cutoff, later), "2 tahun 2 bulan");
        assert_eq!(relative(Lang::Es, later, cutoff), "hace 2 años y 2 meses");
        assert_eq!(relative(Lang::Id, cutoff, later), "2 tahun 2 bulan lagi");
        assert_eq!(
            relative(Lang::Es, cutoff, utc("2024-10-04T05:00:00Z")),
            "dentro de 5 días"
        );
        assert_eq!(span(Lang::Es, cutoff, utc("2024-10-29T04:00:00Z")), "1 mes");
    }
}
