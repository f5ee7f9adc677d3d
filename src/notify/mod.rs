//! Notifier: takes alerts from the watchers and tells the user.

pub mod desktop;
mod handoff;
pub mod hub;
pub mod text;

pub use handoff::{channel, Ack, Alert, AlertFinding, AlertVerdict, Handoff, Inbox};
pub use hub::{CommandSink, Delivery, Hub, LogSink, Sink};
