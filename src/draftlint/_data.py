"""The data files shipped in ``draftlint/data``, read as plain files.

Neither importlib.resources (it imports typing and zipfile) nor pathlib (urllib.parse and
ipaddress come with it: 7 ms) is imported for them: a one-draft check reads several.
"""

from __future__ import annotations

import os

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def data_path(name: str) -> str:
    return os.path.join(DATA_DIR, name)


def read_data(name: str) -> str:
    """The text of data file ``name`` (UTF-8, newlines as ``\\n``)."""
    with open(data_path(name), encoding="utf-8") as f:
        return f.read()
