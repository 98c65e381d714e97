"""Splitting SQL scripts into statements, and naming the object each statement defines.

Used by tools/sqltree.  A statement keeps the comment lines just above it.
"""
import re

_DOLLAR = re.compile(r'\$([A-Za-z_][A-Za-z_0-9]*)?\$')


def split(text):
    """Yield (comment, statement) pairs; statement without its ';'.  psql meta-commands
    (a line starting with a backslash, at a statement's start) are dropped."""
    out = []
    i, n = 0, len(text)
    start = 0
    atomic = False
    while i < n:
        c = text[i]
        if c == '-' and text.startswith('--', i):
            j = text.find('\n', i)
            i = n if j < 0 else j + 1
            continue
        if c == '/' and text.startswith('/*', i):
            j = text.find('*/', i + 2)
            i = n if j < 0 else j + 2
            continue
        if c == "'":
            esc = i > 0 and text[i - 1] in 'eE' and (i < 2 or not (text[i - 2].isalnum() or text[i - 2] == '_'))
            i += 1
            while i < n:
                if esc and text[i] == '\\':
                    i += 2
                    continue
                if text[i] == "'":
                    if i + 1 < n and text[i + 1] == "'":
                        i += 2
                        continue
                    break
                i += 1
            i += 1
            continue
        if c == '"':
            j = text.find('"', i + 1)
            while j >= 0 and j + 1 < n and text[j + 1] == '"':
                j = text.find('"', j + 2)
            i = n if j < 0 else j + 1
            continue
        if c == '$':
            m = _DOLLAR.match(text, i)
            if m and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == '_')):
                tag = m.group(0)
                j = text.find(tag, m.end())
                i = n if j < 0 else j + len(tag)
                continue
        if c == '\\' and not _strip_comments(text[start:i]).strip():
            # a psql meta-command: drop its line
            j = text.find('\n', i)
            i = n if j < 0 else j + 1
            start = i
            continue
        if c.isalpha():
            m = re.match(r'[A-Za-z_][A-Za-z_0-9]*', text[i:i + 64])
            w = m.group(0).upper()
            if w == 'ATOMIC' and re.search(r'BEGIN\s*$', text[start:i], re.I):
                atomic = True
            elif atomic and w == 'END':
                atomic = False
            i += len(m.group(0))
            continue
        if c == ';' and not atomic:
            out.append(_take(text[start:i]))
            start = i + 1
        i += 1
    rest = text[start:]
    if _strip_comments(rest).strip():
        out.append(_take(rest))
    return [s for s in out if s[1]]


def _strip_comments(s):
    return re.sub(r'--[^\n]*', '', s)


def _take(chunk):
    """Split a chunk into its leading comment lines and the statement."""
    lines = chunk.split('\n')
    comment = []
    k = 0
    while k < len(lines) and (not lines[k].strip() or lines[k].lstrip().startswith('--')):
        comment.append(lines[k])
        k += 1
    stmt = '\n'.join(lines[k:]).strip()
    # keep only the comment block adjacent to the statement
    while comment and not comment[0].strip():
        comment.pop(0)
    block = []
    for line in reversed(comment):
        if not line.strip():
            break
        block.insert(0, line)
    return ('\n'.join(block), stmt)


# ---- naming the object a statement is about ----

_ALIASES = {
    'int': 'integer', 'int4': 'integer', 'int8': 'bigint', 'int2': 'smallint', 'bool': 'boolean',
    'float8': 'double precision', 'float4': 'real', 'varchar': 'character varying',
    'timestamptz': 'timestamp with time zone', 'decimal': 'numeric', 'char': 'character',
}
_MULTI = ('double precision', 'character varying', 'timestamp with time zone',
          'timestamp without time zone', 'time with time zone', 'bit varying')
_NAME = r'(?:"[^"]+"|[A-Za-z_][A-Za-z_0-9$]*)(?:\.(?:"[^"]+"|[A-Za-z_][A-Za-z_0-9$]*))?'


def qualify(name):
    name = name.strip()
    if '.' not in name.replace('"', ''):
        name = 'bilateral.' + name
    return name.replace('"', '').lower() if not re.search(r'"[^"]*[A-Z]', name) else name


def _split_top(s, sep=','):
    parts, depth, cur, i = [], 0, '', 0
    while i < len(s):
        c = s[i]
        if c == "'":
            j = i + 1
            while j < len(s):
                if s[j] == "'" and not (j + 1 < len(s) and s[j + 1] == "'"):
                    break
                j += 2 if s[j] == "'" else 1
            cur += s[i:j + 1]
            i = j + 1
            continue
        if c in '([':
            depth += 1
        elif c in ')]':
            depth -= 1
        if c == sep and depth == 0:
            parts.append(cur)
            cur = ''
        else:
            cur += c
        i += 1
    if cur.strip():
        parts.append(cur)
    return parts


def normtype(t):
    t = ' '.join(t.split()).lower()
    arr = ''
    while t.endswith('[]'):
        arr += '[]'
        t = t[:-2].strip()
    t = re.sub(r'\s*\(.*\)$', '', t)  # typmods
    t = _ALIASES.get(t, t)
    if t.startswith('bilateral.'):
        t = t[len('bilateral.'):]
    return t + arr


def argtypes(arglist, drop_out=True):
    """The identity argument types of a function's argument list."""
    types = []
    for a in _split_top(arglist):
        a = re.split(r'\s+DEFAULT\s+|\s*=\s*', a.strip(), maxsplit=1, flags=re.I)[0].strip()
        if not a:
            continue
        mode = 'in'
        m = re.match(r'(IN|OUT|INOUT|VARIADIC)\s+', a, re.I)
        if m:
            mode = m.group(1).lower()
            a = a[m.end():]
        if mode == 'out' and drop_out:
            continue
        words = a.split()
        low = ' '.join(words).lower()
        if len(words) > 1 and not any(low.startswith(mt) for mt in _MULTI):
            a = ' '.join(words[1:])   # a parameter name, then the type
        types.append(normtype(a))
    return types


def _paren(s, start):
    """The text inside the parentheses that open at s[start]."""
    depth = 0
    for i in range(start, len(s)):
        if s[i] == '(':
            depth += 1
        elif s[i] == ')':
            depth -= 1
            if depth == 0:
                return s[start + 1:i], i + 1
    raise ValueError('unbalanced parentheses: ' + s[:80])


def func_key(name, args):
    return 'function %s(%s)' % (qualify(name), ','.join(argtypes(args)))


def identify(stmt):
    """(verb, key) of a statement.  verb: create, drop, alter, comment, grant, data, action."""
    s = ' '.join(stmt.split())
    u = s.upper()
    m = re.match(r'CREATE (?:OR REPLACE )?(FUNCTION|PROCEDURE|AGGREGATE) (' + _NAME + r')\s*\(', s, re.I)
    if m:
        inner, _ = _paren(s, m.end() - 1)
        return 'create', func_key(m.group(2), inner)
    m = re.match(r'(DROP|ALTER|COMMENT ON) (FUNCTION|PROCEDURE|AGGREGATE) (?:IF EXISTS )?(' + _NAME + r')\s*\(', s, re.I)
    if m:
        inner, _ = _paren(s, m.end() - 1)
        verb = {'DROP': 'drop', 'ALTER': 'alter', 'COMMENT ON': 'comment'}[m.group(1).upper()]
        return verb, func_key(m.group(3), inner)
    m = re.match(r'(GRANT|REVOKE) .*? ON (FUNCTION|PROCEDURE) (' + _NAME + r')\s*\(', s, re.I)
    if m:
        inner, _ = _paren(s, m.end() - 1)
        return 'grant', func_key(m.group(3), inner)
    m = re.match(r'(CREATE|COMMENT ON) SCHEMA (?:IF NOT EXISTS )?(\w+)', s, re.I)
    if m:
        return m.group(1).split()[0].lower(), 'schema ' + m.group(2).lower()
    m = re.match(r'(GRANT|REVOKE) .*? ON SCHEMA (\w+)', s, re.I)
    if m:
        return 'grant', 'schema ' + m.group(2).lower()
    m = re.match(r'(GRANT|REVOKE) .*? ON (?:TABLE )?(' + _NAME + r')\s+(?:TO|FROM)\b', s, re.I)
    if m:
        return 'grant', 'relation ' + qualify(m.group(2))
    m = re.match(r'CREATE TYPE (' + _NAME + r')$', s, re.I)
    if m:
        return 'shell', 'type ' + qualify(m.group(1))
    m = re.match(r'CREATE TYPE (' + _NAME + r')', s, re.I)
    if m:
        return 'create', 'type ' + qualify(m.group(1))
    m = re.match(r'(ALTER|COMMENT ON|DROP) TYPE (?:IF EXISTS )?(' + _NAME + r')', s, re.I)
    if m:
        return {'ALTER': 'alter', 'COMMENT ON': 'comment', 'DROP': 'drop'}[m.group(1).upper()], 'type ' + qualify(m.group(2))
    m = re.match(r'(CREATE|ALTER|COMMENT ON|DROP) OPERATOR (CLASS|FAMILY) (?:IF EXISTS )?(' + _NAME + r')(?: DEFAULT)?(?: FOR TYPE \S+)? USING (\w+)', s, re.I)
    if m:
        return m.group(1).split()[0].lower(), 'operator %s %s using %s' % (m.group(2).lower(), qualify(m.group(3)), m.group(4).lower())
    m = re.match(r'CREATE OPERATOR (\S+)\s*\(', s, re.I)
    if m:
        inner, _ = _paren(s, m.end() - 1)
        opts = dict((k.strip().upper(), v.strip()) for k, _, v in (p.partition('=') for p in _split_top(inner)))
        return 'create', 'operator %s(%s,%s)' % (qualify(m.group(1)), normtype(opts.get('LEFTARG', 'none')), normtype(opts.get('RIGHTARG', 'none')))
    m = re.match(r'(ALTER|COMMENT ON|DROP) OPERATOR (?:IF EXISTS )?(\S+)\s*\(', s, re.I)
    if m:
        inner, _ = _paren(s, m.end() - 1)
        l, r = [normtype(x) for x in _split_top(inner)]
        return {'ALTER': 'alter', 'COMMENT ON': 'comment', 'DROP': 'drop'}[m.group(1).upper()], 'operator %s(%s,%s)' % (qualify(m.group(2)), l, r)
    m = re.match(r'(CREATE|COMMENT ON|DROP) CAST (?:IF EXISTS )?\((.+?) AS (.+?)\)', s, re.I)
    if m:
        return m.group(1).split()[0].lower(), 'cast (%s as %s)' % (normtype(m.group(2)), normtype(m.group(3)))
    m = re.match(r'CREATE (?:UNLOGGED )?TABLE (?:IF NOT EXISTS )?(' + _NAME + r')', s, re.I)
    if m:
        return 'create', 'relation ' + qualify(m.group(1))
    m = re.match(r'CREATE (?:OR REPLACE )?VIEW (' + _NAME + r')', s, re.I)
    if m:
        return 'create', 'relation ' + qualify(m.group(1))
    m = re.match(r'(ALTER|DROP) (?:TABLE|VIEW) (?:IF EXISTS )?(?:ONLY )?(' + _NAME + r')', s, re.I)
    if m:
        return m.group(1).lower(), 'relation ' + qualify(m.group(2))
    m = re.match(r'COMMENT ON (?:TABLE|VIEW) (' + _NAME + r') IS', s, re.I)
    if m:
        return 'comment', 'relation ' + qualify(m.group(1))
    m = re.match(r'COMMENT ON COLUMN (' + _NAME + r')\.("[^"]+"|\w+) IS', s, re.I)
    if m:
        return 'comment', 'relation ' + qualify(m.group(1))
    m = re.match(r'COMMENT ON CONSTRAINT (\S+) ON (' + _NAME + r')', s, re.I)
    if m:
        return 'comment', 'relation ' + qualify(m.group(2))
    m = re.match(r'CREATE (?:UNIQUE )?INDEX (?:IF NOT EXISTS )?(\S+) ON (?:ONLY )?(' + _NAME + r')', s, re.I)
    if m:
        return 'create', 'index %s' % qualify(m.group(1))
    m = re.match(r'DROP INDEX (?:IF EXISTS )?(\S+)', s, re.I)
    if m:
        return 'drop', 'index %s' % qualify(m.group(1))
    m = re.match(r'(CREATE (?:OR REPLACE )?(?:CONSTRAINT )?|DROP |COMMENT ON )(TRIGGER|POLICY) (?:IF EXISTS )?(\S+) (?:ON (' + _NAME + r')|.*? ON (' + _NAME + r'))', s, re.I)
    if m:
        tab = m.group(4) or m.group(5)
        return m.group(1).split()[0].lower(), '%s %s on %s' % (m.group(2).lower(), m.group(3).lower(), qualify(tab))
    m = re.match(r'SELECT (?:pg_catalog\.)?pg_extension_config_dump\(\s*\'([^\']+)\'', s, re.I)
    if m:
        return 'alter', 'relation ' + qualify(m.group(1))
    if re.match(r'(INSERT|UPDATE|DELETE|TRUNCATE)\b', u):
        return 'data', None
    if re.match(r'(SELECT|DO|PERFORM)\b', u):
        return 'action', None
    raise ValueError('cannot name the object of: ' + s[:200])


def expand(stmt):
    """A GRANT or REVOKE on several objects as one statement per object."""
    s = ' '.join(stmt.split())
    m = re.match(r'((?:GRANT|REVOKE) .*? ON (?:TABLE |FUNCTION |ALL FUNCTIONS IN SCHEMA )?)(.*?)(\s+(?:TO|FROM)\s+[^()]*)$', s, re.I)
    if not m or 'ALL ' in m.group(1).upper().split(' ON ')[-1]:
        return [stmt]
    objs = _split_top(m.group(2))
    if len(objs) < 2:
        return [stmt]
    kind = 'FUNCTION ' if 'FUNCTION' in m.group(1).upper() else ''
    head = re.sub(r'(TABLE |FUNCTION )$', '', m.group(1))
    return ['%s%s%s%s' % (head, kind, o.strip(), m.group(3)) for o in objs]
