"""The seven languages of the site, for tests that run before or without the routing that
brings them into the settings."""

SEVEN_LANGUAGES = [
    ("de", "German"),
    ("en", "English"),
    ("ar", "Arabic"),
    ("fa", "Persian"),
    ("uk", "Ukrainian"),
    ("ru", "Russian"),
    ("tr", "Turkish"),
]
