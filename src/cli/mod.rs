//! Command line: raw arguments (clap) → validated arguments → the library.
//! Only this layer prints and picks exit codes; errors from the library arrive typed and
//! are shown with their "cannot …" messages.

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
    /// Watch the configured IMAP accounts and raise desktop alerts (runs in the foreground;
    /// systemd runs it so).
    Run {
        #[arg(long, short)]
        config: Option<PathBuf>,
    },
    /// One pass over the configured accounts: print verdicts as `check` does, change nothing.
    Scan {
        #[arg(long, short)]
        config: Option<PathBuf>,
        /// Screen mail received on or after this date (YYYY-MM-DD); default: initial_scan_days.
        #[arg(long)]
        since: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Show a sample alert, so you can see what one looks like.
    NotifyTest {
        #[arg(long, short)]
        config: Option<PathBuf>,
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
        Command::Run { config } => crate::daemon::run_cli(config),
        Command::Scan {
            config,
            since,
            json,
        } => scan(config, since, json),
        Command::NotifyTest { config } => notify_test(config),
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

fn scan(config: Option<PathBuf>, since: Option<String>, json: bool) -> i32 {
    let config = match load_config(config.as_deref()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    crate::log::init(config.log_level.as_deref());
    let since = match since {
        Some(s) => match chrono::NaiveDate::parse_from_str(&s, "%Y-%m-%d") {
            Ok(d) => d.format("%d-%b-%Y").to_string(),
            Err(_) => {
                eprintln!("offguard: --since wants a date like 2026-11-01, not {s:?}");
                return EXIT_USAGE;
            }
        },
        None => String::new(),
    };
    if config.accounts.is_empty() {
        eprintln!(
            "offguard: no accounts configured in {}",
            config.source.display()
        );
        return EXIT_USAGE;
    }
    let domains = config.platform_domains();
    let checker = Checker::new(config.clone());
    let stdout = std::io::stdout();
    let mut code = 0;
    for account in &config.accounts {
        let since = if since.is_empty() {
            crate::imap::imap_date(account.initial_scan_days)
        } else {
            since.clone()
        };
        let mut out = stdout.lock();
        let res = crate::imap::scan::scan_account(account, &checker, &domains, &since, |s| {
            let _ = if json {
                output::write_json(&mut out, &s.name, &s.verdict)
            } else {
                output::write_human(&mut out, &s.name, &s.verdict, &config)
            };
        });
        if let Err(e) = res {
            eprintln!("offguard: account {}: {e}", account.name);
            code = 1;
        }
    }
    code
}

fn notify_test(config: Option<PathBuf>) -> i32 {
    use crate::notify::{Alert, AlertVerdict, Delivery, Sink};
    let config = match load_config(config.as_deref()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let sample = include_bytes!("../../tests/golden/crowdworks-iso2022jp-line.eml");
    let verdict = Checker::new(config.clone()).check(sample);
    let alert = Alert {
        id: "notify-test".into(),
        account: "notify-test".into(),
        mailbox: "INBOX".into(),
        uid: 0,
        at: chrono::Utc::now().to_rfc3339(),
        verdict: AlertVerdict::from_verdict(&verdict),
    };
    let d = Delivery::One(Box::new(alert));
    let mut settings = config.notify.clone();
    settings.desktop = true;
    let lang = crate::notify::text::language(settings.language);
    println!("summary: {}", crate::notify::text::summary(&d, lang));
    println!(
        "body:\n{}",
        crate::notify::text::body(&d, lang, settings.excerpt_chars)
    );
    match crate::notify::desktop::DesktopSink::default().deliver(&d, &settings) {
        Ok(()) => {
            println!("sent a sample notification to the desktop");
            0
        }
        Err(e) => {
            eprintln!("offguard: {e}");
            1
        }
    }
}
