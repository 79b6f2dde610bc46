//! The help and the mistakes, in the person's language: every word of
//! them, the usage lines and the names of values included; the flags stay
//! as they are.

use super::*;
use avswitch::humanize;

/// What each subcommand does, by its Fluent text.
pub(super) const ABOUT: &[(&str, &str)] = &[("check", "cli-check"), ("export", "cli-export")];

/// A flag's words, each a text of the language files: its help, and the
/// name its value goes by. A new flag needs a row in `FLAGS` and its texts in
/// every language.
pub(super) struct FlagWords {
    /// The id clap gives it (the field's name).
    pub(super) id: &'static str,
    /// The commands it belongs to, with its help there; none for `--lang`,
    /// whose help is set on its own.
    pub(super) help: &'static [(&'static str, &'static str)],
    /// What its value is called, for a flag that takes one.
    pub(super) value: Option<&'static str>,
}

/// Every flag's words, in one table.
pub(super) const FLAGS: &[FlagWords] = &[
    FlagWords {
        id: "lang",
        help: &[],
        value: Some("cli-value-language"),
    },
    FlagWords {
        id: "json",
        help: &[("check", "cli-check-json")],
        value: None,
    },
    FlagWords {
        id: "quiet",
        help: &[("check", "cli-check-quiet")],
        value: None,
    },
    FlagWords {
        id: "record",
        help: &[("check", "cli-check-record")],
        value: Some("cli-value-folder"),
    },
    FlagWords {
        id: "replay",
        help: &[("check", "cli-replay"), ("export", "cli-replay")],
        value: Some("cli-value-folder"),
    },
    FlagWords {
        id: "format",
        help: &[("export", "cli-export-format")],
        value: Some("cli-value-format"),
    },
    FlagWords {
        id: "out",
        help: &[("export", "cli-export-out")],
        value: Some("cli-value-file"),
    },
    FlagWords {
        id: "no_scan",
        help: &[("export", "cli-export-no-scan")],
        value: None,
    },
    FlagWords {
        id: "region",
        help: &[("check", "cli-region"), ("export", "cli-region")],
        value: Some("cli-value-region"),
    },
    FlagWords {
        id: "us_person",
        help: &[("check", "cli-us-person"), ("export", "cli-us-person")],
        value: Some("cli-value-answer"),
    },
];

/// After AV Switch's own flags, as clap places them.
pub(super) const HELP_LAST: usize = 1000;

/// The command line with its help in `lang`: every word of it, the usage
/// lines and the names of values included; the flags stay as they are.
pub(super) fn localised(lang: Lang) -> clap::Command {
    let usage_line = humanize::labelled(lang, &t!(lang, "cli-usage"), "{usage}");
    let template = format!("{{about-with-newline}}\n{usage_line}\n\n{{all-args}}{{after-help}}");
    let options = t!(lang, "cli-options");
    let value = |id: &str| FLAGS.iter().find(|f| f.id == id).and_then(|f| f.value);
    let named = |arg: Arg| match value(arg.get_id().as_str()) {
        Some(name) => arg.value_name(t!(lang, name)),
        None => arg,
    };
    let headed = |command: clap::Command| {
        command.help_template(&template).mut_args(|arg| {
            let takes_values = arg.get_action().takes_values();
            // Each help text names its values, in its language.
            named(arg)
                .help_heading(options.clone())
                .hide_possible_values(takes_values)
        })
    };
    // clap's own --help and --version, but with their help in words too.
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .global(true)
        .display_order(HELP_LAST)
        .help(t!(lang, "cli-help"));
    let version = Arg::new("version")
        .short('V')
        .long("version")
        .action(ArgAction::Version)
        .display_order(HELP_LAST)
        .help(t!(lang, "cli-version"));
    let mut command = headed(Cli::command().arg(help).arg(version))
        .about(t!(lang, "cli-about"))
        .after_help(t!(lang, "cli-window"))
        .override_usage(usage(lang, None))
        .subcommand_help_heading(t!(lang, "cli-commands"))
        .mut_arg("lang", |arg| {
            let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            arg.help(t!(
                lang,
                "cli-lang",
                codes = humanize::list_or(lang, &codes)
            ))
        });
    for (name, about) in ABOUT {
        command = command.mut_subcommand(name, |sub| {
            headed(sub)
                .about(t!(lang, about))
                .override_usage(usage(lang, Some(name)))
        });
    }
    for flag in FLAGS {
        for (name, help) in flag.help {
            command = command.mut_subcommand(name, |sub| {
                sub.mut_arg(flag.id, |arg| arg.help(t!(lang, help)))
            });
        }
    }
    command
}

/// How a command is written, in `lang`'s words for its parts: `avswitch
/// [OPTIONS] [COMMAND]`, `avswitch check [OPTIONS]`.
pub(super) fn usage(lang: Lang, subcommand: Option<&str>) -> String {
    let options = t!(lang, "cli-placeholder-options");
    match subcommand {
        None => format!(
            "avswitch [{options}] [{}]",
            t!(lang, "cli-placeholder-command")
        ),
        Some("export") => format!(
            "avswitch export --format <{}> [{options}]",
            t!(lang, "cli-value-format")
        ),
        Some(name) => format!("avswitch {name} [{options}]"),
    }
}

/// A mistake on the command line, said in `lang` and in plain words, with
/// how the command is written and where to read more. clap's own words
/// come only where nothing better is known, on their own line.
pub(super) fn argument_error(lang: Lang, error: &clap::Error, args: &[OsString]) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let get = |kind| match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text.clone()),
        Some(ContextValue::Strings(texts)) => texts.first().cloned(),
        Some(ContextValue::StyledStr(text)) => Some(text.to_string()),
        _ => None,
    };
    let all = |kind| match error.get(kind) {
        Some(ContextValue::Strings(texts)) => texts.clone(),
        Some(ContextValue::String(text)) => vec![text.clone()],
        _ => Vec::new(),
    };
    // "--region <REGION>" is "--region" to the person.
    let flag = |text: String| text.split(' ').next().unwrap_or_default().to_owned();
    // Which command the mistake is in: the first word that names one.
    let subcommand = args
        .iter()
        .skip(1)
        .filter_map(|arg| arg.to_str())
        .find_map(|arg| ["check", "export"].into_iter().find(|name| *name == arg));
    let command = match subcommand {
        Some(name) => format!("avswitch {name}"),
        None => "avswitch".to_owned(),
    };
    let mut lines = Vec::new();
    match error.kind() {
        ErrorKind::UnknownArgument => {
            let argument = get(ContextKind::InvalidArg).unwrap_or_default();
            lines.push(t!(
                lang,
                "cli-error-unknown-argument",
                argument = argument,
                command = &command
            ));
            if let Some(suggested) = get(ContextKind::SuggestedArg) {
                lines.push(t!(
                    lang,
                    "cli-error-did-you-mean",
                    suggestion = flag(suggested)
                ));
            }
        }
        ErrorKind::InvalidSubcommand => {
            let given = get(ContextKind::InvalidSubcommand).unwrap_or_default();
            lines.push(t!(lang, "cli-error-unknown-command", command = given));
            if let Some(suggested) = get(ContextKind::SuggestedSubcommand) {
                lines.push(t!(lang, "cli-error-did-you-mean", suggestion = suggested));
            }
        }
        ErrorKind::InvalidValue => {
            let argument = flag(get(ContextKind::InvalidArg).unwrap_or_default());
            let value = get(ContextKind::InvalidValue).unwrap_or_default();
            let possible = all(ContextKind::ValidValue);
            let possible: Vec<&str> = possible.iter().map(String::as_str).collect();
            lines.push(t!(
                lang,
                "cli-error-invalid-value",
                value = value,
                argument = argument,
                values = humanize::list_or(lang, &possible)
            ));
        }
        ErrorKind::ValueValidation => {
            // The reason is AV Switch's own (an unknown language), in words.
            let reason = std::error::Error::source(error).map(ToString::to_string);
            lines.push(reason.unwrap_or_else(|| t!(lang, "cli-error-other")));
        }
        ErrorKind::MissingRequiredArgument => {
            let missing: Vec<String> = all(ContextKind::InvalidArg).into_iter().map(flag).collect();
            let missing: Vec<&str> = missing.iter().map(String::as_str).collect();
            lines.push(t!(
                lang,
                "cli-error-missing",
                arguments = humanize::list_and(lang, &missing),
                count = missing.len()
            ));
        }
        ErrorKind::ArgumentConflict => {
            let first = flag(get(ContextKind::InvalidArg).unwrap_or_default());
            let second = flag(get(ContextKind::PriorArg).unwrap_or_default());
            lines.push(t!(
                lang,
                "cli-error-conflict",
                first = first,
                second = second
            ));
        }
        ErrorKind::NoEquals
        | ErrorKind::TooManyValues
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues => {
            let argument = flag(get(ContextKind::InvalidArg).unwrap_or_default());
            lines.push(t!(lang, "cli-error-value-form", argument = argument));
        }
        _ => {
            lines.push(t!(lang, "cli-error-other"));
            let words = error.render().to_string();
            let details = humanize::labelled(lang, &t!(lang, "notice-details"), words.trim());
            lines.push(format!("  {details}"));
        }
    }
    lines.push(humanize::labelled(
        lang,
        &t!(lang, "cli-usage"),
        &usage(lang, subcommand),
    ));
    lines.push(t!(
        lang,
        "cli-error-help",
        help = format!("{command} --help")
    ));
    lines.join("\n")
}
