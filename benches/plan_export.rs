//! Building the checklist and rendering each export format, for the
//! realistic situation of the tests.

use std::hint::black_box;

use avswitch::export::Format;
use chrono::FixedOffset;
use criterion::{Criterion, criterion_group, criterion_main};

#[path = "../tests/common/mod.rs"]
mod common;

fn plan_and_exports(c: &mut Criterion) {
    let model = common::realistic_model();
    c.bench_function("plan/build", |b| b.iter(|| black_box(model.plan())));
    let utc = FixedOffset::east_opt(0).expect("UTC");
    let mut group = c.benchmark_group("export");
    for format in Format::ALL {
        group.bench_function(format.extension(), |b| {
            b.iter(|| black_box(model.export(format, utc)))
        });
    }
    group.finish();
}

criterion_group!(benches, plan_and_exports);
criterion_main!(benches);
