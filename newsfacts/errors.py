"""Typed errors: the core raises these, the CLI maps them to one line and an exit code."""

from __future__ import annotations

from newsfacts.safety import message as safe_message

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_SOURCE = 3
EXIT_NO_TEXT = 4
EXIT_BATCH = 5
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143  # 128 + SIGTERM, as a shell reports a process that SIGTERM ended


class NewsfactsError(Exception):
    """Base of every error the core raises on purpose."""

    exit_code = EXIT_INTERNAL
    code = "error"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.message = safe_message(message)  # one line, controls escaped, no credentials
        if code is not None:
            self.code = code


class UsageError(NewsfactsError):
    """The user asked for something that cannot be done (bad option value)."""

    exit_code = EXIT_USAGE
    code = "usage"


class SourceError(NewsfactsError):
    """The source could not be read: missing file, network or HTTP error, not a document."""

    exit_code = EXIT_SOURCE
    code = "source-unreadable"


class NoTextError(NewsfactsError):
    """The source was read but holds no article text."""

    exit_code = EXIT_NO_TEXT
    code = "no-article-text"


class Terminated(KeyboardInterrupt):
    """SIGTERM (`timeout`, `kill`, a container stop): stop like Ctrl-C, keep finished records."""
