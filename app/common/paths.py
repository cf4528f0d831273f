"""Where Rapport keeps its files: the platform's data, config and log folders."""

import os
from pathlib import Path

import platformdirs

APP_NAME = "Rapport"
APP_AUTHOR = "Rapport"
ENV_DB = "RAPPORT_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def default_database() -> Path:
    return data_dir() / "rapport.db"


def database_target(cli_value: str | None = None) -> str:
    """--db wins, then RAPPORT_DB, then the file in the platform's data folder."""
    if cli_value:
        return cli_value
    if os.environ.get(ENV_DB):
        return os.environ[ENV_DB]
    return str(default_database())
