"""Word lists and patterns, one package per language."""
