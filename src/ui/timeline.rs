//! The deadlines drawn as a time line with a "today" marker. When today is
//! long after the last milestone, the line is broken so the milestones keep
//! a readable spacing instead of being squeezed to the left.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use egui::{Color32, FontId, Galley, Pos2, Role, Sense, Stroke, Vec2, WidgetInfo, pos2, vec2};

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
const MARKER_RADIUS: f32 = 9.0;
const ROW_HEIGHT: f32 = 48.0;

/// A milestone as the time line shows it.
struct Mark {
    title: String,
    day: String,
    past: bool,
}

/// The colours the time line is drawn in.
#[derive(Clone, Copy)]
struct Colors {
    text: Color32,
    muted: Color32,
    accent: Color32,
}

/// What the time line draws, from its top-left corner: texts, lines and
/// markers. Built before painting, so that tests can check that no line
/// crosses a text and no text leaves the width.
struct Scene {
    texts: Vec<(Pos2, Arc<Galley>)>,
    lines: Vec<[Pos2; 2]>,
    /// Milestone markers: centre and whether the date has passed.
    markers: Vec<(Pos2, bool)>,
    today: [Pos2; 2],
    height: f32,
}

/// Lays the time line out in `width`. Labels go under their markers when
/// they all fit in one row; otherwise the markers are numbered and the
/// labels listed below in that order, so that no line has to cross a label.
fn scene(
    painter: &egui::Painter,
    colors: Colors,
    marks: &[Mark],
    pos: &Positions,
    today_text: String,
    gap_words: String,
    width: f32,
) -> Scene {
    let x = |f: f32| f * width;
    let today_x = x(pos.today);
    let mut texts = Vec::new();

    // Today: its words at the top, a line down to its dot.
    let body = FontId::proportional(theme::BODY_SIZE);
    let today = painter.layout_no_wrap(today_text, body, colors.accent);
    let today_left = (today_x - today.size().x / 2.0).clamp(0.0, (width - today.size().x).max(0.0));
    let today_line = [pos2(today_x, today.size().y + 6.0), pos2(today_x, LINE_Y)];
    texts.push((pos2(today_left, 2.0), today));

    let mut lines = line_parts(painter, colors, pos, gap_words, width, &mut texts);
    let centers: Vec<f32> = pos.milestones.iter().map(|f| x(*f)).collect();
    let height = label_parts(
        painter, colors, marks, &centers, width, &mut texts, &mut lines,
    );
    Scene {
        texts,
        lines,
        markers: centers
            .iter()
            .zip(marks)
            .map(|(c, m)| (pos2(*c, LINE_Y), m.past))
            .collect(),
        today: today_line,
        height,
    }
}

/// The line, broken where a long stretch of time is left out; the words for
/// that stretch keep clear of today's line. Returns the line's segments.
fn line_parts(
    painter: &egui::Painter,
    colors: Colors,
    pos: &Positions,
    gap_words: String,
    width: f32,
    texts: &mut Vec<(Pos2, Arc<Galley>)>,
) -> Vec<[Pos2; 2]> {
    let x = |f: f32| f * width;
    let Some((a, b)) = pos.gap else {
        return vec![[pos2(x(0.01), LINE_Y), pos2(x(0.99), LINE_Y)]];
    };
    let mut lines = vec![
        [pos2(x(0.01), LINE_Y), pos2(x(a), LINE_Y)],
        [pos2(x(b), LINE_Y), pos2(x(0.99), LINE_Y)],
    ];
    for edge in [a, b] {
        let cx = x(edge);
        lines.push([pos2(cx - 4.0, LINE_Y + 9.0), pos2(cx + 4.0, LINE_Y - 9.0)]);
    }
    let small = FontId::proportional(theme::SMALL_SIZE);
    let words = painter.layout_no_wrap(gap_words, small, colors.muted);
    let left = clear_of(x((a + b) / 2.0), words.size().x, x(pos.today), width);
    texts.push((pos2(left, LINE_Y - 12.0 - words.size().y), words));
    lines
}

/// The milestones' titles and dates below the line. Returns the height the
/// time line needs.
fn label_parts(
    painter: &egui::Painter,
    colors: Colors,
    marks: &[Mark],
    centers: &[f32],
    width: f32,
    texts: &mut Vec<(Pos2, Arc<Galley>)>,
    lines: &mut Vec<[Pos2; 2]>,
) -> f32 {
    let body = FontId::proportional(theme::BODY_SIZE);
    let small = FontId::proportional(theme::SMALL_SIZE);
    let label = |mark: &Mark, title: String| {
        let color = if mark.past { colors.muted } else { colors.text };
        let title = painter.layout_no_wrap(title, body.clone(), color);
        let day = painter.layout_no_wrap(mark.day.clone(), small.clone(), colors.muted);
        (title, day)
    };
    let labels: Vec<_> = marks.iter().map(|m| label(m, m.title.clone())).collect();
    let widths: Vec<f32> = labels
        .iter()
        .map(|(t, d)| t.size().x.max(d.size().x))
        .collect();
    let placed = place_labels(centers, &widths, 0.0, width);
    let mut bottom = LINE_Y + MARKER_RADIUS;
    if leaders_clear(centers, &widths, &placed) {
        // Each label under its marker, lower rows joined to it by a line.
        for (((title, day), spot), center) in labels.into_iter().zip(&placed).zip(centers) {
            let wide = title.size().x.max(day.size().x);
            let top = LINE_Y + 16.0 + spot.row as f32 * ROW_HEIGHT;
            if spot.row > 0 {
                lines.push([pos2(*center, LINE_Y + 10.0), pos2(*center, top - 2.0)]);
            }
            let day_top = top + title.size().y;
            bottom = bottom.max(day_top + day.size().y);
            texts.push((pos2(spot.left + (wide - title.size().x) / 2.0, top), title));
            texts.push((pos2(spot.left + (wide - day.size().x) / 2.0, day_top), day));
        }
        return bottom + theme::SPACE_S;
    }
    // A number under each marker, and the labels listed in order.
    for (n, center) in centers.iter().enumerate() {
        let number = painter.layout_no_wrap((n + 1).to_string(), small.clone(), colors.text);
        let at = pos2(center - number.size().x / 2.0, LINE_Y + MARKER_RADIUS + 4.0);
        bottom = bottom.max(at.y + number.size().y);
        texts.push((at, number));
    }
    for (n, mark) in marks.iter().enumerate() {
        let (title, day) = label(mark, format!("{}. {}", n + 1, mark.title));
        let top = bottom + theme::SPACE_S;
        let day_top = top + title.size().y;
        bottom = day_top + day.size().y;
        texts.push((pos2(0.0, top), title));
        texts.push((pos2(theme::SPACE_L, day_top), day));
    }
    bottom + theme::SPACE_S
}

/// Whether the line from each marker down to its label, in a lower row,
/// passes clear of the labels in the rows above it.
pub fn leaders_clear(centers: &[f32], widths: &[f32], placed: &[Placed]) -> bool {
    const ROOM: f32 = 6.0;
    placed.iter().zip(centers).all(|(lower, center)| {
        placed.iter().zip(widths).all(|(upper, wide)| {
            upper.row >= lower.row
                || *center < upper.left - ROOM
                || *center > upper.left + wide + ROOM
        })
    })
}

/// Where words `wide` across go, centred on `center` unless that would put
/// them across today's line at `today_x`: then beside it, on the side with
/// room.
fn clear_of(center: f32, wide: f32, today_x: f32, width: f32) -> f32 {
    const ROOM: f32 = 8.0;
    let left = (center - wide / 2.0).clamp(0.0, (width - wide).max(0.0));
    if left + wide + ROOM <= today_x || today_x + ROOM <= left {
        left
    } else if center <= today_x && today_x - ROOM - wide >= 0.0 {
        today_x - ROOM - wide
    } else {
        (today_x + ROOM).min((width - wide).max(0.0))
    }
}

/// The milestones, their positions, today's words and the words for the
/// stretch of time a broken line leaves out.
fn marks(
    lang: Lang,
    advisory: &Advisory,
    now: DateTime<Utc>,
) -> (Vec<Mark>, Positions, String, String) {
    let instants: Vec<DateTime<Utc>> = advisory
        .milestones
        .iter()
        .map(|m| m.when.instant())
        .collect();
    let marks = advisory
        .milestones
        .iter()
        .map(|m| Mark {
            title: m.title(lang),
            day: humanize::date(lang, advisory.official_date(m)),
            past: m.when.instant() <= now,
        })
        .collect();
    let today = t!(
        lang,
        "timeline-today",
        date = humanize::date(lang, now.date_naive())
    );
    let last = instants.iter().max().copied().unwrap_or(now);
    let gap_words = humanize::span(lang, last.min(now), last.max(now));
    (marks, positions(&instants, now), today, gap_words)
}

pub fn timeline_ui(ui: &mut egui::Ui, lang: Lang, advisory: &Advisory, now: DateTime<Utc>) {
    let visuals = ui.visuals().clone();
    let colors = Colors {
        text: visuals.text_color(),
        muted: theme::muted(&visuals),
        accent: theme::accent(&visuals),
    };
    let (marks, pos, today_text, gap_words) = marks(lang, advisory, now);
    let width = ui.available_width();
    let scene = scene(
        ui.painter(),
        colors,
        &marks,
        &pos,
        today_text.clone(),
        gap_words,
        width,
    );
    let (rect, response) = ui.allocate_exact_size(vec2(width, scene.height), Sense::hover());
    response.widget_info(|| {
        let mut parts: Vec<String> = marks
            .iter()
            .map(|m| {
                let state = if m.past { "past" } else { "future" };
                t!(
                    lang,
                    "timeline-milestone",
                    title = &m.title,
                    date = &m.day,
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
    if ui.is_rect_visible(rect) {
        let offset = rect.min.to_vec2();
        paint(&ui.painter_at(rect), &scene, offset, colors, &visuals);
    }
}

fn paint(
    painter: &egui::Painter,
    scene: &Scene,
    offset: Vec2,
    colors: Colors,
    visuals: &egui::Visuals,
) {
    let line = Stroke::new(3.0, colors.muted);
    for [a, b] in &scene.lines {
        painter.line_segment([*a + offset, *b + offset], line);
    }
    for (center, past) in &scene.markers {
        if *past {
            painter.circle_filled(*center + offset, MARKER_RADIUS, colors.muted);
        } else {
            painter.circle(
                *center + offset,
                MARKER_RADIUS,
                visuals.extreme_bg_color,
                Stroke::new(3.0, colors.accent),
            );
        }
    }
    let [top, dot] = scene.today;
    painter.line_segment(
        [top + offset, dot + offset],
        Stroke::new(3.0, colors.accent),
    );
    painter.circle_filled(dot + offset, 6.0, colors.accent);
    for (at, galley) in &scene.texts {
        painter.galley(*at + offset, Arc::clone(galley), colors.text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advisory::Advisory;

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

    /// Every language, three text sizes, both window sizes, and today
    /// before, between and long after the milestones.
    #[test]
    fn no_line_crosses_a_text_and_every_text_stays_inside() {
        let advisory = Advisory::embedded().expect("advisory");
        let ctx = egui::Context::default();
        crate::ui::theme::install(&ctx);
        let colors = Colors {
            text: Color32::WHITE,
            muted: Color32::GRAY,
            accent: Color32::BLUE,
        };
        let mut checked = 0;
        let fonts = crate::ui::SystemFonts::install(&ctx);
        for lang in Lang::ALL {
            // Each language drawn in its own fonts (Chinese in the system's).
            if fonts.prepare(lang).is_err() {
                continue;
            }
            let mut output = ctx.run_pass(egui::RawInput::default(), |ctx| {
                let painter = ctx.layer_painter(egui::LayerId::background());
                for now in [
                    "2024-05-01T00:00:00Z",
                    "2024-08-24T12:00:00Z",
                    "2026-11-28T12:00:00Z",
                ] {
                    let (marks, pos, today, gap) = marks(lang, &advisory, utc(now));
                    for window in [1024.0, 720.0] {
                        for zoom in [1.0, 1.5, 2.0] {
                            // The page's width: the window's, less the margins.
                            let width = (window / zoom - 48.0_f32).min(theme::PAGE_MAX_WIDTH);
                            let scene = scene(
                                &painter,
                                colors,
                                &marks,
                                &pos,
                                today.clone(),
                                gap.clone(),
                                width,
                            );
                            let what = format!("{} at {now}, {window} wide, {zoom}x", lang.code());
                            assert_clear(&scene, width, &what);
                            checked += 1;
                        }
                    }
                }
            });
            output.textures_delta.clear();
        }
        assert!(checked >= (Lang::ALL.len() - 1) * 3 * 2 * 3, "{checked}");
    }

    fn assert_clear(scene: &Scene, width: f32, what: &str) {
        let texts: Vec<egui::Rect> = scene
            .texts
            .iter()
            .map(|(at, galley)| egui::Rect::from_min_size(*at, galley.size()))
            .collect();
        for (i, text) in texts.iter().enumerate() {
            assert!(
                text.left() >= -0.5 && text.right() <= width + 0.5,
                "{what}: text {i} at {text:?} leaves the width {width}"
            );
            assert!(
                text.bottom() <= scene.height,
                "{what}: text {i} below the bottom"
            );
            for other in &texts[i + 1..] {
                assert!(
                    !text.intersect(*other).is_positive(),
                    "{what}: {text:?} overlaps {other:?}"
                );
            }
            let mut lines = scene.lines.clone();
            lines.push(scene.today);
            for [a, b] in lines {
                let crosses = (0..=100).any(|k| text.contains(a.lerp(b, k as f32 / 100.0)));
                assert!(
                    !crosses,
                    "{what}: the line {a:?}-{b:?} crosses text {i} at {text:?}"
                );
            }
            for (center, _) in &scene.markers {
                let marker =
                    egui::Rect::from_center_size(*center, egui::Vec2::splat(2.0 * MARKER_RADIUS));
                assert!(
                    !text.intersects(marker),
                    "{what}: a marker covers text {i} at {text:?}"
                );
            }
        }
    }

    #[test]
    fn words_for_a_gap_step_aside_from_today() {
        // Centred on 100, 80 wide: across today's line at 120, so they move left of it.
        assert_eq!(clear_of(100.0, 80.0, 120.0, 400.0), 32.0);
        // No room on the left: to the right.
        assert_eq!(clear_of(30.0, 80.0, 40.0, 400.0), 48.0);
        // Clear already: centred.
        assert_eq!(clear_of(100.0, 40.0, 300.0, 400.0), 80.0);
    }

    #[test]
    fn a_leader_line_must_pass_clear_of_labels_above_it() {
        let centers = [40.0, 200.0, 240.0];
        let widths = [110.0, 100.0, 120.0];
        let placed = place_labels(&centers, &widths, 0.0, 600.0);
        assert_eq!(placed[2].row, 1);
        // The third label's line at 240 would cross the second (150 to 250).
        assert!(!leaders_clear(&centers, &widths, &placed));
        let centers = [40.0, 300.0, 330.0];
        let placed = place_labels(&centers, &widths, 0.0, 600.0);
        assert_eq!(placed[2].row, 1);
        // The line at 330 would cross the second (250 to 350).
        assert!(!leaders_clear(&centers, &widths, &placed));
        let placed = place_labels(&[20.0, 160.0], &[150.0, 170.0], 0.0, 600.0);
        assert_eq!(placed[1].row, 1);
        assert!(leaders_clear(&[20.0, 160.0], &[150.0, 170.0], &placed));
    }
}
