-- Errata for document 003_bb7320d28d4825d6.txt (English book chapter "Russo-Japanese relations:
-- a skeptical view"; source_key russo_japanese_skeptical_view), release 1.1; ids 100001..199999.
-- Quotes are verbatim (slips included, after the contract's white-space normalisation); the
-- correction says how to read them. The data of release 1.0 (section 50_data_book_chapter.sql of extension/bilateral--1.0.sql)
-- already holds the correct facts: each row's comment says where.
-- Provenance and reasoning: docs/provenance/russo_japanese_skeptical_view.md

INSERT INTO bilateral.erratum (erratum_id, source_key, locator, quote, correction, subject_kind, subject_id, shipped) VALUES
-- 1.0 stores the title correctly cased in source.title / source.title_en.
(100001,
 'russo_japanese_skeptical_view',
 'line 3',
 'ruSSo-JaPaneSe relatIonS: a SkePtIcal vIew',
 'Text-layer artefact of a title set in small capitals: read "Russo-Japanese relations: a skeptical view" (so also line 2, "chaPter 2." = "Chapter 2.").',
 'source',
 'russo_japanese_skeptical_view',
 true),
-- 1.0 quotes never include this word; the claims on the Cold War (100025-100028) spell it in Latin letters in statement_en.
(100002,
 'russo_japanese_skeptical_view',
 'line 78',
 'the Сold War, the Soviet historiography',
 '"Сold" begins with the Cyrillic capital letter Es (U+0421), not the Latin C: read "Cold War". A search for "Cold War" does not find this line.',
 'source',
 'russo_japanese_skeptical_view',
 true),
-- same slip; 1.0 claim 100025 quotes the sentence only from "Another factor" to "Washington", without the word.
(100003,
 'russo_japanese_skeptical_view',
 'line 91',
 'playing the game of the Сold War',
 '"Сold" begins with the Cyrillic capital letter Es (U+0421), not the Latin C: read "Cold War".',
 'source',
 'russo_japanese_skeptical_view',
 true),
-- same slip; 1.0 claims 100034 and 100035 (after the Cold War) quote the next sentences, not this one.
(100004,
 'russo_japanese_skeptical_view',
 'line 109',
 'This situation did not change much after the end of Сold War.',
 '"Сold" begins with the Cyrillic capital letter Es (U+0421), not the Latin C, and the article is missing: read "after the end of the Cold War".',
 'source',
 'russo_japanese_skeptical_view',
 true),
-- 1.0 event 100014 (Sakhalin-2 starts LNG production, 2009) lists only RUS and JPN as actors.
(100005,
 'russo_japanese_skeptical_view',
 'line 237',
 'Sakhalin-2 project, operated by Russian, Japanese, US and British companies',
 'No US company was a partner in Sakhalin-2 when it started LNG production in 2009: its operator, Sakhalin Energy, was owned by Gazprom (50% plus one share), Shell (27.5% minus one share), Mitsui (12.5%) and Mitsubishi (10%); the US partners of the 1990s (Marathon, McDermott) had left by 2000. Read "operated by Russian, Japanese and Anglo-Dutch (Shell) companies". (General knowledge: Sakhalin Energy''s shareholders since April 2007, as listed e.g. by Reuters and TASS in 2022; Marathon left by an asset swap with Shell in 2000.)',
 'event',
 '100014',
 true),
-- 1.0 stores no indicator for this figure (no reliable corrected value for 2009 to put in its place).
(100006,
 'russo_japanese_skeptical_view',
 'line 238',
 'started production of LNG in 2009 with 20 percent of the output shipped to Japan',
 'Japan has taken most of Sakhalin-2''s LNG since the first cargo (March 2009, to Tokyo Gas and Tokyo Electric): about 60% of sales over the project''s life according to Sakhalin Energy (TASS, 3 October 2024), so "20 percent of the output" cannot be right. No indicator row was made from it.',
 'indicator',
 NULL,
 true),
-- 1.0 stores the figure as indicator 100008, gas_export_value RUS->JPN 2014 = 700 jpy_billion (a value, not a volume).
(100007,
 'russo_japanese_skeptical_view',
 'line 248',
 'In 2014, the volume of Russian gas exports to Japan was approximately 700 billion yen',
 'A sum in yen is a value, not a volume: read "the value of Russian gas exports to Japan was approximately 700 billion yen".',
 'indicator',
 '100008',
 true);
