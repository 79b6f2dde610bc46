//! How long a full scan takes: on this machine for real, and on fake
//! Windows and Linux machines built from the test fixtures (parsing and
//! merging only, no process start-up).

use std::hint::black_box;
use std::time::Duration;

use avswitch::detect::catalog::Catalog;
use avswitch::detect::system::{CommandOutput, FakeReply, FakeSystem, Os, RealSystem};
use avswitch::detect::{ScanOptions, scan};
use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};

#[path = "../tests/common/mod.rs"]
mod common;

fn fake_linux() -> FakeSystem {
    FakeSystem::new(Os::Linux)
        .with_file("/var/lib/dpkg/status", common::fixture("linux/dpkg-status"))
        .with_dir("/opt/kaspersky/kesl/bin")
        .with_file("/var/lib/clamav/daily.cvd", common::fixture("linux/daily.cvd"))
        .with_file("/usr/bin/systemctl", "")
        .with_reply(
            "/usr/bin/systemctl is-active kesl.service clamav-daemon.service clamav-freshclam.service",
            FakeReply::Output(CommandOutput {
                success: true,
                stdout: b"active\nactive\ninactive\n".to_vec(),
                stderr: String::new(),
            }),
        )
}

fn scans(c: &mut Criterion) {
    let catalog = Catalog::embedded().expect("catalog");
    let options = ScanOptions::default();
    let now = Utc::now();
    let mut group = c.benchmark_group("scan");
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("this machine", |b| {
        b.iter(|| black_box(scan(&RealSystem, &catalog, now, options)))
    });
    let windows = common::windows_with_kaspersky();
    group.bench_function("fake Windows with Kaspersky", |b| {
        b.iter(|| black_box(scan(&windows, &catalog, now, options)))
    });
    let linux = fake_linux();
    group.bench_function("fake Linux with KESL and ClamAV", |b| {
        b.iter(|| black_box(scan(&linux, &catalog, now, options)))
    });
    group.finish();
}

criterion_group!(benches, scans);
criterion_main!(benches);
