-- Errata for document 001_6f2994f7fdac46d2.txt (Ifri, Pajon; source_key pajon_ifri_2017), release 1.1.
-- The summary page was read line by line (and against Ifri's French summary of the same note).

-- No slip found in this document: no erratum rows (see docs/provenance/pajon_ifri_2017.md).
