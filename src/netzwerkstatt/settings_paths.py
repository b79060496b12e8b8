"""Where local state lives, importable without loading Django settings."""

import os
from pathlib import Path


def var_dir() -> Path:
    default = Path(__file__).resolve().parent.parent.parent / "var"
    return Path(os.environ.get("NETZWERKSTATT_VAR_DIR", default))
