"""`python -m newsfacts` and the `newsfacts` command (pyproject's console script)."""

from __future__ import annotations

from newsfacts import collector


def main() -> None:
    """Run the command line, the garbage collector lazy while the process starts and exits."""
    collector.starting()
    from newsfacts.cli import main as run  # after `starting`: its imports are start-up too

    try:
        run()
    finally:  # SystemExit included: the exit code stands
        collector.finished()


if __name__ == "__main__":
    main()
