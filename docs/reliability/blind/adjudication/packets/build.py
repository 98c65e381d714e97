import csv, os, random, sys, importlib.machinery, importlib.util, json
loader = importlib.machinery.SourceFileLoader("quotes", "/work/main/tools/test/quotes")
spec = importlib.util.spec_from_loader("quotes", loader); quotes = importlib.util.module_from_spec(spec); loader.exec_module(quotes)
seeds = "/work/shared/seeds"
mp = quotes.read_map("/work/main/tools/test/seeds.map")
first = list(csv.DictReader(open("/work/main/data/position_claim.csv", encoding="utf-8")))
rng = random.Random(20261207)
key = {}
for src in sorted(mp):
    doc = quotes.Document(os.path.join(seeds, mp[src]))
    raw = open(os.path.join(seeds, mp[src]), encoding="utf-8").read()
    rows = []
    for r in first:
        if r["source_key"] != src: continue
        sp = doc.span(quotes.normalise_quote(r["quote"]))
        rows.append(dict(coder="first", id=r["claim_id"], span=sp, position=r["position"], voice=r["voice"],
                         modality="present", quote=r["quote"], statement=r["statement_en"], gk=r["general_knowledge"]))
    for i, r in enumerate(csv.DictReader(open(f"/work/main/docs/reliability/blind/second/{src}/claims.csv", encoding="utf-8")), 1):
        sp = doc.span(quotes.normalise_quote(r["quote"]))
        rows.append(dict(coder="second", id=str(i), span=sp, position=r["position"], voice=r["voice"],
                         modality=r["modality"], quote=r["quote"], statement=r["statement_en"], gk=r["general_knowledge"]))
    a_is_first = rng.random() < 0.5
    key[src] = {"A": "first" if a_is_first else "second"}
    lab = lambda c: ("A" if (c == "first") == a_is_first else "B")
    rows.sort(key=lambda r: (r["span"][0], r["span"][1]))
    units = []; reach = -1
    for r in rows:
        if not units or r["span"][0] >= reach:
            units.append([]); 
        units[-1].append(r); reach = max(reach, r["span"][1])
    # number each coder's rows within the document
    n = {"A": 0, "B": 0}
    out = [f"# Adjudication packet: {src}\n", "Two coders coded this document independently (coder A and coder B). Each unit below is a passage (characters start-end of the document) that at least one coder coded; every coding of the unit follows, labelled A1, A2, ... B1, B2, ...\n"]
    for k, u in enumerate(units, 1):
        s0 = min(r["span"][0] for r in u); s1 = max(r["span"][1] for r in u)
        out.append(f"\n## Unit {k} (characters {s0}-{s1})\n\n> " + " ".join(raw[s0:s1].split()) + "\n")
        for r in sorted(u, key=lambda r: lab(r["coder"])):
            L = lab(r["coder"]); n[L] += 1; r["label"] = f"{L}{n[L]}"
            key[src][r["label"]] = r["coder"] + ":" + r["id"]
            out.append(f"- **{r['label']}** `{r['position']}` voice `{r['voice']}` modality `{r['modality']}`\n  - quote: {r['quote']}\n  - statement: {r['statement']}" + (f"\n  - general knowledge: {r['gk']}" if r['gk'] else ""))
    open(f"/work/blind/adjudicate/{src}.md", "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(src, len(units), "units", n)
json.dump(key, open("/work/blind/adjudicate/key.json", "w"), indent=1)
