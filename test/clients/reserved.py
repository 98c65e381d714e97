"""Reserved words a column of a view for every client must not be named by (test/clients/plain_views.py,
test/clients/bi_schema.py); PostgreSQL's own come from pg_get_keywords()."""

# ODBC 3 reserved keywords (Microsoft's ODBC reference, "List of Reserved Keywords") and the
# SQL:2016 reserved words a column could plausibly be named after.
RESERVED = set("""
absolute action ada add all allocate alter and any are as asc assertion at authorization avg begin
between bit bit_length both by cascade cascaded case cast catalog char char_length character
character_length check close coalesce collate collation column commit connect connection constraint
constraints continue convert corresponding count create cross current current_date current_time
current_timestamp current_user cursor date day deallocate dec decimal declare default deferrable
deferred delete desc describe descriptor diagnostics disconnect distinct domain double drop else end
end-exec escape except exception exec execute exists external extract false fetch first float for
foreign fortran found from full get global go goto grant group having hour identity immediate in
include index indicator initially inner input insensitive insert int integer intersect interval into
is isolation join key language last leading left level like local lower match max min minute module
month names national natural nchar next no none not null nullif numeric octet_length of on only open
option or order outer output overlaps pad partial pascal position precision prepare preserve primary
prior privileges procedure public read real references relative restrict revoke right rollback rows
schema scroll second section select session session_user set size smallint some space sql sqlca
sqlcode sqlerror sqlstate sqlwarning substring sum system_user table temporary then time timestamp
timezone_hour timezone_minute to trailing transaction translate translation trim true union unique
unknown update upper usage user using value values varchar varying view when whenever where with work
write year zone
abs array bigint binary blob boolean call called cardinality ceil ceiling clob condition corr cube
cume_dist cycle deref dynamic each element empty equals every exp filter free function fusion
grouping groups hold inout large lateral lag lead like_regex listagg ln localtime localtimestamp
member merge method mod modifies multiset new normalize ntile old out over parameter partition
percent period portion power range rank reads recursive ref referencing release result return returns
rollup row row_number savepoint scope search sensitive similar specific start static symmetric system
system_time tablesample treat trigger truncate unnest var_pop width_bucket window within without
""".split())
