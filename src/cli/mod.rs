//! Command line: raw arguments (clap) → validated arguments → the library.
//! Only this layer prints, picks exit codes and uses anyhow.

mod inputs;
mod output;

pub use inputs::{collect_inputs, Input};

use crate::check::Checker;
use crate::config::{Config, ConfigError};
use crate::{EXIT_CONFIG, EXIT_USAGE};
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "offguard",
    version,
    about = "Warns when a freelance-platform client tries to move you off the platform \
             / プラットフォーム外への誘導を警告します"
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Screen .eml files, mbox files, directories (Maildir too) or - for stdin.
    Check {
        /// Configuration file (default: ~/.config/offguard/config.yaml, else the built-in one).
        #[arg(long, short)]
        config: Option<PathBuf>,
        /// One JSON object per mail per line.
        #[arg(long)]
        json: bool,
        /// Files, directories or - (stdin).
        #[arg(required = true)]
        paths: Vec<String>,
    },
    /// Configuration commands.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Validate a configuration file and print the effective config path.
    Check {
        /// File to check (default: the one `offguard check` would use).
        file: Option<PathBuf>,
    },
}

/// Runs the CLI and returns the process exit code.
pub fn main() -> i32 {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match args.command {
        Command::Check {
            config,
            json,
            paths,
        } => check(config, json, &paths),
        Command::Config {
            command: ConfigCommand::Check { file },
        } => config_check(file),
    }
}

/// Loads the configuration or reports it the way every command does (exit 78).
pub fn load_config(path: Option<&std::path::Path>) -> Result<Config, i32> {
    Config::load(path).map_err(|e: ConfigError| {
        eprintln!("offguard: {e}");
        EXIT_CONFIG
    })
}

fn check(config: Option<PathBuf>, json: bool, paths: &[String]) -> i32 {
    let config = match load_config(config.as_deref()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let checker = Checker::new(config);
    let (inputs, errors) = collect_inputs(paths);
    let mut code = 0;
    for e in &errors {
        eprintln!("offguard: {e}");
        code = EXIT_USAGE;
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for input in inputs {
        let bytes = match input.read() {
            Ok(b) => b,
            Err(e) => {
                eprintln!("offguard: cannot read {}: {e}", input.name);
                code = EXIT_USAGE;
                continue;
            }
        };
        let verdict = checker.check(&bytes);
        let written = if json {
            output::write_json(&mut out, &input.name, &verdict)
        } else {
            output::write_human(&mut out, &input.name, &verdict, &checker.config)
        };
        if written.is_err() {
            // Broken pipe (e.g. `| head`): stop quietly.
            return code;
        }
    }
    let _ = out.flush();
    code
}

fn config_check(file: Option<PathBuf>) -> i32 {
    let path = file
        .clone()
        .or_else(|| Config::default_path().filter(|p| p.exists()));
    match Config::load(path.as_deref()) {
        Ok(c) => {
            println!("config ok: {}", c.source.display());
            println!(
                "platforms: {}; accounts: {}; extra rules: {}",
                c.platforms
                    .iter()
                    .map(|p| p.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                c.accounts.len(),
                c.detection.extra_rules.len()
            );
            0
        }
        Err(e) => {
            eprintln!("offguard: {e}");
            EXIT_CONFIG
        }
    }
}
