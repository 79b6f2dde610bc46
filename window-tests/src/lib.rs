//! AV Switch's window, tested from outside: `tests/` walks the wizard
//! headless and reads it as keyboard and screen-reader users meet it,
//! `benches/frames.rs` times its frames, and `examples/minimal.rs` is the
//! smallest egui window the start-up benchmark compares against. The code
//! under test is the `avswitch` package.
