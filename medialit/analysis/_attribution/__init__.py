"""The parts of `trace_attributions` (`medialit.analysis.attributions`), one job per module.

- `patterns`: the regular expressions and word sets the rules read;
- `lexicons`: loading the reporting-verb lexicon and the organisation words;
- `row`: `Row`, one statement while it is being read;
- `tails`: what may end a reporting clause without being its content;
- `subjects`: the speaker before a cue set off by commas, or named in apposition;
- `contents`: where a statement's content lies once its rule is known;
- `cue`: one match of the lexicon and what the rules read around it (its subject, recipient, ...);
- `rules`: the named structural rules, tried in order on each cue;
- `quoted`: a quotation's shape before a reporting clause (the quotation is the content; `quote-tail`);
- `uncovered`: quotations no cue reached, read by shape (`quote-speaker`, `quote-intro`, `quote-fragment`);
- `clauses`: where an indirect content ends when the sentence goes on with a clause of its own;
- `whole`: readings of whole lines (headlines, "SPEAKER:" transcripts);
- `links`: filling, keeping and clipping statements against each other;
- `nesting`: the parent of each statement and pronoun sources resolved;
- `tracer`: one pass over an article, in that order;
- `frame`: the public DataFrame.
"""
