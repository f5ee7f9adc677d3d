//! The `offguard` binary: a thin wrapper over the library's CLI.

fn main() {
    std::process::exit(offguard::cli::main());
}
