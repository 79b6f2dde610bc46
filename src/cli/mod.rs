//! The command line: its arguments (`args`), their help and mistakes in
//! the person's language (`help`), the settings `check` and `export` go by
//! (`settings`), and one function per command (`run`).

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use avswitch::advisory::Advisory;
use avswitch::coverage::{Region, UsPerson};
use avswitch::detect::adapters::{RealSystem, RecordingSystem, ReplaySystem};
use avswitch::detect::catalog::Catalog;
use avswitch::detect::port::System;
use avswitch::detect::{ScanOptions, scan};
use avswitch::export::Format;
use avswitch::fsutil::{NewFile, ReadOnly};
use avswitch::i18n::{Lang, Msg};
use avswitch::model::{Action, Model};
use avswitch::situation::Answers;
use avswitch::store::Store;
use avswitch::{fsutil, report, t};
use chrono::Utc;
use clap::error::ErrorKind;
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

mod args;
mod help;
mod run;
mod settings;

use args::*;
use help::*;
use run::*;
use settings::Settings;

/// Reads the command line and runs what it asks, ending with its status.
pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = lang_asked(&args).unwrap_or_else(Lang::system);
    let cli = match localised(lang)
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            e.exit()
        }
        Err(e) => {
            eprintln!("avswitch: {}", argument_error(lang, &e, &args));
            // clap's own code for a mistake on the command line.
            return ExitCode::from(2);
        }
    };
    match run(cli) {
        Ok(status) => ExitCode::from(status),
        Err(message) => {
            eprintln!("avswitch: {message}");
            ExitCode::FAILURE
        }
    }
}
