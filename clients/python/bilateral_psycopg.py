"""psycopg 3 loaders and dumpers for bilateral's two types, text and binary.

    import psycopg
    import bilateral_psycopg

    conn = psycopg.connect("dbname=bilateral")
    bilateral_psycopg.register(conn)          # or a cursor; once per connection

    cur = conn.cursor(binary=True)            # binary or text: the same Python values
    cur.execute("SELECT position, treaty FROM ...")
    p, t = cur.fetchone()
    p.actor, p.stance, p.valid_from.first_day, str(p)   # 'JPN', -1, date(2016, 1, 1), 'JPN->RUS:...'
    cur.execute("SELECT %b::text", [bilateral_psycopg.Position.parse("JPN->RUS:peace_treaty:+2:2018-11/2019-01")])

Without register(), psycopg 3 returns both types as str in text mode and as raw bytes in binary
mode (binary=True, COPY ... (FORMAT binary)).  The binary forms are those of docs/reference.md,
"Binary format": a version byte (1) first; any other version, or a value that is not exactly
one well-formed value, raises BilateralFormatError.  Values are checked when built, so a dumper
only sends what the server's receive function accepts.

One file, no dependency but psycopg 3 (Debian: python3-psycopg); copy it beside your scripts or
put clients/python/ on PYTHONPATH.  Tested by test/clients/psycopg3_types.py.
"""

import calendar
import datetime
import re
import struct
from dataclasses import dataclass
from typing import Optional, Tuple

import psycopg
from psycopg.adapt import Dumper, Loader
from psycopg.pq import Format
from psycopg.types import TypeInfo
from psycopg.types.array import register_array

__all__ = ["PartialDate", "Position", "TreatyRef", "BilateralFormatError", "register",
           "position_from_binary", "position_to_binary", "treaty_from_binary", "treaty_to_binary"]

FORMAT_VERSION = 1                      # the binary format this module reads and writes
EPOCH = datetime.date(2000, 1, 1)       # binary day numbers count from here
_PREC_CODE = {"year": 1, "month": 2, "day": 3}
_PREC_NAME = {v: k for k, v in _PREC_CODE.items()}
STANCE_LABELS = {-3: "hostile", -2: "adversarial", -1: "cool", 0: "neutral",
                 1: "pragmatic", 2: "cooperative", 3: "aligned"}
_LABEL_STANCE = {v: k for k, v in STANCE_LABELS.items()}

_CODE = re.compile(r"[A-Z]{3}\Z")
_SNAKE = re.compile(r"[a-z][a-z0-9_]{0,31}\Z")
_PDATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")


class BilateralFormatError(psycopg.DataError):
    """A value that is not a bilateral_position or treaty_ref in a form this module knows."""


# --- partial dates ---------------------------------------------------------------------------

@dataclass(frozen=True)
class PartialDate:
    """A date as precise as a source: PartialDate(1855), PartialDate(1945, 8), PartialDate(1956, 10, 19)."""
    year: int
    month: Optional[int] = None
    day: Optional[int] = None

    def __post_init__(self):
        for name in ("year", "month", "day"):
            v = getattr(self, name)
            if v is not None and (type(v) is not int):
                raise ValueError("PartialDate.%s must be an int, not %r" % (name, v))
        if not 1 <= self.year <= 9999:
            raise ValueError("year %d is outside 1..9999" % self.year)
        if self.month is None and self.day is not None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError("month %d is outside 1..12" % self.month)
        if self.day is not None:
            datetime.date(self.year, self.month, self.day)   # raises ValueError if it does not exist

    @property
    def precision(self):
        return "year" if self.month is None else "month" if self.day is None else "day"

    @property
    def first_day(self):
        return datetime.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self):
        if self.month is None:
            return datetime.date(self.year, 12, 31)
        if self.day is None:
            return datetime.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return datetime.date(self.year, self.month, self.day)

    def __str__(self):
        if self.month is None:
            return "%04d" % self.year
        if self.day is None:
            return "%04d-%02d" % (self.year, self.month)
        return "%04d-%02d-%02d" % (self.year, self.month, self.day)

    @classmethod
    def parse(cls, s):
        m = _PDATE.match(s.strip())
        if not m:
            raise ValueError("%r is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)" % s)
        return cls(*(int(g) if g else None for g in m.groups()))

    @classmethod
    def from_day_number(cls, prec, days):
        """The partial date of precision code prec (1 year, 2 month, 3 day) whose first day is
        EPOCH + days; the day must be that first day, as the server sends it."""
        if prec not in _PREC_NAME:
            raise BilateralFormatError("precision code %d is not 1 (year), 2 (month) or 3 (day)" % prec)
        try:
            d = EPOCH + datetime.timedelta(days=days)
        except OverflowError:
            raise BilateralFormatError("day number %d is outside years 1..9999" % days) from None
        if (prec == 1 and (d.month, d.day) != (1, 1)) or (prec == 2 and d.day != 1):
            raise BilateralFormatError("day number %d (%s) is not the first day of a %s"
                                       % (days, d, _PREC_NAME[prec]))
        return cls(d.year, d.month if prec >= 2 else None, d.day if prec == 3 else None)

    def day_number(self):
        return (self.first_day - EPOCH).days

    def prec_code(self):
        return _PREC_CODE[self.precision]


def _pdate(v, what):
    if v is None or isinstance(v, PartialDate):
        return v
    if isinstance(v, str):
        return PartialDate.parse(v)
    if isinstance(v, datetime.date) and not isinstance(v, datetime.datetime):
        return PartialDate(v.year, v.month, v.day)
    raise ValueError("%s must be a PartialDate, a str, a datetime.date or None, not %r" % (what, v))


# --- bilateral_position ------------------------------------------------------------------------

@dataclass(frozen=True)
class Position:
    """A bilateral_position.  Bounds are PartialDate or None (open); str or date bounds are
    converted.  str(p) is the canonical literal."""
    actor: str
    counterpart: str
    issue: str
    stance: int
    valid_from: Optional[PartialDate] = None
    valid_to: Optional[PartialDate] = None

    def __post_init__(self):
        for name in ("actor", "counterpart"):
            v = getattr(self, name)
            if not isinstance(v, str) or not _CODE.match(v):
                raise ValueError("%s %r is not an actor code of three upper-case letters" % (name, v))
        if self.actor == self.counterpart:
            raise ValueError("actor and counterpart are both %s" % self.actor)
        if not isinstance(self.issue, str) or not _SNAKE.match(self.issue):
            raise ValueError("issue %r is not a code like peace_treaty ([a-z][a-z0-9_]{0,31})" % (self.issue,))
        if type(self.stance) is not int or not -3 <= self.stance <= 3:
            raise ValueError("stance %r is not an int in -3..+3" % (self.stance,))
        object.__setattr__(self, "valid_from", _pdate(self.valid_from, "valid_from"))
        object.__setattr__(self, "valid_to", _pdate(self.valid_to, "valid_to"))
        if self.valid_from and self.valid_to and self.valid_from.first_day > self.valid_to.last_day:
            raise ValueError("the period %s/%s ends before it starts" % (self.valid_from, self.valid_to))

    @property
    def stance_label(self):
        return STANCE_LABELS[self.stance]

    def __str__(self):
        st = "%+d" % self.stance if self.stance else "0"
        return "%s->%s:%s:%s:%s/%s" % (self.actor, self.counterpart, self.issue, st,
                                       self.valid_from or "..", self.valid_to or "..")

    @classmethod
    def parse(cls, s):
        """Reads a literal: the canonical form, or a stance label (any case) for the stance."""
        m = re.match(r"\s*([A-Z]{3})->([A-Z]{3}):([a-z][a-z0-9_]*):([^:]+):([^/]+)/(.+?)\s*\Z", s)
        if not m:
            raise ValueError("%r is not a bilateral_position (ACT->CPT:issue:stance:from/to)" % s)
        actor, cpt, issue, st, lo, hi = m.groups()
        if re.match(r"[+-]?[0-3]\Z", st):
            stance = int(st)
        elif st.lower() in _LABEL_STANCE:
            stance = _LABEL_STANCE[st.lower()]
        else:
            raise ValueError("stance %r is not -3..+3 or a label" % st)
        return cls(actor, cpt, issue, stance,
                   None if lo == ".." else PartialDate.parse(lo),
                   None if hi == ".." else PartialDate.parse(hi))


def _ascii(b, what):
    try:
        return b.decode("ascii")
    except UnicodeDecodeError:
        raise BilateralFormatError("%s %r is not ASCII" % (what, bytes(b))) from None


def position_from_binary(data):
    """Decodes bilateral_position's binary form (docs/reference.md, "Binary format")."""
    b = bytes(data)
    if len(b) < 1:
        raise BilateralFormatError("empty bilateral_position value")
    if b[0] != FORMAT_VERSION:
        raise BilateralFormatError("bilateral_position binary format version %d is unknown: this module "
                                   "reads version %d; use a newer bilateral_psycopg" % (b[0], FORMAT_VERSION))
    if len(b) < 20:
        raise BilateralFormatError("bilateral_position value of %d bytes is too short (at least 20)" % len(b))
    actor, counterpart = _ascii(b[1:4], "actor"), _ascii(b[4:7], "counterpart")
    (stance,) = struct.unpack_from("!b", b, 7)
    bounds = []
    pos = 8
    for which in ("start", "end"):
        prec, days = struct.unpack_from("!Bi", b, pos)
        pos += 5
        if prec == 0:
            if days != 0:
                raise BilateralFormatError("the open %s has day number %d, not 0" % (which, days))
            bounds.append(None)
        else:
            bounds.append(PartialDate.from_day_number(prec, days))
    n = b[pos]
    if pos + 1 + n != len(b):
        raise BilateralFormatError("the issue's length %d does not match the value's %d bytes" % (n, len(b)))
    issue = _ascii(b[pos + 1:], "issue")
    try:
        return Position(actor, counterpart, issue, stance, bounds[0], bounds[1])
    except ValueError as e:
        raise BilateralFormatError("invalid bilateral_position: %s" % e) from None


def position_to_binary(p):
    """Encodes a Position as the server's bilateral_position receive function reads it."""
    if not isinstance(p, Position):
        p = Position.parse(str(p))
    out = bytearray([FORMAT_VERSION])
    out += p.actor.encode("ascii") + p.counterpart.encode("ascii")
    out += struct.pack("!b", p.stance)
    for bound in (p.valid_from, p.valid_to):
        out += struct.pack("!Bi", 0, 0) if bound is None else struct.pack("!Bi", bound.prec_code(), bound.day_number())
    issue = p.issue.encode("ascii")
    out += struct.pack("!B", len(issue)) + issue
    return bytes(out)


# --- treaty_ref --------------------------------------------------------------------------------

@dataclass(frozen=True)
class TreatyRef:
    """A treaty_ref: signature date, parties (kept sorted, no repeats), slug.  str(t) is canonical."""
    signed: PartialDate
    parties: Tuple[str, ...]
    slug: str

    def __post_init__(self):
        object.__setattr__(self, "signed", _pdate(self.signed, "signed"))
        if self.signed is None:
            raise ValueError("a treaty_ref needs a signature date")
        if isinstance(self.parties, str):
            raise ValueError("parties must be a sequence of codes, not the str %r" % self.parties)
        parties = tuple(self.parties)
        for c in parties:
            if not isinstance(c, str) or not _CODE.match(c):
                raise ValueError("party %r is not an actor code of three upper-case letters" % (c,))
        if len(set(parties)) != len(parties):
            raise ValueError("a party is named twice in %r" % (parties,))
        if not 1 <= len(parties) <= 64:
            raise ValueError("a treaty_ref has 1 to 64 parties, not %d" % len(parties))
        object.__setattr__(self, "parties", tuple(sorted(parties)))
        if not isinstance(self.slug, str) or not _SNAKE.match(self.slug):
            raise ValueError("slug %r is not a code like joint_declaration" % (self.slug,))

    def __str__(self):
        return "%s:%s:%s" % (self.signed, "+".join(self.parties), self.slug)

    @classmethod
    def parse(cls, s):
        m = re.match(r"\s*([0-9-]+):([A-Z]{3}(?:\+[A-Z]{3})*):([a-z][a-z0-9_]*)\s*\Z", s)
        if not m:
            raise ValueError("%r is not a treaty_ref (YYYY[-MM[-DD]]:ABC+DEF:slug)" % s)
        return cls(PartialDate.parse(m.group(1)), tuple(m.group(2).split("+")), m.group(3))


def treaty_from_binary(data):
    """Decodes treaty_ref's binary form (docs/reference.md, "Binary format")."""
    b = bytes(data)
    if len(b) < 1:
        raise BilateralFormatError("empty treaty_ref value")
    if b[0] != FORMAT_VERSION:
        raise BilateralFormatError("treaty_ref binary format version %d is unknown: this module reads "
                                   "version %d; use a newer bilateral_psycopg" % (b[0], FORMAT_VERSION))
    if len(b) < 8:
        raise BilateralFormatError("treaty_ref value of %d bytes is too short (at least 8)" % len(b))
    _, prec, days, count = struct.unpack_from("!BBiB", b, 0)
    signed = PartialDate.from_day_number(prec, days)
    pos = 7
    if count < 1 or pos + 3 * count + 1 > len(b):
        raise BilateralFormatError("the party count %d does not match the value's %d bytes" % (count, len(b)))
    parties = [_ascii(b[pos + 3 * i:pos + 3 * i + 3], "party") for i in range(count)]
    pos += 3 * count
    if parties != sorted(set(parties)):
        raise BilateralFormatError("the parties %r are not sorted and distinct" % (parties,))
    n = b[pos]
    if pos + 1 + n != len(b):
        raise BilateralFormatError("the slug's length %d does not match the value's %d bytes" % (n, len(b)))
    slug = _ascii(b[pos + 1:], "slug")
    try:
        return TreatyRef(signed, tuple(parties), slug)
    except ValueError as e:
        raise BilateralFormatError("invalid treaty_ref: %s" % e) from None


def treaty_to_binary(t):
    """Encodes a TreatyRef as the server's treaty_ref receive function reads it."""
    if not isinstance(t, TreatyRef):
        t = TreatyRef.parse(str(t))
    out = bytearray(struct.pack("!BBiB", FORMAT_VERSION, t.signed.prec_code(), t.signed.day_number(),
                                len(t.parties)))
    for c in t.parties:
        out += c.encode("ascii")
    slug = t.slug.encode("ascii")
    out += struct.pack("!B", len(slug)) + slug
    return bytes(out)


# --- psycopg adapters --------------------------------------------------------------------------

def _text(data):
    try:
        return bytes(data).decode("ascii")
    except UnicodeDecodeError:
        raise BilateralFormatError("not an ASCII literal: %r" % bytes(data)) from None


class PositionTextLoader(Loader):
    format = Format.TEXT

    def load(self, data):
        try:
            return Position.parse(_text(data))
        except ValueError as e:
            raise BilateralFormatError(str(e)) from None


class PositionBinaryLoader(Loader):
    format = Format.BINARY

    def load(self, data):
        return position_from_binary(data)


class TreatyTextLoader(Loader):
    format = Format.TEXT

    def load(self, data):
        try:
            return TreatyRef.parse(_text(data))
        except ValueError as e:
            raise BilateralFormatError(str(e)) from None


class TreatyBinaryLoader(Loader):
    format = Format.BINARY

    def load(self, data):
        return treaty_from_binary(data)


class _TextDumper(Dumper):
    format = Format.TEXT

    def dump(self, obj):
        return str(obj).encode("ascii")


class _PositionBinaryDumper(Dumper):
    format = Format.BINARY

    def dump(self, obj):
        return position_to_binary(obj)


class _TreatyBinaryDumper(Dumper):
    format = Format.BINARY

    def dump(self, obj):
        return treaty_to_binary(obj)


def register(context, schema="bilateral"):
    """Registers loaders (text and binary) for both types and their arrays, and dumpers for
    Position and TreatyRef, on a connection or cursor.  Returns the two TypeInfo."""
    conn = getattr(context, "connection", context)
    infos = []
    for name, cls, text_loader, bin_loader, bin_dumper in (
            ("bilateral_position", Position, PositionTextLoader, PositionBinaryLoader, _PositionBinaryDumper),
            ("treaty_ref", TreatyRef, TreatyTextLoader, TreatyBinaryLoader, _TreatyBinaryDumper)):
        info = TypeInfo.fetch(conn, "%s.%s" % (schema, name))
        if info is None:
            raise LookupError("type %s.%s not found: is the extension bilateral installed in this database?"
                              % (schema, name))
        info.register(context)           # names for COPY's set_types(), element of the array type
        adapters = context.adapters
        adapters.register_loader(info.oid, text_loader)
        adapters.register_loader(info.oid, bin_loader)
        adapters.register_dumper(cls, type(cls.__name__ + "TextDumper", (_TextDumper,), {"oid": info.oid}))
        adapters.register_dumper(cls, type(cls.__name__ + "BinaryDumper", (bin_dumper,), {"oid": info.oid}))
        register_array(info, context)
        infos.append(info)
    return tuple(infos)
