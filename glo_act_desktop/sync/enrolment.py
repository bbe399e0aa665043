"""Enrolment files: HQ's signed statement that a device of a given id, name and country belongs to
its network, carrying HQ's public keys.

The field laptop reads it once at set-up (`glo-act init --enrolment FILE`), makes its own keys
under the enrolled id and sends the document along with its first bundle; HQ admits the new key
because the document names that id and carries HQ's own signature.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from glo_act_desktop.sync.keys import NodeKeys, NodePublic, check_node_id

FORMAT = "glo-act-enrolment"
VERSION = 1
MAX_SIZE = 16 * 1024
_COUNTRY = re.compile(r"[A-Z]{2}")


class EnrolmentError(ValueError):
    pass


@dataclass(frozen=True)
class Enrolment:
    hq: NodePublic
    hq_name: str
    device_id: str
    device_name: str
    country: str
    issued: str
    document: dict[str, Any]  # as signed, with its signature

    def to_json(self) -> str:
        return json.dumps(self.document, indent=2, ensure_ascii=False) + "\n"


def _signed_bytes(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def issue(hq_keys: NodeKeys, hq_name: str, device_id: str, device_name: str,
          country: str) -> Enrolment:
    body = {"format": FORMAT, "version": VERSION,
            "hq": {"name": hq_name, **hq_keys.public.to_dict()},
            "device": {"node_id": check_node_id(device_id), "name": device_name,
                       "country": country},
            "issued": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
    signature = base64.b64encode(hq_keys.sign(_signed_bytes(body))).decode("ascii")
    return parse({**body, "signature": signature})


def parse(document: Any, *, expected_hq: NodePublic | None = None) -> Enrolment:
    """Check an enrolment document's form and HQ's signature on it (against `expected_hq` when
    given, else against the key it carries: a laptop takes the file from HQ's hands)."""
    if not isinstance(document, dict):
        raise EnrolmentError("an enrolment must be a JSON object")
    if document.get("format") != FORMAT:
        raise EnrolmentError("not a GLO.ACT Field enrolment file")
    if document.get("version") != VERSION:
        raise EnrolmentError(f"enrolment version {document.get('version')!r}: update the app")
    try:
        hq_data = dict(document["hq"])
        hq_name = hq_data.pop("name")
        hq = NodePublic.from_dict(hq_data)
        device = document["device"]
        device_id = check_node_id(device["node_id"])
        device_name, country = device["name"], device["country"]
        issued = document["issued"]
        signature = base64.b64decode(document["signature"], validate=True)
    except (KeyError, TypeError, ValueError) as error:
        raise EnrolmentError(f"the enrolment is malformed: {error}") from None
    if not (isinstance(hq_name, str) and isinstance(device_name, str) and isinstance(issued, str)
            and isinstance(country, str) and _COUNTRY.fullmatch(country)):
        raise EnrolmentError("the enrolment is malformed: names, country or date")
    body = {k: v for k, v in document.items() if k != "signature"}
    signer = expected_hq or hq
    if expected_hq is not None and hq != expected_hq:
        raise EnrolmentError("the enrolment was issued by another HQ")
    if not signer.verify(signature, _signed_bytes(body)):
        raise EnrolmentError("the enrolment's signature does not match: it was altered")
    return Enrolment(hq, hq_name, device_id, device_name, country, issued, document)


def load(text: str | bytes) -> Enrolment:
    if len(text) > MAX_SIZE:
        raise EnrolmentError("the file is too large to be an enrolment")
    try:
        document = json.loads(text)
    except ValueError:
        raise EnrolmentError("not a GLO.ACT Field enrolment file (not JSON)") from None
    return parse(document)
