"""Fetching feeds safely: no private or metadata addresses, no file://, timeouts, size caps, politeness.

Every hop of a redirect is checked again, so a public URL cannot bounce the fetcher to 127.0.0.1, and each
request goes to the very address that was checked, so DNS rebinding cannot either.
"""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from telik.errors import Errors, TelikError

#: Names of cloud metadata services, refused even when private addresses are allowed.
METADATA_HOSTS = frozenset({"metadata.google.internal", "metadata.goog", "metadata", "instance-data"})
#: Metadata services, container credentials and link-local ranges: refused even with --allow-private. Addresses
#: embedded in IPv6 (IPv4-mapped, NAT64, 6to4, Teredo) are checked as the IPv4 address they carry.
ALWAYS_REFUSED = tuple(ipaddress.ip_network(n) for n in (
    "169.254.0.0/16",  # IPv4 link-local: AWS/GCP/Azure/OpenStack metadata 169.254.169.254, ECS 169.254.170.2
    "fe80::/10",  # IPv6 link-local
    "fd00:ec2::/32",  # AWS metadata over IPv6 (fd00:ec2::254)
    "100.100.100.200/32",  # Alibaba Cloud metadata
    "168.63.129.16/32",  # Azure wire server
    "0.0.0.0/8", "::/128",  # "this host": connecting there reaches the local machine
))
#: IPv6 prefixes whose last 32 bits are an IPv4 address (RFC 6052 NAT64, RFC 8215 local NAT64, IPv4-compatible).
_V4_TAIL = tuple(ipaddress.ip_network(n) for n in ("64:ff9b::/96", "64:ff9b:1::/48", "::/96"))
MAX_REDIRECTS = 5
#: Content encodings decompressed here, a bounded piece at a time (httpx would inflate a whole network chunk).
_WBITS = {"gzip": 31, "x-gzip": 31, "deflate": 15}
_PIECE = 65_536


@dataclass(frozen=True)
class FetchPolicy:
    allow_private: bool = False
    timeout_s: float = 10.0
    max_bytes: int = 10_000_000
    min_interval_s: float = 1.0  # per host
    user_agent: str = "telik-watch/0.1 (+https://github.com/telik)"


@dataclass
class FetchResult:
    url: str
    status: int
    body: bytes
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        """True when the server answered 304: nothing new since the last poll."""
        return self.status == 304


Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def _resolve(host: str) -> list[Address]:
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise TelikError(Errors.E014, url=host, reason=f"cannot resolve host ({exc.strerror})") from exc
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


def _forms(ip: Address) -> list[Address]:
    """The address and every IPv4 address it carries inside IPv6."""
    out: list[Address] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:
            out.append(ip.ipv4_mapped)
        if ip.sixtofour:
            out.append(ip.sixtofour)
        if ip.teredo:
            out.extend(ip.teredo)
        if any(ip in net for net in _V4_TAIL) and not (ip.is_loopback or ip.is_unspecified):
            out.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return out


def _non_public(ip: Address) -> bool:
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast
            or ip.is_unspecified)


def check_url(url: str, allow_private: bool = False) -> Address:
    """The address to connect to for `url`, after checking every address its host resolves to.

    Raises E022 for metadata and link-local addresses (always), E014 for other private ones (unless allowed)
    and for anything but http(s). The caller connects to the returned address, never resolving again, so a
    name that answers differently the second time (DNS rebinding) cannot switch the target after the check.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise TelikError(Errors.E014, url=url, reason=f"scheme {parts.scheme or 'none'!r} is not http or https")
    host = (parts.hostname or "").lower().rstrip(".")
    if not host:
        raise TelikError(Errors.E014, url=url, reason="no host")
    if host in METADATA_HOSTS:
        raise TelikError(Errors.E022, url=url, reason="cloud metadata host")
    addresses = _resolve(host)
    if not addresses:
        raise TelikError(Errors.E014, url=url, reason="host resolves to no address")
    for ip in addresses:
        for form in _forms(ip):
            if any(form in net for net in ALWAYS_REFUSED if net.version == form.version):
                reason = f"{host} resolves to {ip}, a metadata or link-local address"
                raise TelikError(Errors.E022, url=url, reason=reason)
            if not allow_private and _non_public(form):
                raise TelikError(Errors.E014, url=url, reason=f"{host} resolves to non-public address {ip}")
    return addresses[0]


def pinned(url: str, ip: Address) -> tuple[httpx.URL, dict[str, str], dict[str, str]]:
    """`url` aimed at the checked address: the URL with the IP as host, the Host header, and the TLS server name
    (so certificates are still verified against the name)."""
    target = httpx.URL(url)
    host = target.host
    extensions = {"sni_hostname": host} if target.scheme == "https" else {}
    netloc = f"[{host}]" if ":" in host else host
    if target.port is not None:
        netloc += f":{target.port}"
    return target.copy_with(host=str(ip)), {"Host": netloc}, extensions


class Fetcher:
    """Conditional GETs with per-host rate limits; every hop checked, every body capped."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        # No kept-alive connections: each one was opened for one checked name (its TLS server name) only.
        self._client = httpx.Client(timeout=self.policy.timeout_s, follow_redirects=False,
                                    limits=httpx.Limits(max_keepalive_connections=0),
                                    headers={"User-Agent": self.policy.user_agent,
                                             "Accept-Encoding": "gzip, deflate"})
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        """Release the HTTP connections."""
        self._client.close()

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            wait = self._last.get(host, 0.0) + self.policy.min_interval_s - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last[host] = time.monotonic()

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET `url`, sending validators from the previous fetch; 304 comes back with an empty body."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _ in range(MAX_REDIRECTS + 1):
            ip = check_url(url, self.policy.allow_private)
            self._wait_turn(urlsplit(url).netloc)
            target, host, extensions = pinned(url, ip)
            try:
                with self._client.stream("GET", target, headers={**headers, **host}, extensions=extensions) as resp:
                    if resp.is_redirect:
                        url = urljoin(url, resp.headers.get("location", ""))
                        continue
                    body = self._read_capped(resp, url)
                    return FetchResult(url, resp.status_code, body, resp.headers.get("etag"),
                                       resp.headers.get("last-modified"))
            except httpx.HTTPError as exc:
                raise TelikError(Errors.E014, url=url, reason=f"fetch failed: {type(exc).__name__}") from exc
        raise TelikError(Errors.E014, url=url, reason=f"more than {MAX_REDIRECTS} redirects")

    def _read_capped(self, resp: httpx.Response, url: str) -> bytes:
        declared = resp.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.policy.max_bytes:
            raise TelikError(Errors.E008, path=url, cap=self.policy.max_bytes)
        chunks: list[bytes] = []
        size = 0
        for chunk in _decoded(resp):  # decompressed piece by piece: a gzip bomb hits the cap, not the memory
            size += len(chunk)
            if size > self.policy.max_bytes:
                raise TelikError(Errors.E008, path=url, cap=self.policy.max_bytes)
            chunks.append(chunk)
        return b"".join(chunks)


def _inflater(encoding: str, first: bytes) -> zlib._Decompress:
    """A decompressor for `encoding`; "deflate" without its zlib header (some servers) is read raw."""
    wbits = _WBITS[encoding]
    if wbits == 15 and len(first) >= 2 and not (first[0] & 0x0F == 8 and (first[0] << 8 | first[1]) % 31 == 0):
        wbits = -15
    return zlib.decompressobj(wbits)


def _decoded(resp: httpx.Response) -> Iterator[bytes]:
    """The body, decompressed at most `_PIECE` bytes at a time whatever the compression ratio."""
    encoding = resp.headers.get("content-encoding", "").strip().lower()
    if encoding in ("", "identity"):
        yield from resp.iter_raw()
        return
    if encoding not in _WBITS:
        yield from resp.iter_bytes()  # not asked for; httpx decodes it
        return
    inflater: zlib._Decompress | None = None
    try:
        for data in resp.iter_raw():
            inflater = inflater or _inflater(encoding, data)
            while data:
                yield inflater.decompress(data, _PIECE)
                data = inflater.unconsumed_tail
                if inflater.eof and inflater.unused_data:  # the next gzip member
                    data, inflater = inflater.unused_data, _inflater(encoding, inflater.unused_data)
    except zlib.error as exc:
        raise httpx.DecodingError(f"corrupt {encoding} body: {exc}") from exc
