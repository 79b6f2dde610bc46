//! How long a full scan takes: on this machine for real, on fake Windows
//! and Linux machines built from the test fixtures, and on a recorded
//! Windows machine replayed (parsing and merging only, no process start-up).

use std::hint::black_box;
use std::time::Duration;

use avswitch::detect::adapters::{RealSystem, ReplaySystem};
use avswitch::detect::catalog::Catalog;
use avswitch::detect::{ScanOptions, scan};
use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};

#[path = "../tests/common/mod.rs"]
mod common;

fn scans(c: &mut Criterion) {
    let catalog = Catalog::embedded();
    let options = ScanOptions::default();
    let now = Utc::now();
    let mut group = c.benchmark_group("scan");
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("this machine", |b| {
        b.iter(|| black_box(scan(&RealSystem, catalog, now, options)))
    });
    let windows = common::windows_with_kaspersky();
    group.bench_function("fake Windows with Kaspersky", |b| {
        b.iter(|| black_box(scan(&windows, catalog, now, options)))
    });
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/machines/windows-kaspersky-left-behind");
    let replayed = ReplaySystem::open(&folder).expect("a recording");
    group.bench_function("replayed Windows with Kaspersky left behind", |b| {
        b.iter(|| black_box(scan(&replayed, catalog, now, options)))
    });
    let linux = common::linux_with_kesl_and_clamav();
    group.bench_function("fake Linux with KESL and ClamAV", |b| {
        b.iter(|| black_box(scan(&linux, catalog, now, options)))
    });
    group.finish();
}

criterion_group!(benches, scans);
criterion_main!(benches);
