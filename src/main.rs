use std::process::ExitCode;
use std::sync::Arc;

use avswitch::advisory::Advisory;
use avswitch::model::Model;
use chrono::Utc;

fn main() -> ExitCode {
    let advisory = match Advisory::embedded() {
        Ok(advisory) => Arc::new(advisory),
        Err(err) => {
            eprintln!("avswitch: {err}");
            return ExitCode::FAILURE;
        }
    };
    let model = Model::new(advisory, Utc::now());
    match avswitch::ui::run(model, Box::new(Utc::now)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("avswitch: the window could not be opened: {err}");
            ExitCode::FAILURE
        }
    }
}
