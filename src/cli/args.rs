//! The command line's arguments, as clap reads them.

use super::*;

/// Help texts are English here and put into the person's language by
/// [`localised`]; flags stay English.
#[derive(Parser)]
#[command(
    name = "avswitch",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub(super) struct Cli {
    /// Before or after the command: `avswitch --lang es check` or
    /// `avswitch check --lang es`.
    #[arg(long, global = true, value_parser = parse_lang)]
    pub(super) lang: Option<Lang>,
    #[command(subcommand)]
    pub(super) command: Option<Command>,
}

#[derive(Subcommand)]
pub(super) enum Command {
    Check {
        #[arg(long)]
        json: bool,
        #[arg(long, conflicts_with = "json")]
        quiet: bool,
        #[arg(long, conflicts_with = "replay")]
        record: Option<PathBuf>,
        #[arg(long)]
        replay: Option<PathBuf>,
        #[command(flatten)]
        who: Who,
    },
    Export {
        #[arg(long, value_enum)]
        format: ExportFormat,
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long)]
        no_scan: bool,
        #[arg(long)]
        replay: Option<PathBuf>,
        #[command(flatten)]
        who: Who,
    },
}

/// Who the U.S. ban covers depends on the person: these answer the
/// window's question from the command line.
#[derive(clap::Args)]
pub(super) struct Who {
    /// Where you use this computer most of the time: us, elsewhere or
    /// unknown (default: the answer saved in the window, else unknown).
    #[arg(long, value_enum)]
    region: Option<RegionArg>,
    /// Whether you are a U.S. citizen or permanent resident: yes or no
    /// (asked when the region is elsewhere).
    #[arg(long, value_enum)]
    us_person: Option<YesNo>,
}

#[derive(Clone, Copy, ValueEnum)]
pub(super) enum RegionArg {
    Us,
    Elsewhere,
    Unknown,
}

#[derive(Clone, Copy, ValueEnum)]
pub(super) enum YesNo {
    Yes,
    No,
}

impl Who {
    /// Puts the flags' answers over the saved ones.
    pub(super) fn apply(&self, answers: &mut Answers) {
        if let Some(region) = self.region {
            answers.region = Some(match region {
                RegionArg::Us => Region::UnitedStates,
                RegionArg::Elsewhere => Region::Elsewhere,
                RegionArg::Unknown => Region::PreferNotToSay,
            });
        }
        if let Some(answer) = self.us_person {
            answers.us_person = Some(match answer {
                YesNo::Yes => UsPerson::Yes,
                YesNo::No => UsPerson::No,
            });
        }
    }
}

/// The language `--lang` names, read before parsing so that help and
/// mistakes are told in it too.
pub(super) fn lang_asked(args: &[OsString]) -> Option<Lang> {
    let args: Vec<_> = args.iter().map(|a| a.to_string_lossy()).collect();
    args.iter()
        .enumerate()
        .find_map(|(i, arg)| match arg.strip_prefix("--lang")? {
            "" => args.get(i + 1).and_then(|value| Lang::from_locale(value)),
            rest => rest.strip_prefix('=').and_then(Lang::from_locale),
        })
}

pub(super) fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_locale(code).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        t!(
            Lang::system(),
            "cli-bad-lang",
            code = code,
            known = known.join(", ")
        )
    })
}

#[derive(Clone, Copy, ValueEnum)]
pub(super) enum ExportFormat {
    Md,
    Txt,
    Html,
    Json,
    Ics,
}

impl From<ExportFormat> for Format {
    fn from(format: ExportFormat) -> Self {
        match format {
            ExportFormat::Md => Format::Markdown,
            ExportFormat::Txt => Format::Text,
            ExportFormat::Html => Format::Html,
            ExportFormat::Json => Format::Json,
            ExportFormat::Ics => Format::Calendar,
        }
    }
}
