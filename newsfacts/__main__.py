"""`python -m newsfacts`."""

from newsfacts.cli import main

main()
