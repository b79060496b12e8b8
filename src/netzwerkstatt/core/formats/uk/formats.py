"""Date and time formats of the Ukrainian pages (settings.FORMAT_MODULE_PATH).

Names not set here fall back to Django's own formats for the language; the seven names of
Django are set all the same, so each language reads consistently. `WEEKDAY_DATE_FORMAT` and
`WEEKDAY_DATETIME_FORMAT` are the project's own names, read by `core.formatting` (Django's
`date` filter knows only its seven names).
"""

DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
TIME_FORMAT = "H:i"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
WEEKDAY_DATE_FORMAT = "D, j E Y"
WEEKDAY_DATETIME_FORMAT = "l, j E Y, H:i"
