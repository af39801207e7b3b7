"""Word lists for the non-English scorers (mentions/languages.py); see SOURCES.md."""
