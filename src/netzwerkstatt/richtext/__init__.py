"""The comment text format "Eingeschränktes HTML" (restricted HTML); imports nothing from Django."""
