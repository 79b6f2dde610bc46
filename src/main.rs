//! `avswitch` opens the window; `avswitch check` prints what protects this
//! computer.

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use avswitch::advisory::Advisory;
use avswitch::detect::catalog::Catalog;
use avswitch::detect::system::RealSystem;
use avswitch::detect::{ScanOptions, scan};
use avswitch::model::{Action, Model};
use avswitch::report;
use avswitch::store::Store;
use chrono::Utc;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "avswitch",
    version,
    about = "Switch away from Kaspersky anti-virus, calmly and safely."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Check which security programs this computer has, and print a report.
    Check {
        /// Print a JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("avswitch: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    let advisory = Arc::new(Advisory::embedded().map_err(|e| e.to_string())?);
    let catalog = Arc::new(Catalog::embedded().map_err(|e| e.to_string())?);
    match cli.command {
        None => {
            let mut model = Model::new(advisory, Arc::clone(&catalog), Utc::now());
            let store = match Store::open_default() {
                Ok(store) => Some(store),
                Err(e) => {
                    let text = format!("Your progress will not be saved: {e}.");
                    let _no_effect = model.apply(Action::Notice(text));
                    None
                }
            };
            let scanner: avswitch::ui::Scanner =
                Arc::new(move |now| scan(&RealSystem, &catalog, now, ScanOptions::default()));
            avswitch::ui::run(model, Box::new(Utc::now), scanner, store)
                .map_err(|e| format!("the window could not be opened: {e}"))
        }
        Some(Command::Check { json }) => {
            let now = Utc::now();
            let found = scan(&RealSystem, &catalog, now, ScanOptions::default());
            let text = if json {
                report::check_json(&found, &advisory, now)
            } else {
                report::check_text(&found, &advisory, now)
            };
            let mut stdout = std::io::stdout().lock();
            writeln!(stdout, "{text}")
                .and_then(|()| stdout.flush())
                .map_err(|e| format!("the report could not be written: {e}"))
        }
    }
}
