-- bilateral 1.1: assembled from extension/parts/1.1/*.sql by make scripts.
\echo Use "ALTER EXTENSION bilateral UPDATE TO '1.1'" to load this file. \quit

-- ---- 15_partial_date_bounds.sql ----
-- partial_date_bounds() of 1.0 parsed partial dates a second time, in PL/pgSQL, and drifted from
-- the types' parser ('0000' gave a raw out-of-range error).  From 1.1 it calls the C core.
CREATE OR REPLACE FUNCTION bilateral.partial_date_bounds(value text,
                                                         OUT first_day date, OUT last_day date, OUT date_precision text)
RETURNS record
AS 'MODULE_PATHNAME', 'partial_date_bounds' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bilateral.partial_date_bounds(text) IS 'First day, last day and precision (year, month, day) of a partial date written YYYY, YYYY-MM or YYYY-MM-DD (years 0001-9999, blanks around it ignored), read by the same parser as the types; SQLSTATE 22007 for another form, 22008 for a day that does not exist.';

-- ---- 60_data_lafuente_2021.sql ----
-- bilateral 1.1 data: document 000_0e224980c7817192.txt, source_key lafuente_2021
-- Pedro Lafuente, "El acercamiento entre Rusia y Japón, un nuevo factor a considerar en Asia",
-- Documento de Opinión 122/2021 (Spanish, with Spanish summary and English abstract).
-- Ids 400001..499999 (doc 000 block), numbered in document order per table.
-- Quotes are exact (white space normalised); locator = line where the quote starts.
-- Provenance and coding notes: docs/provenance/lafuente_2021.md. Errata: 93_errata_lafuente_2021.sql.

INSERT INTO bilateral.source (source_key, title, title_en, author, publisher, published, published_precision, language, kind, note, shipped) VALUES
  ('lafuente_2021', 'El acercamiento entre Rusia y Japón, un nuevo factor a considerar en Asia', 'Russia-Japan rapprochement, a new factor to be considered in Asia', 'Pedro Lafuente', NULL, DATE '2021-01-01', 'year', 'es', 'opinion_paper',
   'Documento de Opinión 122/2021 (series and number from the running header; the text names no publisher). Spanish text with a Spanish summary (Resumen) and an English abstract; written in October 2021 (it mentions Kishida''s designation and the coming 31 October 2021 election). Seed file 000_0e224980c7817192.txt.', true);

-- Treaties (shared rows; first writer wins)
INSERT INTO bilateral.treaty (treaty, name_en, kind, in_force_from, in_force_to, general_knowledge, shipped) VALUES
  ('1855-02-07:JPN+RUS:shimoda', 'Treaty of Shimoda (Treaty of Commerce, Navigation and Delimitation between Japan and Russia)', 'treaty', NULL, NULL, 'Signature day 7 February 1855 (26 January 1855 Julian) at Shimoda (Encyclopaedia Britannica, "Treaty of Shimoda"; Russian Presidential Library, the document''s footnote 4); the document gives the year 1855.', true) ON CONFLICT (treaty) DO NOTHING;
INSERT INTO bilateral.treaty (treaty, name_en, kind, in_force_from, in_force_to, general_knowledge, shipped) VALUES
  ('1945-02-11:GBR+RUS+USA:yalta_agreement', 'Yalta Agreement (Agreement regarding Japan)', 'agreement', NULL, NULL, 'Signature day 11 February 1945 at Yalta by the US, the UK and the USSR (US Department of State, FRUS: The Conferences at Malta and Yalta, 1945); the document dates it only as "months before" August 1945.', true) ON CONFLICT (treaty) DO NOTHING;
INSERT INTO bilateral.treaty (treaty, name_en, kind, in_force_from, in_force_to, general_knowledge, shipped) VALUES
  ('2018-07-17:EUU+JPN:strategic_partnership', 'EU-Japan Strategic Partnership Agreement (SPA)', 'agreement', NULL, NULL, 'Signed at the EU-Japan summit in Tokyo on 17 July 2018, provisionally applied since 1 February 2019 (European External Action Service, "EU-Japan Strategic Partnership Agreement"); in_force_from left NULL because full entry into force needs ratification by all EU member states. The document gives no date.', true) ON CONFLICT (treaty) DO NOTHING;

INSERT INTO bilateral.treaty_name (treaty, lang, name, source_key, shipped) VALUES
  ('1855-02-07:JPN+RUS:shimoda', 'es', 'Tratado de Shimoda', 'lafuente_2021', true),
  ('1945-02-11:GBR+RUS+USA:yalta_agreement', 'es', 'Acuerdo de Yalta', 'lafuente_2021', true),
  ('2018-07-17:EUU+JPN:strategic_partnership', 'es', 'Acuerdo de Asociación Estratégica', 'lafuente_2021', true),
  ('2018-07-17:EUU+JPN:strategic_partnership', 'es', 'SPA', 'lafuente_2021', true)
ON CONFLICT DO NOTHING;

INSERT INTO bilateral.treaty_mention (mention_id, treaty, source_key, locator, quote, shipped) VALUES
  (400001, '1855-02-07:JPN+RUS:shimoda', 'lafuente_2021', 'line 134', 'Se firmó entonces el llamado el Tratado de Shimoda4, en 1855. Dicho tratado fue el primero entre el Imperio ruso y el Imperio de Japón', true),
  (400002, '1855-02-07:JPN+RUS:shimoda', 'lafuente_2021', 'line 144', 'Una de las características más importantes del Tratado de Shimoda fue el acuerdo por el cual las islas Kuriles se dividirían entre Rusia y Japón mediante una línea que discurre entre dos de las islas del mencionado archipiélago.', true),
  (400003, '1945-02-11:GBR+RUS+USA:yalta_agreement', 'lafuente_2021', 'line 234', 'El Acuerdo de Yalta7, redactado por los aliados meses antes de que partiera el Ejército rojo, había prometido el archipiélago a Moscú, a cambio de entrar en la guerra del Pacífico contra la potencia del eje.', true),
  (400004, '2018-07-17:EUU+JPN:strategic_partnership', 'lafuente_2021', 'line 663', 'El Acuerdo de Asociación Estratégica (SPA) entre la UE y Japón ofrecerá oportunidades para dicha cooperación', true);

INSERT INTO bilateral.event (event_id, event_key, name_en, kind, occurred_from, occurred_to, from_precision, to_precision, actors, source_key, locator, quote, general_knowledge, shipped) VALUES
  (400001, 'japan_sakoku_policy', 'Japan''s policy of national seclusion (sakoku) under the Tokugawa shogunate', 'policy', DATE '1635-01-01', DATE '1855-12-31', 'year', 'year', ARRAY['JPN'], 'lafuente_2021', 'line 128', 'Estos dirigentes habían tomado la decisión de cerrar sus fronteras al comercio internacional, prohibiendo la entrada de barcos extranjeros en sus puertos', 'Start year 1635 derived from the document''s "220 años de antigüedad" counted back from 1855 (line 140), which matches the Sakoku Edict of 1635 (Encyclopaedia Britannica, "sakoku"); end year 1855 from the document (Treaty of Shimoda).', true),
  (400002, 'treaty_signing_1855_shimoda', 'Russia establishes diplomatic relations with Japan: Treaty of Shimoda signed', 'treaty_signing', DATE '1855-01-01', DATE '1855-12-31', 'year', 'year', ARRAY['JPN', 'RUS'], 'lafuente_2021', 'line 134', 'En 1855, los rusos decidieron entablar relaciones diplomáticas con Japón. Se firmó entonces el llamado el Tratado de Shimoda4, en 1855.', NULL, true),
  (400003, 'japan_russia_confrontation_1890s', 'Japanese-Russian diplomatic confrontation over spheres of influence in Korea and Manchuria', 'crisis', DATE '1890-01-01', DATE '1899-12-31', 'year', 'year', ARRAY['JPN', 'RUS'], 'lafuente_2021', 'line 158', 'en la década de 1890, Japón, como potencia industrial emergente y con grandes necesidades de garantizarse el suministro de materias primas, tuvo un enfrentamiento diplomático con Rusia', NULL, true),
  (400004, 'russia_port_arthur_base', 'Russia establishes a military base at Port Arthur (Lüshunkou) after agreements with China', 'military_base', DATE '1890-01-01', DATE '1899-12-31', 'year', 'year', ARRAY['RUS', 'CHN'], 'lafuente_2021', 'line 170', 'llegando a acuerdos muy favorables con China, estableciendo una base militar en Porth Arthur5 (actualmente Lüshunkou)', NULL, true),
  (400005, 'russo_japanese_war', 'Russo-Japanese War', 'war', DATE '1904-01-01', DATE '1905-12-31', 'year', 'year', ARRAY['JPN', 'RUS'], 'lafuente_2021', 'line 182', 'Gobierno japonés se decidió por la guerra para detener la supuesta amenaza rusa a sus planes de expansión en Asia.', 'End year 1905 inferred from the document''s "Desde ese momento las relaciones, entre 1905 y 1917" (line 196); start year from its figure caption (line 202). The war ran 8 February 1904 - 5 September 1905 (Encyclopaedia Britannica, "Russo-Japanese War").', true),
  (400006, 'russo_japanese_war', 'Russo-Japanese War (figure caption)', 'war', DATE '1904-01-01', DATE '1904-12-31', 'year', 'year', ARRAY['JPN', 'RUS'], 'lafuente_2021', 'line 202', 'Figura 1. Mapa del conflicto ruso-japonés en 1904.', NULL, true),
  (400007, 'bolshevik_revolution_1917', 'Bolshevik Revolution', 'revolution', DATE '1917-01-01', DATE '1917-12-31', 'year', 'year', ARRAY['RUS'], 'lafuente_2021', 'line 206', 'Tras el triunfo de la Revolución bolchevique6', NULL, true),
  (400008, 'ussr_founded', 'Creation of the Soviet Union', 'state_formation', DATE '1922-12-30', DATE '1922-12-30', 'day', 'day', ARRAY['RUS'], 'lafuente_2021', 'line 206', 'la creación de la Unión Soviética en 1917', 'The document dates the creation of the Soviet Union to 1917 (erratum); the Treaty on the Creation of the USSR was signed on 30 December 1922 (Encyclopaedia Britannica, "Union of Soviet Socialist Republics"). 1917 is the year of the Bolshevik Revolution.', true),
  (400009, 'japanese_siberian_intervention', 'Japan sends troops to the Russian Far East against the Bolsheviks (Siberian Intervention)', 'military_intervention', DATE '1918-08-01', DATE '1922-10-31', 'month', 'month', ARRAY['JPN', 'RUS'], 'lafuente_2021', 'line 210', 'Esto se debió al envío de tropas por parte de Japón para contrarrestar la presencia bolchevique en el oriente ruso durante la guerra civil rusa.', 'August 1918 (landing at Vladivostok) to October 1922 (withdrawal from Vladivostok) from Encyclopaedia Britannica, "Siberian Intervention"; the document gives no dates.', true),
  (400010, 'russian_civil_war', 'Russian Civil War', 'war', DATE '1917-01-01', DATE '1922-12-31', 'year', 'year', ARRAY['RUS', 'JPN'], 'lafuente_2021', 'line 212', 'durante la guerra civil rusa', 'Years 1917-1922 of the Russian Civil War (Encyclopaedia Britannica, "Russian Civil War"); the document gives no dates.', true),
  (400011, 'second_world_war', 'Second World War (Japan and the Soviet Union on opposing sides)', 'war', DATE '1939-01-01', DATE '1945-12-31', 'year', 'year', ARRAY['JPN', 'RUS'], 'lafuente_2021', 'line 228', 'ambos países se encontraron en bandos enfrentados durante la Segunda Guerra Mundial (1939-1945)', NULL, true),
  (400012, 'soviet_landing_kuril_islands_1945', 'Soviet troops land on the Kuril Islands', 'landing', DATE '1945-08-01', DATE '1945-08-31', 'month', 'month', ARRAY['RUS', 'JPN'], 'lafuente_2021', 'line 230', 'Las tropas soviéticas desembarcaron en las islas Kuriles, en agosto de 1945, solo cinco días antes de que los representantes de Tokio firmaran su declaración de rendición.', NULL, true),
  (400013, 'japan_surrender_1945_09_02', 'Japan signs the instrument of surrender', 'surrender', DATE '1945-09-02', DATE '1945-09-02', 'day', 'day', ARRAY['JPN', 'USA', 'RUS', 'GBR'], 'lafuente_2021', 'line 232', 'los representantes de Tokio firmaran su declaración de rendición', 'Date 2 September 1945 (Japanese Instrument of Surrender, signed aboard USS Missouri by Japan and the Allied Powers, among them the US, the UK and the USSR); the document dates it only as five days after the August 1945 Kuril landing.', true),
  (400014, 'yalta_agreement_signing', 'Yalta Agreement signed, promising the Kuril archipelago to the Soviet Union', 'treaty_signing', DATE '1945-02-11', DATE '1945-02-11', 'day', 'day', ARRAY['USA', 'GBR', 'RUS'], 'lafuente_2021', 'line 234', 'El Acuerdo de Yalta7, redactado por los aliados meses antes de que partiera el Ejército rojo, había prometido el archipiélago a Moscú', 'Day 11 February 1945 from the text of the Yalta Agreement regarding Japan (US Department of State, FRUS: The Conferences at Malta and Yalta, 1945); the document says only "months before" the Red Army set off (August 1945).', true),
  (400015, 'soviet_entry_pacific_war_1945', 'Soviet Union enters the Pacific war against Japan', 'war', DATE '1945-08-08', DATE '1945-09-02', 'day', 'day', ARRAY['RUS', 'JPN'], 'lafuente_2021', 'line 236', 'a cambio de entrar en la guerra del Pacífico contra la potencia del eje', 'Soviet declaration of war on Japan on 8 August 1945 to the surrender of 2 September 1945 (Encyclopaedia Britannica, "Soviet-Japanese War"); the document gives no dates beyond August 1945.', true),
  (400016, 'cold_war', 'Cold War', 'conflict', DATE '1947-01-01', DATE '1991-12-31', 'year', 'year', ARRAY['USA', 'RUS', 'JPN'], 'lafuente_2021', 'line 240', 'un clima de hostilidad en el marco de la Guerra Fría (1947-1991).', NULL, true),
  (400017, 'japan_joins_g7', 'Japan joins the Group of Seven (founding member)', 'accession', DATE '1975-11-15', DATE '1975-11-17', 'day', 'day', ARRAY['JPN', 'GSV'], 'lafuente_2021', 'line 244', 'Japón se unió al Grupo de los Siete (G7), foro mundial que representa a los países más industrializados', 'Japan took part as a founding member in the first summit of the group at Rambouillet, 15-17 November 1975 (G7 Research Group, University of Toronto, list of summits); the document gives no date.', true),
  (400018, 'cold_war', 'End of the Cold War', 'conflict', DATE '1947-01-01', DATE '1991-12-31', 'year', 'year', ARRAY['USA', 'RUS', 'JPN'], 'lafuente_2021', 'line 250', 'tras el final de la Guerra Fría (1947-1991).', NULL, true),
  (400019, 'visit_1993_10_yeltsin_japan', 'Russian President Boris Yeltsin''s visit to Japan', 'visit', DATE '1993-10-01', DATE '1993-10-31', 'month', 'month', ARRAY['RUS', 'JPN'], 'lafuente_2021', 'line 250', 'El presidente ruso Boris Yeltsin realizo una visita programada a Japón en octubre de 1993.', NULL, true),
  (400020, 'putin_comes_to_power_2000', 'Vladimir Putin comes to power in Russia', 'leadership_change', DATE '2000-01-01', DATE '2000-12-31', 'year', 'year', ARRAY['RUS'], 'lafuente_2021', 'line 258', 'la llegada al poder de Vladimir Putin en el año 2000', NULL, true),
  (400021, 'putin_comes_to_power_2000', 'Vladimir Putin comes to power in Russia', 'leadership_change', DATE '2000-01-01', DATE '2000-12-31', 'year', 'year', ARRAY['RUS'], 'lafuente_2021', 'line 268', 'Tras la llegada al Poder de Vladimir Putin en el año 2000', NULL, true),
  (400022, 'sanctions_on_russia_2014', 'Economic sanctions imposed on Russia (Japan among the sanctioning states)', 'sanction', DATE '2014-01-01', DATE '2014-12-31', 'year', 'year', ARRAY['JPN', 'RUS'], 'lafuente_2021', 'line 309', 'la crisis financiera en la que se encontró Rusia tras la introducción de las sanciones económicas en 2014', NULL, true),
  (400023, 'russian_financial_crisis_2014', 'Russian financial crisis after the 2014 sanctions and the 2015-2016 oil-price fall', 'crisis', DATE '2014-01-01', DATE '2016-12-31', 'year', 'year', ARRAY['RUS'], 'lafuente_2021', 'line 309', 'la crisis financiera en la que se encontró Rusia tras la introducción de las sanciones económicas en 2014', NULL, true),
  (400024, 'oil_price_fall_2015_2016', 'Unprecedented fall in oil prices', 'crisis', DATE '2015-01-01', DATE '2016-12-31', 'year', 'year', ARRAY['RUS'], 'lafuente_2021', 'line 311', 'el descenso sin precedentes de los precios del petróleo', NULL, true),
  (400025, 'japan_minister_economic_cooperation_russia', 'Japan creates a government post in charge of economic cooperation with Russia', 'policy', DATE '2016-09-01', DATE '2016-09-01', 'day', 'day', ARRAY['JPN', 'RUS'], 'lafuente_2021', 'line 313', 'el entonces primer ministro Shinzo Abe (2012-2020) creó un nuevo puesto en su gobierno encargado de la cooperación económica con Moscú', 'Date 1 September 2016, when Hiroshige Seko was appointed Minister for Economic Cooperation with Russia (Prime Minister of Japan and His Cabinet); the document gives no date.', true),
  (400026, 'putin_statement_2021_06_peace_talks', 'Putin declares Russia ready to continue peace-treaty negotiations with Japan', 'statement', DATE '2021-06-01', DATE '2021-06-30', 'month', 'month', ARRAY['RUS', 'JPN'], 'lafuente_2021', 'line 349', 'El pasado mes de junio del 2021, declaró que «Estamos dispuestos a continuar las negociaciones»', NULL, true),
  (400027, 'kishida_becomes_pm_2021_10', 'Fumio Kishida designated Prime Minister of Japan', 'leadership_change', DATE '2021-10-01', DATE '2021-10-31', 'month', 'month', ARRAY['JPN'], 'lafuente_2021', 'line 372', 'La reciente designación como primer ministro de Fumio Kishide, en octubre de 2021', NULL, true),
  (400028, 'us_pivot_to_asia', 'US "Pivot to Asia" under President Obama', 'policy', DATE '2011-01-01', DATE '2011-12-31', 'year', 'year', ARRAY['USA'], 'lafuente_2021', 'line 412', 'Como consecuencia del cambio de paradigma, originada por el Pivot to Asia9 de Obama', 'Year 2011 of the policy''s announcement (H. Clinton, "America''s Pacific Century", Foreign Policy, October 2011; Obama''s address to the Australian Parliament, 17 November 2011); the document gives no date.', true),
  (400029, 'crimea_annexation_2014', 'Russian annexation of Crimea', 'annexation', DATE '2014-01-01', DATE '2014-12-31', 'year', 'year', ARRAY['RUS', 'UKR'], 'lafuente_2021', 'line 416', 'tras la anexión de Crimea en 2014', NULL, true),
  (400030, 'russian_military_buildup_kurils_2011', 'Russia expands its military presence on the disputed Kuril Islands', 'military_buildup', DATE '2011-01-01', DATE '2021-12-31', 'year', 'year', ARRAY['RUS', 'JPN'], 'lafuente_2021', 'line 483', 'Rusia ha estado ampliando su presencia militar en las islas desde 201110.', 'End year 2021 is the document''s date (ongoing at the time of writing). The document prints the start year as "201110": 2011 followed by footnote 10 (erratum).', true),
  (400031, 'abe_second_term_start_2012_12', 'Shinzo Abe begins his second term as Prime Minister of Japan', 'leadership_change', DATE '2012-12-01', DATE '2012-12-31', 'month', 'month', ARRAY['JPN'], 'lafuente_2021', 'line 512', 'desde que Shinzo Abe inició su segunda etapa como primer ministro en diciembre de 2012', NULL, true),
  (400032, 'japan_collective_self_defense_change', 'Japan changes its policy on "collective self-defence"', 'policy', DATE '2014-07-01', DATE '2015-09-19', 'day', 'day', ARRAY['JPN'], 'lafuente_2021', 'line 514', 'Japón ha emprendido un cambio en su «autodefensa colectiva»', 'Cabinet decision reinterpreting the constitution of 1 July 2014 to the enactment of the security legislation on 19 September 2015 (Ministry of Defense of Japan, Defense of Japan 2015/2016); the document says only "since December 2012".', true),
  (400033, 'china_australia_trade_dispute', 'China uses its economic power against Australia (trade dispute)', 'trade_dispute', DATE '2020-01-01', DATE '2021-12-31', 'year', 'year', ARRAY['CHN', 'AUS'], 'lafuente_2021', 'line 538', 'como ya ha hecho con Australia11.', 'Years 2020-2021 of China''s trade restrictions on Australian goods (barley duties from May 2020, later wine and coal), the episode cited in the document''s footnote 11; the document gives no dates.', true),
  (400034, 'japan_russia_setback_2014', 'Setback in Japan-Russia relations', 'crisis', DATE '2014-01-01', DATE '2014-12-31', 'year', 'year', ARRAY['JPN', 'RUS'], 'lafuente_2021', 'line 555', 'Dichas relaciones sufrieron un traspiés en el 2014. En dicho año, Rusia se anexiona Crimea, abriendo un conflicto con los principales aliados de Japón.', NULL, true),
  (400035, 'crimea_annexation_2014', 'Russian annexation of Crimea', 'annexation', DATE '2014-01-01', DATE '2014-12-31', 'year', 'year', ARRAY['RUS', 'UKR'], 'lafuente_2021', 'line 555', 'Dichas relaciones sufrieron un traspiés en el 2014. En dicho año, Rusia se anexiona Crimea, abriendo un conflicto con los principales aliados de Japón.', NULL, true),
  (400036, 'sanctions_on_russia_2014', 'Japan imposes sanctions on Russia after the annexation of Crimea', 'sanction', DATE '2014-01-01', DATE '2014-12-31', 'year', 'year', ARRAY['JPN', 'RUS'], 'lafuente_2021', 'line 557', 'Como consecuencia a dicha anexión, Japón impuso varias sanciones a Rusia. Estas sanciones vinieron obligadas dada la pertenencia de Japón al G7.', NULL, true),
  (400037, 'fukushima_nuclear_disaster_2011', 'Fukushima nuclear disaster', 'disaster', DATE '2011-03-11', DATE '2011-03-11', 'day', 'day', ARRAY['JPN'], 'lafuente_2021', 'line 587', 'tras el desastre de Fukushima12.', 'Date 11 March 2011 (Great East Japan Earthquake and tsunami, Fukushima Daiichi accident; IAEA, "The Fukushima Daiichi Accident", 2015); the document gives no date.', true),
  (400038, 'japan_general_election_2021_10_31', 'Japanese general election', 'election', DATE '2021-10-31', DATE '2021-10-31', 'day', 'day', ARRAY['JPN'], 'lafuente_2021', 'line 591', 'el nuevo primer ministro que salga de las elecciones del 31 de octubre de 2021', NULL, true),
  (400039, 'crimea_annexation_2014', 'Russian annexation of Crimea', 'annexation', DATE '2014-01-01', DATE '2014-12-31', 'year', 'year', ARRAY['RUS', 'UKR'], 'lafuente_2021', 'line 623', 'sobre todo tras la anexión de Crimea en 2014.', NULL, true),
  (400040, 'covid19_pandemic', 'COVID-19 pandemic interrupts the recovery of Japan-Russia tourism and exchanges', 'pandemic', DATE '2020-03-11', DATE '2020-03-11', 'day', 'day', ARRAY['JPN', 'RUS'], 'lafuente_2021', 'line 677', 'antes de la pandemia de la COVID-19, el turismo y los intercambios culturales entre ambos estaban en plena recuperación', 'Onset dated 11 March 2020, when the WHO characterised COVID-19 as a pandemic (WHO Director-General''s opening remarks, 11 March 2020); the document gives no date.', true),
  (400041, 'japan_russia_setback_2014', 'Crisis of 2014 in Japan-Russia relations', 'crisis', DATE '2014-01-01', DATE '2014-12-31', 'year', 'year', ARRAY['JPN', 'RUS'], 'lafuente_2021', 'line 677', 'el turismo y los intercambios culturales entre ambos estaban en plena recuperación tras la crisis del 2014.', NULL, true);

INSERT INTO bilateral.position_claim (claim_id, position, source_key, locator, quote, quote_lang, statement_en, general_knowledge, shipped) VALUES
  (400001, 'RUS->CHN:economic_cooperation:+1:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 61', 'Rusia, que no quiere caer en una excesiva dependencia económica de China ni perder su relevancia como potencia mundial', 'es', 'According to the document, in 2021 Russia takes a pragmatic, hedged stance on economic cooperation with China: it "does not want to fall into an excessive economic dependence on China nor lose its relevance as a world power".', NULL, true),
  (400002, 'RUS->JPN:economic_cooperation:+2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 63', 'entiende que las relaciones con Japón, especialmente en el campo económico, pueden equilibrar la cada vez mayor dependencia del mercado chino de las exportaciones rusas', 'es', 'According to the document, in 2021 Russia is cooperative toward Japan on economic cooperation: it "understands that relations with Japan, especially in the economic field, can balance the ever greater dependence of Russian exports on the Chinese market".', NULL, true),
  (400003, 'RUS->JPN:territorial_dispute:-2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 69', 'Moscú lleva utilizando durante años una estrategia de «palo y zanahoria», siendo el desarrollo económico mutuo la zanahoria y el refuerzo militar en las islas Kuriles', 'es', 'According to the document, Russia (as of 2021, "for years") is adversarial toward Japan on the territorial dispute: Moscow uses a "stick and carrot" strategy in which mutual economic development is the carrot and military reinforcement of the southern Kuril Islands, together with Japan''s hope for a "mutually acceptable" solution, is the stick, keeping a status quo that benefits Russia.', NULL, true),
  (400004, 'JPN->RUS:diplomatic_relations:+1:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 81', 'Japón necesita unas relaciones equilibradas y pragmáticas con Rusia para resistir la presión de China', 'es', 'According to the document, in 2021 Japan is pragmatic toward Russia in its diplomatic relations: "Japan needs balanced and pragmatic relations with Russia to resist the pressure of China".', NULL, true),
  (400005, 'JPN->CHN:military_security:-2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 83', 'la creciente actividad militar de la armada china, que hace saltar las alarmas sobre el problema de la seguridad', 'es', 'According to the document, in 2021 Japan is adversarial toward China on military security: "the growing military activity of the Chinese navy ... sets off alarms about the security problem" in Japan.', NULL, true),
  (400006, 'RUS->USA:diplomatic_relations:-2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 87', 'la amenaza de un bloque estratégico y militar entre Pekín y Moscú sobre una base antijaponesa debido a la confrontación con EE. UU.', 'es', 'According to the document, in 2021 Russia is adversarial toward the United States: Japan fears "a strategic and military bloc between Beijing and Moscow on an anti-Japanese basis owing to the confrontation with the US".', NULL, true),
  (400007, 'CHN->USA:diplomatic_relations:-2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 87', 'la amenaza de un bloque estratégico y militar entre Pekín y Moscú sobre una base antijaponesa debido a la confrontación con EE. UU.', 'es', 'According to the document, in 2021 China is adversarial toward the United States: Japan fears "a strategic and military bloc between Beijing and Moscow on an anti-Japanese basis owing to the confrontation with the US".', NULL, true),
  (400008, 'JPN->RUS:china:-1:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 91', 'Japón está muy nervioso por la cooperación militar y técnica ruso-china, aunque sus temores son a veces exagerados y se basan en los peores escenarios.', 'es', 'According to the document, in 2021 Japan is suspicious of Russia''s ties with China (cool on the China question): "Japan is very nervous about Russian-Chinese military and technical cooperation, although its fears are sometimes exaggerated and based on worst-case scenarios".', NULL, true),
  (400009, 'JPN->RUS:diplomatic_relations:+2:1855/1889'::bilateral.bilateral_position, 'lafuente_2021', 'line 154', 'Tras su firma, ambos países mantuvieron unas relaciones cordiales, principalmente ligadas al comercio.', 'es', 'According to the document, from the Treaty of Shimoda (1855) until the 1890s Japan was cooperative toward Russia in diplomatic relations: "after its signature both countries maintained cordial relations, mainly linked to trade". The period ends in 1889 because the document dates the following confrontation only to "the 1890s".', NULL, true),
  (400010, 'RUS->JPN:diplomatic_relations:+2:1855/1889'::bilateral.bilateral_position, 'lafuente_2021', 'line 154', 'Tras su firma, ambos países mantuvieron unas relaciones cordiales, principalmente ligadas al comercio.', 'es', 'According to the document, from the Treaty of Shimoda (1855) until the 1890s Russia was cooperative toward Japan in diplomatic relations: "after its signature both countries maintained cordial relations, mainly linked to trade". The period ends in 1889 because the document dates the following confrontation only to "the 1890s".', NULL, true),
  (400011, 'JPN->RUS:trade:+2:1855/1889'::bilateral.bilateral_position, 'lafuente_2021', 'line 154', 'Tras su firma, ambos países mantuvieron unas relaciones cordiales, principalmente ligadas al comercio.', 'es', 'According to the document, from the Treaty of Shimoda (1855) until the 1890s Japan was cooperative toward Russia on trade: "after its signature both countries maintained cordial relations, mainly linked to trade". The period ends in 1889 because the document dates the following confrontation only to "the 1890s".', NULL, true),
  (400012, 'RUS->JPN:trade:+2:1855/1889'::bilateral.bilateral_position, 'lafuente_2021', 'line 154', 'Tras su firma, ambos países mantuvieron unas relaciones cordiales, principalmente ligadas al comercio.', 'es', 'According to the document, from the Treaty of Shimoda (1855) until the 1890s Russia was cooperative toward Japan on trade: "after its signature both countries maintained cordial relations, mainly linked to trade". The period ends in 1889 because the document dates the following confrontation only to "the 1890s".', NULL, true),
  (400013, 'JPN->RUS:diplomatic_relations:-2:1890/1904'::bilateral.bilateral_position, 'lafuente_2021', 'line 158', 'en la década de 1890, Japón, como potencia industrial emergente y con grandes necesidades de garantizarse el suministro de materias primas, tuvo un enfrentamiento diplomático con Rusia debido a su intromisión en sus planes de crear una esfera de influencia en Corea y Manchuria.', 'es', 'According to the document, from the 1890s until the war of 1904 Japan was adversarial toward Russia in diplomatic relations: "in the 1890s Japan, as an emerging industrial power ... had a diplomatic confrontation with Russia because of its interference in its plans to create a sphere of influence in Korea and Manchuria". Start year 1890 stands for "the 1890s".', NULL, true),
  (400014, 'JPN->RUS:korean_peninsula:+1:1890/1904'::bilateral.bilateral_position, 'lafuente_2021', 'line 164', 'Japón ofreció reconocer el dominio ruso en Manchuria a cambio del reconocimiento de Corea como parte de la esfera de influencia japonesa', 'es', 'According to the document, in the period from the 1890s to 1904 Japan was pragmatic toward Russia on Korea: "Japan offered to recognise Russian dominance in Manchuria in exchange for recognition of Korea as part of the Japanese sphere of influence".', NULL, true),
  (400015, 'RUS->JPN:korean_peninsula:-2:1890/1904'::bilateral.bilateral_position, 'lafuente_2021', 'line 168', 'a lo que Rusia, que se consideraba una potencia superior a Japón, no solo se negó, sino que aumentó su influencia en la región', 'es', 'According to the document, in the period from the 1890s to 1904 Russia was adversarial toward Japan on Korea: Russia, "which considered itself a power superior to Japan, not only refused [the Manchuria-for-Korea offer] but increased its influence in the region".', NULL, true),
  (400016, 'RUS->JPN:diplomatic_relations:-2:1890/1904'::bilateral.bilateral_position, 'lafuente_2021', 'line 168', 'a lo que Rusia, que se consideraba una potencia superior a Japón, no solo se negó, sino que aumentó su influencia en la región', 'es', 'According to the document, from the 1890s until the war of 1904 Russia was adversarial toward Japan in diplomatic relations: Russia "considered itself a power superior to Japan", refused Japan''s offer and "increased its influence in the region".', NULL, true),
  (400017, 'RUS->CHN:diplomatic_relations:+2:1890/1899'::bilateral.bilateral_position, 'lafuente_2021', 'line 170', 'llegando a acuerdos muy favorables con China, estableciendo una base militar en Porth Arthur', 'es', 'According to the document, in the 1890s Russia was cooperative toward China: it increased its influence "reaching very favourable agreements with China, establishing a military base in Port Arthur" (spelt "Porth Arthur" in the document).', NULL, true),
  (400018, 'JPN->RUS:military_security:-3:1904/1905'::bilateral.bilateral_position, 'lafuente_2021', 'line 182', 'Gobierno japonés se decidió por la guerra para detener la supuesta amenaza rusa a sus planes de expansión en Asia.', 'es', 'According to the document, in the Russo-Japanese War (1904-1905) Japan was hostile toward Russia on military security: "the Japanese government decided on war to stop the supposed Russian threat to its plans of expansion in Asia".', 'Years 1904-1905 from the document''s figure caption "Mapa del conflicto ruso-japonés en 1904" (line 202) and "entre 1905 y 1917" (line 196); the war lasted from 8 February 1904 to 5 September 1905 (Treaty of Portsmouth), Encyclopaedia Britannica, "Russo-Japanese War".', true),
  (400019, 'RUS->JPN:military_security:-3:1904/1905'::bilateral.bilateral_position, 'lafuente_2021', 'line 184', 'El zar Nicolás II mantuvo la expectativa de que su armada ganaría batallas navales decisivas, y cuando se dio cuenta de una inevitable derrota, luchó por preservar la dignidad de Rusia evitando una «paz humillante».', 'es', 'According to the document, in the Russo-Japanese War (1904-1905) Russia was hostile toward Japan on military security: "Tsar Nicholas II expected his navy to win decisive naval battles and, when he realised defeat was inevitable, fought to preserve Russia''s dignity by avoiding a ''humiliating peace''".', 'Years 1904-1905 from the document''s figure caption (line 202) and "entre 1905 y 1917" (line 196); the war lasted from 8 February 1904 to 5 September 1905, Encyclopaedia Britannica, "Russo-Japanese War".', true),
  (400020, 'JPN->RUS:diplomatic_relations:+2:1905/1917'::bilateral.bilateral_position, 'lafuente_2021', 'line 196', 'Desde ese momento las relaciones, entre 1905 y 1917 volvieron al ambiente de cooperación que habían tenido anteriormente.', 'es', 'According to the document, from 1905 to 1917 Japan was cooperative toward Russia in diplomatic relations: "between 1905 and 1917 relations returned to the atmosphere of cooperation they had had before".', NULL, true),
  (400021, 'RUS->JPN:diplomatic_relations:+2:1905/1917'::bilateral.bilateral_position, 'lafuente_2021', 'line 196', 'Desde ese momento las relaciones, entre 1905 y 1917 volvieron al ambiente de cooperación que habían tenido anteriormente.', 'es', 'According to the document, from 1905 to 1917 Russia was cooperative toward Japan in diplomatic relations: "between 1905 and 1917 relations returned to the atmosphere of cooperation they had had before".', NULL, true),
  (400022, 'JPN->RUS:diplomatic_relations:-2:1917/1991'::bilateral.bilateral_position, 'lafuente_2021', 'line 208', 'las relaciones entre la ambos durante el Gobierno del Partido Comunista tendieron a ser hostiles', 'es', 'According to the document, from 1917 to the end of Communist Party rule (1991) Japan was adversarial toward Russia (the Soviet Union) in diplomatic relations (hostile relations short of war): "relations between the two during the government of the Communist Party tended to be hostile".', 'End of the Communist Party government dated 1991 (dissolution of the USSR, 26 December 1991), consistent with the document''s own Cold War dates (1947-1991); Encyclopaedia Britannica, "Soviet Union".', true),
  (400023, 'RUS->JPN:diplomatic_relations:-2:1917/1991'::bilateral.bilateral_position, 'lafuente_2021', 'line 208', 'las relaciones entre la ambos durante el Gobierno del Partido Comunista tendieron a ser hostiles', 'es', 'According to the document, from 1917 to the end of Communist Party rule (1991) Russia (the Soviet Union) was adversarial toward Japan in diplomatic relations (hostile relations short of war): "relations between the two during the government of the Communist Party tended to be hostile".', 'End of the Communist Party government dated 1991 (dissolution of the USSR, 26 December 1991), consistent with the document''s own Cold War dates (1947-1991); Encyclopaedia Britannica, "Soviet Union".', true),
  (400024, 'JPN->RUS:military_security:-3:1918-08/1922-10'::bilateral.bilateral_position, 'lafuente_2021', 'line 210', 'Esto se debió al envío de tropas por parte de Japón para contrarrestar la presencia bolchevique en el oriente ruso durante la guerra civil rusa.', 'es', 'According to the document, during the Russian Civil War Japan was hostile toward (Bolshevik) Russia on military security: "Japan sent troops to counter the Bolshevik presence in the Russian east during the Russian civil war".', 'Period of the Japanese Siberian Intervention, August 1918 (landing at Vladivostok) to October 1922 (withdrawal from Vladivostok); the document gives no dates. Encyclopaedia Britannica, "Siberian Intervention".', true),
  (400025, 'JPN->RUS:military_security:-2:1939/1945'::bilateral.bilateral_position, 'lafuente_2021', 'line 228', 'ambos países se encontraron en bandos enfrentados durante la Segunda Guerra Mundial (1939-1945)', 'es', 'According to the document, during the Second World War (1939-1945) Japan was adversarial toward Russia (the Soviet Union) on military security: "both countries found themselves on opposing sides during the Second World War (1939-1945)".', NULL, true),
  (400026, 'RUS->JPN:military_security:-2:1939/1945'::bilateral.bilateral_position, 'lafuente_2021', 'line 228', 'ambos países se encontraron en bandos enfrentados durante la Segunda Guerra Mundial (1939-1945)', 'es', 'According to the document, during the Second World War (1939-1945) Russia (the Soviet Union) was adversarial toward Japan on military security: "both countries found themselves on opposing sides during the Second World War (1939-1945)".', NULL, true),
  (400027, 'RUS->JPN:military_security:-3:1945-08/1945-08'::bilateral.bilateral_position, 'lafuente_2021', 'line 230', 'Las tropas soviéticas desembarcaron en las islas Kuriles, en agosto de 1945', 'es', 'According to the document, in August 1945 Russia (the Soviet Union) was hostile toward Japan on military security: "Soviet troops landed on the Kuril Islands in August 1945".', NULL, true),
  (400028, 'USA->RUS:territorial_dispute:+3:1945-02/1945-02'::bilateral.bilateral_position, 'lafuente_2021', 'line 234', 'El Acuerdo de Yalta7, redactado por los aliados meses antes de que partiera el Ejército rojo, había prometido el archipiélago a Moscú, a cambio de entrar en la guerra del Pacífico contra la potencia del eje.', 'es', 'According to the document, in February 1945 the United States accepted the position of Russia (the Soviet Union) on the Kuril Islands: "the Yalta Agreement, drafted by the Allies months before the Red Army set off, had promised the archipelago to Moscow in exchange for entering the Pacific war against the Axis power".', 'Month from the date of the Yalta Agreement (signed 11 February 1945); the document''s "los aliados" read as its Western signatories, the United States and the United Kingdom (US Department of State, FRUS: The Conferences at Malta and Yalta, 1945).', true),
  (400029, 'GBR->RUS:territorial_dispute:+3:1945-02/1945-02'::bilateral.bilateral_position, 'lafuente_2021', 'line 234', 'El Acuerdo de Yalta7, redactado por los aliados meses antes de que partiera el Ejército rojo, había prometido el archipiélago a Moscú, a cambio de entrar en la guerra del Pacífico contra la potencia del eje.', 'es', 'According to the document, in February 1945 the United Kingdom accepted the position of Russia (the Soviet Union) on the Kuril Islands: "the Yalta Agreement, drafted by the Allies ..., had promised the archipelago to Moscow in exchange for entering the Pacific war against the Axis power".', 'Month from the date of the Yalta Agreement (signed 11 February 1945); the document''s "los aliados" read as its Western signatories, the United States and the United Kingdom (US Department of State, FRUS: The Conferences at Malta and Yalta, 1945).', true),
  (400030, 'JPN->USA:us_alliance:+3:1947/1991'::bilateral.bilateral_position, 'lafuente_2021', 'line 238', 'La entrada de Japón en la esfera de influencia de Japón también propicio un clima de hostilidad en el marco de la Guerra Fría (1947-1991).', 'es', 'According to the document, during the Cold War (1947-1991) Japan was aligned with the United States: "Japan''s entry into the [US] sphere of influence also fostered a climate of hostility in the framework of the Cold War (1947-1991)". The document says "esfera de influencia de Japón"; the sense requires "de EE. UU." (see erratum).', 'Reads the document''s "esfera de influencia de Japón" as the US sphere of influence (erratum); Japan''s alignment with the US in the Cold War rests on the 1951 and 1960 security treaties (Encyclopaedia Britannica, "Japan: Foreign relations").', true),
  (400031, 'JPN->RUS:diplomatic_relations:-2:1947/1991'::bilateral.bilateral_position, 'lafuente_2021', 'line 238', 'La entrada de Japón en la esfera de influencia de Japón también propicio un clima de hostilidad en el marco de la Guerra Fría (1947-1991).', 'es', 'According to the document, during the Cold War (1947-1991) Japan was adversarial toward Russia (the Soviet Union), in hostile relations short of war: Japan''s entry into the US sphere of influence "fostered a climate of hostility in the framework of the Cold War (1947-1991)".', NULL, true),
  (400032, 'RUS->JPN:diplomatic_relations:-2:1947/1991'::bilateral.bilateral_position, 'lafuente_2021', 'line 238', 'La entrada de Japón en la esfera de influencia de Japón también propicio un clima de hostilidad en el marco de la Guerra Fría (1947-1991).', 'es', 'According to the document, during the Cold War (1947-1991) Russia (the Soviet Union) was adversarial toward Japan, in hostile relations short of war: Japan''s entry into the US sphere of influence "fostered a climate of hostility in the framework of the Cold War (1947-1991)".', NULL, true),
  (400033, 'JPN->RUS:economic_cooperation:+1:1991/2000'::bilateral.bilateral_position, 'lafuente_2021', 'line 246', 'favoreció la concesión a Rusia de cierta ayuda técnica y financiera', 'es', 'According to the document, after the end of the Cold War (1991) and until Putin''s arrival in 2000 Japan was pragmatic toward Russia on economic cooperation: as a G7 member it "favoured granting Russia some technical and financial aid", although relations stayed cold.', NULL, true),
  (400034, 'JPN->RUS:diplomatic_relations:-1:1991/2000'::bilateral.bilateral_position, 'lafuente_2021', 'line 248', 'las relaciones entre Japón y Rusia se mantuvieron frías, a pesar de los acercamientos que se fueron sucediendo tras el final de la Guerra Fría (1947-1991).', 'es', 'According to the document, from the end of the Cold War (1991) until Putin came to power in 2000 Japan was cool toward Russia: "relations between Japan and Russia remained cold, despite the rapprochements that followed the end of the Cold War" and "did not improve until Vladimir Putin came to power in 2000".', NULL, true),
  (400035, 'RUS->JPN:diplomatic_relations:-1:1991/2000'::bilateral.bilateral_position, 'lafuente_2021', 'line 248', 'las relaciones entre Japón y Rusia se mantuvieron frías, a pesar de los acercamientos que se fueron sucediendo tras el final de la Guerra Fría (1947-1991).', 'es', 'According to the document, from the end of the Cold War (1991) until Putin came to power in 2000 Russia was cool toward Japan: "relations between Japan and Russia remained cold, despite the rapprochements that followed the end of the Cold War" and "did not improve until Vladimir Putin came to power in 2000".', NULL, true),
  (400036, 'JPN->RUS:diplomatic_relations:+1:2000/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 258', 'que no mejoraron hasta la llegada al poder de Vladimir Putin en el año 2000', 'es', 'According to the document, from Putin''s arrival in power in 2000 to the time of writing (2021) Japan was pragmatic toward Russia: relations "did not improve until Vladimir Putin came to power in 2000" and then improved (apart from the 2014 setback the document also records).', NULL, true),
  (400037, 'RUS->JPN:diplomatic_relations:+1:2000/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 258', 'que no mejoraron hasta la llegada al poder de Vladimir Putin en el año 2000', 'es', 'According to the document, from Putin''s arrival in power in 2000 to the time of writing (2021) Russia was pragmatic toward Japan: relations "did not improve until Vladimir Putin came to power in 2000" and then improved (apart from the 2014 setback the document also records).', NULL, true),
  (400038, 'RUS->USA:diplomatic_relations:-2:2000/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 270', 'centró sus esfuerzos en competir mano a mano con EE. UU.', 'es', 'According to the document, from Putin''s arrival in 2000 to 2021 Russia was adversarial toward the United States: to recover its world-power position Russia "focused its efforts on competing head to head with the US".', NULL, true),
  (400039, 'RUS->JPN:energy:+2:2000/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 284', 'el gobierno de Putin adopto un enfoque que permitiera un cambió en la apreciación de Rusia sobre Japón como mercado potencial para los recursos energéticos', 'es', 'According to the document, under Putin''s government (2000-2021) Russia was cooperative toward Japan on energy: "Putin''s government adopted an approach allowing a change in Russia''s appreciation of Japan as a potential market for Russian energy resources", needing a long-term partner for investment and technology in the Russian Far East.', NULL, true),
  (400040, 'RUS->JPN:diplomatic_relations:+2:2014/2016'::bilateral.bilateral_position, 'lafuente_2021', 'line 307', 'Una motivación adicional para la mejora de las relaciones con Japón fue la ocasionada por la crisis financiera en la que se encontró Rusia tras la introducción de las sanciones económicas en 2014', 'es', 'According to the document, from the 2014 sanctions through the 2015-2016 oil-price fall Russia was cooperative toward Japan: "an additional motivation for improving relations with Japan was the financial crisis Russia found itself in after the introduction of economic sanctions in 2014" and the fall in oil prices in 2015-2016.', NULL, true),
  (400041, 'JPN->RUS:economic_cooperation:+2:2014/2020'::bilateral.bilateral_position, 'lafuente_2021', 'line 315', 'creó un nuevo puesto en su gobierno encargado de la cooperación económica con Moscú, manteniendo los canales diplomáticos abiertos.', 'es', 'According to the document, from the 2014 sanctions to the end of Abe''s premiership (2020) Japan was cooperative toward Russia on economic cooperation: while imposing sanctions, Prime Minister Shinzo Abe "created a new post in his government in charge of economic cooperation with Moscow, keeping diplomatic channels open".', 'The post (Minister for Economic Cooperation with Russia) was created on 1 September 2016 (Prime Minister of Japan and His Cabinet, list of ministers, Hiroshige Seko); the document does not date it.', true),
  (400042, 'RUS->JPN:diplomatic_relations:+2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 319', 'Lo que también es evidente para Rusia es que sus relaciones con Japón deben mejorar si quiere lograr una estrategia económica y política más equilibrada en Asia', 'es', 'According to the document, in 2021 Russia is cooperative toward Japan: "it is also evident to Russia that its relations with Japan must improve if it wants a more balanced economic and political strategy in Asia", particularly given China''s economic and military rise.', NULL, true),
  (400043, 'JPN->RUS:peace_treaty:+2:2012-12/2020'::bilateral.bilateral_position, 'lafuente_2021', 'line 329', 'bajo el mandato del primer ministro Shinzo Abe (2012-2020), se comprometió personalmente a mejorar las relaciones con Moscú, con la esperanza de firmar un tratado de paz.', 'es', 'According to the document, during Shinzo Abe''s second premiership (December 2012 - 2020) Japan was cooperative toward Russia on the peace treaty: Abe "personally committed himself to improving relations with Moscow, hoping to sign a peace treaty". Start month December 2012 from the document (line 512).', NULL, true),
  (400044, 'JPN->RUS:diplomatic_relations:+2:2012-12/2020'::bilateral.bilateral_position, 'lafuente_2021', 'line 329', 'bajo el mandato del primer ministro Shinzo Abe (2012-2020), se comprometió personalmente a mejorar las relaciones con Moscú, con la esperanza de firmar un tratado de paz.', 'es', 'According to the document, during Shinzo Abe''s second premiership (December 2012 - 2020) Japan was cooperative toward Russia in diplomatic relations: Abe "personally committed himself to improving relations with Moscow". Start month December 2012 from the document (line 512).', NULL, true),
  (400045, 'JPN->RUS:economic_cooperation:+2:2012-12/2020'::bilateral.bilateral_position, 'lafuente_2021', 'line 339', 'inversiones conjuntas en las islas Kuriles que deseaba que les fueran devueltas, para así facilitar el proceso de paz.', 'es', 'According to the document, during Abe''s second premiership (December 2012 - 2020) Japan was cooperative toward Russia on economic cooperation: Abe proposed investment projects in the Russian Far East and "joint investments in the Kuril Islands, which he wished to be returned, so as to facilitate the peace process".', NULL, true),
  (400046, 'RUS->JPN:peace_treaty:+1:2021-06/2021-06'::bilateral.bilateral_position, 'lafuente_2021', 'line 349', 'El pasado mes de junio del 2021, declaró que «Estamos dispuestos a continuar las negociaciones»', 'es', 'According to the document, in June 2021 Russia was pragmatic toward Japan on the peace treaty, keeping the talks alive: President Putin, taking "an unprecedented step", declared "We are ready to continue the negotiations".', NULL, true),
  (400047, 'RUS->JPN:peace_treaty:+1:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 353', 'El Kremlin, que es la parte satisfecha con el statu quo, lleva años presionando para enterrar el hacha de guerra.', 'es', 'According to the document, Russia (as of 2021, "for years") is pragmatic toward Japan on the peace treaty, keeping the question alive while content with the territorial status quo: "the Kremlin, which is the party satisfied with the status quo, has been pushing for years to bury the hatchet".', NULL, true),
  (400048, 'JPN->RUS:territorial_dispute:+1:2012-12/2020'::bilateral.bilateral_position, 'lafuente_2021', 'line 366', 'activo con Rusia para resolver el antiguo problema de la posguerra de concluir un tratado de paz y resolver la propiedad del territorio en disputa, ya que es considerado un tema de «orgullo nacional», y no estaba dispuestos a ceder.', 'es', 'According to the document, under Shinzo Abe (December 2012 - 2020) Japan was pragmatic toward Russia on the territorial dispute, negotiating while keeping its claim: it followed a policy of "active engagement with Russia to resolve the old post-war problem of concluding a peace treaty and resolving the ownership of the disputed territory, since it is considered a matter of ''national pride'', and was not willing to give in"; Tokyo hoped to recover "at least some" of the islands and proposed joint investments on them.', NULL, true),
  (400049, 'JPN->USA:us_alliance:+2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 382', 'Japón siempre tendrá que gestionar las relaciones con su enorme vecino a la vez que trata de garantizar su seguridad nacional manteniendo su alianza con EE. UU.', 'es', 'According to the document, in 2021 Japan is cooperative with the United States, upholding its alliance: "Japan will always have to manage relations with its enormous neighbour while trying to guarantee its national security by maintaining its alliance with the US".', NULL, true),
  (400050, 'RUS->CHN:territorial_dispute:0:2000/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 439', 'En dichos foros, Rusia adopta deliberadamente una postura neutral, a pesar de la presión diplomática de China, que intenta convencer a Moscú de que la apoye en los problemas territoriales que tiene con los aliados de EE. UU.', 'es', 'According to the document, under Putin''s successive governments (2000-2021) Russia is neutral toward China on China''s territorial disputes with US allies: "in those [regional multilateral] forums Russia deliberately adopts a neutral posture, despite diplomatic pressure from China, which tries to convince Moscow to support it in the territorial problems it has with the allies of the US".', NULL, true),
  (400051, 'RUS->JPN:military_security:0:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 445', 'Rusia no participa en ningún bloque militar regional, y no plantea, oficialmente, una amenaza para Japón', 'es', 'According to the document, in 2021 Russia is neutral toward Japan on military security: "Russia takes part in no regional military bloc and does not, officially, pose a threat to Japan", whose potential enemies are China and North Korea.', NULL, true),
  (400052, 'RUS->JPN:diplomatic_relations:+1:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 449', 'Rusia espera mantener una relación geoestratégica con Japón, siempre y cuando este pueda mantener su autonomía respecto a la estrategia regional de EE. UU.', 'es', 'According to the document, in 2021 Russia is pragmatic toward Japan: "Russia hopes to maintain a geostrategic relationship with Japan, as long as Japan can keep its autonomy from the regional strategy of the US".', NULL, true),
  (400053, 'RUS->JPN:china:+2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 455', 'El interés de Rusia por estrechar lazos con Japón refleja su necesidad de atraer un capital y una tecnología importantes hacia el desarrollo económico y también la necesidad de forjar un frente común contra el crecimiento de China en aras del equilibrio estratégico.', 'es', 'According to the document, in 2021 Russia is cooperative toward Japan with regard to China: "Russia''s interest in closer ties with Japan reflects its need to attract capital and technology ... and also the need to forge a common front against the growth of China for the sake of strategic balance".', NULL, true),
  (400054, 'JPN->CHN:military_security:-2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 473', 'la mayor amenaza proviene de dos países: China, que cada vez es más activa en su política exterior y cuyo presupuesto de defensa no deja de crecer, y Corea del Norte con su programa nuclear y de misiles.', 'es', 'According to the document, in 2021 Japan is adversarial toward China on military security: for Japanese security experts "the greatest threat comes from two countries: China, ever more active in its foreign policy and with an ever-growing defence budget, and North Korea with its nuclear and missile programme".', NULL, true),
  (400055, 'JPN->PRK:military_security:-2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 473', 'la mayor amenaza proviene de dos países: China, que cada vez es más activa en su política exterior y cuyo presupuesto de defensa no deja de crecer, y Corea del Norte con su programa nuclear y de misiles.', 'es', 'According to the document, in 2021 Japan is adversarial toward North Korea on military security: for Japanese security experts "the greatest threat comes from two countries: China ... and North Korea with its nuclear and missile programme".', NULL, true),
  (400056, 'JPN->RUS:military_security:0:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 479', 'Además, se percibe a Rusia con ambivalencia.', 'es', 'According to the document, in 2021 Japan is neutral (ambivalent) toward Russia on military security: besides China and North Korea, the main threats, "Russia is perceived with ambivalence" by Japanese security experts.', NULL, true),
  (400057, 'RUS->JPN:territorial_dispute:-2:2011/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 483', 'Rusia ha estado ampliando su presencia militar en las islas desde 201110.', 'es', 'According to the document, from 2011 to 2021 Russia is adversarial toward Japan on the territorial dispute: "Russia has been expanding its military presence on the islands since 2011", alarming Japan''s armed forces. The document prints the year as "201110" (2011 followed by footnote 10; see erratum).', NULL, true),
  (400058, 'JPN->CHN:territorial_dispute:-1:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 496', 'Tokio ha expresado abiertamente su temor a un enfrentamiento militar con Pekín por las reivindicaciones de China sobre las islas Senkaku (Diaoyu) en el mar de China Oriental.', 'es', 'According to the document, in 2021 Japan is cool toward China over the Senkaku (Diaoyu) Islands, upholding its position while fearing escalation: "Tokyo has openly expressed its fear of a military confrontation with Beijing over China''s claims to the Senkaku (Diaoyu) islands in the East China Sea".', NULL, true),
  (400059, 'CHN->JPN:territorial_dispute:-2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 496', 'Tokio ha expresado abiertamente su temor a un enfrentamiento militar con Pekín por las reivindicaciones de China sobre las islas Senkaku (Diaoyu) en el mar de China Oriental.', 'es', 'According to the document, in 2021 China is adversarial toward Japan over the Senkaku (Diaoyu) Islands: it presses "claims to the Senkaku (Diaoyu) islands in the East China Sea", which make Tokyo fear a military confrontation with Beijing.', NULL, true),
  (400060, 'JPN->RUS:diplomatic_relations:+1:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 506', 'Japón trata de mantener sus lazos con Moscú al menos normales, derivando en una indeterminación estratégica respecto a su vecino del norte.', 'es', 'According to the document, in 2021 Japan is pragmatic toward Russia: considering China, "Japan tries to keep its ties with Moscow at least normal, resulting in a strategic indeterminacy toward its northern neighbour".', NULL, true),
  (400061, 'JPN->RUS:china:+2:2012-12/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 516', 'ha convertido a Rusia en una pieza clave de su estrategia frente a una China en ascenso y cada vez más asertiva.', 'es', 'According to the document, since Abe began his second premiership in December 2012 (to 2021) Japan is cooperative toward Russia with regard to China: Japan "has made Russia a key piece of its strategy toward a rising and ever more assertive China".', NULL, true),
  (400062, 'JPN->CHN:military_security:-2:2012-12/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 516', 'ha convertido a Rusia en una pieza clave de su estrategia frente a una China en ascenso y cada vez más asertiva.', 'es', 'According to the document, since December 2012 (to 2021) Japan is adversarial toward China on military security: Japan changed its "collective self-defence" and built its strategy against "a rising and ever more assertive China".', NULL, true),
  (400063, 'CHN->AUS:trade:-2:2020/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 536', 'está dispuesto a emplear hasta el momento, su poder económico, sobre todo con aquellas económicas dependientes de su mercado, como ya ha hecho con Australia', 'es', 'According to the document, China is adversarial toward Australia on trade: Beijing "is willing to use its economic power, above all against economies dependent on its market, as it has already done with Australia".', 'Years 2020-2021 of China''s trade restrictions on Australian goods (barley duties from May 2020, later wine and coal), the episode the document''s footnote 11 cites ("Australia China Trade War And Its Implications"); the document gives no dates.', true),
  (400064, 'JPN->RUS:diplomatic_relations:+2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 544', 'El diálogo bilateral entre los gobiernos de Rusia y Japón ha avanzado rápidamente en los últimos tiempos', 'es', 'According to the document, in 2021 Japan is cooperative toward Russia: "the bilateral dialogue between the governments of Russia and Japan has advanced rapidly in recent times", in regional security and in the economic, social and cultural fields.', NULL, true),
  (400065, 'RUS->JPN:diplomatic_relations:+2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 544', 'El diálogo bilateral entre los gobiernos de Rusia y Japón ha avanzado rápidamente en los últimos tiempos', 'es', 'According to the document, in 2021 Russia is cooperative toward Japan: "the bilateral dialogue between the governments of Russia and Japan has advanced rapidly in recent times", in regional security and in the economic, social and cultural fields.', NULL, true),
  (400066, 'RUS->USA:diplomatic_relations:-2:2014/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 555', 'Rusia se anexiona Crimea, abriendo un conflicto con los principales aliados de Japón.', 'es', 'According to the document, from 2014 (to 2021) Russia is adversarial toward the United States: in 2014 "Russia annexes Crimea, opening a conflict with Japan''s main allies"; in 2021 the document calls US-Russia relations adverse.', NULL, true),
  (400067, 'JPN->RUS:sanctions:-1:2014/2014'::bilateral.bilateral_position, 'lafuente_2021', 'line 557', 'Como consecuencia a dicha anexión, Japón impuso varias sanciones a Rusia. Estas sanciones vinieron obligadas dada la pertenencia de Japón al G7.', 'es', 'According to the document, in 2014 Japan was cool toward Russia on sanctions: "as a consequence of that annexation [of Crimea] Japan imposed several sanctions on Russia", sanctions it was obliged to adopt by its G7 membership.', NULL, true),
  (400068, 'RUS->CHN:military_security:+2:2014/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 561', 'Las consecuencias en el ámbito de la seguridad fueron el acercamiento estratégico entre Rusia y China, el cual se aceleró aún más bajo la administración de Donald Trump (2016-2020)', 'es', 'According to the document, from 2014 (to 2021) Russia is cooperative toward China on security: the consequence of the 2014 crisis "was the strategic rapprochement between Russia and China, which accelerated further under the Trump administration", and it remains a major concern for Japan.', NULL, true),
  (400069, 'CHN->RUS:military_security:+2:2014/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 561', 'Las consecuencias en el ámbito de la seguridad fueron el acercamiento estratégico entre Rusia y China, el cual se aceleró aún más bajo la administración de Donald Trump (2016-2020)', 'es', 'According to the document, from 2014 (to 2021) China is cooperative toward Russia on security: "the strategic rapprochement between Russia and China ... accelerated further under the Trump administration", and it remains a major concern for Japan.', NULL, true),
  (400070, 'RUS->JPN:economic_cooperation:+2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 571', 'La política de «giro hacia el este» llevada a cabo por Putin (2000-), da prioridad a Japón como uno de los socios económicos clave en Asia.', 'es', 'According to the document, in 2021 Russia is cooperative toward Japan on economic cooperation: "the ''turn to the east'' policy carried out by Putin gives priority to Japan as one of the key economic partners in Asia".', NULL, true),
  (400071, 'RUS->JPN:energy:+2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 575', 'En opinión de Moscú, las mayores oportunidades de cooperación bilateral con Japón existen en los sectores de la energía, las infraestructuras, la agricultura, la vivienda, la conservación de la energía, la medicina y las tecnologías de la información.', 'es', 'According to the document, in 2021 Russia is cooperative toward Japan on energy: "in Moscow''s opinion the greatest opportunities for bilateral cooperation with Japan are in energy, infrastructure, agriculture, housing, energy conservation, medicine and information technology".', NULL, true),
  (400072, 'JPN->CHN:trade:+1:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 593', 'seguirá profundizando en las relaciones con Rusia para mantener un statu quo con China, su principal socio comercial.', 'es', 'According to the document, in 2021 Japan is pragmatic toward China on trade: China is "its main trading partner", with which Japan seeks to keep a status quo while deepening relations with Russia.', NULL, true),
  (400073, 'RUS->JPN:us_alliance:-2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 597', 'Rusia exigió un compromiso vinculante de que nunca se estacionarían tropas estadounidenses en las islas que pudieran ser devueltas en un hipotético tratado de paz.', 'es', 'According to the document, as of 2021 Russia is adversarial toward Japan on the US alliance: "Russia demanded a binding commitment that US troops would never be stationed on the islands that might be returned under a hypothetical peace treaty".', NULL, true),
  (400074, 'USA->RUS:diplomatic_relations:-2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 603', 'mientras las relaciones entre EE. UU. y Rusia sean adversas', 'es', 'According to the document, in 2021 the United States is adversarial toward Russia: a strategic rapprochement between Japan and Russia will be very hard "while relations between the US and Russia are adverse".', NULL, true),
  (400075, 'RUS->USA:diplomatic_relations:-2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 603', 'mientras las relaciones entre EE. UU. y Rusia sean adversas', 'es', 'According to the document, in 2021 Russia is adversarial toward the United States: a strategic rapprochement between Japan and Russia will be very hard "while relations between the US and Russia are adverse".', NULL, true),
  (400076, 'EUU->RUS:trade:+1:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 621', 'Rusia y Japón son dos importantes socios comerciales para la Unión Europea (UE).', 'es', 'According to the document, in 2021 the European Union is pragmatic toward Russia on trade: "Russia and Japan are two important trading partners of the European Union", although EU-Russia relations are tense.', NULL, true),
  (400077, 'EUU->JPN:trade:+1:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 621', 'Rusia y Japón son dos importantes socios comerciales para la Unión Europea (UE).', 'es', 'According to the document, in 2021 the European Union is pragmatic toward Japan on trade: "Russia and Japan are two important trading partners of the European Union".', NULL, true),
  (400078, 'EUU->RUS:diplomatic_relations:-2:2014/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 623', 'la UE tiene unas relaciones tensas con Rusia, sobre todo tras la anexión de Crimea en 2014.', 'es', 'According to the document, from the annexation of Crimea in 2014 to 2021 the European Union is adversarial toward Russia: "the EU has tense relations with Russia, above all since the annexation of Crimea in 2014", a "current confrontation".', NULL, true),
  (400079, 'RUS->EUU:diplomatic_relations:-2:2014/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 623', 'la UE tiene unas relaciones tensas con Rusia, sobre todo tras la anexión de Crimea en 2014.', 'es', 'According to the document, from the annexation of Crimea in 2014 to 2021 Russia is adversarial toward the European Union: "the EU has tense relations with Russia, above all since the annexation of Crimea in 2014", a "current confrontation".', NULL, true),
  (400080, 'EUU->JPN:diplomatic_relations:+2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 629', 'la UE y Japón se reconocen mutuamente como potencias que comparten los mismos valores, miembros del bloque occidental.', 'es', 'According to the document, in 2021 the European Union is cooperative toward Japan: within their partnership "the EU and Japan recognise each other as powers sharing the same values, members of the western bloc".', NULL, true),
  (400081, 'JPN->EUU:diplomatic_relations:+2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 629', 'la UE y Japón se reconocen mutuamente como potencias que comparten los mismos valores, miembros del bloque occidental.', 'es', 'According to the document, in 2021 Japan is cooperative toward the European Union: within their partnership "the EU and Japan recognise each other as powers sharing the same values, members of the western bloc".', NULL, true),
  (400082, 'JPN->RUS:diplomatic_relations:+2:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 645', 'lo que le ha provocado cercarse a su vecino del norte, buscando más lo que les une que lo que les separa.', 'es', 'According to the document, in 2021 Japan is cooperative toward Russia: its greater involvement in security matters "has led it to draw closer to its northern neighbour, seeking what unites them more than what separates them".', NULL, true),
  (400083, 'FRA->RUS:economic_cooperation:+1:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 657', 'la de Francia y Alemania, que buscan poder mejorar sus relaciones, especialmente en el terreno económico.', 'es', 'According to the document, in 2021 France is pragmatic toward Russia on economic cooperation: unlike the eastern EU members, France and Germany "seek to improve their relations [with Russia], especially in the economic field".', NULL, true),
  (400084, 'DEU->RUS:economic_cooperation:+1:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 657', 'la de Francia y Alemania, que buscan poder mejorar sus relaciones, especialmente en el terreno económico.', 'es', 'According to the document, in 2021 Germany is pragmatic toward Russia on economic cooperation: unlike the eastern EU members, France and Germany "seek to improve their relations [with Russia], especially in the economic field".', NULL, true),
  (400085, 'JPN->RUS:trade:+1:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 675', 'Las dos naciones, que se encuentran entre las mayores economías del mundo, son importantes socios comerciales', 'es', 'According to the document, in 2021 Japan is pragmatic toward Russia on trade: "the two nations, which are among the largest economies in the world, are important trading partners".', NULL, true),
  (400086, 'RUS->JPN:trade:+1:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 675', 'Las dos naciones, que se encuentran entre las mayores economías del mundo, son importantes socios comerciales', 'es', 'According to the document, in 2021 Russia is pragmatic toward Japan on trade: "the two nations, which are among the largest economies in the world, are important trading partners".', NULL, true),
  (400087, 'RUS->JPN:us_alliance:-1:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 684', 'El Kremlin entiende que resolver la cuestión de las Kuriles no garantizaría que no pudiera seguir siendo una fuente de posibles escaladas en su frontera oriental, especialmente por la alianza militar de Tokio con EE. UU.', 'es', 'According to the document, in 2021 Russia is cool toward (suspicious of) Japan''s US alliance: "the Kremlin understands that resolving the Kuril question would not guarantee that it could not remain a source of possible escalation on its eastern border, especially because of Tokyo''s military alliance with the US".', NULL, true),
  (400088, 'JPN->RUS:diplomatic_relations:+1:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 716', 'Para Japón, mantener la estabilidad con ambas potencias representa una fuente de oportunidades y crecimiento que le interesa mantener.', 'es', 'According to the document, in 2021 Japan is pragmatic toward Russia: "for Japan, maintaining stability with both powers [Russia and China] is a source of opportunities and growth that it is interested in maintaining".', NULL, true),
  (400089, 'JPN->CHN:diplomatic_relations:+1:2021/2021'::bilateral.bilateral_position, 'lafuente_2021', 'line 716', 'Para Japón, mantener la estabilidad con ambas potencias representa una fuente de oportunidades y crecimiento que le interesa mantener.', 'es', 'According to the document, in 2021 Japan is pragmatic toward China in diplomatic relations: "for Japan, maintaining stability with both powers [Russia and China] is a source of opportunities and growth that it is interested in maintaining".', NULL, true);

INSERT INTO bilateral.indicator (indicator_id, indicator, actor, counterpart, year, value, unit, source_key, locator, quote, general_knowledge, shipped) VALUES
  (400001, 'gdp_rank', 'JPN', NULL, 1968, 2, 'rank', 'lafuente_2021', 'line 51', 'Japón, por otro lado, se convirtió en la segunda potencia económica mundial', 'Year 1968, when Japan''s GNP overtook West Germany''s and Japan became the world''s second-largest economy (Encyclopaedia Britannica, "Japan: Economy"); the document places it only in the second half of the 20th century.', true),
  (400002, 'seclusion_policy_age', 'JPN', NULL, 1855, 220, 'years', 'lafuente_2021', 'line 138', 'significó efectivamente el fin de la política japonesa de reclusión nacional de 220 años de antigüedad', NULL, true),
  (400003, 'trade_rank', 'JPN', 'CHN', 2021, 1, 'rank', 'lafuente_2021', 'line 595', 'para mantener un statu quo con China, su principal socio comercial.', 'Year 2021 is the document''s date; it states the rank in the present tense.', true);

INSERT INTO bilateral.office_term (term_id, person, office, actor, term_from, term_to, from_precision, to_precision, source_key, locator, quote, general_knowledge, shipped) VALUES
  (400001, 'Nicholas II', 'Emperor (Tsar)', 'RUS', DATE '1894-11-01', DATE '1917-03-15', 'day', 'day', 'lafuente_2021', 'line 184', 'El zar Nicolás II mantuvo la expectativa de que su armada ganaría batallas navales decisivas', 'Reign from 1 November 1894 (accession) to 15 March 1917 (abdication), Gregorian dates (Encyclopaedia Britannica, "Nicholas II"); the document names him only as tsar during the Russo-Japanese War.', true),
  (400002, 'Boris Yeltsin', 'President', 'RUS', DATE '1991-07-10', DATE '1999-12-31', 'day', 'day', 'lafuente_2021', 'line 250', 'El presidente ruso Boris Yeltsin realizo una visita programada a Japón en octubre de 1993.', 'Term from 10 July 1991 (inauguration as President of the RSFSR) to 31 December 1999 (resignation) (Encyclopaedia Britannica, "Boris Yeltsin"); the document names him as president in October 1993 only.', true),
  (400003, 'Shinzo Abe', 'Prime Minister', 'JPN', DATE '2012-12-26', DATE '2020-09-16', 'day', 'day', 'lafuente_2021', 'line 313', 'el entonces primer ministro Shinzo Abe (2012-2020)', 'Exact days 26 December 2012 - 16 September 2020 (Prime Minister of Japan and His Cabinet); the document gives "(2012-2020)" and "diciembre de 2012" (line 512).', true),
  (400004, 'Vladimir Putin', 'President', 'RUS', DATE '2000-05-07', DATE '2008-05-07', 'day', 'day', 'lafuente_2021', 'line 347', 'el presidente Putin (2000-) ha dado un paso inédito.', 'The document gives the term as "(2000-)" (erratum: not continuous). First presidential term 7 May 2000 - 7 May 2008 (inauguration days; acting president from 31 December 1999); President of Russia website, kremlin.ru.', true),
  (400005, 'Vladimir Putin', 'President', 'RUS', DATE '2012-05-07', NULL, 'day', NULL, 'lafuente_2021', 'line 347', 'el presidente Putin (2000-) ha dado un paso inédito.', 'The document gives the term as "(2000-)" (erratum). Second period in office from 7 May 2012 (inauguration), open as in the document; between 2008 and 2012 Putin was Prime Minister under President Dmitry Medvedev (kremlin.ru).', true),
  (400006, 'Fumio Kishida', 'Prime Minister', 'JPN', DATE '2021-10-04', NULL, 'day', NULL, 'lafuente_2021', 'line 372', 'La reciente designación como primer ministro de Fumio Kishide, en octubre de 2021', 'Exact day 4 October 2021 (Prime Minister of Japan and His Cabinet); the document gives October 2021 and "(2021-)" (line 593), and misspells the name "Kishide" (erratum). End left open as in the document.', true),
  (400007, 'Barack Obama', 'President', 'USA', DATE '2009-01-20', DATE '2017-01-20', 'day', 'day', 'lafuente_2021', 'line 412', 'originada por el Pivot to Asia9 de Obama', 'Term 20 January 2009 - 20 January 2017 (whitehouse.gov, presidents); the document gives no term.', true),
  (400008, 'Shinzo Abe', 'Prime Minister', 'JPN', DATE '2006-09-26', DATE '2007-09-26', 'day', 'day', 'lafuente_2021', 'line 512', 'desde que Shinzo Abe inició su segunda etapa como primer ministro en diciembre de 2012', 'First term 26 September 2006 - 26 September 2007 (Prime Minister of Japan and His Cabinet, list of prime ministers); the document implies it ("segunda etapa") without dating it.', true),
  (400009, 'Donald Trump', 'President', 'USA', DATE '2017-01-20', DATE '2021-01-20', 'day', 'day', 'lafuente_2021', 'line 565', 'bajo la administración de Donald Trump (2016-2020)', 'The document gives "(2016-2020)" (erratum); the term ran from 20 January 2017 to 20 January 2021 (whitehouse.gov, presidents).', true);

-- Names the document uses for actors
INSERT INTO bilateral.actor_name (actor, lang, name, kind, valid_from, valid_to, source_key, shipped) VALUES
  ('JPN', 'es', 'Japón', 'name', NULL, NULL, 'lafuente_2021', true),
  ('RUS', 'es', 'Rusia', 'name', NULL, NULL, 'lafuente_2021', true),
  ('CHN', 'es', 'China', 'name', NULL, NULL, 'lafuente_2021', true),
  ('RUS', 'es', 'Moscú', 'metonym', NULL, NULL, 'lafuente_2021', true),
  ('JPN', 'es', 'Tokio', 'metonym', NULL, NULL, 'lafuente_2021', true),
  ('RUS', 'en', 'Moscow', 'metonym', NULL, NULL, 'lafuente_2021', true),
  ('JPN', 'en', 'Tokyo', 'metonym', NULL, NULL, 'lafuente_2021', true),
  ('RUS', 'es', 'Unión Soviética', 'historical', DATE '1922-12-30', DATE '1991-12-26', 'lafuente_2021', true),
  ('RUS', 'es', 'URSS', 'historical', DATE '1922-12-30', DATE '1991-12-26', 'lafuente_2021', true),
  ('RUS', 'es', 'Federación Rusa', 'name', DATE '1991-12-25', NULL, 'lafuente_2021', true),
  ('USA', 'es', 'Estados Unidos', 'name', NULL, NULL, 'lafuente_2021', true),
  ('USA', 'es', 'EE. UU.', 'short', NULL, NULL, 'lafuente_2021', true),
  ('CHN', 'es', 'República Popular China', 'name', NULL, NULL, 'lafuente_2021', true),
  ('CHN', 'es', 'Pekín', 'metonym', NULL, NULL, 'lafuente_2021', true),
  ('RUS', 'es', 'Imperio ruso', 'historical', NULL, DATE '1917-09-14', 'lafuente_2021', true),
  ('JPN', 'es', 'Imperio de Japón', 'historical', DATE '1868-01-03', DATE '1947-05-02', 'lafuente_2021', true),
  ('GSV', 'es', 'Grupo de los Siete', 'name', NULL, NULL, 'lafuente_2021', true),
  ('GSV', 'es', 'G7', 'short', NULL, NULL, 'lafuente_2021', true),
  ('RUS', 'es', 'Kremlin', 'metonym', NULL, NULL, 'lafuente_2021', true),
  ('PRK', 'es', 'Corea del Norte', 'short', NULL, NULL, 'lafuente_2021', true),
  ('TWN', 'es', 'Taiwán', 'short', NULL, NULL, 'lafuente_2021', true),
  ('AUS', 'es', 'Australia', 'name', NULL, NULL, 'lafuente_2021', true),
  ('EUU', 'es', 'Unión Europea', 'name', NULL, NULL, 'lafuente_2021', true),
  ('EUU', 'es', 'UE', 'short', NULL, NULL, 'lafuente_2021', true),
  ('FRA', 'es', 'Francia', 'name', NULL, NULL, 'lafuente_2021', true),
  ('DEU', 'es', 'Alemania', 'name', NULL, NULL, 'lafuente_2021', true),
  ('USA', 'es', 'Washington', 'metonym', NULL, NULL, 'lafuente_2021', true)
ON CONFLICT DO NOTHING;

-- ---- 61_data_streltsov.sql ----
-- Data from document 002_d85b9e6b9118eab7.txt: English abstract (line 2) and Russian fragments (line 15)
-- of D. V. Streltsov's article on Russian-Japanese relations in 2019-2020 (source_key streltsov_2020;
-- release 1.1; ids 300001..399999). Lines 5-9 repeat sentences of the abstract (first occurrence cited);
-- lines 11-29 outside line 15 are page furniture and section headings. Provenance: docs/provenance/streltsov_2020.md

-- the document
INSERT INTO bilateral.source (source_key, title, title_en, author, publisher, published, published_precision, language, kind, note, shipped)
VALUES ('streltsov_2020',
        'Российско-японские отношения: долгосрочные факторы развития',
        'Russian-Japanese relations: long-term development factors',
        'Д. В. Стрельцов (Dmitry V. Streltsov)',
        NULL,
        '2020-01-01',
        'year',
        'ru',
        'journal_article',
        'The seed text is a web page holding the English abstract of a Russian journal article (line 2, repeated in part as bullets on lines 5-9) and disconnected fragments of the Russian text (line 15: an affiliation line, "Московский государственный институт международных отношений (университет) МИД России", then excerpts); "Read more", "Talk to us", "Schedule a call" and the disclaimer are page furniture, lines 17-19 are section headings. The page names neither author nor title: both are general knowledge, identified by matching the abstract word for word (cyberleninka.ru, article "Российско-японские отношения: долгосрочные факторы развития", author Стрельцов Д. В.; discovery.researcher.life, "Russian-Japanese relations: long-term development factors"); the journal was not identified, so publisher is NULL. Year 2020 is inferred, not printed: the article covers 2019-2020, cites Нелидов 2019 and speaks of the 2020 US presidential election as still to come. language = ru (the article); the abstract quoted here is the publisher''s English abstract.',
        true);

-- names the document uses for actors
INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped) VALUES ('RUS', 'en', 'Russia', 'name', 'streltsov_2020', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped) VALUES ('JPN', 'en', 'Japan', 'name', 'streltsov_2020', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped) VALUES ('JPN', 'en', 'Tokyo', 'metonym', 'streltsov_2020', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped) VALUES ('USA', 'en', 'United States', 'short', 'streltsov_2020', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped) VALUES ('GSV', 'en', 'Group of Seven', 'name', 'streltsov_2020', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped) VALUES ('RUS', 'ru', 'Россия', 'name', 'streltsov_2020', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped) VALUES ('RUS', 'ru', 'Москва', 'metonym', 'streltsov_2020', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped) VALUES ('JPN', 'ru', 'Япония', 'name', 'streltsov_2020', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped) VALUES ('JPN', 'ru', 'Токио', 'metonym', 'streltsov_2020', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped) VALUES ('CHN', 'ru', 'Китай', 'short', 'streltsov_2020', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped) VALUES ('CHN', 'ru', 'Пекин', 'metonym', 'streltsov_2020', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped) VALUES ('USA', 'ru', 'США', 'short', 'streltsov_2020', true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.actor_name (actor, lang, name, kind, source_key, shipped) VALUES ('GSV', 'ru', 'Семёрка', 'short', 'streltsov_2020', true)
    ON CONFLICT DO NOTHING;

-- treaties (shared rows: first writer wins) and their names
INSERT INTO bilateral.treaty (treaty, name_en, kind, in_force_from, in_force_to, general_knowledge, shipped)
VALUES ('1960-01-19:JPN+USA:security_treaty',
        'Treaty of Mutual Cooperation and Security between Japan and the United States of America',
        'treaty',
        '1960-06-23',
        NULL,
        'signature day 19 January 1960 (Washington) and entry into force 23 June 1960 from the treaty text (Ministry of Foreign Affairs of Japan)',
        true)
ON CONFLICT (treaty) DO NOTHING;
INSERT INTO bilateral.treaty_name (treaty, lang, name, source_key, shipped) VALUES ('1960-01-19:JPN+USA:security_treaty', 'en', 'Treaty of Mutual Cooperation and Security between Japan and the United States of America', NULL, true)
    ON CONFLICT DO NOTHING;
INSERT INTO bilateral.treaty_name (treaty, lang, name, source_key, shipped) VALUES ('1960-01-19:JPN+USA:security_treaty', 'en', 'Security Treaty with the United States', 'streltsov_2020', true)
    ON CONFLICT DO NOTHING;

-- where the document mentions them
INSERT INTO bilateral.treaty_mention (mention_id, treaty, source_key, locator, quote, shipped) VALUES
(300001, '1960-01-19:JPN+USA:security_treaty', 'streltsov_2020', 'line 2', 'its membership in the Security Treaty with the United States', true);

-- events
INSERT INTO bilateral.event (event_id, event_key, name_en, kind, occurred_from, occurred_to, from_precision, to_precision, actors, source_key, locator, quote, general_knowledge, shipped) VALUES
(300001,
 'peace_treaty_talks_deadlock_2019',
 'Deadlock in the Japan-Russia peace treaty talks',
 'negotiation',
 '2019-01-01',
 '2019-12-31',
 'year',
 'year',
 ARRAY['JPN', 'RUS'],
 'streltsov_2020',
 'line 2',
 'a deadlock in the Peace Treaty talks which emerged in 2019',
 NULL,
 true),
(300002,
 'crimea_annexation_2014',
 'Russia''s annexation of Crimea',
 'annexation',
 '2014-03-18',
 '2014-03-18',
 'day',
 'day',
 ARRAY['RUS', 'UKR'],
 'streltsov_2020',
 'line 15',
 'В посткрымский период',
 'the fragment only speaks of the "post-Crimea period" (посткрымский период); the event and its day (treaty of accession signed 18 March 2014) are general knowledge; event_key shared with lafuente_2021',
 true),
(300003,
 'election_2020_11_03_usa',
 'United States presidential election of 2020',
 'election',
 '2020-01-01',
 '2020-12-31',
 'year',
 'year',
 ARRAY['USA'],
 'streltsov_2020',
 'line 15',
 'если в результате президентских выборов 2020 г. к власти в США придёт более «антироссийский» президент',
 'the fragment speaks of the elections as still to come and gives the year only; event_key carries the election day, 3 November 2020, from general knowledge',
 true);

-- stances (bilateral_position literals: ACTOR->COUNTERPART:issue:STANCE:FROM/TO)
INSERT INTO bilateral.position_claim (claim_id, position, source_key, locator, quote, quote_lang, statement_en, general_knowledge, shipped) VALUES
(300001,
 'JPN->USA:us_alliance:+1:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 2',
 'the anti-Russian component in Tokyo''s foreign policy is shaped by its membership in the Security Treaty with the United States',
 'en',
 'According to the abstract, in 2019-2020 Japan is a member of the Security Treaty with the United States, which shapes an anti-Russian component of its foreign policy, while it also pursues its own interests with Russia: Japan relies on the alliance while keeping autonomy (pragmatic).',
 NULL,
 true),
(300002,
 'JPN->RUS:sanctions:-1:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 2',
 'On the one hand, the anti-Russian component in Tokyo''s foreign policy is shaped by its membership in the Security Treaty with the United States and its solidarity with the sanctions policy of the Group of Seven towards Russia.',
 'en',
 'According to the abstract, in 2019-2020 Japan''s solidarity with the sanctions policy of the Group of Seven toward Russia is part of the anti-Russian component of its foreign policy: Japan joins the G7 sanctions (the abstract does not describe them as significant or actively enforced): cool.',
 NULL,
 true),
(300003,
 'JPN->RUS:military_security:+1:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 2',
 'Japan and Russia are both interested interest in political cooperation in creating multilateral dialog mechanisms of international security in East Asia, resolving the nuclear issue on the Korean Peninsula, and easing tensions around territorial disputes in the East China and South China seas.',
 'en',
 'According to the abstract, in 2019-2020 Japan is interested in political cooperation with Russia on multilateral security dialogue mechanisms in East Asia and on easing tensions over the territorial disputes in the East and South China Seas: security dialogue and cooperation on shared regional problems (pragmatic).',
 NULL,
 true),
(300004,
 'RUS->JPN:military_security:+1:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 2',
 'Japan and Russia are both interested interest in political cooperation in creating multilateral dialog mechanisms of international security in East Asia, resolving the nuclear issue on the Korean Peninsula, and easing tensions around territorial disputes in the East China and South China seas.',
 'en',
 'According to the abstract, in 2019-2020 Russia is interested in political cooperation with Japan on multilateral security dialogue mechanisms in East Asia and on easing tensions over the territorial disputes in the East and South China Seas: security dialogue and cooperation on shared regional problems (pragmatic).',
 NULL,
 true),
(300005,
 'JPN->RUS:korean_peninsula:+1:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 2',
 'Japan and Russia are both interested interest in political cooperation in creating multilateral dialog mechanisms of international security in East Asia, resolving the nuclear issue on the Korean Peninsula, and easing tensions around territorial disputes in the East China and South China seas.',
 'en',
 'According to the abstract, in 2019-2020 Japan is interested in political cooperation with Russia in resolving the nuclear issue on the Korean Peninsula: a shared concern (pragmatic); the abstract states an interest, not coordinated action.',
 NULL,
 true),
(300006,
 'RUS->JPN:korean_peninsula:+1:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 2',
 'Japan and Russia are both interested interest in political cooperation in creating multilateral dialog mechanisms of international security in East Asia, resolving the nuclear issue on the Korean Peninsula, and easing tensions around territorial disputes in the East China and South China seas.',
 'en',
 'According to the abstract, in 2019-2020 Russia is interested in political cooperation with Japan in resolving the nuclear issue on the Korean Peninsula: a shared concern (pragmatic); the abstract states an interest, not coordinated action.',
 NULL,
 true),
(300007,
 'JPN->RUS:energy:+2:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 2',
 'the significant place of Russia in the context of Japan''s task of diversifying sources of external energy supplies',
 'en',
 'According to the abstract, in 2019-2020 Russia holds a significant place in Japan''s task of diversifying its sources of external energy supplies: Japan builds an energy partnership with Russia as part of its diversification (cooperative).',
 NULL,
 true),
(300008,
 'RUS->JPN:china:+1:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 2',
 'Among the economic factors, the author focuses on the significant place of Russia in the context of Japan''s task of diversifying sources of external energy supplies, as well as on Russia''s desire to avoid unilateral dependence on the Chinese market while reorienting the system of foreign economic relations from the West to the East.',
 'en',
 'According to the abstract, an economic factor of Russian-Japanese relations in 2019-2020 is Russia''s desire to avoid unilateral dependence on the Chinese market while turning its foreign economic relations from the West to the East: Russia courts Japan to diversify away from China (pragmatic).',
 NULL,
 true),
(300009,
 'RUS->CHN:trade:+1:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 2',
 'Russia''s desire to avoid unilateral dependence on the Chinese market while reorienting the system of foreign economic relations from the West to the East',
 'en',
 'According to the abstract, in 2019-2020 Russia turns its foreign economic relations to the East but wants to avoid unilateral dependence on the Chinese market: Russia trades with China pragmatically.',
 NULL,
 true),
(300010,
 'JPN->RUS:diplomatic_relations:+2:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 2',
 'Personal diplomacy of political leaders plays a significant role in relations between Russia and Japan, and, above all, close personal relationships and frequent meetings between Prime Minister Abe and President Putin, which make it possible to partially compensate the unfavorable image of the partner country in the public opinion of both Russia and Japan.',
 'en',
 'According to the abstract, in 2019-2020 personal diplomacy, above all the close personal relationship and frequent meetings of Prime Minister Abe and President Putin, plays a significant role in the relations: Japan''s stance toward Russia is cooperative.',
 NULL,
 true),
(300011,
 'RUS->JPN:diplomatic_relations:+2:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 2',
 'Personal diplomacy of political leaders plays a significant role in relations between Russia and Japan, and, above all, close personal relationships and frequent meetings between Prime Minister Abe and President Putin, which make it possible to partially compensate the unfavorable image of the partner country in the public opinion of both Russia and Japan.',
 'en',
 'According to the abstract, in 2019-2020 personal diplomacy, above all the close personal relationship and frequent meetings of Prime Minister Abe and President Putin, plays a significant role in the relations: Russia''s stance toward Japan is cooperative.',
 NULL,
 true),
(300012,
 'JPN->RUS:peace_treaty:-1:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 2',
 'Against the background of a deadlock in the Peace Treaty talks which emerged in 2019, the search for a way out of the diplomatic impasse is on the agenda.',
 'en',
 'According to the abstract, the peace treaty talks reached a deadlock in 2019 that still holds: Japan''s stance toward Russia on the peace treaty is cool (talks deadlocked), 2019-2020.',
 NULL,
 true),
(300013,
 'RUS->JPN:peace_treaty:-1:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 2',
 'Against the background of a deadlock in the Peace Treaty talks which emerged in 2019, the search for a way out of the diplomatic impasse is on the agenda.',
 'en',
 'According to the abstract, the peace treaty talks reached a deadlock in 2019 that still holds: Russia''s stance toward Japan on the peace treaty is cool (talks deadlocked), 2019-2020.',
 NULL,
 true),
(300014,
 'RUS->JPN:us_alliance:-2:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 2',
 'Russia could stop criticizing Japan for its security policy',
 'en',
 'According to the abstract, in 2019-2020 Russia criticizes Japan for its security policy, which the article ties to the Security Treaty with the United States (the author recommends that Russia stop): strong criticism of Japan as a US ally (adversarial).',
 NULL,
 true),
(300015,
 'JPN->RUS:territorial_dispute:-1:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 2',
 'Tokyo could stop positioning the issue of the peace Treaty as the main issue in relations with Russia, which would allow our countries to "untie" bilateral relations from the problem of border demarcation',
 'en',
 'According to the abstract, in 2019-2020 Tokyo treats the peace treaty, and with it border demarcation, as the main issue in its relations with Russia (the author recommends that it stop): the dispute is kept at the top of Japan''s agenda (cool).',
 NULL,
 true),
(300016,
 'JPN->RUS:diplomatic_relations:+2:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 15',
 'фактор «непредсказуемого Трампа» работает в пользу укрепления российского направления внешней политики Японии в том смысле, что сильные отношения с Россией выступают одновременно внешнеполитическим активом и дополнительной «страховкой» Токио на случай развития непредвиденной ситуации в регионе',
 'ru',
 'According to the article (Russian fragment), the factor of the "unpredictable Trump" works toward strengthening the Russian direction of Japan''s foreign policy, in the sense that strong relations with Russia are at once a foreign-policy asset and an extra "insurance" for Tokyo should an unforeseen situation arise in the region: Japan''s stance toward Russia is cooperative in the period the article covers (2019-2020).',
 NULL,
 true),
(300017,
 'JPN->USA:us_alliance:+1:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 15',
 'сильные отношения с Россией выступают одновременно внешнеполитическим активом и дополнительной «страховкой» Токио на случай развития непредвиденной ситуации в регионе, когда уровня гарантий безопасности заокеанского союзника покажется ему недостаточным',
 'ru',
 'According to the article (Russian fragment), strong relations with Russia are an extra "insurance" for Tokyo should an unforeseen situation arise in the region when the level of the security guarantees of its overseas ally (the United States) seems insufficient to it: Japan relies on the US alliance while hedging (pragmatic), 2019-2020.',
 NULL,
 true),
(300018,
 'RUS->CHN:diplomatic_relations:+2:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 15',
 'Очевидный стратегический приоритет Москвы в пользу отношений с Пекином',
 'ru',
 'According to the article (Russian fragment), Moscow has an obvious strategic priority in favour of its relations with Beijing: Russia''s stance toward China is cooperative in the period the article covers (2019-2020).',
 NULL,
 true),
(300019,
 'RUS->CHN:china:+2:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 15',
 'Очевидный стратегический приоритет Москвы в пользу отношений с Пекином проявляется в том, что она с «неодобрением» относится ко всем инициативам США и их союзников, направленных на сдерживание Китая, включая концепцию Индо-Тихоокеанского региона и идею «порядка, основанного на правилах»',
 'ru',
 'According to the article (Russian fragment, citing Nelidov 2019), Moscow''s strategic priority for relations with Beijing shows in its "disapproval" of all initiatives of the United States and its allies aimed at containing China, including the Indo-Pacific concept and the idea of a "rules-based order": Russia''s stance toward China is a close partnership, 2019-2020.',
 NULL,
 true),
(300020,
 'RUS->JPN:us_alliance:-2:2014-03/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 15',
 'В посткрымский период Москва стала проявлять гораздо более негативную, чем это было ранее, реакцию на любые совместные действия США и Японии в сфере военной безопасности, которые даже потенциально могут быть направлены против России.',
 'ru',
 'According to the article (Russian fragment), in the post-Crimea period Moscow reacts much more negatively than before to any joint US-Japanese action in military security that could even potentially be directed against Russia: strong criticism of Japan as a US ally (adversarial), from March 2014 to 2020.',
 'start month March 2014: the "post-Crimea period" begins with Russia''s annexation of Crimea (general knowledge: treaty of accession signed 18 March 2014); end year 2020: the period the abstract names ("in 2019-2020")',
 true),
(300021,
 'RUS->USA:us_alliance:-2:2014-03/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 15',
 'В посткрымский период Москва стала проявлять гораздо более негативную, чем это было ранее, реакцию на любые совместные действия США и Японии в сфере военной безопасности, которые даже потенциально могут быть направлены против России.',
 'ru',
 'According to the article (Russian fragment), in the post-Crimea period Moscow reacts much more negatively than before to any joint US-Japanese action in military security that could even potentially be directed against Russia: strong criticism of the US alliance with Japan (adversarial), from March 2014 to 2020.',
 'start month March 2014: the "post-Crimea period" begins with Russia''s annexation of Crimea (general knowledge: treaty of accession signed 18 March 2014); end year 2020: the period the abstract names ("in 2019-2020")',
 true),
(300022,
 'RUS->JPN:diplomatic_relations:+1:2019/2020'::bilateral.bilateral_position,
 'streltsov_2020',
 'line 15',
 'В Москве учитывают особый статус Японии среди стран «Семёрки» и с учётом непредсказуемости ситуации в её отношениях с Западом, например, на случай, если в результате президентских выборов 2020 г. к власти в США придёт более «антироссийский» президент',
 'ru',
 'According to the article (Russian fragment), Moscow takes into account Japan''s special status among the G7 countries, given the unpredictability of its own relations with the West (for instance should a more "anti-Russian" president come to power in the US after the 2020 elections): selective, interest-driven engagement with Japan (pragmatic), 2019-2020.',
 NULL,
 true);

-- leaders and officials named
INSERT INTO bilateral.office_term (term_id, person, office, actor, term_from, term_to, from_precision, to_precision, source_key, locator, quote, general_knowledge, shipped) VALUES
(300001,
 'Shinzo Abe',
 'Prime Minister',
 'JPN',
 '2012-12-26',
 '2020-09-16',
 'day',
 'day',
 'streltsov_2020',
 'line 2',
 'Prime Minister Abe',
 'the abstract names "Prime Minister Abe"; full name and the dates of his second term (26 December 2012 - 16 September 2020) from general knowledge (Prime Minister''s Office of Japan)',
 true),
(300002,
 'Vladimir Putin',
 'President',
 'RUS',
 '2012-05-07',
 NULL,
 'day',
 NULL,
 'streltsov_2020',
 'line 2',
 'President Putin',
 'the abstract names "President Putin"; full name and the start of his continuous presidency since 7 May 2012 from general knowledge (Kremlin); end left open',
 true),
(300003,
 'Donald Trump',
 'President',
 'USA',
 '2017-01-20',
 '2021-01-20',
 'day',
 'day',
 'streltsov_2020',
 'line 15',
 'фактор «непредсказуемого Трампа»',
 'the fragment names only "Трамп" (the "unpredictable Trump"); full name, office (President of the United States) and the dates of his first term (20 January 2017 - 20 January 2021) from general knowledge',
 true),
(300004,
 'Sergey Lavrov',
 'Minister of Foreign Affairs',
 'RUS',
 '2004-03-09',
 NULL,
 'day',
 NULL,
 'streltsov_2020',
 'line 15',
 'российский министр иностранных дел С.В.',
 'the fragment breaks off after the initials "С.В."; the Russian foreign minister with these initials is Sergey Viktorovich Lavrov, in office since 9 March 2004 (general knowledge; Ministry of Foreign Affairs of Russia); end left open; see erratum 300004',
 true);

-- ---- 70_tei.sql ----
-- TEI import and export (release 1.1): C functions in src/tei.c over the TEI core
-- (src/core/tei_core.c, libxml2).  Conventions: docs/tei.md.

CREATE FUNCTION bilateral.import_tei(doc xml)
RETURNS TABLE (source_key text, claims int, events int)
LANGUAGE C VOLATILE STRICT
SET search_path = pg_catalog, pg_temp
AS 'MODULE_PATHNAME', 'bl_import_tei';
COMMENT ON FUNCTION bilateral.import_tei(xml) IS 'Imports one annotated TEI P5 document as a user''s source (shipped = false): the header becomes the source (key from publicationStmt/idno[@type="bilateral"]), standOff/listRelation/relation[@name="stance"] become stance claims and standOff/listEvent/event events; returns the source key and the numbers of claims and events. All or nothing: a bad element is an error naming the element, its line and the value (22023), an existing key 23505, XML that is not well-formed, not TEI, has a DOCTYPE or is nested over 64 deep 2200M, over 10 MB 54000. No DTD, entity or network access. See docs/tei.md.';

CREATE FUNCTION bilateral.export_tei(source_key text)
RETURNS xml
LANGUAGE C STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS 'MODULE_PATHNAME', 'bl_export_tei';
COMMENT ON FUNCTION bilateral.export_tei(text) IS 'One source (shipped or a user''s) as a TEI P5 document in the conventions import_tei reads: header, stance claims by claim_id, events by event_id, partial dates at their stored precision; deterministic (same rows, same bytes), so that export, import under a new key and export again give the same document but for the key. Unknown key: 22023. See docs/tei.md.';

GRANT EXECUTE ON FUNCTION bilateral.import_tei(xml), bilateral.export_tei(text) TO PUBLIC;

-- ---- 75_timeline.sql ----
-- bilateral 1.1: the picture.  timeline_svg() draws one actor's stances toward a counterpart,
-- issue by issue, as an SVG timeline (C, libxml2 tree API: src/timeline.c).
-- Reference: docs/timeline.md.

CREATE FUNCTION bilateral.timeline_svg(actor text, counterpart text, issues text[] DEFAULT NULL,
                                       during daterange DEFAULT NULL)
RETURNS xml
AS 'MODULE_PATHNAME', 'timeline_svg'
LANGUAGE C STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION bilateral.timeline_svg(text, text, text[], daterange) IS
    'An SVG timeline of actor''s stances toward counterpart: one lane per issue (NULL: every issue with claims for the dyad in the period), the stance_history() rows as coloured segments on the diverging -3..+3 scale, hatched where a bound is known only to the year or month, contested rows as one band per claimed stance with a dashed outline; events naming both as numbered ticks, treaties between them as lettered diamonds at signature, a year axis, a legend and a key. during NULL: the span of the data. Elements carry classes (lane, segment, uncertain, contested, event, treaty, axis, legend) and segments data-issue, data-stance, data-from, data-to. Same data, same bytes.';

GRANT EXECUTE ON FUNCTION bilateral.timeline_svg(text, text, text[], daterange) TO PUBLIC;

-- ---- 90_errata_book_chapter.sql ----
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

-- ---- 91_errata_ifri.sql ----
-- Errata for document 001_6f2994f7fdac46d2.txt (Ifri, Pajon; source_key pajon_ifri_2017), release 1.1.
-- The summary page was read line by line (and against Ifri's French summary of the same note).

-- No slip found in this document: no erratum rows (see docs/provenance/pajon_ifri_2017.md).

-- ---- 92_errata_streltsov.sql ----
-- Errata for document 002_d85b9e6b9118eab7.txt (Streltsov; source_key streltsov_2020), release 1.1.
-- Quotes are verbatim (slips included); the correction says how to read them.

INSERT INTO bilateral.erratum (erratum_id, source_key, locator, quote, correction, subject_kind, subject_id, shipped) VALUES
(300001,
 'streltsov_2020',
 'line 2',
 'Japan and Russia are both interested interest in political cooperation',
 'Duplicated word: read "Japan and Russia are both interested in political cooperation". The sense is unaffected; claims 300003-300006 quote the sentence verbatim.',
 'source',
 'streltsov_2020',
 true),
(300002,
 'streltsov_2020',
 'line 2',
 'a basic agreement on the basis bilateral relations',
 'A word is missing: read "a basic agreement on the basis of bilateral relations" (an agreement on the foundations of bilateral relations). The author''s proposal is not coded as a stance.',
 'source',
 'streltsov_2020',
 true),
(300003,
 'streltsov_2020',
 'line 15',
 'когда уровня гарантий безопасности заокеанского союзника покажется ему недостаточным',
 'Case slip: the subject of «покажется» must be nominative, read «когда уровень гарантий безопасности заокеанского союзника покажется ему недостаточным» ("when the level of security guarantees of the overseas ally seems insufficient to it"). Claim 300017 quotes the slip verbatim; claim 300016 stops before it.',
 'source',
 'streltsov_2020',
 true),
(300004,
 'streltsov_2020',
 'line 15',
 'российский министр иностранных дел С.В.',
 'The fragment breaks off after the initials "С.В." and the next sentence follows without the surname or the statement it introduces. The Russian Minister of Foreign Affairs with these initials is Sergey Viktorovich Lavrov (general knowledge); office_term 300004 names him.',
 'office_term',
 '300004',
 true);

-- ---- 93_errata_lafuente_2021.sql ----
-- bilateral 1.1 errata: document 000_0e224980c7817192.txt, source_key lafuente_2021
-- (Pedro Lafuente, Documento de Opinión 122/2021). Ids 400001.. in document order.
-- subject_id is the id of the row (in 60_data_lafuente_2021.sql) that stores the correct fact,
-- or the treaty_ref for a treaty.

INSERT INTO bilateral.erratum (erratum_id, source_key, locator, quote, correction, subject_kind, subject_id, shipped) VALUES
  (400001, 'lafuente_2021', 'line 136', 'Dicho tratado fue el primero entre el Imperio ruso y el Imperio de Japón', 'Anachronism: in 1855 Japan was ruled by the Tokugawa shogunate (as the document itself says, line 126); the "Empire of Japan" dates from the Meiji Restoration (1868). The Treaty of Shimoda was concluded between the Russian Empire and the Tokugawa shogunate.', 'treaty', '1855-02-07:JPN+RUS:shimoda', true),
  (400002, 'lafuente_2021', 'line 172', 'estableciendo una base militar en Porth Arthur5', 'Misspelt place name: "Porth Arthur" is Port Arthur (today Lüshunkou, as the document says); the trailing 5 is footnote 5.', 'event', '400004', true),
  (400003, 'lafuente_2021', 'line 206', 'la creación de la Unión Soviética en 1917', 'Wrong year: the Soviet Union was created on 30 December 1922 (Treaty on the Creation of the USSR); 1917 is the year of the Bolshevik Revolution.', 'event', '400008', true),
  (400004, 'lafuente_2021', 'line 238', 'La entrada de Japón en la esfera de influencia de Japón', 'Says the opposite of what is meant: Japan entered the sphere of influence of the United States ("de EE. UU."), not "of Japan".', 'claim', '400030', true),
  (400005, 'lafuente_2021', 'line 347', 'el presidente Putin (2000-)', 'Wrong term of office: Vladimir Putin was President of Russia from 7 May 2000 to 7 May 2008 and again from 7 May 2012; from 2008 to 2012 he was Prime Minister under President Dmitry Medvedev. "(2000-)" holds only for his time in power as president or prime minister.', 'office_term', '400004', true),
  (400006, 'lafuente_2021', 'line 372', 'La reciente designación como primer ministro de Fumio Kishide', 'Misspelt name: the Prime Minister designated in October 2021 is Fumio Kishida (spelt correctly at line 593).', 'office_term', '400006', true),
  (400007, 'lafuente_2021', 'line 485', 'presencia militar en las islas desde 201110.', 'Footnote number glued to a year: "201110" is the year 2011 followed by footnote 10 (Defense of Japan 2012).', 'event', '400030', true),
  (400008, 'lafuente_2021', 'line 565', 'administración de Donald Trump (2016-2020)', 'Wrong term of office: Donald Trump was President of the United States from 20 January 2017 to 20 January 2021 (elected in November 2016).', 'office_term', '400009', true),
  (400009, 'lafuente_2021', 'line 591', 'el nuevo primer ministro que salga de las elecciones del 31 de octubre de 2021, previsiblemente Fumio Kishida (2021-)', 'Fumio Kishida was already Prime Minister from 4 October 2021, before the general election of 31 October 2021 (as the document itself says at line 372); after that election the Diet re-elected him on 10 November 2021. He was not a prospective prime minister to emerge from the election.', 'office_term', '400006', true);
