"""`python -m newsfacts` and the `newsfacts` command (pyproject's console script)."""

from __future__ import annotations

from newsfacts import collector


def main() -> None:
    """Run the command line, the garbage collector lazy while the process starts."""
    collector.starting()
    from newsfacts.cli import main as run  # after `starting`: its imports are start-up too

    run()


if __name__ == "__main__":
    main()
