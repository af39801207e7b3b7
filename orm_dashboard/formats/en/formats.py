"""Dates and times as the European teams who use this read them: "4 Dec 2026, 20:17".

Django's English formats are American ("Dec. 4, 2026, 8:17 p.m."); these replace them
wherever a template prints a date without its own format (FORMAT_MODULE_PATH).
"""

DATE_FORMAT = "j M Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j M Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
