"""The payload reader: lines parsed a few hundred at a time give exactly what parsing each line
alone gives: the same objects, the same refusals naming the same line, in the same order."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glo_act_desktop.sync.payload import LINES_AT_ONCE, PayloadError, parse_line, read_lines


def row(n: int, title: str) -> bytes:
    obj = {"t": "consultations", "id": f"{n:08d}-0000-4000-8000-000000000000", "cl": 1,
           "s": {"v": {"*": ["1764547200000-0000-np-1", []]}}, "d": [title, n, 2.5, None]}
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()


def payload(lines: list[bytes], end: bool = True) -> io.BytesIO:
    body = b"".join(line + b"\n" for line in lines)
    if end:
        body += b'{"end":%d}\n' % len(lines)
    return io.BytesIO(body)


def read_one_by_one(lines: list[bytes]) -> list:
    """The reference: each line alone through parse_line, as the reader did before."""
    out = []
    for number, raw in enumerate(lines, 1):
        try:
            out.append((number, parse_line(raw, number)))
        except PayloadError as error:
            out.append(str(error))
            break
    return out


def read_all(lines: list[bytes]) -> list:
    out = []
    try:
        out.extend(read_lines(payload(lines)))
    except PayloadError as error:
        out.append(str(error))
    return out


# What a sender could put on one line: good rows in any script, and the malformed kinds.
LINE_KINDS = st.one_of(
    st.builds(row, st.integers(0, 10**6), st.text(max_size=30)),
    st.sampled_from([b'{"t":"x","t":"y"}', b'{"a":{"b":1,"b":2}}', b'{"a":NaN}',
                     b'{"a":Infinity}', b'{"a" :1,"a":2}', b'{"a":1},{"b":2}', b"[1,2]",
                     b'{"a":"\\u00e9":}', b"\xff\xfe", b"", b'{"a":1}  ', b'{"a":"x\\":y"}',
                     b"1e999", b'{"a":1e999}']),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE_KINDS, min_size=1, max_size=600))
def test_lines_read_together_are_read_as_one_by_one(lines):
    # the same objects in the same order, and a refusal (if any) the same, after the same ones
    assert read_all(lines) == read_one_by_one(lines)


def test_a_duplicate_key_deep_in_a_group_names_its_line():
    lines = [row(n, "नेपाल") for n in range(LINES_AT_ONCE + 50)]
    lines[LINES_AT_ONCE + 7] = b'{"t":"consultations","t":"trainings"}'
    got = read_all(lines)
    assert got[-1] == f"line {LINES_AT_ONCE + 8}: a key appears twice in one object"
    assert len(got) == LINES_AT_ONCE + 8  # every line before it was handed on


@pytest.mark.parametrize("tail, message", [
    (b"", "the payload ends without its end marker (truncated)"),
    (b'{"end":3}\n{"t":1}\n', "data after the end marker on line 4"),
    (b'{"end":3}\n{"t"', "data after the end marker on line 4"),
    (b'{"end":2}\n', "line 4: the end marker counts 2 lines, the payload has 3"),
    (b'{"t":', "the payload ends without its end marker (truncated)"),
])
def test_the_end_of_the_payload(tail, message):
    source = io.BytesIO(b"".join(row(n, "x") + b"\n" for n in range(3)) + tail)
    with pytest.raises(PayloadError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        list(read_lines(source))


@pytest.mark.parametrize("before", [LINES_AT_ONCE - 1, LINES_AT_ONCE, 2 * LINES_AT_ONCE - 1])
def test_data_after_an_end_marker_at_the_edge_of_a_group(before):
    body = b"".join(row(n, "x") + b"\n" for n in range(before)) + b'{"end":%d}\n' % before
    assert len(list(read_lines(io.BytesIO(body)))) == before
    with pytest.raises(PayloadError, match=f"^data after the end marker on line {before + 1}$"):
        list(read_lines(io.BytesIO(body + b"x")))
