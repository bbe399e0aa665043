"""The plaintext inside a sync bundle: zlib-compressed JSON Lines, written and read as a stream.

    line 1      {"type": "glo-act-sync", "version": 1, "sender": …, "epoch": …, "bundle_seq": …,
                 "seq_from": …, "seq_high": …, "ack": {"epoch": …, "seq": …},
                 "columns": {"<table>": ["<column>", …]}, "reference": ["<table>", …]}
    then        {"ref": "<table>", "d": [value, …]}                       reference rows (HQ only)
                {"t": "<table>", "id": "<row id>", "cl": n, "s": {state}, "d": [value, …]}
                {"blob": "<sha256>", "size": n, "i": k, "data": "<base64>"}   attachment files
    last line   {"end": <number of lines before it>}

Values are in the header's column order and in the database's stored form (sync/columns.py);
`s` is the row's merge state (sync/rowstate.py). Rows come parents first. docs/bundle-format.md
describes the whole for other implementations.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

PAYLOAD_TYPE = "glo-act-sync"
PAYLOAD_VERSION = 1
ENCODING = "zlib"
MAX_LINE = 4 * 1024 * 1024  # bytes in one line: a row, or a piece of an attachment
BLOB_PIECE = 1024 * 1024  # raw bytes of an attachment per line (base64 makes it 4/3)


class PayloadError(ValueError):
    """The payload is not what a sender of this format writes. The message names the line."""


class PayloadWriter:
    """Writes lines compressed to a binary stream (a private temporary file)."""

    def __init__(self, target: BinaryIO, level: int = 6):
        self._target = target
        self._compressor = zlib.compressobj(level)
        self.lines = 0

    def write(self, obj: dict[str, Any]) -> None:
        data = json.dumps(obj, separators=(",", ":"), ensure_ascii=False,
                          allow_nan=False).encode("utf-8") + b"\n"
        self._target.write(self._compressor.compress(data))
        self.lines += 1

    def finish(self) -> None:
        self.write({"end": self.lines})
        self._target.write(self._compressor.flush())
        self._target.flush()


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise PayloadError("a key appears twice in one object")
    return result


def _no_constants(name: str) -> Any:
    raise PayloadError(f"{name} is not a JSON number")


def parse_line(raw: bytes, number: int) -> dict[str, Any]:
    try:
        obj = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates,
                         parse_constant=_no_constants)
    except UnicodeDecodeError:
        raise PayloadError(f"line {number} is not valid UTF-8") from None
    except PayloadError as error:
        raise PayloadError(f"line {number}: {error}") from None
    except (ValueError, RecursionError):
        raise PayloadError(f"line {number} is not JSON") from None
    if not isinstance(obj, dict):
        raise PayloadError(f"line {number} is not a JSON object")
    return obj


def read_lines(source: BinaryIO) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each line of an inflated payload, ending with its end marker
    checked: a payload cut short or with lines after the end is refused."""
    number = 0
    while True:
        raw = source.readline(MAX_LINE + 1)
        if not raw:
            raise PayloadError("the payload ends without its end marker (truncated)")
        number += 1
        if len(raw) > MAX_LINE or not raw.endswith(b"\n"):
            if len(raw) > MAX_LINE:
                raise PayloadError(f"line {number} is longer than {MAX_LINE:,} bytes")
            raise PayloadError("the payload ends without its end marker (truncated)")
        obj = parse_line(raw[:-1], number)
        if "end" in obj:
            if obj != {"end": number - 1}:
                raise PayloadError(f"line {number}: the end marker counts {obj.get('end')!r} "
                                   f"lines, the payload has {number - 1}")
            if source.read(1):
                raise PayloadError(f"data after the end marker on line {number}")
            return
        yield number, obj
