"""Teaching machinery: answer keys and `check()`, `assign` (solutions -> exercises), `grade`.

Modules (lowest first): `keys` (hashed answer keys and their evaluation), `keysource`
(the answers files `medialit keys build` hashes into them),
`check` (the student-facing `check()`), `markers` (nbgrader answer and hidden-test
markers), `notebook_steps` (one pure notebook -> notebook function per step,
composed into `ASSIGN` and `GRADE`), `execute` (running a notebook in its own
kernel and folder), `assign` and `grade` (the commands' library side);
after grading, `pointers` (where to look again: article paragraph, lesson section),
`feedback` (the student's page), `report` (the class report) and `publish`
(writing them beside the gradebook; `medialit report`).
"""
