"""Date and time formats per language (see docs/architecture.md, "Languages")."""
