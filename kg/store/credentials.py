"""Credentials for a SPARQL server: from the environment or a netrc file, never the command line.

A password on the command line lands in shell history and ``ps`` output, so a
URL carrying ``user:password@`` is refused; and nothing here ever puts a
password in an error message.
"""

from __future__ import annotations

import netrc
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from kg.errors import KgError

USER_VAR = "KG_ENDPOINT_USER"
PASSWORD_VAR = "KG_ENDPOINT_PASSWORD"


class CredentialError(KgError):
    """Credentials are missing, malformed or given where they must not be."""


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str = field(repr=False)
    origin: str  # where they came from, for messages: "environment" or the netrc path

    def __repr__(self) -> str:
        return f"Credentials(user={self.user!r}, origin={self.origin!r})"


def redact(url: str) -> str:
    """The URL without any user-info, for messages and logs."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def check_url(url: str) -> None:
    """Refuse URLs that carry credentials or are not HTTP(S)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CredentialError(redact(url), "not an http(s) URL")
    if parts.username is not None or parts.password is not None:
        raise CredentialError(
            redact(url),
            f"credentials in the URL are refused; set {USER_VAR} "
            f"and {PASSWORD_VAR}, or use a netrc file",
        )


def credentials_for(url: str, environ: dict | None = None) -> Credentials | None:
    """Credentials for ``url``'s host: environment variables first, then ``$NETRC`` or ~/.netrc."""
    env = os.environ if environ is None else environ
    user, password = env.get(USER_VAR), env.get(PASSWORD_VAR)
    if user or password:
        if not (user and password is not None):
            raise CredentialError(
                "environment", f"set both {USER_VAR} and {PASSWORD_VAR}, or neither"
            )
        return Credentials(user, password, "environment")
    path = Path(env["NETRC"]) if env.get("NETRC") else Path.home() / ".netrc"
    if not path.is_file():
        return None
    try:
        entry = netrc.netrc(str(path)).authenticators(urlsplit(url).hostname or "")
    except netrc.NetrcParseError as exc:
        # The parser's message can quote a token of the file: say only where.
        raise CredentialError(str(path), f"cannot read netrc file (line {exc.lineno})") from None
    except OSError as exc:
        raise CredentialError(str(path), f"cannot read netrc file ({exc.strerror})") from None
    if not entry:
        return None
    login, _account, password = entry
    return Credentials(login or "", password or "", str(path))
