//! The deadlines drawn as a time line with a "today" marker. When today is
//! long after the last milestone, the line is broken so the milestones keep
//! a readable spacing instead of being squeezed to the left.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use egui::{self, Align2, FontId, Galley, Role, Sense, Stroke, WidgetInfo, pos2, vec2};

use super::theme;
use crate::advisory::Advisory;
use crate::humanize;
use crate::i18n::Lang;
use crate::t;

/// Horizontal positions as fractions of the width (0 = left, 1 = right).
#[derive(Debug, Clone, PartialEq)]
pub struct Positions {
    pub milestones: Vec<f32>,
    pub today: f32,
    /// A break in the line, between these two fractions.
    pub gap: Option<(f32, f32)>,
}

/// Today further than this many milestone spans away gets a broken line.
const FAR: f64 = 0.5;

pub fn positions(milestones: &[DateTime<Utc>], today: DateTime<Utc>) -> Positions {
    let (Some(first), Some(last)) = (milestones.iter().min(), milestones.iter().max()) else {
        return Positions {
            milestones: Vec::new(),
            today: 0.5,
            gap: None,
        };
    };
    let span = ((*last - *first).num_seconds() as f64).max(1.0);
    let scale = |at: DateTime<Utc>, from: DateTime<Utc>, left: f32, right: f32, range: f64| {
        let t = (at - from).num_seconds() as f64 / range;
        left + (right - left) * t as f32
    };
    let after = (today - *last).num_seconds() as f64 / span;
    let before = (*first - today).num_seconds() as f64 / span;
    if after > FAR {
        Positions {
            milestones: milestones
                .iter()
                .map(|m| scale(*m, *first, 0.06, 0.74, span))
                .collect(),
            today: 0.92,
            gap: Some((0.79, 0.85)),
        }
    } else if before > FAR {
        Positions {
            milestones: milestones
                .iter()
                .map(|m| scale(*m, *first, 0.30, 0.94, span))
                .collect(),
            today: 0.08,
            gap: Some((0.16, 0.24)),
        }
    } else {
        let start = (*first).min(today);
        let range = ((*last).max(today) - start).num_seconds() as f64;
        let range = range.max(1.0);
        Positions {
            milestones: milestones
                .iter()
                .map(|m| scale(*m, start, 0.06, 0.94, range))
                .collect(),
            today: scale(today, start, 0.06, 0.94, range),
            gap: None,
        }
    }
}

/// A label's left edge and its row (0 nearest the line).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub left: f32,
    pub row: usize,
}

/// Centres each label under its marker, keeps it inside `[min, max]`, and
/// moves it down a row when it would overlap the previous label of a row.
pub fn place_labels(centers: &[f32], widths: &[f32], min: f32, max: f32) -> Vec<Placed> {
    const GUTTER: f32 = 12.0;
    let mut row_ends: Vec<f32> = Vec::new();
    centers
        .iter()
        .zip(widths)
        .map(|(center, width)| {
            let left = (center - width / 2.0).clamp(min, (max - width).max(min));
            let row = row_ends
                .iter()
                .position(|end| left >= end + GUTTER)
                .unwrap_or(row_ends.len());
            if row == row_ends.len() {
                row_ends.push(left + width);
            } else {
                row_ends[row] = left + width;
            }
            Placed { left, row }
        })
        .collect()
}

const LINE_Y: f32 = 58.0;
const ROW_HEIGHT: f32 = 48.0;

pub fn timeline_ui(ui: &mut egui::Ui, lang: Lang, advisory: &Advisory, now: DateTime<Utc>) {
    let instants: Vec<DateTime<Utc>> = advisory
        .milestones
        .iter()
        .map(|m| m.when.instant())
        .collect();
    let pos = positions(&instants, now);
    // Lay the labels out first: their rows decide the height.
    let visuals = ui.visuals().clone();
    let (accent, muted, text) = (
        theme::accent(&visuals),
        theme::muted(&visuals),
        visuals.text_color(),
    );
    let small = FontId::proportional(theme::SMALL_SIZE);
    let body = FontId::proportional(theme::BODY_SIZE);
    let labels: Vec<(Arc<Galley>, Arc<Galley>, bool)> = advisory
        .milestones
        .iter()
        .map(|m| {
            let past = m.when.instant() <= now;
            let color = if past { muted } else { text };
            let title = ui
                .painter()
                .layout_no_wrap(m.title(lang), body.clone(), color);
            let day = humanize::date(lang, advisory.official_date(m));
            let day = ui.painter().layout_no_wrap(day, small.clone(), muted);
            (title, day, past)
        })
        .collect();
    let width = ui.available_width();
    let left = ui.cursor().left();
    let centers: Vec<f32> = pos.milestones.iter().map(|f| left + f * width).collect();
    let widths: Vec<f32> = labels
        .iter()
        .map(|(t, d, _)| t.size().x.max(d.size().x))
        .collect();
    let placed = place_labels(&centers, &widths, left, left + width);
    let rows = placed.iter().map(|p| p.row + 1).max().unwrap_or(1);
    let height = LINE_Y + 16.0 + rows as f32 * ROW_HEIGHT;
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let today_text = t!(
        lang,
        "timeline-today",
        date = humanize::date(lang, now.date_naive())
    );
    response.widget_info(|| {
        let mut parts: Vec<String> = advisory
            .milestones
            .iter()
            .map(|m| {
                let state = if m.when.instant() <= now {
                    "past"
                } else {
                    "future"
                };
                t!(
                    lang,
                    "timeline-milestone",
                    title = m.title(lang),
                    date = humanize::date(lang, advisory.official_date(m)),
                    state = state
                )
            })
            .collect();
        parts.push(today_text.clone());
        WidgetInfo::labeled(
            Role::Image,
            true,
            t!(lang, "timeline-label", parts = parts.join("; ")),
        )
    });
    if !ui.is_rect_visible(rect) {
        return;
    }

    let painter = ui.painter_at(rect);
    let x = |f: f32| rect.left() + f * rect.width();
    let line_y = rect.top() + LINE_Y;
    let stroke = Stroke::new(3.0, muted);

    // The line, broken where a long stretch of time is left out.
    match pos.gap {
        Some((a, b)) => {
            painter.line_segment([pos2(x(0.01), line_y), pos2(x(a), line_y)], stroke);
            painter.line_segment([pos2(x(b), line_y), pos2(x(0.99), line_y)], stroke);
            for edge in [a, b] {
                let cx = x(edge);
                painter.line_segment(
                    [pos2(cx - 4.0, line_y + 9.0), pos2(cx + 4.0, line_y - 9.0)],
                    stroke,
                );
            }
            let last = instants.iter().max().copied().unwrap_or(now);
            let gap_words = humanize::span(lang, last.min(now), last.max(now));
            painter.text(
                pos2(x((a + b) / 2.0), line_y - 12.0),
                Align2::CENTER_BOTTOM,
                gap_words,
                small.clone(),
                muted,
            );
        }
        None => {
            painter.line_segment([pos2(x(0.01), line_y), pos2(x(0.99), line_y)], stroke);
        }
    }

    // Labels: the title with its date beneath, in rows that never overlap.
    for (((title, day, past), center), spot) in labels.into_iter().zip(&centers).zip(&placed) {
        let top = line_y + 16.0 + spot.row as f32 * ROW_HEIGHT;
        if spot.row > 0 {
            painter.line_segment(
                [pos2(*center, line_y + 10.0), pos2(*center, top - 2.0)],
                Stroke::new(1.0, muted),
            );
        }
        let width = title.size().x.max(day.size().x);
        let title_x = spot.left + (width - title.size().x) / 2.0;
        let day_x = spot.left + (width - day.size().x) / 2.0;
        let title_height = title.size().y;
        painter.galley(pos2(title_x, top), title, text);
        painter.galley(pos2(day_x, top + title_height), day, muted);
        let marker = pos2(*center, line_y);
        if past {
            painter.circle_filled(marker, 9.0, muted);
        } else {
            painter.circle(
                marker,
                9.0,
                visuals.extreme_bg_color,
                Stroke::new(3.0, accent),
            );
        }
    }

    let today_x = x(pos.today);
    painter.line_segment(
        [
            pos2(today_x, rect.top() + 24.0),
            pos2(today_x, line_y + 14.0),
        ],
        Stroke::new(3.0, accent),
    );
    painter.circle_filled(pos2(today_x, line_y), 6.0, accent);
    let today = painter.layout_no_wrap(today_text, body, accent);
    let today_left =
        (today_x - today.size().x / 2.0).clamp(rect.left(), rect.right() - today.size().x);
    painter.galley(pos2(today_left, rect.top() + 2.0), today, accent);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().expect("test instant")
    }

    fn milestones() -> Vec<DateTime<Utc>> {
        [
            "2024-06-20T00:00:00Z",
            "2024-07-20T04:00:00Z",
            "2024-09-29T04:00:00Z",
        ]
        .map(utc)
        .to_vec()
    }

    #[test]
    fn today_inside_the_milestones_is_on_one_linear_scale() {
        let p = positions(&milestones(), utc("2024-08-24T12:00:00Z"));
        assert_eq!(p.gap, None);
        assert!(p.milestones[1] < p.today && p.today < p.milestones[2]);
        assert!((p.milestones[0] - 0.06).abs() < 1e-6 && (p.milestones[2] - 0.94).abs() < 1e-6);
    }

    #[test]
    fn today_years_later_breaks_the_line_and_keeps_milestones_readable() {
        let p = positions(&milestones(), utc("2026-11-28T12:00:00Z"));
        let (gap_start, gap_end) = p.gap.expect("a break in the line");
        assert!(p.milestones[2] < gap_start && gap_end < p.today);
        // The first two milestones (30 days apart) keep at least a fifth of the width between them.
        assert!(p.milestones[1] - p.milestones[0] > 0.18, "{p:?}");
    }

    #[test]
    fn labels_stay_inside_and_never_overlap_in_a_row() {
        let placed = place_labels(
            &[40.0, 200.0, 240.0, 590.0],
            &[110.0, 100.0, 120.0, 140.0],
            0.0,
            600.0,
        );
        assert_eq!(
            placed[0],
            Placed { left: 0.0, row: 0 },
            "clamped to the left edge"
        );
        assert_eq!(
            placed[1],
            Placed {
                left: 150.0,
                row: 0
            },
            "fits beside the first"
        );
        assert_eq!(placed[2].row, 1, "overlaps the second, so drops a row");
        assert_eq!(
            placed[3],
            Placed {
                left: 460.0,
                row: 0
            },
            "clamped to the right edge"
        );
    }

    #[test]
    fn today_long_before_goes_to_the_left() {
        let p = positions(&milestones(), utc("2023-01-01T00:00:00Z"));
        let (gap_start, gap_end) = p.gap.expect("a break in the line");
        assert!(p.today < gap_start && gap_end < p.milestones[0]);
    }
}
