"""The endpoint policy: loopback only unless allowlisted, judged before any socket exists."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from autocapture.config import ModelConfig
from autocapture.model.client import EndpointRefused, ModelClient
from autocapture.model.policy import check_endpoint

ALLOWED = [
    "http://127.0.0.1:8000/v1",
    "http://127.9.8.7/v1",
    "http://localhost:11434/v1",
    "http://LOCALHOST/v1",
    "https://localhost/v1",
    "http://[::1]:8080/v1",
]

REFUSED = {
    "http://127.0.0.1@evil.example/v1": "userinfo_not_allowed",
    "http://127.0.0.1:80@evil.example/v1": "userinfo_not_allowed",
    "http://evil.example#@127.0.0.1/v1": "not_loopback",
    "http://evil.example?@127.0.0.1/v1": "not_loopback",
    "http://2130706433/v1": "non_canonical_address",
    "http://0x7f000001/v1": "non_canonical_address",
    "http://0x7f.0.0.1/v1": "non_canonical_address",
    "http://0177.0.0.1/v1": "non_canonical_address",
    "http://017700000001/v1": "non_canonical_address",
    "http://127.1/v1": "non_canonical_address",
    "http://127.000.000.001/v1": "non_canonical_address",
    "http://[::ffff:127.0.0.1]/v1": "non_canonical_address",
    "http://[::ffff:7f00:1]/v1": "non_canonical_address",
    "http://[::ffff:8.8.8.8]/v1": "non_canonical_address",
    "http://[2002:7f00:1::]/v1": "non_canonical_address",
    "http://[fe80::1%25eth0]/v1": "malformed_url",
    "http://localhost./v1": "non_canonical_host",
    "http://127.0.0.1./v1": "non_canonical_host",
    "http://localhost.evil.example/v1": "not_loopback",
    "http://127.0.0.1.nip.io/v1": "not_loopback",
    "http://example.com/v1": "not_loopback",
    "http://8.8.8.8/v1": "not_loopback",
    "http://10.0.0.5:8000/v1": "not_loopback",
    "http://[2001:db8::1]/v1": "not_loopback",
    "ftp://127.0.0.1/v1": "scheme_not_allowed",
    "file:///etc/passwd": "scheme_not_allowed",
    "gopher://127.0.0.1:70/": "scheme_not_allowed",
    "ws://127.0.0.1/v1": "scheme_not_allowed",
    "//127.0.0.1/v1": "scheme_not_allowed",
    "127.0.0.1:8000": "scheme_not_allowed",
    "http:///v1": "malformed_url",
    "": "malformed_url",
    " http://127.0.0.1/v1": "malformed_url",
    "http://127.0.0.1/v1\n": "malformed_url",
    "http://l\u043ecalhost/v1": "malformed_url",  # Cyrillic 'o'
    "http://127.0.0.1\\@evil.example/v1": "malformed_url",
    "http://127.0.0.1:0/v1": "malformed_url",
    "http://127.0.0.1:99999/v1": "malformed_url",
    "http://127%2e0%2e0%2e1/v1": "malformed_url",
}


@pytest.mark.parametrize("url", ALLOWED)
def test_loopback_endpoints_are_allowed(url: str) -> None:
    decision = check_endpoint(url)
    assert decision.allowed, decision
    assert decision.reason == "loopback"


@pytest.mark.parametrize(("url", "reason"), sorted(REFUSED.items()))
def test_tricky_endpoints_are_refused_with_a_reason(url: str, reason: str) -> None:
    decision = check_endpoint(url)
    assert not decision.allowed
    assert decision.reason == reason, decision
    assert decision.detail


def test_allowlist_names_hosts_explicitly() -> None:
    assert check_endpoint("http://models.lan:8000/v1", ["models.lan"]).reason == "allowlisted"
    assert check_endpoint("http://10.0.0.5:8000/v1", ["10.0.0.5"]).allowed
    assert check_endpoint("http://[2001:db8::1]/v1", ["2001:db8::1"]).allowed
    # A name on the allowlist does not admit its subdomains or tricky spellings of it.
    assert not check_endpoint("http://evil.models.lan/v1", ["models.lan"]).allowed
    assert not check_endpoint("http://models.lan./v1", ["models.lan"]).allowed
    assert not check_endpoint("http://x@models.lan/v1", ["models.lan"]).allowed
    assert not check_endpoint("http://167772165/v1", ["10.0.0.5"]).allowed


# -- no socket for a refused URL -------------------------------------------------------------


class _NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple]]:
    """Record (and block) every name lookup and connection attempt."""
    attempts: list[tuple] = []

    def refuse(kind: str):  # type: ignore[no-untyped-def]
        def fn(*args, **kwargs):  # type: ignore[no-untyped-def]
            attempts.append((kind, args[:2]))
            raise _NetworkUsed(f"{kind} attempted: {args[:2]}")

        return fn

    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    yield attempts


def _call(url: str) -> None:
    client = ModelClient(ModelConfig(base_url=url, timeout_s=1))
    client.complete([{"role": "user", "content": "hi"}], timeout_s=1)


@pytest.mark.parametrize("url", sorted(REFUSED))
def test_refused_url_never_reaches_the_network(url: str, no_network: list) -> None:
    with pytest.raises(EndpointRefused) as info:
        _call(url)
    assert info.value.decision.reason == REFUSED[url]
    assert no_network == []


_OCTET = st.integers(0, 255)
_IPV4 = st.tuples(_OCTET, _OCTET, _OCTET, _OCTET)


@st.composite
def _hosts(draw: st.DrawFn) -> str:
    """Hosts written every way a parser might read as loopback, or not."""
    a, b, c, d = draw(_IPV4)
    if draw(st.booleans()):
        a = 127
    n = (a << 24) | (b << 16) | (c << 8) | d
    forms = [
        f"{a}.{b}.{c}.{d}",
        str(n),
        hex(n),
        f"0{a:o}.{b}.{c}.{d}",
        f"{a}.{(b << 16) | (c << 8) | d}",
        f"{a}.{b}.{c}.{d}.",
        f"[::ffff:{a}.{b}.{c}.{d}]",
        f"[::{a}.{b}.{c}.{d}]",
        "[::1]",
        "[0:0:0:0:0:0:0:1]",
        "localhost",
        "localhost.",
        "LocalHost",
        f"localhost.{draw(st.sampled_from(['evil.example', 'lan', 'local']))}",
        draw(st.from_regex(r"[a-z][a-z0-9\-]{0,12}(\.[a-z]{2,6}){0,2}", fullmatch=True)),
    ]
    return draw(st.sampled_from(forms))


@st.composite
def _urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http", "https", "ftp", "file", "HTTP", "ws", "gopher"]))
    user = draw(st.sampled_from(["", "", "", "user@", "127.0.0.1@", "a:b@"]))
    host = draw(_hosts())
    port = draw(st.sampled_from(["", "", ":8000", ":0", ":65536", ":80"]))
    path = draw(st.sampled_from(["/v1", "", "/v1?x=1", "/v1#frag", "/@evil.example"]))
    return f"{scheme}://{user}{host}{port}{path}"


def _really_loopback(host: str | None) -> bool:
    if host is None:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(url=_urls())
def test_property_only_canonical_loopback_is_allowed(url: str) -> None:
    decision = check_endpoint(url)
    if decision.allowed:
        assert _really_loopback(decision.host), url
        assert "@" not in url.split("//", 1)[1].split("/", 1)[0], url
        assert url.lower().startswith(("http://", "https://")), url


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(url=_urls())
def test_property_no_connection_is_attempted_for_a_refused_url(url: str) -> None:
    decision = check_endpoint(url)
    if decision.allowed:
        return
    attempts: list[tuple] = []
    real = (socket.getaddrinfo, socket.create_connection, socket.socket.connect)

    def record(*args, **kwargs):  # type: ignore[no-untyped-def]
        attempts.append(args[:2])
        raise _NetworkUsed("network used")

    socket.getaddrinfo = record  # type: ignore[assignment]
    socket.create_connection = record  # type: ignore[assignment]
    socket.socket.connect = record  # type: ignore[method-assign]
    try:
        with pytest.raises(EndpointRefused):
            _call(url)
    finally:
        socket.getaddrinfo, socket.create_connection, socket.socket.connect = real
    assert attempts == []
