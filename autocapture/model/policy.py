"""Which model endpoints may be contacted: loopback only, unless the configuration names a host.

Fail-closed: the URL is judged from its text alone, before any name is resolved or any socket
opened. Only canonical spellings are accepted, because the tricky ones (``0x7f.1``,
``2130706433``, ``0177.0.0.1``, ``::ffff:127.0.0.1``, ``localhost.``, ``user@host``) are read
differently by different parsers and resolvers; an attacker who controls the URL text should
not be able to make two components disagree about where it points.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

ALLOWED_SCHEMES = ("http", "https")
LOOPBACK_NAMES = ("localhost",)
_HOST_CHARS = re.compile(r"^[a-z0-9.\-]+$")
_OCTET = r"(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"  # no leading zeros: those read as octal
_DOTTED_QUAD = re.compile(rf"^{_OCTET}(\.{_OCTET}){{3}}$")
_NUMERIC_LOOKING = re.compile(r"^[0-9.x]+$|^0x", re.IGNORECASE)


@dataclass(frozen=True)
class EndpointDecision:
    """The verdict on one URL: allowed or not, a stable reason code, and a readable detail."""

    allowed: bool
    reason: str
    detail: str
    url: str
    host: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "allowed": self.allowed,
            "reason": self.reason,
            "detail": self.detail,
            "host": self.host,
        }


def _refuse(url: str, reason: str, detail: str, host: str | None = None) -> EndpointDecision:
    return EndpointDecision(False, reason, detail, url, host)


def _allow(url: str, reason: str, detail: str, host: str) -> EndpointDecision:
    return EndpointDecision(True, reason, detail, url, host)


def check_endpoint(url: str, allow_hosts: list[str] | tuple[str, ...] = ()) -> EndpointDecision:
    """Judge a model base URL; never resolves names or opens sockets."""
    if not isinstance(url, str) or not url:
        return _refuse(str(url), "malformed_url", "no URL given")
    if url != url.strip() or any(ord(ch) < 0x21 or ord(ch) > 0x7E for ch in url):
        return _refuse(url, "malformed_url", "URL contains whitespace, control or non-ASCII text")
    if "\\" in url:
        return _refuse(url, "malformed_url", "URL contains a backslash")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return _refuse(url, "malformed_url", f"cannot parse URL: {exc}")
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        return _refuse(url, "scheme_not_allowed", f"scheme {parts.scheme!r} is not http or https")
    if "@" in parts.netloc:
        return _refuse(url, "userinfo_not_allowed", "URL carries user information before '@'")
    if "%" in parts.netloc:
        return _refuse(url, "malformed_url", "percent-encoded host")
    if port == 0:
        return _refuse(url, "malformed_url", "port 0")
    raw_host = parts.hostname
    if not raw_host:
        return _refuse(url, "malformed_url", "URL has no host")
    host = raw_host.lower()
    allowed = {h.strip().lower() for h in allow_hosts if h and h.strip()}
    if ":" in host:  # an IPv6 literal (urlsplit strips the brackets)
        return _judge_ipv6(url, host, allowed)
    if host.endswith("."):
        return _refuse(url, "non_canonical_host", "host has a trailing dot", host)
    if not _HOST_CHARS.match(host):
        return _refuse(url, "malformed_url", f"host {host!r} has characters outside a-z0-9.-")
    if _DOTTED_QUAD.match(host):
        ip = ipaddress.IPv4Address(host)
        if ip.is_loopback:
            return _allow(url, "loopback", f"{host} is a loopback address", host)
        if host in allowed:
            return _allow(url, "allowlisted", f"{host} is on model.allow_hosts", host)
        return _refuse(url, "not_loopback", f"{host} is not a loopback address", host)
    if _NUMERIC_LOOKING.match(host) or host.replace(".", "").isdigit():
        return _refuse(
            url,
            "non_canonical_address",
            f"{host!r} looks like a decimal, hex or octal address; write it as a dotted quad",
            host,
        )
    if host in LOOPBACK_NAMES:
        return _allow(url, "loopback", f"{host} names the loopback interface", host)
    if host in allowed:
        return _allow(url, "allowlisted", f"{host} is on model.allow_hosts", host)
    return _refuse(
        url,
        "not_loopback",
        f"{host} is not loopback and not on model.allow_hosts",
        host,
    )


def _judge_ipv6(url: str, host: str, allowed: set[str]) -> EndpointDecision:
    try:
        ip = ipaddress.IPv6Address(host)
    except ValueError:
        return _refuse(url, "malformed_url", f"invalid IPv6 address {host!r}", host)
    if ip.ipv4_mapped is not None or ip.sixtofour is not None or ip.teredo is not None:
        return _refuse(
            url,
            "non_canonical_address",
            f"{host} embeds an IPv4 address; write the IPv4 address itself",
            host,
        )
    if ip.scope_id:
        return _refuse(url, "non_canonical_address", "IPv6 zone identifiers are not allowed", host)
    if ip.is_loopback:
        return _allow(url, "loopback", f"{host} is the IPv6 loopback address", host)
    if host in allowed or f"[{host}]" in allowed or str(ip) in allowed:
        return _allow(url, "allowlisted", f"{host} is on model.allow_hosts", host)
    return _refuse(url, "not_loopback", f"{host} is not a loopback address", host)
