/*
 * position_selfuncs.c - the planner's estimators for bilateral_position's
 * operators (@> date, <@, && position, && daterange): one restriction and
 * one join function that read the statistics of src/position_analyze.c, and
 * position_stats(), which shows them and an estimate.  The arithmetic is in
 * src/core/stats_core.c; docs/statistics.md explains the model.
 */
#include "bilateral.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_class.h"
#include "catalog/pg_statistic.h"
#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "nodes/pathnodes.h"
#include "optimizer/optimizer.h"
#include "utils/rls.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/rangetypes.h"
#include "utils/rel.h"
#include "utils/selfuncs.h"
#include "utils/syscache.h"
#include "utils/typcache.h"

#include "position_stats.h"

/*
 * Without statistics: PostgreSQL's range defaults for "contains element" and
 * "overlaps", and for && between positions the chance of the same subject
 * (DEFAULT_EQ_SEL) times that of overlapping periods.
 */
#define DEFAULT_AT_SEL			0.005
#define DEFAULT_OVERLAP_SEL		0.01
#define DEFAULT_SUBJECT_SEL		(DEFAULT_EQ_SEL * DEFAULT_OVERLAP_SEL)

typedef enum op_kind
{
	OP_AT,						/* @> date, date <@ */
	OP_RANGE,					/* && daterange */
	OP_POSITION					/* && bilateral_position */
} op_kind;

/* the statistics of one column, as the core reads them */
typedef struct pos_stats
{
	bl_marginal lo;
	bl_marginal hi;
	double		nullfrac;
	double		ndistinct;		/* distinct subjects */
	int			nmcv;
	Datum	   *mcv;			/* text keys */
	float4	   *mcvfreq;
	double		mcvsum;
	int			nparts;			/* actors, counterparts, issues on their own */
	Datum	   *parts;			/* text: a:JPN, c:RUS, i:energy */
	float4	   *partfreq;
	double		mcv_ind;		/* sum over the common subjects of their parts' product */
} pos_stats;

static double part_share(const pos_stats *s, char kind, const char *code, int len);
static double parts_product(const pos_stats *s, const char *key, int len);

static op_kind
kind_of(Oid opno, Oid *postype)
{
	Oid			l,
				r;

	op_input_types(opno, &l, &r);
	if (l == DATEOID || r == DATEOID)
	{
		*postype = (l == DATEOID) ? r : l;
		return OP_AT;
	}
	*postype = l;
	if (type_is_range(r))
		return OP_RANGE;
	return OP_POSITION;
}

static double
default_sel(op_kind k)
{
	return k == OP_AT ? DEFAULT_AT_SEL : k == OP_RANGE ? DEFAULT_OVERLAP_SEL : DEFAULT_SUBJECT_SEL;
}

/* read our two slots from a pg_statistic tuple; false when absent or unreadable */
static bool
load_stats(HeapTuple tup, pos_stats *s)
{
	AttStatsSlot b,
				m;
	int			nlo,
				nhi,
				i;
	double	   *buf;

	memset(s, 0, sizeof(*s));
	if (!HeapTupleIsValid(tup))
		return false;
	if (!get_attstatsslot(&b, tup, BL_STATKIND_BOUNDS, InvalidOid,
						  ATTSTATSSLOT_VALUES | ATTSTATSSLOT_NUMBERS))
		return false;
	if (b.valuetype != INT4OID || b.nnumbers < BL_STATS_NNUMBERS || b.numbers[0] != BL_STATS_FORMAT)
	{
		free_attstatsslot(&b);
		return false;
	}
	nlo = (int) b.numbers[3];
	nhi = (int) b.numbers[4];
	if (nlo < 0 || nhi < 0 || nlo + nhi > b.nvalues)
	{
		free_attstatsslot(&b);
		return false;
	}
	buf = palloc(sizeof(double) * Max(nlo + nhi, 1));
	for (i = 0; i < nlo + nhi; i++)
		buf[i] = DatumGetInt32(b.values[i]);
	s->lo.b = buf;
	s->lo.n = nlo;
	s->lo.neg = b.numbers[1];
	s->hi.b = buf + nlo;
	s->hi.n = nhi;
	s->hi.pos = b.numbers[2];
	s->ndistinct = b.numbers[5];
	s->nullfrac = ((Form_pg_statistic) GETSTRUCT(tup))->stanullfrac;
	free_attstatsslot(&b);

	if (get_attstatsslot(&m, tup, BL_STATKIND_SUBJECTS, InvalidOid,
						 ATTSTATSSLOT_VALUES | ATTSTATSSLOT_NUMBERS))
	{
		if (m.valuetype == TEXTOID && m.nnumbers == m.nvalues)
		{
			s->mcv = palloc(sizeof(Datum) * m.nvalues);
			s->mcvfreq = palloc(sizeof(float4) * m.nvalues);
			s->parts = palloc(sizeof(Datum) * m.nvalues);
			s->partfreq = palloc(sizeof(float4) * m.nvalues);
			for (i = 0; i < m.nvalues; i++)
			{
				text	   *t = (text *) PG_DETOAST_DATUM_COPY(m.values[i]);

				/* subjects hold "->"; the parts are "a:", "c:" or "i:" and a code */
				if (VARSIZE_ANY_EXHDR(t) > 2 && VARDATA_ANY(t)[1] == ':')
				{
					s->parts[s->nparts] = PointerGetDatum(t);
					s->partfreq[s->nparts++] = m.numbers[i];
				}
				else
				{
					s->mcv[s->nmcv] = PointerGetDatum(t);
					s->mcvfreq[s->nmcv++] = m.numbers[i];
					s->mcvsum += m.numbers[i];
				}
			}
			for (i = 0; i < s->nmcv && s->nparts > 0; i++)
			{
				text	   *t = DatumGetTextPP(s->mcv[i]);

				s->mcv_ind += parts_product(s, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
			}
		}
		free_attstatsslot(&m);
	}
	return true;
}

static bool
key_equals(Datum t, const char *key, int len)
{
	text	   *x = DatumGetTextPP(t);

	return (int) VARSIZE_ANY_EXHDR(x) == len && memcmp(VARDATA_ANY(x), key, len) == 0;
}

/* the share of one part (kind 'a', 'c' or 'i'); 0 when it was never seen */
static double
part_share(const pos_stats *s, char kind, const char *code, int len)
{
	int			i;

	for (i = 0; i < s->nparts; i++)
	{
		text	   *t = DatumGetTextPP(s->parts[i]);

		if ((int) VARSIZE_ANY_EXHDR(t) == len + 2 && VARDATA_ANY(t)[0] == kind &&
			memcmp(VARDATA_ANY(t) + 2, code, len) == 0)
			return s->partfreq[i];
	}
	return 0.0;
}

/* the product of the shares of a subject key's actor, counterpart and issue */
static double
parts_product(const pos_stats *s, const char *key, int len)
{
	if (len < 10)
		return 0.0;
	return part_share(s, 'a', key, 3) * part_share(s, 'c', key + 5, 3) * part_share(s, 'i', key + 9, len - 9);
}

/* share of the non-null rows with the subject of p */
static double
subject_sel(const pos_stats *s, const bl_position *p)
{
	char		key[BL_SUBJECT_KEY_MAX];
	int			len = bl_subject_key(p, key),
				i;

	for (i = 0; i < s->nmcv; i++)
		if (key_equals(s->mcv[i], key, len))
			return s->mcvfreq[i];
	if (s->nparts > 0)
		return bl_sel_subject_parts(s->mcvsum, parts_product(s, key, len), s->mcv_ind);
	if (s->ndistinct <= 0)
		return DEFAULT_EQ_SEL;
	return bl_sel_rare_subject(s->mcvsum, s->nmcv, s->ndistinct);
}

static double
day_or_inf(int32 d, bool lower)
{
	if (lower && d == PG_INT32_MIN)
		return -HUGE_VAL;
	if (!lower && d == PG_INT32_MAX)
		return HUGE_VAL;
	return d;
}

/* the estimate for one constant, without the null share */
static double
restrict_sel(const pos_stats *s, op_kind k, Datum c)
{
	if (k == OP_AT)
		return bl_sel_at(&s->lo, &s->hi, (double) DatumGetDateADT(c));
	if (k == OP_RANGE)
	{
		int32		a,
					b;

		if (!bl_daterange_days(DatumGetRangeTypeP(c), &a, &b))
			return 0.0;
		return bl_sel_overlap(&s->lo, &s->hi, day_or_inf(a, true), day_or_inf(b, false));
	}
	else
	{
		bl_position p;

		bl_position_from_datum(c, &p);
		return subject_sel(s, &p) *
			bl_sel_overlap(&s->lo, &s->hi, day_or_inf(bl_position_lo(&p), true),
						   day_or_inf(bl_position_hi(&p), false));
	}
}

PG_FUNCTION_INFO_V1(position_sel);
Datum
position_sel(PG_FUNCTION_ARGS)
{
	PlannerInfo *root = (PlannerInfo *) PG_GETARG_POINTER(0);
	Oid			opno = PG_GETARG_OID(1);
	List	   *args = (List *) PG_GETARG_POINTER(2);
	int			varRelid = PG_GETARG_INT32(3);
	VariableStatData vardata;
	Node	   *other;
	bool		varonleft;
	Oid			postype;
	op_kind		k = kind_of(opno, &postype);
	double		sel;
	pos_stats	s;

	if (!get_restriction_variable(root, args, varRelid, &vardata, &other, &varonleft))
		PG_RETURN_FLOAT8(default_sel(k));
	if (!IsA(other, Const))
		sel = default_sel(k);
	else if (((Const *) other)->constisnull)
		sel = 0.0;
	else if (vardata.vartype != postype || !load_stats(vardata.statsTuple, &s))
		sel = default_sel(k);	/* the variable is the date, or no statistics */
	else
		sel = restrict_sel(&s, k, ((Const *) other)->constvalue) * (1.0 - s.nullfrac);
	ReleaseVariableStats(vardata);
	CLAMP_PROBABILITY(sel);
	PG_RETURN_FLOAT8(sel);
}

/*
 * A marginal from a sorted list of days where the first and last entries may
 * be infinite: those become the open shares (each entry one n-th).
 */
static void
marginal_from_sorted(double *v, int n, bl_marginal *m)
{
	int			first = 0,
				last = n;

	while (first < last && v[first] <= -HUGE_VAL)
		first++;
	while (last > first && v[last - 1] >= HUGE_VAL)
		last--;
	m->b = v + first;
	m->n = last - first;
	m->neg = n > 0 ? (double) first / n : 0;
	m->pos = n > 0 ? (double) (n - last) / n : 0;
}

static double
date_as_day(Datum d)
{
	DateADT		x = DatumGetDateADT(d);

	return DATE_IS_NOBEGIN(x) ? -HUGE_VAL : DATE_IS_NOEND(x) ? HUGE_VAL : (double) x;
}

/* the hull of our own periods as a one-bin "column": the fallback when the other side has no statistics */
static bool
own_hull(const pos_stats *s, double *buf, bl_marginal *m)
{
	if (s->lo.n == 0 || s->hi.n == 0)
		return false;
	buf[0] = s->lo.b[0];
	buf[1] = Max(s->hi.b[s->hi.n - 1], buf[0]);
	m->b = buf;
	m->n = 2;
	m->neg = m->pos = 0;
	return true;
}

/* the join with a column of dates: its most common values exactly, its histogram on average */
static double
join_days(const pos_stats *s, VariableStatData *other)
{
	AttStatsSlot mcv,
				hist;
	double		sel = 0.0,
				share,
				hull[2];
	bl_marginal m;
	int			i;

	if (!HeapTupleIsValid(other->statsTuple))
		return own_hull(s, hull, &m) ? bl_sel_join_days(&s->lo, &s->hi, &m) : DEFAULT_AT_SEL;
	share = 1.0 - ((Form_pg_statistic) GETSTRUCT(other->statsTuple))->stanullfrac;
	if (get_attstatsslot(&mcv, other->statsTuple, STATISTIC_KIND_MCV, InvalidOid,
						 ATTSTATSSLOT_VALUES | ATTSTATSSLOT_NUMBERS))
	{
		double		msel = 0.0,
					msum = 0.0;

		for (i = 0; i < mcv.nvalues; i++)
		{
			msel += mcv.numbers[i] * bl_sel_at(&s->lo, &s->hi, date_as_day(mcv.values[i]));
			msum += mcv.numbers[i];
		}
		sel += msel;
		share -= msum;
		free_attstatsslot(&mcv);
		/* all the values are common ones: the rest is their average */
		if (share > 0 && !get_attstatsslot(&hist, other->statsTuple, STATISTIC_KIND_HISTOGRAM, InvalidOid, 0))
			return sel + (msum > 0 ? share * msel / msum : 0);
	}
	if (share > 0 && get_attstatsslot(&hist, other->statsTuple, STATISTIC_KIND_HISTOGRAM, InvalidOid,
									  ATTSTATSSLOT_VALUES))
	{
		double	   *v = palloc(sizeof(double) * Max(hist.nvalues, 1));

		for (i = 0; i < hist.nvalues; i++)
			v[i] = date_as_day(hist.values[i]);
		marginal_from_sorted(v, hist.nvalues, &m);
		sel += share * bl_sel_join_days(&s->lo, &s->hi, &m);
		free_attstatsslot(&hist);
	}
	else if (share > 0 && own_hull(s, hull, &m))
		sel += share * bl_sel_join_days(&s->lo, &s->hi, &m);
	return sel;
}

/* the join with a column of ranges: the marginals of their first and last days */
static double
join_ranges(const pos_stats *s, VariableStatData *other)
{
	AttStatsSlot hist,
				len;
	double		share,
			   *first,
			   *last,
				hull[2];
	bl_marginal mf,
				ml;
	TypeCacheEntry *tc;
	int			i,
				n = 0;

	if (!HeapTupleIsValid(other->statsTuple) ||
		!get_attstatsslot(&hist, other->statsTuple, STATISTIC_KIND_BOUNDS_HISTOGRAM, InvalidOid,
						  ATTSTATSSLOT_VALUES))
		return own_hull(s, hull, &mf) ? bl_sel_join_ranges(&s->lo, &s->hi, &mf, &mf) : DEFAULT_OVERLAP_SEL;
	share = 1.0 - ((Form_pg_statistic) GETSTRUCT(other->statsTuple))->stanullfrac;
	if (get_attstatsslot(&len, other->statsTuple, STATISTIC_KIND_RANGE_LENGTH_HISTOGRAM, InvalidOid,
						 ATTSTATSSLOT_NUMBERS))
	{
		if (len.nnumbers > 0)
			share *= 1.0 - len.numbers[0];	/* empty ranges overlap nothing */
		free_attstatsslot(&len);
	}
	tc = lookup_type_cache(hist.valuetype, TYPECACHE_RANGE_INFO);
	first = palloc(sizeof(double) * Max(hist.nvalues, 1));
	last = palloc(sizeof(double) * Max(hist.nvalues, 1));
	for (i = 0; i < hist.nvalues; i++)
	{
		RangeBound	l,
					u;
		bool		empty;

		range_deserialize(tc, DatumGetRangeTypeP(hist.values[i]), &l, &u, &empty);
		if (empty)
			continue;
		first[n] = l.infinite ? -HUGE_VAL : date_as_day(l.val) + (l.inclusive ? 0 : 1);
		last[n] = u.infinite ? HUGE_VAL : date_as_day(u.val) - (u.inclusive ? 0 : 1);
		n++;
	}
	free_attstatsslot(&hist);
	/* PostgreSQL sorts lower and upper bounds separately: both lists are sorted */
	marginal_from_sorted(first, n, &mf);
	marginal_from_sorted(last, n, &ml);
	return share * bl_sel_join_ranges(&s->lo, &s->hi, &mf, &ml);
}

/* && between two columns of positions: the same subject (as eqjoinsel), then overlapping periods */
static double
join_positions(const pos_stats *a, const pos_stats *b)
{
	double		match = 0,
				m1 = 0,
				m2 = 0,
				other1,
				other2,
				un1,
				un2,
				t1,
				t2,
				subj;
	int			i,
				j,
				nmatch = 0;
	bl_marginal first,
				last;

	for (i = 0; i < a->nmcv; i++)
		for (j = 0; j < b->nmcv; j++)
		{
			text	   *x = DatumGetTextPP(a->mcv[i]);

			if (key_equals(b->mcv[j], VARDATA_ANY(x), VARSIZE_ANY_EXHDR(x)))
			{
				match += a->mcvfreq[i] * b->mcvfreq[j];
				m1 += a->mcvfreq[i];
				m2 += b->mcvfreq[j];
				nmatch++;
				break;
			}
		}
	other1 = Max(1.0 - a->mcvsum, 0);
	other2 = Max(1.0 - b->mcvsum, 0);
	un1 = Max(a->mcvsum - m1, 0);
	un2 = Max(b->mcvsum - m2, 0);
	t1 = match;
	if (b->ndistinct > b->nmcv)
		t1 += un1 * other2 / (b->ndistinct - b->nmcv);
	if (b->ndistinct > nmatch)
		t1 += other1 * (other2 + un2) / (b->ndistinct - nmatch);
	t2 = match;
	if (a->ndistinct > a->nmcv)
		t2 += un2 * other1 / (a->ndistinct - a->nmcv);
	if (a->ndistinct > nmatch)
		t2 += other2 * (other1 + un1) / (a->ndistinct - nmatch);
	subj = Min(t1, t2);
	/* the other side's periods as "ranges": its first and last days */
	first = b->lo;
	last = b->hi;
	return subj * bl_sel_join_ranges(&a->lo, &a->hi, &first, &last);
}

PG_FUNCTION_INFO_V1(position_joinsel);
Datum
position_joinsel(PG_FUNCTION_ARGS)
{
	PlannerInfo *root = (PlannerInfo *) PG_GETARG_POINTER(0);
	Oid			opno = PG_GETARG_OID(1);
	List	   *args = (List *) PG_GETARG_POINTER(2);
	JoinType	jointype = (JoinType) PG_GETARG_INT16(3);
	SpecialJoinInfo *sjinfo = (SpecialJoinInfo *) PG_GETARG_POINTER(4);
	VariableStatData vd1,
				vd2,
			   *pv,
			   *ov;
	bool		reversed;
	Oid			postype;
	op_kind		k = kind_of(opno, &postype);
	pos_stats	s,
				s2;
	double		sel;

	get_join_variables(root, args, sjinfo, &vd1, &vd2, &reversed);
	/* the column of positions is the left argument except for date <@ position */
	if (vd1.vartype == postype)
	{
		pv = &vd1;
		ov = &vd2;
	}
	else
	{
		pv = &vd2;
		ov = &vd1;
	}
	if (pv->vartype != postype || !load_stats(pv->statsTuple, &s))
		sel = default_sel(k);
	else
	{
		if (k == OP_AT)
			sel = join_days(&s, ov);
		else if (k == OP_RANGE)
			sel = join_ranges(&s, ov);
		else if (load_stats(ov->statsTuple, &s2))
			sel = join_positions(&s, &s2) * (1.0 - s2.nullfrac);
		else
			sel = DEFAULT_SUBJECT_SEL;
		sel *= 1.0 - s.nullfrac;
	}
	CLAMP_PROBABILITY(sel);

	/*
	 * A semi or anti join wants the share of outer rows with at least one
	 * match: with sel per pair and n inner rows, 1 - exp(-sel * n).
	 */
	if (jointype == JOIN_SEMI || jointype == JOIN_ANTI)
	{
		VariableStatData *inner = reversed ? &vd1 : &vd2;

		if (inner->rel != NULL && inner->rel->rows > 0)
			sel = 1.0 - exp(-sel * inner->rel->rows);
	}
	ReleaseVariableStats(vd1);
	ReleaseVariableStats(vd2);
	CLAMP_PROBABILITY(sel);
	PG_RETURN_FLOAT8(sel);
}

/* ---------- position_stats(): what the planner knows, and an estimate ---------- */

static void
json_day(StringInfo s, double d)
{
	if (d <= -HUGE_VAL || d >= HUGE_VAL)
		appendStringInfoString(s, "null");
	else
		appendStringInfo(s, "\"%s\"", DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum((DateADT) d))));
}

static void
json_marginal(StringInfo s, const char *name, const bl_marginal *m)
{
	appendStringInfo(s, ", \"%s\": {\"bounds\": %d, \"min\": ", name, m->n);
	json_day(s, m->n > 0 ? m->b[0] : HUGE_VAL);
	appendStringInfoString(s, ", \"median\": ");
	json_day(s, m->n > 0 ? m->b[m->n / 2] : HUGE_VAL);
	appendStringInfoString(s, ", \"max\": ");
	json_day(s, m->n > 0 ? m->b[m->n - 1] : HUGE_VAL);
	appendStringInfoChar(s, '}');
}

static void
json_estimate(StringInfo s, const char *name, const char *value, double sel, double reltuples)
{
	appendStringInfo(s, ", \"%s\": {\"value\": \"%s\", \"selectivity\": %.6g, \"rows\": %.0f}",
					 name, value, sel, reltuples >= 0 ? rint(sel * reltuples) : -1.0);
}

/*
 * The checks of position_stats(): the relation and column exist, the caller may
 * read them as pg_stats would let them, and the column holds positions.
 */
static AttrNumber
stats_column(FunctionCallInfo fcinfo, Oid relid, const char *col)
{
	AttrNumber	attnum;
	char	   *relname = get_rel_name(relid);

	if (relname == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation with OID %u does not exist", relid)));
	attnum = get_attnum(relid, col);
	if (attnum == InvalidAttrNumber)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column \"%s\" of relation \"%s\" does not exist", col, relname)));
	/* the same rule as the pg_stats view: column read privilege, and no row level security in force */
	if (pg_attribute_aclcheck(relid, attnum, GetUserId(), ACL_SELECT) != ACLCHECK_OK &&
		pg_class_aclcheck(relid, GetUserId(), ACL_SELECT) != ACLCHECK_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied for column \"%s\" of relation \"%s\"", col, relname)));
	if (check_enable_rls(relid, InvalidOid, true) == RLS_ENABLED)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("statistics of \"%s\" are hidden under row level security", relname),
				 errdetail("Statistics summarise every row, including rows the policy hides from you; pg_stats hides them too."),
				 errhint("Ask the table's owner or a superuser, or EXPLAIN a query to see the estimate.")));
	if (get_atttype(relid, attnum) != get_fn_expr_argtype(fcinfo->flinfo, 4) &&
		get_fn_expr_argtype(fcinfo->flinfo, 4) != InvalidOid)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("column \"%s\" is not of type bilateral_position", col)));
	return attnum;
}

PG_FUNCTION_INFO_V1(position_stats);
Datum
position_stats(PG_FUNCTION_ARGS)
{
	Oid			relid;
	AttrNumber	attnum;
	HeapTuple	tup;
	pos_stats	s;
	StringInfoData out;
	double		reltuples;
	int			i;

	/* not STRICT for the optional probes; no table or column, no statistics */
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	relid = PG_GETARG_OID(0);
	attnum = stats_column(fcinfo, relid, NameStr(*PG_GETARG_NAME(1)));
	tup = SearchSysCache3(STATRELATTINH, ObjectIdGetDatum(relid), Int16GetDatum(attnum), BoolGetDatum(false));
	if (!load_stats(tup, &s))
	{
		if (HeapTupleIsValid(tup))
			ReleaseSysCache(tup);
		PG_RETURN_NULL();		/* never analyzed, or not a column of positions */
	}
	ReleaseSysCache(tup);
	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	reltuples = HeapTupleIsValid(tup) ? ((Form_pg_class) GETSTRUCT(tup))->reltuples : -1;
	if (HeapTupleIsValid(tup))
		ReleaseSysCache(tup);

	initStringInfo(&out);
	appendStringInfo(&out, "{\"null_share\": %.6g, \"rows\": %.0f, \"open_start_share\": %.6g, \"open_end_share\": %.6g",
					 s.nullfrac, reltuples, s.lo.neg, s.hi.pos);
	json_marginal(&out, "first_days", &s.lo);
	json_marginal(&out, "last_days", &s.hi);
	appendStringInfo(&out, ", \"subjects\": {\"distinct\": %.0f, \"most_common_share\": %.6g, \"most_common\": [",
					 s.ndistinct, s.mcvsum);
	for (i = 0; i < s.nmcv && i < 10; i++)
		appendStringInfo(&out, "%s{\"subject\": \"%s\", \"share\": %.6g}", i ? ", " : "",
						 TextDatumGetCString(s.mcv[i]), s.mcvfreq[i]);
	appendStringInfoString(&out, "]}");
	if (!PG_ARGISNULL(2))
		json_estimate(&out, "at", DatumGetCString(DirectFunctionCall1(date_out, PG_GETARG_DATUM(2))),
					  restrict_sel(&s, OP_AT, PG_GETARG_DATUM(2)) * (1.0 - s.nullfrac), reltuples);
	if (!PG_ARGISNULL(3))
	{
		Oid			typout;
		bool		varlena;

		/* range_out needs a flinfo: call it through the type's output function */
		getTypeOutputInfo(DATERANGEOID, &typout, &varlena);
		json_estimate(&out, "during", OidOutputFunctionCall(typout, PG_GETARG_DATUM(3)),
					  restrict_sel(&s, OP_RANGE, PG_GETARG_DATUM(3)) * (1.0 - s.nullfrac), reltuples);
	}
	if (!PG_ARGISNULL(4))
	{
		bl_position p;
		char		buf[BL_POSITION_TEXT_MAX];

		bl_position_from_datum(PG_GETARG_DATUM(4), &p);
		bl_position_format(&p, buf);
		json_estimate(&out, "overlapping", buf,
					  restrict_sel(&s, OP_POSITION, PG_GETARG_DATUM(4)) * (1.0 - s.nullfrac), reltuples);
	}
	appendStringInfoChar(&out, '}');
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(out.data)));
}
