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


# The C scanner of a decoder built once (json.loads with keyword arguments builds a decoder per
# call): (object, end) for the JSON value at an index, StopIteration when there is none there.
_SCAN = json.JSONDecoder(parse_constant=_no_constants).scan_once


def _keys_at_least(obj: dict[str, Any]) -> int:
    """A lower bound of the number of keys in `obj` and its objects: the keys of `obj`, of its
    object values and of theirs (the shapes of this payload's lines)."""
    keys = len(obj)
    for value in obj.values():
        if type(value) is dict:
            keys += len(value)
            for inner in value.values():
                if type(inner) is dict:
                    keys += len(inner)
    return keys


def parse_line(raw: bytes, number: int) -> dict[str, Any]:
    """One line as a JSON object; duplicate keys (at any depth), NaN and Infinity refused.

    Most lines are parsed once, without the duplicate-key hook: every key of a JSON text is
    followed by its colon, with only whitespace between. When no colon of the line follows
    whitespace, the line holds at most as many keys as occurrences of '":'; when the objects
    parsed already hold that many keys, none was dropped as a duplicate. Any other line (one
    with whitespace around it, or that fails) is parsed again the strict way, which gives the
    same result or error as before."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PayloadError(f"line {number} is not valid UTF-8") from None
    if b" :" not in raw and b"\t:" not in raw and b"\r:" not in raw:
        try:
            obj, end = _SCAN(text, 0)
        except Exception:  # noqa: BLE001  (the strict parse below says what is wrong)
            end = -1
        if end == len(text) and type(obj) is dict and _holds_every_key(obj, raw):
            return obj
    return _parse_strictly(text, number)


def _holds_every_key(obj: dict[str, Any], raw: bytes) -> bool:
    """Whether the object parsed from `raw` (with no whitespace before a colon) kept every key
    of the text: it holds at least as many keys as '":' occurs (see parse_line)."""
    colons = raw.count(b'":')
    keys = len(obj)
    if keys < colons:  # a row: {"t", "id", "cl", "s": {"v": {…}, …}, "d"}
        state = obj.get("s")
        if type(state) is dict:
            keys += len(state)
            versions = state.get("v")
            if type(versions) is dict:
                keys += len(versions)
        if keys < colons:
            keys = _keys_at_least(obj)
    return keys >= colons


def _parse_lines(raws: list[bytes]) -> list[Any] | None:
    """The objects of several lines (each ending with its newline) parsed at once, as a JSON
    array of them, or None when that does not give exactly what parse_line would for each; the
    caller then parses them one by one. Saves the per-line work on the common lines."""
    joined = b"[" + b",".join(raws) + b"]"  # the newlines are whitespace between the items
    if b" :" in joined or b"\t:" in joined or b"\r:" in joined or b"\n:" in joined:
        return None
    try:
        text = joined.decode("utf-8")
        objects, end = _SCAN(text, 0)
    except Exception:  # noqa: BLE001  (parse_line says what is wrong, and where)
        return None
    if end != len(text) or type(objects) is not list or len(objects) != len(raws):
        return None  # a line that is not one value
    for obj, raw in zip(objects, raws):
        if type(obj) is not dict or not _holds_every_key(obj, raw):
            return None
    return objects


def _parse_strictly(text: str, number: int) -> dict[str, Any]:
    try:
        obj = json.loads(text, object_pairs_hook=_no_duplicates,
                         parse_constant=_no_constants)
    except PayloadError as error:
        raise PayloadError(f"line {number}: {error}") from None
    except (ValueError, RecursionError):
        raise PayloadError(f"line {number} is not JSON") from None
    if not isinstance(obj, dict):
        raise PayloadError(f"line {number} is not a JSON object")
    return obj


LINES_AT_ONCE = 256  # lines parsed together (_parse_lines)


def read_lines(source: BinaryIO) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each line of an inflated payload, ending with its end marker
    checked: a payload cut short or with lines after the end is refused. Lines are read and
    parsed a few hundred at a time; a problem is raised when the lines before it are taken."""
    number = 0
    while True:
        raws: list[bytes] = []
        stop: PayloadError | None = None  # what ended this group of lines early
        at_end = False  # nothing more to read
        while len(raws) < LINES_AT_ONCE:
            raw = source.readline(MAX_LINE + 1)
            if not raw:
                at_end = True
                stop = PayloadError("the payload ends without its end marker (truncated)")
                break
            if len(raw) > MAX_LINE or not raw.endswith(b"\n"):
                stop = PayloadError(f"line {number + len(raws) + 1} is longer than "
                                    f"{MAX_LINE:,} bytes" if len(raw) > MAX_LINE else
                                    "the payload ends without its end marker (truncated)")
                break
            raws.append(raw)
        objects = _parse_lines(raws) if len(raws) > 1 else None
        for index, raw in enumerate(raws):
            number += 1
            obj = objects[index] if objects is not None else parse_line(raw[:-1], number)
            if "end" in obj:
                if obj != {"end": number - 1}:
                    raise PayloadError(f"line {number}: the end marker counts "
                                       f"{obj.get('end')!r} lines, the payload has {number - 1}")
                if index + 1 < len(raws) or (stop is not None and not at_end) \
                        or (stop is None and source.read(1)):
                    raise PayloadError(f"data after the end marker on line {number}")
                return
            yield number, obj
        if stop is not None:
            raise stop
