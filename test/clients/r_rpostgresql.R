# test/clients/r_rpostgresql.R DBNAME: the R recipe of docs/clients.md with Debian's packages
# (r-cran-rpostgresql, r-cran-dbi, r-cran-dplyr, r-cran-dbplyr): connect with the search path,
# read the panel through dbplyr, join a COW-format data frame on (ccode1, ccode2, year), pass a
# date parameter, list the views -- with no warning at all and the right column classes.  Also
# shows that each pitfall the docs name is real.  Connection from the libpq environment (PGHOST,
# PGPORT, PGUSER, PGPASSWORD).  Prints TAP.
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript test/clients/r_rpostgresql.R DBNAME")
dbname <- args[[1]]

n <- 0L
failed <- 0L
ok <- function(cond, name, diag = NULL) {
  n <<- n + 1L
  cond <- isTRUE(cond)
  cat(if (cond) "ok" else "not ok", " ", n, " - ", name, "\n", sep = "")
  if (!cond) {
    failed <<- failed + 1L
    if (!is.null(diag)) cat(paste0("# ", strsplit(paste(diag, collapse = "\n"), "\n")[[1]]), sep = "\n")
  }
}
classes <- function(df) vapply(df, function(x) class(x)[[1]], "")
done <- function() {
  cat("1..", n, "\n", sep = "")
  quit(status = if (failed > 0L || n == 0L) 1L else 0L, save = "no")
}

warnings_seen <- character(0)
recipe <- NULL
res <- tryCatch(withCallingHandlers({
  # --- the recipe (docs/clients.md, "R") -------------------------------------------------------
  suppressPackageStartupMessages({
    library(DBI)
    library(RPostgreSQL)
    library(dplyr)
    library(dbplyr)
  })
  # dbplyr 2.3 says once per session that RPostgreSQL "uses an old dbplyr interface"; it works
  # (dbplyr's own translation for PostgreSQL), so quiet that kind of once-a-session notice only
  options(rlib_warning_verbosity = "quiet")

  con <- dbConnect(PostgreSQL(), dbname = dbname,
                   host = Sys.getenv("PGHOST", "localhost"), port = as.integer(Sys.getenv("PGPORT", "5432")),
                   user = Sys.getenv("PGUSER"), password = Sys.getenv("PGPASSWORD"),
                   options = "-c search_path=bilateral,public")

  # the views (dbListTables lists tables only)
  views <- dbGetQuery(con, "SELECT table_name FROM information_schema.views
                             WHERE table_schema = 'bilateral' ORDER BY 1")$table_name

  # the directed dyad-year panel, summary rows (issue NULL), through dbplyr
  panel <- tbl(con, in_schema("bilateral", "dyad_year_panel")) %>%
    filter(is.na(issue)) %>%
    select(ccode1, ccode2, year, stance_mean, n_claims, treaties_in_force, in_system) %>%
    collect()

  # a COW-format data frame (integer codes and years, as read.csv gives them)
  cow <- read.csv(text = "ccode1,ccode2,year,cow_trade
740,365,1956,1.5
365,740,1956,2.5
740,365,1850,9.9")
  joined <- inner_join(cow, panel, by = c("ccode1", "ccode2", "year"))

  # a date parameter: send it as text and cast it in SQL; select the custom type as text
  day <- as.Date("2016-06-01")
  claims <- dbGetQuery(con, "SELECT claim_id, position::text AS position_literal, stance, certain
                               FROM stance_at($1, $2, $3, $4::date)",
                       list("JPN", "RUS", "territorial_dispute", format(day, "%Y-%m-%d")))

  # plain views: dates are R Dates, also before 1900
  events <- dbGetQuery(con, "SELECT * FROM events_plain ORDER BY event_id")
  positions <- dbGetQuery(con, "SELECT * FROM positions_plain ORDER BY claim_id")
  # -----------------------------------------------------------------------------------------
  recipe <- list(con = con, views = views, panel = panel, cow = cow, joined = joined,
                 claims = claims, events = events, positions = positions)
  TRUE
}, warning = function(w) {
  warnings_seen <<- c(warnings_seen, conditionMessage(w))
  invokeRestart("muffleWarning")
}), error = function(e) e)

if (inherits(res, "error")) {
  ok(FALSE, "the recipe runs", diag = conditionMessage(res))
  done()
}
ok(length(warnings_seen) == 0L, "the recipe runs without a single warning", diag = warnings_seen)
con <- recipe$con

ok(identical(dbGetQuery(con, "SHOW search_path")[[1]], "bilateral,public"),
   "dbConnect(options = \"-c search_path=bilateral,public\") sets the search path")
ok(all(c("positions_plain", "treaties_plain", "events_plain", "dyad_year_panel") %in% recipe$views),
   "information_schema.views lists the plain views and dyad_year_panel", diag = recipe$views)

want <- c(ccode1 = "integer", ccode2 = "integer", year = "integer", stance_mean = "numeric",
          n_claims = "integer", treaties_in_force = "integer", in_system = "logical")
ok(identical(classes(recipe$panel)[names(want)], want),
   "dyad_year_panel through dbplyr: codes and year integer, stance_mean numeric, in_system logical",
   diag = capture.output(print(classes(recipe$panel))))
j <- recipe$joined
ok(nrow(j) == 2L && isTRUE(all.equal(j$stance_mean[j$ccode1 == 740 & j$year == 1956], -1.799)) &&
     is.integer(j$year) && !any(j$year == 1850),
   "inner_join of a COW-format data frame by (ccode1, ccode2, year): Japan-Russia 1956 stance_mean -1.799, no 1850 row",
   diag = capture.output(print(j)))

cl <- recipe$claims
want_cl <- dbGetQuery(con, "SELECT count(*)::int AS n FROM stance_at('JPN', 'RUS', 'territorial_dispute', DATE '2016-06-01')")$n
ok(nrow(cl) == want_cl && nrow(cl) > 0 && is.logical(cl$certain) && is.integer(cl$stance) &&
     is.character(cl$position_literal) && all(startsWith(cl$position_literal, "JPN->RUS:territorial_dispute:")),
   sprintf("stance_at with the date parameter format(day): %d claims, position_literal character, certain logical", nrow(cl)),
   diag = capture.output(str(cl)))

ev <- recipe$events
s <- ev[ev$event_key == "japan_sakoku_policy", ]
ok(inherits(ev$occurred_from, "Date") && identical(s$occurred_from, as.Date("1635-01-01")) &&
     identical(s$occurred_from_year, 1635L) && is.numeric(ev$event_id) && is.character(ev$actors_text),
   "events_plain: occurred_from is Date (1635-01-01 intact), occurred_from_year integer, event_id numeric, actors_text character",
   diag = capture.output(str(s)))
pos <- recipe$positions
k <- pos[pos$position_literal == "JPN->RUS:territorial_dispute:-1:2016/2016", ][1, ]
ok(identical(k$valid_from, as.Date("2016-01-01")) && identical(k$valid_to, as.Date("2016-12-31")) &&
     identical(k$stance, -1L) && identical(k$valid_from_precision, "year") && is.logical(pos$shipped),
   "positions_plain: a known claim's valid_from, valid_to (Date), stance (integer) and precision",
   diag = capture.output(str(k)))

# --- the pitfalls are real ------------------------------------------------------------------
w <- character(0)
invisible(withCallingHandlers(dbGetQuery(con, "SELECT position FROM positions LIMIT 1"),
                    warning = function(x) { w <<- c(w, conditionMessage(x)); invokeRestart("muffleWarning") }))
ok(any(grepl("unrecognized PostgreSQL field type bilateral_position", w)),
   "pitfall: a custom-type column (positions.position) warns \"unrecognized PostgreSQL field type\"", diag = w)
# RPostgreSQL prints the server's error and returns NULL with a warning
w <- character(0)
msg <- capture.output(type = "message", {
  r <- withCallingHandlers(dbGetQuery(con, "SELECT $1::date AS d", list(as.Date("2016-06-01"))),
                           warning = function(x) { w <<- c(w, conditionMessage(x)); invokeRestart("muffleWarning") })
})
ok(is.null(r) && any(grepl("invalid input syntax for type date: \"16953\"", msg)),
   "pitfall: an R Date bound as a parameter is sent as a day number (16953) and refused",
   diag = c(msg, w))
ok(!("positions_plain" %in% dbListTables(con)), "pitfall: dbListTables() does not list the views")
r <- tryCatch(suppressWarnings(dbGetQuery(con, "SELECT parties FROM treaties LIMIT 1")), error = function(e) e)
ok(is.data.frame(r) && is.character(r$parties) && startsWith(r$parties, "{"),
   "pitfall: a text[] column arrives as one string like \"{JPN,RUS}\" (treaties_plain has parties_text)",
   diag = capture.output(print(r)))

invisible(dbDisconnect(con))
done()
