//! Version 1 recordings of Windows, made when the check still ran
//! programs: what `reg.exe`, PowerShell and `tasklist` printed, read back
//! into the answers Windows' APIs give now, so such a recording replays
//! with the same findings.

pub mod parse;

use std::collections::BTreeMap;

use self::parse::{
    parse_certificates, parse_reg_query, parse_security_center, parse_tasklist_csv, printed_nothing,
};
use super::registry_store::RegistryStore;
use crate::detect::answers::{
    Answer, CommandError, CommandOutput, Listed, RootCertificate, SecurityProduct, Unanswered,
};
use crate::detect::vocab::ParseError;
use crate::i18n::Lang;

/// What a version 1 recording's programs answered, as typed answers; a
/// question none of them answered stays `None`.
#[derive(Debug, Default)]
pub(super) struct Answers {
    pub antivirus: Option<Answer<Listed<SecurityProduct>>>,
    pub certificates: Option<Answer<Listed<RootCertificate>>>,
    pub processes: Option<Answer<Listed<String>>>,
}

/// Reads every program's output; the registry keys `reg query` printed go
/// into `registry`.
pub(super) fn read_programs(
    commands: &BTreeMap<Vec<String>, Result<CommandOutput, CommandError>>,
    registry: &mut RegistryStore,
) -> Answers {
    let mut answers = Answers::default();
    for (line, result) in commands {
        let Some((program, args)) = line.split_first() else {
            continue;
        };
        let program = program.rsplit('\\').next().unwrap_or_default();
        let query = args.last().map(String::as_str).unwrap_or_default();
        match program.to_ascii_lowercase().as_str() {
            "powershell.exe" if query.contains("SecurityCenter2") => {
                answers.antivirus =
                    Some(listed(printed(result).and_then(|text| {
                        parse_security_center(&text).map_err(words)
                    })));
            }
            "powershell.exe" if query.contains("Cert:") => {
                answers.certificates = Some(listed(
                    printed(result).and_then(|text| parse_certificates(&text).map_err(words)),
                ));
            }
            "tasklist.exe" => {
                answers.processes =
                    Some(listed(output(result).map(|out| {
                        parse_tasklist_csv(&String::from_utf8_lossy(&out.stdout))
                    })));
            }
            "reg.exe" => read_registry(registry, args, result),
            _ => {}
        }
    }
    answers
}

fn listed<T>(answer: Answer<Vec<T>>) -> Answer<Listed<T>> {
    answer.map(Listed::from)
}

/// `reg query KEY [/s] [/v NAME]`: the keys it listed. A key that does not
/// exist made it fail, and stays absent.
fn read_registry(
    registry: &mut RegistryStore,
    args: &[String],
    result: &Result<CommandOutput, CommandError>,
) {
    let Some(key) = args.get(1) else {
        return;
    };
    match output(result) {
        Ok(out) if out.success => {
            registry.insert_all(parse_reg_query(&String::from_utf8_lossy(&out.stdout)))
        }
        Ok(out) if out.stderr.to_ascii_lowercase().contains("access is denied") => {
            registry.fail(key, Unanswered::Denied(first_line(&out.stderr)));
        }
        Ok(_) => {}
        Err(why) => registry.fail(key, why),
    }
}

/// A program's output, or why it gave none.
fn output(result: &Result<CommandOutput, CommandError>) -> Answer<&CommandOutput> {
    result
        .as_ref()
        .map_err(|e| Unanswered::Failed(e.to_string()))
}

/// What a PowerShell query printed, or why it printed nothing usable.
/// `0x8004100e` is Windows Server's "no such namespace": no Security Center.
fn printed(result: &Result<CommandOutput, CommandError>) -> Answer<String> {
    let out = output(result)?;
    if !out.success {
        let line = first_line(&out.stderr);
        return Err(
            if out.stderr.contains("0x8004100e") || out.stderr.contains("Invalid namespace") {
                Unanswered::Unavailable(line)
            } else {
                Unanswered::Failed(line)
            },
        );
    }
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    if printed_nothing(&text) {
        return Err(Unanswered::Failed("PowerShell printed nothing".to_owned()));
    }
    Ok(text)
}

fn words(error: ParseError) -> Unanswered {
    Unanswered::Failed(Lang::En.msg(&error.0))
}

fn first_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("-")
        .to_owned()
}
